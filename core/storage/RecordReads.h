#pragma once

// Internal to the storage module: the records a read statement gives, or why
// it could not run (logged in fladesk.storage with the statement).

#include "core/storage/ReadFailure.h"
#include "core/storage/RecordTraits.h"

#include <QList>
#include <optional>

namespace fla::storage {

template<typename T>
Result<QList<T>> readRecords(Workspace &ws, const QString &sql, const QVariantList &binds,
                             const QString &what)
{
    return readRows(ws, sql, binds, what, [](const QSqlQuery &q) { return Traits<T>::read(q); });
}

// The first record the statement gives (nullopt: none).
template<typename T>
Result<std::optional<T>> readFirstRecord(Workspace &ws, const QString &sql, const QVariantList &binds,
                                         const QString &what)
{
    const Result<QSqlQuery *> q = runRead(ws, sql, binds, what);
    if (!q)
        return q.failure();
    std::optional<T> out;
    if ((*q)->next())
        out = Traits<T>::read(**q);
    (*q)->finish();
    return out;
}

} // namespace fla::storage
