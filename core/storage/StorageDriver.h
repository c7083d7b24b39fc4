#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <memory>

namespace fla {

// One numbered step of the schema. Applied in a transaction; the workspace's
// schema version is the number of the last step applied.
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
    // The step rebuilds tables that others refer to: references are not
    // checked row by row while it runs (the engine cannot drop a referenced
    // table otherwise) but all at once before its commit.
    bool rebuildsReferencedTables = false;
};

// An index that a bulk load into an empty table may drop and build again.
struct IndexDefinition
{
    QString name;
    QString createSql;
};

// A prepared INSERT bound through the engine's own API, for the bulk path:
// no QVariant, no placeholder names, text bound without a copy. Columns are
// numbered from 0. Bound text must stay valid until step() returns.
class BulkStatement
{
public:
    virtual ~BulkStatement() = default;
    virtual void bindNull(int column) = 0;
    virtual void bindInt(int column, qint64 value) = 0;
    virtual void bindDouble(int column, double value) = 0;
    virtual void bindText(int column, const char *utf8, int size) = 0;
    // Runs the statement once and makes it ready for the next row (bindings
    // are kept). False with the engine's message.
    virtual bool step(QString *engineError) = 0;
    // Where rows are streamed to the engine (PostgreSQL's COPY), they are in
    // the table only once this ends the stream: false with the engine's
    // message, and in failedRow the refused row counted from 0 over the rows
    // stepped since the stream began (-1 when the engine did not say). Call
    // it after the last step, before any other statement on the connection.
    virtual bool finish(QString *engineError, qint64 *failedRow)
    {
        Q_UNUSED(engineError);
        *failedRow = -1;
        return true;
    }
};

// A row that refers to a record that does not exist.
struct ForeignKeyViolation
{
    QString table;
    qint64 row = 0; // the engine's row id
    QString parent; // the table it should refer to
};

// Everything that is particular to one database engine lives behind this
// interface: connection settings (SQLite pragmas), the lock that keeps a
// second process out, the schema version counter, the engine's migrations,
// consistent snapshots and integrity checks. The repositories use only
// portable SQL plus the few dialect helpers below, so a PostgreSQL driver
// (Qt's QPSQL) is an addition: a subclass, its migrations and its tests.
class StorageDriver
{
public:
    virtual ~StorageDriver() = default;

    virtual QString name() const = 0;         // "sqlite", "postgresql"
    virtual QString qtDriverName() const = 0; // "QSQLITE", "QPSQL"

    // A database server several desktops share (PostgreSQL), not a file
    // this process holds alone.
    virtual bool isServer() const { return false; }
    // Where the workspace is, as shown to the user and kept by Workspace::path()
    // (a file's absolute path; a server's URL without its password).
    virtual QString displayLocation(const QString &location) const = 0;
    // Points db at the workspace (the file, or the server, database and user)
    // before it is opened. False with a translated message when the location
    // cannot be used.
    virtual bool setUpConnection(QSqlDatabase &db, const QString &location, QString *error) = 0;
    // The translated message for a connection that could not be opened;
    // empty for the caller's own (the engine's text after the location).
    virtual QString openError(const QSqlError &error, const QString &location) const = 0;

    // The connection was closed to be opened again (a team server that went
    // away): forget what lived in the server's session (locks held, claims,
    // streams on the old connection handle).
    virtual void sessionEnded() {}
    // The connection was opened again: take back what the old session held
    // (the outbox claim, the employers being declared) where no other desktop
    // took it meanwhile; what could not be taken back is logged and forgotten.
    virtual void sessionResumed(QSqlDatabase &db) { Q_UNUSED(db); }
    // How long opening db may wait for a server before it gives up (a server
    // engine; a file opens at once).
    virtual void setConnectTimeout(QSqlDatabase &db, int seconds) const
    {
        Q_UNUSED(db);
        Q_UNUSED(seconds);
    }

    // Takes the workspace's exclusive lock for this process. False with a
    // translated message when another process holds it.
    virtual bool lock(const QString &location, QString *error) = 0;
    virtual void unlock() = 0;

    // Sets the connection up (journal, durability, busy timeout, foreign keys)
    // and logs what was set.
    virtual bool configure(QSqlDatabase &db, int busyTimeoutMs, QString *error) = 0;

    virtual int schemaVersion(QSqlDatabase &db) = 0;
    // Called first inside each migration's transaction: keeps a second
    // process from migrating at the same time (SQLite: BEGIN IMMEDIATE did).
    virtual bool lockSchema(QSqlDatabase &db, QString *error)
    {
        Q_UNUSED(db);
        Q_UNUSED(error);
        return true;
    }
    // Called inside the migration's transaction.
    virtual bool setSchemaVersion(QSqlDatabase &db, int version, QString *error) = 0;
    virtual QList<Migration> migrations() const = 0;

    // A consistent copy of the whole database into target (a new file),
    // taken while other connections may be writing.
    virtual bool snapshot(QSqlDatabase &db, const QString &target, QString *error) = 0;
    // The same through a connection of its own to the file at source,
    // without the workspace lock (a reader next to the running app).
    virtual bool snapshotFile(const QString &source, const QString &target, int busyTimeoutMs,
                              QString *error) = 0;
    // "ok" or the engine's findings in detail.
    virtual bool integrityCheck(QSqlDatabase &db, QString *detail) = 0;

