#include "common/LogCategories.h"
#include "storage/StorageDriver.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>

namespace fla {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SqliteDriver", text);
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error, QString *firstValue = nullptr)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    if (firstValue && q.next())
        *firstValue = q.value(0).toString();
    return true;
}

const char *const kSyncCheck =
    "sync_status TEXT NOT NULL DEFAULT 'draft' CHECK (sync_status IN ('draft', 'ready', 'queued', 'sent', "
    "'accepted', 'accepted_with_warnings', 'refused', 'conflict'))";
const char *const kLanguageCheck = "CHECK (language IN ('nl', 'fr', 'de', 'en'))";
const char *const kEntityCheck =
    "CHECK (entity IN ('employer', 'worker', 'employment', 'training', 'participation', 'right'))";

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

// The schema, version 1. Portable SQL: TEXT uuids (36 characters), ISO dates
// as TEXT, booleans as INTEGER 0/1 with a CHECK, money in cents.
Migration migration1()
{
    Migration m;
    m.version = 1;
    m.description = QStringLiteral("employers and their records, audit trail, outbox, anomalies");
    const QString sync = s(kSyncCheck);
    const QString lang = s(kLanguageCheck);
    const QString entity = s(kEntityCheck);
    m.statements = {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE employer ("
                       " id INTEGER PRIMARY KEY,"
                       " uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),"
                       " enterprise_number TEXT NOT NULL,"
                       " nsso_number TEXT,"
                       " name TEXT NOT NULL,"
                       " language TEXT NOT NULL ") +
            lang +
            QStringLiteral(
                ","
                " size_class TEXT NOT NULL CHECK (size_class IN ('UNDER_10', 'FROM_10_TO_19', "
                "'FROM_20')),"
                " joint_committees TEXT NOT NULL DEFAULT '',"
                " hours_per_day REAL NOT NULL CHECK (hours_per_day > 0 AND hours_per_day <= 24), ") +
            sync + QStringLiteral(")"),
        QStringLiteral("CREATE TABLE worker ("
                       " id INTEGER PRIMARY KEY,"
                       " uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),"
                       " employer_uuid TEXT NOT NULL REFERENCES employer (uuid),"
                       " ssin TEXT NOT NULL,"
                       " family_name TEXT NOT NULL,"
                       " given_name TEXT NOT NULL,"
                       " birth_date TEXT CHECK (birth_date IS NULL OR birth_date LIKE '____-__-__'),"
                       " language TEXT NOT NULL ") +
            lang + QStringLiteral(", address TEXT, ") + sync +
            QStringLiteral(", UNIQUE (uuid, employer_uuid))"),
        QStringLiteral("CREATE INDEX worker_by_name ON worker (employer_uuid, family_name, given_name)"),
        QStringLiteral("CREATE INDEX worker_by_ssin ON worker (employer_uuid, ssin)"),
        QStringLiteral("CREATE TABLE employment ("
                       " id INTEGER PRIMARY KEY,"
                       " uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),"
                       " employer_uuid TEXT NOT NULL REFERENCES employer (uuid),"
                       " worker_uuid TEXT NOT NULL,"
                       " start_date TEXT CHECK (start_date IS NULL OR start_date LIKE '____-__-__'),"
                       " end_date TEXT CHECK (end_date IS NULL OR end_date LIKE '____-__-__'),"
                       " work_regime REAL NOT NULL CHECK (work_regime > 0 AND work_regime <= 1),"
                       " joint_committee TEXT NOT NULL DEFAULT '',"
                       " cao_number TEXT, ") +
            sync +
            QStringLiteral(
                ", FOREIGN KEY (worker_uuid, employer_uuid) REFERENCES worker (uuid, employer_uuid))"),
        QStringLiteral("CREATE INDEX employment_by_worker ON employment (employer_uuid, worker_uuid)"),
        QStringLiteral(
            "CREATE TABLE training ("
            " id INTEGER PRIMARY KEY,"
            " uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),"
            " employer_uuid TEXT NOT NULL REFERENCES employer (uuid),"
            " name TEXT NOT NULL,"
            " provider TEXT,"
            " kind TEXT NOT NULL CHECK (kind IN ('FORMAL', 'INFORMAL')),"
            " start_date TEXT CHECK (start_date IS NULL OR start_date LIKE '____-__-__'),"
            " end_date TEXT CHECK (end_date IS NULL OR end_date LIKE '____-__-__'),"
            " duration REAL NOT NULL,"
            " unit TEXT NOT NULL CHECK (unit IN ('DAYS', 'HOURS')),"
            " counts_for_fla INTEGER NOT NULL CHECK (counts_for_fla IN (0, 1)),"
            " deduct_from_right INTEGER NOT NULL CHECK (deduct_from_right IN (0, 1)),"
            " financing TEXT,"
            " cost_cents INTEGER CHECK (cost_cents IS NULL OR cost_cents >= 0),"
            " status TEXT NOT NULL CHECK (status IN ('PLANNED', 'COMPLETED')),"
            " registered_on TEXT CHECK (registered_on IS NULL OR registered_on LIKE '____-__-__'), ") +
            sync + QStringLiteral(", UNIQUE (uuid, employer_uuid))"),
        QStringLiteral("CREATE INDEX training_by_start ON training (employer_uuid, start_date, uuid)"),
        QStringLiteral("CREATE INDEX training_by_name ON training (employer_uuid, name)"),
        QStringLiteral("CREATE TABLE participation ("
                       " id INTEGER PRIMARY KEY,"
                       " uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),"
                       " employer_uuid TEXT NOT NULL REFERENCES employer (uuid),"
                       " training_uuid TEXT NOT NULL,"
                       " worker_uuid TEXT NOT NULL,"
                       " followed INTEGER NOT NULL CHECK (followed IN (0, 1)),"
                       " certificate INTEGER NOT NULL CHECK (certificate IN (0, 1)),"
                       " certificate_valid_until TEXT CHECK (certificate_valid_until IS NULL OR "
                       "certificate_valid_until LIKE '____-__-__'),"
                       " duration_override REAL, ") +
            sync +
            QStringLiteral(
                ", UNIQUE (training_uuid, worker_uuid),"
                " FOREIGN KEY (training_uuid, employer_uuid) REFERENCES training (uuid, employer_uuid),"
                " FOREIGN KEY (worker_uuid, employer_uuid) REFERENCES worker (uuid, employer_uuid))"),
        QStringLiteral("CREATE INDEX participation_by_employer ON participation (employer_uuid)"),
        QStringLiteral("CREATE INDEX participation_by_worker ON participation (worker_uuid)"),
        QStringLiteral("CREATE TABLE training_right ("
                       " id INTEGER PRIMARY KEY,"
                       " uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),"
                       " employer_uuid TEXT NOT NULL REFERENCES employer (uuid),"
                       " worker_uuid TEXT NOT NULL,"
                       " year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2999),"
                       " type TEXT NOT NULL CHECK (type IN ('LEGAL', 'SECTORAL', 'EMPLOYER')),"
                       " amount REAL NOT NULL,"
                       " unit TEXT NOT NULL CHECK (unit IN ('DAYS', 'HOURS')),"
                       " origin TEXT NOT NULL CHECK (origin IN ('DECLARED', 'PLATFORM')),"
                       " cao_number TEXT,"
                       " opt_out INTEGER NOT NULL CHECK (opt_out IN (0, 1)), ") +
            sync +
            QStringLiteral(
                ", FOREIGN KEY (worker_uuid, employer_uuid) REFERENCES worker (uuid, employer_uuid))"),
        QStringLiteral(
            "CREATE INDEX training_right_by_worker ON training_right (employer_uuid, worker_uuid, year)"),
        QStringLiteral("CREATE TABLE audit ("
                       " id INTEGER PRIMARY KEY,"
                       " at TEXT NOT NULL,"
                       " user_profile TEXT NOT NULL,"
                       " employer_uuid TEXT NOT NULL CHECK (length(employer_uuid) = 36),"
                       " entity TEXT NOT NULL ") +
            entity +
            QStringLiteral(", record_uuid TEXT NOT NULL CHECK (length(record_uuid) = 36),"
                           " change_kind TEXT NOT NULL CHECK (change_kind IN ('create', 'update', 'delete', "
                           "'restore')),"
                           " change_set TEXT NOT NULL,"
                           " before_json TEXT,"
                           " after_json TEXT)"),
        QStringLiteral("CREATE INDEX audit_by_record ON audit (record_uuid)"),
        QStringLiteral("CREATE INDEX audit_by_employer ON audit (employer_uuid)"),
        QStringLiteral("CREATE TABLE outbox ("
                       " id INTEGER PRIMARY KEY,"
                       " employer_uuid TEXT NOT NULL REFERENCES employer (uuid),"
                       " entity TEXT NOT NULL ") +
            entity +
            QStringLiteral(", record_uuid TEXT NOT NULL CHECK (length(record_uuid) = 36),"
                           " operation TEXT NOT NULL CHECK (operation IN ('upsert', 'delete')),"
                           " created_at TEXT NOT NULL,"
                           " attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),"
                           " next_attempt_at TEXT NOT NULL,"
                           " last_error TEXT,"
                           " state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'in_flight', "
                           "'done', 'failed')))"),
        QStringLiteral("CREATE INDEX outbox_due ON outbox (employer_uuid, state, next_attempt_at)"),
        QStringLiteral("CREATE INDEX outbox_by_record ON outbox (record_uuid)"),
        QStringLiteral("CREATE TABLE anomaly ("
                       " id INTEGER PRIMARY KEY,"
                       " employer_uuid TEXT NOT NULL REFERENCES employer (uuid),"
                       " entity TEXT NOT NULL ") +
            entity +
            QStringLiteral(
                ", record_uuid TEXT NOT NULL CHECK (length(record_uuid) = 36),"
                " field TEXT NOT NULL DEFAULT '',"
                " code TEXT NOT NULL,"
                " severity TEXT NOT NULL CHECK (severity IN ('information', 'warning', 'blocking')),"
                " params TEXT NOT NULL DEFAULT '{}')"),
        QStringLiteral("CREATE INDEX anomaly_by_record ON anomaly (record_uuid)"),
        QStringLiteral("CREATE INDEX anomaly_by_employer ON anomaly (employer_uuid, severity, code)"),
    };
    return m;
}

