#include "core/common/LogCategories.h"
#include "core/common/Translation.h"
#include "core/storage/SqlExec.h"
#include "core/storage/StorageDriver.h"
#include "core/storage/postgres/PostgresCopy.h"
#include "core/storage/postgres/PostgresLocation.h"
#include "core/storage/postgres/PostgresSchema.h"

#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>

namespace fla {

using storage::execStatement;

namespace {

QString tr(const char *text)
{
    return translateFrom({"fla::PostgresDriver", "fla"}, text);
}

// The key of the advisory lock that one migration at a time holds ("FLAD").
constexpr qint64 kSchemaLockKey = 0x464C4144;
// The first key of the advisory locks by which a desktop holds an employer for
// declaring ("FLAE"); the second is taken from the employer's uuid. Locks with
// two int keys never meet the single bigint ones above.
constexpr int kEmployerLockClass = 0x464C4145;

QString employerLockArgs(const QUuid &employer)
{
    // A version 4 uuid's first 32 bits are random: a collision only makes two
    // employers wait for each other.
    return QStringLiteral("%1, %2").arg(kEmployerLockClass).arg(qint32(employer.data1));
}

} // namespace

// A workspace in a PostgreSQL database (Qt's QPSQL driver), shared by the
// desktops of an office: no file lock (the server serialises writers), the
// schema version in a table, migrations in PostgreSQL's dialect
// (postgres/PostgresSchema.cpp). A bulk load's new records go to the server
// as COPY streams (postgres/PostgresCopy); every other write through Qt SQL.
class PostgresDriver final : public StorageDriver
{
public:
    QString name() const override { return QStringLiteral("postgresql"); }
    QString qtDriverName() const override { return QStringLiteral("QPSQL"); }
    bool isServer() const override { return true; }

    QString displayLocation(const QString &location) const override
    {
        const std::optional<PostgresLocation> loc = PostgresLocation::parse(location, nullptr);
        return loc ? loc->display() : location.section(QLatin1Char('@'), -1);
    }

    bool setUpConnection(QSqlDatabase &db, const QString &location, QString *error) override
    {
        const std::optional<PostgresLocation> loc = PostgresLocation::parse(location, error);
        if (!loc)
            return false;
        if (!db.isValid()) {
            if (error)
                *error = tr("This installation cannot reach PostgreSQL: Qt's PostgreSQL driver (QPSQL) is "
                            "missing. On Debian, install the package libqt6sql6-psql.");
            return false;
        }
        db.setHostName(loc->host);
        db.setPort(loc->port);
        db.setDatabaseName(loc->database);
        db.setUserName(loc->user);
        if (!loc->password.isEmpty())
            db.setPassword(loc->password);
        QString options = loc->connectOptions();
        if (!loc->options.contains(QStringLiteral("connect_timeout")))
            options +=
                (options.isEmpty() ? QString() : QStringLiteral(";")) + QStringLiteral("connect_timeout=10");
        if (!loc->options.contains(QStringLiteral("application_name")))
            options += QStringLiteral(";application_name=fladesk");
        // A server the network stopped reaching (no reset comes back) is noticed within
        // seconds, not after the system's TCP retries (minutes): unacknowledged data is
        // given up after 10 s, and an idle connection is checked every 30 s.
        options += QStringLiteral(";keepalives=1;keepalives_idle=30;keepalives_interval=10;keepalives_count=3"
                                  ";tcp_user_timeout=10000");
        db.setConnectOptions(options);
        m_location = *loc;
        return true;
    }

