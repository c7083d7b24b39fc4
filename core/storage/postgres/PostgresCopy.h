#pragma once

#include "core/storage/StorageDriver.h"

#include <QSqlDatabase>
#include <memory>
#include <vector>

namespace fla::postgres {

class CopyStream;

// Rows in COPY's text format, bound as a BulkStatement (RecordTraits'
// Binder): step() appends the bound row to text(). For a load that gathers
// its rows before sending them (postgres/PostgresStagedLoad).
class CopyRows final : public BulkStatement
{
public:
    explicit CopyRows(int columns);
    void bindNull(int column) override;
    void bindInt(int column, qint64 value) override;
    void bindDouble(int column, double value) override;
    void bindText(int column, const char *utf8, int size) override;
    bool step(QString *engineError) override;

    QByteArray &text() { return m_text; }
    qint64 rows() const { return m_rows; }
    void clear();

private:
    std::vector<QByteArray> m_values;
    QByteArray m_text;
    qint64 m_rows = 0;
};

// Sends rows (COPY's text format, complete lines) to table (columns) in one
// `COPY … FROM STDIN` through libpq on db's connection. False with the
// server's refusal, or when the build or the connection has no libpq.
bool copyIn(QSqlDatabase &db, const QString &table, const QStringList &columns, const QByteArray &rows,
            QString *error);
// Whether copyIn can work on db's connection.
bool canCopy(QSqlDatabase &db);

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
