#pragma once

#include "core/common/Result.h"
#include "core/storage/StorageTypes.h"

#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>
#include <utility>

namespace fla {
class Workspace;
}

namespace fla::storage {

// A read the workspace could not do: logged in fladesk.storage with the
// engine's text and the statement, and returned as a translated message
// naming what could not be read ("the trainings of the company").
Failure readFailure(const QString &what, const QSqlQuery &query);
// The same when the statement could not even be prepared (the cache logged it).
Failure readFailure(const QString &what, const QString &engineText, const QString &sql);

// The cached statement with `binds` bound, run; the caller reads its rows and
// calls finish(). Or the failure naming `what` (logged with the statement).
Result<QSqlQuery *> runRead(Workspace &ws, const QString &sql, const QVariantList &binds,
                            const QString &what);
// Every row the statement gives, each made by readRow(query), or the failure naming `what`.
template<typename ReadRow>
auto readRows(Workspace &ws, const QString &sql, const QVariantList &binds, const QString &what,
              ReadRow readRow) -> Result<QList<decltype(readRow(std::declval<const QSqlQuery &>()))>>
{
    const Result<QSqlQuery *> q = runRead(ws, sql, binds, what);
    if (!q)
        return q.failure();
    QList<decltype(readRow(std::declval<const QSqlQuery &>()))> out;
    while ((*q)->next())
        out << readRow(**q);
    (*q)->finish();
    return out;
}
// The sync status a `SELECT sync_status …` statement gives; a record that is not (yet) stored is a
// draft. Or the failure naming `what`.
Result<SyncStatus> readSyncStatus(Workspace &ws, const QString &sql, const QVariantList &binds,
                                  const QString &what);
// The number a `SELECT COUNT(*) …` statement gives, or the failure naming `what`.
Result<qint64> readCount(Workspace &ws, const QString &sql, const QVariantList &binds, const QString &what);

} // namespace fla::storage