    QString openError(const QSqlError &error, const QString &location) const override
    {
        const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
        const QString user = m_location.user.isEmpty() ? qEnvironmentVariable("USER") : m_location.user;
        const QString db = m_location.database;
        QString message;
        if (text.contains(QLatin1String("password authentication failed")) ||
            text.contains(QLatin1String("no password supplied")) ||
            (text.contains(QLatin1String("role \"")) && text.contains(QLatin1String("does not exist"))))
            message = tr("The team server %1 refused the user %2: the user name or the password is wrong.")
                          .arg(location, user);
        else if (text.contains(QLatin1String("database \"")) &&
                 text.contains(QLatin1String("does not exist")))
            message = tr("The team server %1 has no database %2. Check the address, or ask the office's "
                         "administrator which database holds the workspace.")
                          .arg(location, db);
        else if (text.contains(QLatin1String("permission denied")) ||
                 text.contains(QLatin1String("no pg_hba.conf entry")))
            message = tr("The user %2 may not connect to the database %3 on the team server %1. Ask the "
                         "office's administrator for access.")
                          .arg(location, user, db);
        else if (text.contains(QLatin1String("SSL")) || text.contains(QLatin1String("certificate")))
            message = tr("The secure connection to the team server %1 failed (%2). Check the server's "
                         "certificate and the sslmode of the address.")
                          .arg(location, error.databaseText().simplified());
        else if (text.contains(QLatin1String("Connection refused")) ||
                 text.contains(QLatin1String("No such file or directory")) ||
                 text.contains(QLatin1String("could not connect")) ||
                 text.contains(QLatin1String("timeout expired")) ||
                 text.contains(QLatin1String("could not translate host name")) ||
                 text.contains(QLatin1String("server closed the connection")) ||
                 text.contains(QLatin1String("the database system is")))
            message = tr("The team server %1 cannot be reached: it is not running, or the address is wrong. "
                         "Your work is not lost; try again when the server is back.")
                          .arg(location);
        else
            message =
                tr("The workspace %1 cannot be opened: %2").arg(location, error.databaseText().simplified());
        return message;
    }

    void setConnectTimeout(QSqlDatabase &db, int seconds) const override
    {
        db.setConnectOptions(PostgresLocation::withConnectTimeout(db.connectOptions(), seconds));
    }

    void sessionEnded() override
    {
        // The server released the session's advisory locks with it; sessionResumed takes
        // them back, so the rows this desktop has in flight do not look abandoned.
        m_lostClaimToken = std::exchange(m_claimToken, 0);
        m_lostEmployers += std::exchange(m_heldEmployers, {});
        m_copy.reset();
    }

    void sessionResumed(QSqlDatabase &db) override
    {
        const qint64 token = std::exchange(m_lostClaimToken, 0);
        QString taken;
        if (token != 0) {
            if (execStatement(db, QStringLiteral("SELECT pg_try_advisory_lock(%1)").arg(token), nullptr,
                              &taken) &&
                taken == QLatin1String("true"))
                m_claimToken = token;
            else
                qCWarning(lcStorage) << "outbox claim token" << token << "could not be taken back";
        }
        for (const QUuid &employer : std::exchange(m_lostEmployers, {})) {
            if (!holdEmployer(db, employer, nullptr))
                qCWarning(lcStorage) << "employer" << employer
                                     << "could not be held again: another desktop may declare it now";
        }
    }

    bool lock(const QString &location, QString *error) override
    {
        Q_UNUSED(location);
        Q_UNUSED(error);
        return true; // several desktops share the database: the server serialises them
    }
    void unlock() override {}

