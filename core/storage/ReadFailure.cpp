#include "core/storage/ReadFailure.h"

#include "core/common/LogCategories.h"
#include "core/storage/StatementCache.h"
#include "core/storage/Workspace.h"

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

Result<QSqlQuery *> runRead(Workspace &ws, const QString &sql, const QVariantList &binds, const QString &what)
{
    QString detail;
    QSqlQuery *q = ws.statements().get(sql, &detail);
    if (!q)
        return readFailure(what, detail, sql);
    for (int i = 0; i < binds.size(); ++i)
        q->bindValue(i, binds.at(i));
    if (!q->exec()) {
        const Failure failure = readFailure(what, *q);
        q->finish();
        return failure;
    }
    return q;
}

Result<qint64> readCount(Workspace &ws, const QString &sql, const QVariantList &binds, const QString &what)
{
    const Result<QSqlQuery *> q = runRead(ws, sql, binds, what);
    if (!q)
        return q.failure();
    if (!(*q)->next()) {
        const Failure failure = readFailure(what, **q);
        (*q)->finish();
        return failure;
    }
    const qint64 n = (*q)->value(0).toLongLong();
    (*q)->finish();
    return n;
}

Result<SyncStatus> readSyncStatus(Workspace &ws, const QString &sql, const QVariantList &binds,
                                  const QString &what)
{
    const Result<QSqlQuery *> q = runRead(ws, sql, binds, what);
    if (!q)
        return q.failure();
    SyncStatus s = SyncStatus::Draft;
    if ((*q)->next())
        s = syncStatusFromString((*q)->value(0).toString()).value_or(SyncStatus::Draft);
    (*q)->finish();
    return s;
}

} // namespace fla::storage
