#include "storage/ReadFailure.h"

#include "common/LogCategories.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace fla::storage {

Failure readFailure(const QString &what, const QString &engineText, const QString &sql)
{
    qCWarning(lcStorage).noquote() << "cannot read" << what << ":" << engineText << "in" << sql;
    return {QCoreApplication::translate("fla::storage", "The workspace could not read %1: %2")
                .arg(what, engineText)};
}

Failure readFailure(const QString &what, const QSqlQuery &query)
{
    return readFailure(what, query.lastError().text(), query.lastQuery());
}

} // namespace fla::storage