    bool configure(QSqlDatabase &db, int busyTimeoutMs, QString *error) override
    {
        if (!execStatement(db, QStringLiteral("SET client_min_messages = warning"), error) ||
            !execStatement(db, QStringLiteral("SET datestyle = 'ISO, YMD'"), error) ||
            !execStatement(db, QStringLiteral("SET lock_timeout = %1").arg(busyTimeoutMs), error))
            return false;
        // A desktop reads one company at a time through its indexes, from
        // pages the server mostly holds in memory: at the default cost of a
        // random page (4) the planner reads a whole table of workers instead
        // of a company's few hundred by key, 3 to 10 times slower with ten
        // desktops at once (docs/performance.md, "Team server"). A bulk load
        // plans its set-wise statements at the server's own cost
        // (postgres/PostgresStagedLoad).
        if (!execStatement(db, QStringLiteral("SET random_page_cost = 1.1"), error))
            return false;
        // A role without the workspace's privileges (never granted a company)
        // reads nothing: say so instead of trying to create the schema.
        QString tableThere, readable;
        if (execStatement(db, QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL"), error,
                          &tableThere) &&
            tableThere == QLatin1String("true") &&
            execStatement(db, QStringLiteral("SELECT has_table_privilege('schema_version', 'SELECT')"), error,
                          &readable) &&
            readable != QLatin1String("true")) {
            if (error)
                *error =
                    tr("The user %1 has no access to the workspace %2 yet. Ask the office's administrator "
                       "to give you access to your companies (fladesk-cli team grant).")
                        .arg(db.userName(), m_location.display());
            return false;
        }
        QString version, user, ssl;
        execStatement(db, QStringLiteral("SHOW server_version"), nullptr, &version);
        execStatement(db, QStringLiteral("SELECT current_user"), nullptr, &user);
        execStatement(
            db,
            QStringLiteral("SELECT CASE WHEN ssl THEN version ELSE 'off' END FROM pg_stat_ssl WHERE pid = "
                           "pg_backend_pid()"),
            nullptr, &ssl);
        qCInfo(lcStorage).noquote() << "PostgreSQL" << version << QStringLiteral("user=%1").arg(user)
                                    << QStringLiteral("tls=%1").arg(ssl)
                                    << QStringLiteral("lock_timeout=%1ms").arg(busyTimeoutMs);
        return true;
    }

    int schemaVersion(QSqlDatabase &db) override
    {
        QString table;
        if (!execStatement(db, QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL"), nullptr,
                           &table))
            return -1;
        if (table != QLatin1String("true") && table != QLatin1String("1"))
            return 0;
        QString v;
        if (!execStatement(db, QStringLiteral("SELECT max(version) FROM schema_version"), nullptr, &v))
            return -1;
        return v.toInt();
    }

    bool lockSchema(QSqlDatabase &db, QString *error) override
    {
        return execStatement(db, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kSchemaLockKey),
                             error);
    }