class SqliteDriver final : public StorageDriver
{
public:
    QString name() const override { return QStringLiteral("sqlite"); }
    QString qtDriverName() const override { return QStringLiteral("QSQLITE"); }

    bool lock(const QString &location, QString *error) override
    {
        m_lock = std::make_unique<QLockFile>(location + QStringLiteral(".lock"));
        // Never stale by age: only when its owner process is gone (QLockFile
        // checks the process id and name on this host).
        m_lock->setStaleLockTime(0);
        if (m_lock->tryLock(0))
            return true;
        qint64 pid = 0;
        QString host, app;
        const bool known = m_lock->getLockInfo(&pid, &host, &app);
        if (error) {
            if (m_lock->error() == QLockFile::LockFailedError && known)
                *error = tr("The workspace %1 is open in another program (%2, process %3 on %4). Close it "
                            "there first, or open another workspace.")
                             .arg(QDir::toNativeSeparators(location), app, QString::number(pid), host);
            else if (m_lock->error() == QLockFile::LockFailedError)
                *error = tr("The workspace %1 is open in another program. Close it there first, or open "
                            "another workspace.")
                             .arg(QDir::toNativeSeparators(location));
            else
                *error = tr("The workspace %1 cannot be locked: its folder is not writable.")
                             .arg(QDir::toNativeSeparators(location));
        }
        m_lock.reset();
        return false;
    }

