#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <memory>

namespace fla {

// One numbered step of the schema. Applied in a transaction; the workspace's
// schema version is the number of the last step applied.
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
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

    virtual QString name() const = 0;         // "sqlite"
    virtual QString qtDriverName() const = 0; // "QSQLITE"

    // Takes the workspace's exclusive lock for this process. False with a
    // translated message when another process holds it.
    virtual bool lock(const QString &location, QString *error) = 0;
    virtual void unlock() = 0;

    // Sets the connection up (journal, durability, busy timeout, foreign keys)
    // and logs what was set.
    virtual bool configure(QSqlDatabase &db, int busyTimeoutMs, QString *error) = 0;

    virtual int schemaVersion(QSqlDatabase &db) = 0;
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

    // The statement that starts a write transaction (SQLite: BEGIN IMMEDIATE,
    // so a writer waits for the busy timeout instead of failing half-way).
    virtual QString beginTransactionSql() const = 0;

    // Larger caches for a bulk load, and back.
    virtual void beginBulk(QSqlDatabase &db) = 0;
    virtual void endBulk(QSqlDatabase &db) = 0;

    // SQL for "a differs from b, NULLs compared as values".
    virtual QString isDistinct(const QString &a, const QString &b) const = 0;
};

std::unique_ptr<StorageDriver> createSqliteDriver();

} // namespace fla