    bool setSchemaVersion(QSqlDatabase &db, int version, QString *error) override
    {
        return execStatement(
                   db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL)"),
                   error) &&
               execStatement(db, QStringLiteral("DELETE FROM schema_version"), error) &&
               execStatement(db,
                             QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(version),
                             error);
    }

    QList<Migration> migrations() const override { return postgres::migrations(); }

    bool snapshot(QSqlDatabase &db, const QString &target, QString *error) override
    {
        Q_UNUSED(db);
        Q_UNUSED(target);
        if (error)
            *error =
                tr("Snapshots of a PostgreSQL workspace are not available yet: back the database up with "
                   "pg_dump (docs/team.md).");
        return false;
    }

    bool snapshotFile(const QString &source, const QString &target, int busyTimeoutMs,
                      QString *error) override
    {
        Q_UNUSED(source);
        Q_UNUSED(busyTimeoutMs);
        QSqlDatabase none;
        return snapshot(none, target, error);
    }

    bool integrityCheck(QSqlDatabase &db, QString *detail) override
    {
        // The server checks every reference and rule as it writes; what can
        // still be wrong is a constraint added NOT VALID and never validated.
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT conrelid::regclass::text, conname FROM pg_constraint c"
                                   " JOIN pg_namespace n ON n.oid = c.connamespace"
                                   " WHERE n.nspname = current_schema() AND NOT c.convalidated"))) {
            if (detail)
                *detail = q.lastError().text();
            return false;
        }
        QStringList lines;
        while (q.next())
            lines << QStringLiteral("not validated: %1 %2").arg(q.value(0).toString(), q.value(1).toString());
        if (lines.isEmpty())
            lines << QStringLiteral("ok");
        if (detail)
            *detail = lines.join(QLatin1Char('\n'));
        return lines == QStringList{QStringLiteral("ok")};
    }

    QList<IndexDefinition> rebuildableIndexes(const QString &table) const override
    {
        Q_UNUSED(table);
        return {}; // loads go row by row: the indexes stay
    }

    QString beginTransactionSql() const override { return QStringLiteral("BEGIN"); }

    std::unique_ptr<BulkStatement> prepareBulk(QSqlDatabase &db, const QString &sql, QString *error) override
    {
        Q_UNUSED(error);
        return m_copy.prepare(db, sql);
    }
    void beginBulk(QSqlDatabase &db) override { Q_UNUSED(db); }
    void endBulk(QSqlDatabase &db) override { Q_UNUSED(db); }

    // References are always checked by the server, row by row.
    bool setForeignKeyChecks(QSqlDatabase &db, bool on) override
    {
        Q_UNUSED(db);
        return on;
    }
    QList<ForeignKeyViolation> foreignKeyViolations(QSqlDatabase &db, const QString &table, int limit,
                                                    QString *error) override
    {
        Q_UNUSED(db);
        Q_UNUSED(table);
        Q_UNUSED(limit);
        Q_UNUSED(error);
        return {};
    }

    QString isDistinct(const QString &a, const QString &b) const override
    {
        return a + QStringLiteral(" IS DISTINCT FROM ") + b;
    }
    QString returningId() const override { return QStringLiteral(" RETURNING id"); }
    QString lockingRead() const override { return QStringLiteral(" FOR UPDATE"); }

    qint64 claimToken(QSqlDatabase &db, QString *error) override
    {
        if (m_claimToken != 0)
            return m_claimToken;
        // Random, positive, never the schema lock's key.
        const qint64 token = qint64(QRandomGenerator::global()->generate64() >> 2) + kSchemaLockKey + 1;
        if (!execStatement(db, QStringLiteral("SELECT pg_advisory_lock(%1)").arg(token), error))
            return 0;
        m_claimToken = token;
        qCDebug(lcStorage) << "outbox claim token" << token;
        return token;
    }

    bool claimIsStale(QSqlDatabase &db, qint64 token) override
    {
        // Free: the session that held it has ended.
        QString free;
        if (!execStatement(db, QStringLiteral("SELECT pg_try_advisory_lock(%1)").arg(token), nullptr,
                           &free) ||
            free != QLatin1String("true"))
            return false;
        execStatement(db, QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(token), nullptr);
        return true;
    }

    bool holdEmployer(QSqlDatabase &db, const QUuid &employer, QString *error) override
    {
        if (m_heldEmployers.contains(employer))
            return true;
        QString held;
        if (!execStatement(db,
                           QStringLiteral("SELECT pg_try_advisory_lock(%1)").arg(employerLockArgs(employer)),
                           error, &held))
            return false;
        if (held != QLatin1String("true"))
            return false;
        m_heldEmployers.insert(employer);
        return true;
    }

    void releaseEmployer(QSqlDatabase &db, const QUuid &employer) override
    {
        m_lostEmployers.remove(employer); // not to be taken back any more
        if (!m_heldEmployers.remove(employer))
            return;
        QString error;
        if (!execStatement(
                db, QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(employerLockArgs(employer)), &error))
            qCWarning(lcStorage) << "cannot release employer" << employer << "for other desktops:" << error;
    }

private:
    PostgresLocation m_location;
    qint64 m_claimToken = 0;
    QSet<QUuid> m_heldEmployers;
    // What a session that ended held, until the connection is opened again.
    qint64 m_lostClaimToken = 0;
    QSet<QUuid> m_lostEmployers;
    // The record tables a bulk load streams into (RecordRepository ends each stream).
    postgres::CopyStatements m_copy{{QStringLiteral("worker"), QStringLiteral("employment"),
                                     QStringLiteral("training"), QStringLiteral("participation"),
                                     QStringLiteral("training_right")}};
};

std::unique_ptr<StorageDriver> createPostgresDriver()
{
    return std::make_unique<PostgresDriver>();
}

} // namespace fla
