#include "core/storage/SqlExec.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace fla::storage {

bool execStatement(QSqlDatabase &db, const QString &sql, QString *error, QString *firstValue)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    if (firstValue && q.next())
        *firstValue = q.value(0).toString();
    return true;
}

} // namespace fla::storage
