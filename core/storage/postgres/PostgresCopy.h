#pragma once

#include "storage/StorageDriver.h"

#include <QSqlDatabase>
#include <memory>

namespace fla::postgres {

class CopyStream;

// The bulk path of a PostgreSQL workspace: a load's INSERTs sent as one
// `COPY table (columns) FROM STDIN` stream through libpq on the connection
// Qt's QPSQL driver opened (QPSQL has no COPY), inside the load's
// transaction. step() adds a row to the stream; the rows are in the table
// once finish() has ended the stream (the server then checks them all, and
// names the first row it refuses). Nothing else may run on the connection
// while a stream is open: every statement of one connection shares one
// stream, and finish() ends it.
class CopyStatements
{
public:
    // tables: the ones whose INSERTs stream. Only callers that end the
    // stream (BulkStatement::finish) before their next statement may write
    // them: the record tables of a bulk load (RecordRepository). Other bulk
    // INSERTs (outbox rows, anomalies) bind through Qt SQL.
    explicit CopyStatements(const QStringList &tables);
    ~CopyStatements();
    // A statement for "INSERT INTO t (c, …) VALUES (?, …)[, (?, …)…]", or
    // nullptr when t is not one of the tables, the connection has no libpq
    // handle, the build has no libpq, FLADESK_POSTGRES_COPY=0, or the
    // statement computes a value (the caller then binds through Qt SQL).
    std::unique_ptr<BulkStatement> prepare(QSqlDatabase &db, const QString &insertSql);
    // The connection was opened again: the next stream goes to its new handle.
    void reset() { m_stream.reset(); }

private:
    QStringList m_tables;
    std::shared_ptr<CopyStream> m_stream;
};

} // namespace fla::postgres
