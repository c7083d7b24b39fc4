#include "core/storage/postgres/PostgresCopy.h"

#include "core/common/LogCategories.h"

#include <QRegularExpression>
#include <QSqlDriver>
#include <charconv>
#include <vector>

#ifdef FLA_POSTGRES_COPY
#include <libpq-fe.h>
#endif

namespace fla::postgres {

namespace {

// Values in COPY's text format: a backslash, tab, newline or carriage
// return escaped; NULL as \N.
void appendEscaped(QByteArray &out, const char *utf8, int size)
{
    for (int i = 0; i < size; ++i) {
        const char c = utf8[i];
        switch (c) {
        case '\\':
            out.append("\\\\", 2);
            break;
        case '\t':
            out.append("\\t", 2);
            break;
        case '\n':
            out.append("\\n", 2);
            break;
        case '\r':
            out.append("\\r", 2);
            break;
        default:
            out.append(c);
        }
    }
}

// The shortest text that reads back as the same double.
QByteArray doubleText(double value)
{
    char text[32];
    const auto r = std::to_chars(text, text + sizeof text, value);
    return QByteArray(text, int(r.ptr - text));
}

} // namespace

CopyRows::CopyRows(int columns)
    : m_values(size_t(columns))
{}

void CopyRows::bindNull(int column)
{
    m_values[size_t(column)] = QByteArrayLiteral("\\N");
}

void CopyRows::bindInt(int column, qint64 value)
{
    m_values[size_t(column)] = QByteArray::number(value);
}

void CopyRows::bindDouble(int column, double value)
{
    m_values[size_t(column)] = doubleText(value);
}

void CopyRows::bindText(int column, const char *utf8, int size)
{
    QByteArray &v = m_values[size_t(column)];
    v.clear();
    appendEscaped(v, utf8, size);
}

bool CopyRows::step(QString *engineError)
{
    Q_UNUSED(engineError);
    for (size_t c = 0; c < m_values.size(); ++c) {
        if (c > 0)
            m_text.append('\t');
        m_text.append(m_values[c]);
    }
    m_text.append('\n');
    ++m_rows;
    return true;
}

void CopyRows::clear()
{
    m_text.clear();
    m_rows = 0;
}

#ifdef FLA_POSTGRES_COPY

namespace {

// Sent to the server when this much has gathered.
constexpr qsizetype kSendFrom = 1 << 20;

QString resultText(PGresult *res, PGconn *conn)
{
    const char *text = res ? PQresultErrorMessage(res) : PQerrorMessage(conn);
    return QString::fromUtf8(text).trimmed();
}

} // namespace

// One COPY at a time on a connection, shared by its statements.
class CopyStream
{
public:
    explicit CopyStream(PGconn *conn)
        : m_conn(conn)
    {}

    // Opens the stream for copySql (ending one open for another table first).
    bool open(const QByteArray &copySql, QString *error)
    {
        if (m_open && m_sql == copySql)
            return true;
        qint64 failed = -1;
        if (m_open && !end(error, &failed))
            return false;
        PGresult *res = PQexec(m_conn, copySql.constData());
        const bool ok = res && PQresultStatus(res) == PGRES_COPY_IN;
        if (!ok)
            *error = resultText(res, m_conn);
        PQclear(res);
        if (!ok)
            return false;
        m_open = true;
        m_sql = copySql;
        m_rows = 0;
        return true;
    }

    QByteArray &buffer() { return m_buffer; }
    // Rows put in buffer() whole, for the log.
    void rowsAdded(qint64 rows) { m_rows += rows; }

    bool rowAdded(QString *error)
    {
        ++m_rows;
        return m_buffer.size() < kSendFrom || send(error);
    }

    // Ends the stream: its rows are in the table, or error holds the
    // server's refusal and failedRow the refused row (from 0 since the stream
    // opened; -1 when the server did not say).
    bool end(QString *error, qint64 *failedRow)
    {
        *failedRow = -1;
        if (!m_open)
            return true;
        m_open = false;
        QString sendError;
        const bool sent = send(&sendError);
        if (PQputCopyEnd(m_conn, sent ? nullptr : "the load could not send its rows") != 1) {
            *error = resultText(nullptr, m_conn);
            return false;
        }
        bool ok = sent;
        if (!sent)
            *error = sendError;
        while (PGresult *res = PQgetResult(m_conn)) {
            if (PQresultStatus(res) != PGRES_COMMAND_OK && ok) {
                ok = false;
                *error = resultText(res, m_conn);
                static const QRegularExpression line(QStringLiteral("line (\\d+)"));
                const QRegularExpressionMatch m =
                    line.match(QString::fromUtf8(PQresultErrorField(res, PG_DIAG_CONTEXT)));
                if (m.hasMatch())
                    *failedRow = m.captured(1).toLongLong() - 1;
            }
            PQclear(res);
        }
        qCDebug(lcStorage).noquote() << m_sql << m_rows << "rows" << (ok ? "copied" : "refused:") << *error;
        return ok;
    }

    bool isOpen() const { return m_open; }

private:
    bool send(QString *error)
    {
        if (m_buffer.isEmpty())
            return true;
        const bool ok = PQputCopyData(m_conn, m_buffer.constData(), int(m_buffer.size())) == 1;
        m_buffer.clear();
        if (!ok)
            *error = resultText(nullptr, m_conn);
        return ok;
    }