    void unlock() override
    {
        if (m_lock)
            m_lock->unlock();
        m_lock.reset();
    }

    bool configure(QSqlDatabase &db, int busyTimeoutMs, QString *error) override
    {
        QString mode;
        if (!exec(db, QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs), error) ||
            !exec(db, QStringLiteral("PRAGMA journal_mode = WAL"), error, &mode) ||
            !exec(db, QStringLiteral("PRAGMA synchronous = FULL"), error) ||
            !exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), error))
            return false;
        QString fk, sync;
        exec(db, QStringLiteral("PRAGMA foreign_keys"), nullptr, &fk);
        exec(db, QStringLiteral("PRAGMA synchronous"), nullptr, &sync);
        qCInfo(lcStorage).noquote() << "SQLite" << QStringLiteral("journal_mode=%1").arg(mode)
                                    << QStringLiteral("synchronous=%1")
                                           .arg(sync == QLatin1String("2") ? QStringLiteral("FULL") : sync)
                                    << QStringLiteral("busy_timeout=%1ms").arg(busyTimeoutMs)
                                    << QStringLiteral("foreign_keys=%1").arg(fk);
        if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
            if (error)
                *error = tr("The workspace could not switch to write-ahead logging (journal mode is %1).")
                             .arg(mode);
            return false;
        }
        return true;
    }

    int schemaVersion(QSqlDatabase &db) override
    {
        QString v;
        if (!exec(db, QStringLiteral("PRAGMA user_version"), nullptr, &v))
            return -1;
        return v.toInt();
    }

    bool setSchemaVersion(QSqlDatabase &db, int version, QString *error) override
    {
        return exec(db, QStringLiteral("PRAGMA user_version = %1").arg(version), error);
    }

    QList<Migration> migrations() const override { return {migration1()}; }

    bool snapshot(QSqlDatabase &db, const QString &target, QString *error) override
    {
        if (QFileInfo::exists(target)) {
            if (error)
                *error = tr("The file %1 already exists.").arg(QDir::toNativeSeparators(target));
            return false;
        }
        QString quoted = target;
        quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
        // VACUUM INTO reads one consistent snapshot (a read transaction) while
        // other connections keep writing to the WAL.
        return exec(db, QStringLiteral("VACUUM INTO '%1'").arg(quoted), error);
    }

    bool snapshotFile(const QString &source, const QString &target, int busyTimeoutMs,
                      QString *error) override
    {
        if (!QFileInfo::exists(source)) {
            if (error)
                *error = tr("The workspace %1 does not exist.").arg(QDir::toNativeSeparators(source));
            return false;
        }
        static QAtomicInt counter;
        const QString name = QStringLiteral("fladesk-snapshot-%1").arg(counter.fetchAndAddRelaxed(1));
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(qtDriverName(), name);
            db.setDatabaseName(source);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
            if (!db.open()) {
                if (error)
                    *error = db.lastError().text();
            } else {
                QString version;
                if (!exec(db, QStringLiteral("PRAGMA user_version"), error, &version)) {
                } else if (version.toInt() <= 0) {
                    if (error)
                        *error = tr("The file %1 is not an FLA Desk workspace.")
                                     .arg(QDir::toNativeSeparators(source));
                } else {
                    ok = snapshot(db, target, error);
                }
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    bool integrityCheck(QSqlDatabase &db, QString *detail) override
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
            if (detail)
                *detail = q.lastError().text();
            return false;
        }
        QStringList lines;
        while (q.next())
            lines << q.value(0).toString();
        QSqlQuery fk(db);
        if (fk.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
            while (fk.next())
                lines << QStringLiteral("foreign key: %1 row %2 -> %3")
                             .arg(fk.value(0).toString(), fk.value(1).toString(), fk.value(2).toString());
        }
        if (detail)
            *detail = lines.join(QLatin1Char('\n'));
        return lines == QStringList{QStringLiteral("ok")};
    }

    QString beginTransactionSql() const override { return QStringLiteral("BEGIN IMMEDIATE"); }

    void beginBulk(QSqlDatabase &db) override
    {
        exec(db, QStringLiteral("PRAGMA cache_size = -131072"), nullptr); // 128 MiB
    }
    void endBulk(QSqlDatabase &db) override
    {
        exec(db, QStringLiteral("PRAGMA cache_size = -8192"), nullptr);
    }

    QString isDistinct(const QString &a, const QString &b) const override
    {
        return a + QStringLiteral(" IS NOT ") + b;
    }

private:
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace

std::unique_ptr<StorageDriver> createSqliteDriver()
{
    return std::make_unique<SqliteDriver>();
}

} // namespace fla