    // The secondary indexes of a big table (uniqueness included) that a bulk
    // load into the empty table drops and builds once at the end.
    virtual QList<IndexDefinition> rebuildableIndexes(const QString &table) const = 0;

    // The statement that starts a write transaction (SQLite: BEGIN IMMEDIATE,
    // so a writer waits for the busy timeout instead of failing half-way).
    virtual QString beginTransactionSql() const = 0;

    // Larger caches for a bulk load, and back.
    virtual void beginBulk(QSqlDatabase &db) = 0;
    virtual void endBulk(QSqlDatabase &db) = 0;

    // The statement prepared on the connection's native handle, or nullptr
    // when the engine (or this build) has no such path: the caller then
    // binds through Qt SQL. Valid while db is open and its schema unchanged.
    virtual std::unique_ptr<BulkStatement> prepareBulk(QSqlDatabase &db, const QString &sql, QString *error)
    {
        Q_UNUSED(db);
        Q_UNUSED(sql);
        Q_UNUSED(error);
        return nullptr;
    }

    // A bulk load checks references once for the whole set instead of row by
    // row (SQLite: 6x cheaper). Switching per-row checks off only works
    // outside a transaction; returns whether they are now in the state asked.
    // The loader then calls foreignKeyViolations() on every table it wrote,
    // inside its transaction, before committing.
    virtual bool setForeignKeyChecks(QSqlDatabase &db, bool on) = 0;
    // The journal a big load writes through, and back (outside a
    // transaction). SQLite: the rollback journal, which writes a new page
    // once, where the write-ahead log writes every page twice (to the log,
    // then back into the file at the checkpoint); SQLite's own advice for
    // transactions of more than about 100 MB. Equally crash-safe with
    // synchronous=FULL. It only switches when this connection is the
    // workspace's only one; returns whether the asked journal is in use.
    virtual bool setBigWriteJournal(QSqlDatabase &db, bool on)
    {
        Q_UNUSED(db);
        return !on;
    }
    // At most limit rows of table (every table when empty) whose references
    // are broken.
    virtual QList<ForeignKeyViolation> foreignKeyViolations(QSqlDatabase &db, const QString &table, int limit,
                                                            QString *error) = 0;

    // SQL for "a differs from b, NULLs compared as values".
    virtual QString isDistinct(const QString &a, const QString &b) const = 0;
    // The column, written so that the planner does not pick its index
    // (SQLite: "+column"; engines with a cost-based planner: the column).
    virtual QString unindexed(const QString &column) const { return column; }
    // The join that keeps its left table as the outer loop (SQLite: CROSS
    // JOIN ... ON; elsewhere a plain JOIN, the planner chooses).
    virtual QString joinInOrder() const { return QStringLiteral("JOIN"); }
    // Appended to an INSERT whose new row id the caller reads from the
    // query's first row; empty when the driver's lastInsertId() gives it.
    virtual QString returningId() const { return QString(); }
    // Appended to a SELECT of rows the transaction is about to change, so that
    // another connection's change of them waits for this transaction (a
    // server's FOR UPDATE); empty where a write transaction already keeps every
    // other writer out (SQLite's BEGIN IMMEDIATE).
    virtual QString lockingRead() const { return QString(); }

    // On a shared server, the token that marks the outbox rows this
    // connection claimed for declaring; the connection holds it as a session
    // lock while it lives, so a crashed desktop's claims can be told from a
    // working one's. 0 where one process has the workspace to itself (its
    // outbox needs no claims). 0 with error set when it cannot be taken.
    virtual qint64 claimToken(QSqlDatabase &db, QString *error)
    {
        Q_UNUSED(db);
        Q_UNUSED(error);
        return 0;
    }
    // Whether the connection that held token is gone (never called for this
    // connection's own token).
    virtual bool claimIsStale(QSqlDatabase &db, qint64 token)
    {
        Q_UNUSED(db);
        Q_UNUSED(token);
        return true;
    }
    // On a shared server, one desktop at a time declares an employer's changes:
    // an employment or a participation must not reach the platform before the
    // worker or training it names, and those may be in another desktop's
    // claim. True when this connection holds the employer now (it keeps it
    // until releaseEmployer or until its session ends, a crash included);
    // false when another connection holds it, or with error set when the
    // server cannot be asked. Always true where one process has the workspace.
    virtual bool holdEmployer(QSqlDatabase &db, const QUuid &employer, QString *error)
    {
        Q_UNUSED(db);
        Q_UNUSED(employer);
        Q_UNUSED(error);
        return true;
    }
    virtual void releaseEmployer(QSqlDatabase &db, const QUuid &employer)
    {
        Q_UNUSED(db);
        Q_UNUSED(employer);
    }
};

std::unique_ptr<StorageDriver> createSqliteDriver();
std::unique_ptr<StorageDriver> createPostgresDriver();
// A PostgreSQL URL (postgresql://… or postgres://…) or else a file path.
bool isServerLocation(const QString &location);
std::unique_ptr<StorageDriver> createDriverFor(const QString &location);

} // namespace fla