    PGconn *m_conn;
    QByteArray m_sql, m_buffer;
    qint64 m_rows = 0;
    bool m_open = false;
};

namespace {

class CopyStatement final : public BulkStatement
{
public:
    CopyStatement(std::shared_ptr<CopyStream> stream, QByteArray copySql, int columns, int rows)
        : m_stream(std::move(stream))
        , m_sql(std::move(copySql))
        , m_columns(columns)
        , m_values(size_t(columns) * size_t(rows))
    {}
    ~CopyStatement() override
    {
        QString error;
        qint64 row = -1;
        if (m_stream->isOpen() && !m_stream->end(&error, &row))
            qCWarning(lcStorage).noquote() << "COPY ended with a refusal:" << error;
    }
    CopyStatement(const CopyStatement &) = delete;
    CopyStatement &operator=(const CopyStatement &) = delete;

    void bindNull(int column) override { m_values[size_t(column)] = QByteArrayLiteral("\\N"); }
    void bindInt(int column, qint64 value) override { m_values[size_t(column)] = QByteArray::number(value); }
    void bindDouble(int column, double value) override { m_values[size_t(column)] = doubleText(value); }
    void bindText(int column, const char *utf8, int size) override
    {
        QByteArray &v = m_values[size_t(column)];
        v.clear();
        appendEscaped(v, utf8, size);
    }

    bool step(QString *engineError) override
    {
        if (!m_stream->open(m_sql, engineError))
            return false;
        QByteArray &out = m_stream->buffer();
        for (size_t at = 0; at < m_values.size(); at += size_t(m_columns)) {
            for (int c = 0; c < m_columns; ++c) {
                if (c > 0)
                    out.append('\t');
                out.append(m_values[at + size_t(c)]);
            }
            out.append('\n');
            if (!m_stream->rowAdded(engineError))
                return false;
        }
        return true;
    }

    bool finish(QString *engineError, qint64 *failedRow) override
    {
        return m_stream->end(engineError, failedRow);
    }

private:
    std::shared_ptr<CopyStream> m_stream;
    QByteArray m_sql;
    int m_columns;
    std::vector<QByteArray> m_values;
};

PGconn *libpqHandle(QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant h = db.driver()->handle();
    // Qt 6 names the type as the compiler spells it (PGconn is pg_conn).
    if (!h.isValid() || (qstrcmp(h.typeName(), "PGconn*") != 0 && qstrcmp(h.typeName(), "pg_conn*") != 0)) {
        qCInfo(lcStorage) << "no libpq handle on the connection (" << h.typeName()
                          << "): bulk loads bind row by row";
        return nullptr;
    }
    return *static_cast<PGconn *const *>(h.constData());
}

} // namespace

bool canCopy(QSqlDatabase &db)
{
    return qEnvironmentVariable("FLADESK_POSTGRES_COPY") != QLatin1String("0") && libpqHandle(db);
}

bool copyIn(QSqlDatabase &db, const QString &table, const QStringList &columns, const QByteArray &rows,
            QString *error)
{
    PGconn *conn = libpqHandle(db);
    if (!conn) {
        *error = QStringLiteral("no libpq connection");
        return false;
    }
    CopyStream stream(conn);
    const QByteArray sql =
        QStringLiteral("COPY %1 (%2) FROM STDIN").arg(table, columns.join(QStringLiteral(", "))).toUtf8();
    if (!stream.open(sql, error))
        return false;
    stream.buffer() = rows;
    stream.rowsAdded(rows.count('\n'));
    qint64 failed = -1;
    return stream.end(error, &failed);
}

CopyStatements::CopyStatements(const QStringList &tables)
    : m_tables(tables)
{}
CopyStatements::~CopyStatements() = default;

std::unique_ptr<BulkStatement> CopyStatements::prepare(QSqlDatabase &db, const QString &insertSql)
{
    if (qEnvironmentVariable("FLADESK_POSTGRES_COPY") == QLatin1String("0"))
        return nullptr;
    static const QRegularExpression insert(
        QStringLiteral("^INSERT INTO (\\w+) \\(([\\w, ]+)\\) VALUES (.*)$"),
        QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = insert.match(insertSql);
    if (!m.hasMatch() || !m_tables.contains(m.captured(1)))
        return nullptr;
    const QString values = m.captured(3);
    // Only bound values: a computed one (a sub-select) needs the INSERT.
    static const QRegularExpression onlyMarks(QStringLiteral("^[?, ()]+$"));
    if (!onlyMarks.match(values).hasMatch())
        return nullptr;
    const int columns = int(m.captured(2).split(QLatin1Char(',')).size());
    const int marks = int(values.count(QLatin1Char('?')));
    if (columns == 0 || marks % columns != 0)
        return nullptr;
    PGconn *conn = libpqHandle(db);
    if (!conn)
        return nullptr;
    if (!m_stream)
        m_stream = std::make_shared<CopyStream>(conn);
    const QByteArray copySql =
        QStringLiteral("COPY %1 (%2) FROM STDIN").arg(m.captured(1), m.captured(2)).toUtf8();
    return std::make_unique<CopyStatement>(m_stream, copySql, columns, marks / columns);
}

#else

class CopyStream
{};

bool canCopy(QSqlDatabase &db)
{
    Q_UNUSED(db);
    return false;
}

bool copyIn(QSqlDatabase &db, const QString &table, const QStringList &columns, const QByteArray &rows,
            QString *error)
{
    Q_UNUSED(db);
    Q_UNUSED(table);
    Q_UNUSED(columns);
    Q_UNUSED(rows);
    *error = QStringLiteral("built without libpq");
    return false;
}

CopyStatements::CopyStatements(const QStringList &tables)
    : m_tables(tables)
{}
CopyStatements::~CopyStatements() = default;

std::unique_ptr<BulkStatement> CopyStatements::prepare(QSqlDatabase &db, const QString &insertSql)
{
    Q_UNUSED(db);
    Q_UNUSED(insertSql);
    return nullptr; // built without libpq: Qt SQL binds every row
}

#endif

} // namespace fla::postgres
