#include "core/common/LogCategories.h"
#include "core/common/Translation.h"
#include "core/storage/RecordVersions.h"
#include "core/storage/SqlExec.h"
#include "core/storage/StorageDriver.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#ifdef FLA_SQLITE_NATIVE
#include <sqlite3.h>
#endif

namespace fla {

using storage::execStatement;

namespace {

QString tr(const char *text)
{
    return translateFrom({"fla::SqliteDriver"}, text);
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

// The indexes of the big child tables, kept apart so that a bulk load into
// an empty table can build them once at the end (sorting) instead of row by
// row: the uuid's uniqueness, a worker once per training, the employer scope
// and the foreign keys' child side.
QStringList indexesOf(const QString &table)
{
    if (table == QLatin1String("employment"))
        return {
            QStringLiteral("CREATE UNIQUE INDEX employment_uuid ON employment (uuid)"),
            QStringLiteral("CREATE INDEX employment_by_worker ON employment (employer_uuid, worker_uuid)")};
    if (table == QLatin1String("participation"))
        return {
            QStringLiteral("CREATE UNIQUE INDEX participation_uuid ON participation (uuid)"),
            QStringLiteral("CREATE UNIQUE INDEX participation_training_worker ON participation (training_id, "
                           "worker_id)"),
            QStringLiteral("CREATE INDEX participation_by_employer ON participation (employer_uuid)"),
            QStringLiteral("CREATE INDEX participation_by_worker ON participation (worker_id)")};
    // Schema versions 1 and 2 referred to the training and the worker by uuid.
    if (table == QLatin1String("participation_v2"))
        return {QStringLiteral("CREATE UNIQUE INDEX participation_uuid ON participation (uuid)"),
                QStringLiteral(
                    "CREATE UNIQUE INDEX participation_training_worker ON participation (training_uuid, "
                    "worker_uuid)"),
                QStringLiteral("CREATE INDEX participation_by_employer ON participation (employer_uuid)"),
                QStringLiteral("CREATE INDEX participation_by_worker ON participation (worker_uuid)")};
    if (table == QLatin1String("worker"))
        return {
            QStringLiteral("CREATE UNIQUE INDEX worker_uuid ON worker (uuid)"),
            // the parent key of employments' and rights' references
            QStringLiteral("CREATE UNIQUE INDEX worker_uuid_employer ON worker (uuid, employer_uuid)"),
            // the parent key of participations' references
            QStringLiteral("CREATE UNIQUE INDEX worker_id_employer ON worker (id, employer_uuid)"),
            QStringLiteral("CREATE INDEX worker_by_name ON worker (employer_uuid, family_name, given_name)"),
            QStringLiteral("CREATE INDEX worker_by_ssin ON worker (employer_uuid, ssin)")};
    if (table == QLatin1String("training"))
        return {
            QStringLiteral("CREATE UNIQUE INDEX training_uuid ON training (uuid)"),
            QStringLiteral("CREATE UNIQUE INDEX training_id_employer ON training (id, employer_uuid)"),
            QStringLiteral("CREATE INDEX training_by_start ON training (employer_uuid, start_date, uuid)"),
            QStringLiteral("CREATE INDEX training_by_name ON training (employer_uuid, name)")};
    if (table == QLatin1String("audit"))
        return {QStringLiteral("CREATE INDEX audit_by_record ON audit (record_uuid)"),
                QStringLiteral("CREATE INDEX audit_by_employer ON audit (employer_uuid)")};
    // A load's queue rows and its companies' anomalies: one index by employer
    // (kept while loading), one by record.
    if (table == QLatin1String("outbox"))
        return {QStringLiteral("CREATE INDEX outbox_due ON outbox (employer_uuid, state, next_attempt_at)"),
                QStringLiteral("CREATE INDEX outbox_by_record ON outbox (record_uuid)")};
    if (table == QLatin1String("anomaly"))
        return {
            QStringLiteral("CREATE INDEX anomaly_by_record ON anomaly (record_uuid)"),
            QStringLiteral("CREATE INDEX anomaly_by_employer ON anomaly (employer_uuid, severity, code)")};
    if (table == QLatin1String("training_right"))
        return {QStringLiteral("CREATE UNIQUE INDEX training_right_uuid ON training_right (uuid)"),
                QStringLiteral(
                    "CREATE INDEX training_right_by_worker ON training_right (employer_uuid, worker_uuid, "
                    "year)")};
    return {};
}

// The statements with each "@table" replaced by that table's index list.
QStringList withIndexes(const QStringList &statements)
{
    QStringList expanded;
    for (const QString &st : statements) {
        if (st.startsWith(QLatin1Char('@')))
            expanded << indexesOf(st.mid(1));
        else
            expanded << st;
    }
    return expanded;
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
                       " uuid TEXT NOT NULL CHECK (length(uuid) = 36),"
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
        QStringLiteral("@employment"),
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
                       " uuid TEXT NOT NULL CHECK (length(uuid) = 36),"
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
        QStringLiteral("@participation_v2"),
        QStringLiteral("CREATE TABLE training_right ("
                       " id INTEGER PRIMARY KEY,"
                       " uuid TEXT NOT NULL CHECK (length(uuid) = 36),"
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
        QStringLiteral("@training_right"),
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
        QStringLiteral("@outbox"),
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
        QStringLiteral("@anomaly"),
    };
    m.statements = withIndexes(m.statements);
    return m;
}

#ifdef FLA_SQLITE_NATIVE
class SqliteBulkStatement final : public BulkStatement
{
public:
    SqliteBulkStatement(sqlite3 *db, sqlite3_stmt *stmt)
        : m_db(db)
        , m_stmt(stmt)
    {}
    ~SqliteBulkStatement() override { sqlite3_finalize(m_stmt); }
    SqliteBulkStatement(const SqliteBulkStatement &) = delete;
    SqliteBulkStatement &operator=(const SqliteBulkStatement &) = delete;

    void bindNull(int column) override { sqlite3_bind_null(m_stmt, column + 1); }
    void bindInt(int column, qint64 value) override { sqlite3_bind_int64(m_stmt, column + 1, value); }
    void bindDouble(int column, double value) override { sqlite3_bind_double(m_stmt, column + 1, value); }
    void bindText(int column, const char *utf8, int size) override
    {
        sqlite3_bind_text(m_stmt, column + 1, utf8, size, SQLITE_STATIC);
    }
    bool step(QString *engineError) override
    {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_DONE || rc == SQLITE_ROW) {
            sqlite3_reset(m_stmt);
            return true;
        }
        if (engineError)
            *engineError = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_reset(m_stmt);
        return false;
    }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt;
};

// Whether Qt's connection runs on the very library this build links (one
// copy in the process), not on a copy of the same version inside Qt's
// plugin: a process-wide setting of this build's library, changed for a
// moment, is read back through the connection. A copy keeps its own.
bool sameLibraryAs(QSqlDatabase &db)
{
    const sqlite3_int64 before = sqlite3_soft_heap_limit64(-1);
    // A limit no workspace reaches, unlikely to be set by anyone else.
    const sqlite3_int64 probe = (sqlite3_int64(1) << 60) + 4099;
    sqlite3_soft_heap_limit64(probe);
    QString seen;
    const bool read = execStatement(db, QStringLiteral("PRAGMA soft_heap_limit"), nullptr, &seen);
    sqlite3_soft_heap_limit64(before);
    return read && seen == QString::number(probe);
}

// The connection's sqlite3 handle, when Qt's QSQLITE runs on the very
// library this build links (the system's libsqlite3 on Linux, the sqlite3.dll
// scripts/windows/build-deps.sh builds Qt against on Windows): the same
// source id and the same copy in the process. Else nullptr (a copy bundled
// in Qt's plugin, FLADESK_SQLITE_NATIVE=0): the caller binds through Qt SQL.
sqlite3 *nativeHandle(QSqlDatabase &db)
{
    const bool allowed = qEnvironmentVariable("FLADESK_SQLITE_NATIVE") != QLatin1String("0");
    if (!allowed || !db.isOpen() || !db.driver())
        return nullptr;
    const QVariant h = db.driver()->handle();
    if (!h.isValid() || qstrcmp(h.typeName(), "sqlite3*") != 0)
        return nullptr;
    sqlite3 *handle = *static_cast<sqlite3 *const *>(h.constData());
    if (!handle)
        return nullptr;
    QString qtSource;
    if (!execStatement(db, QStringLiteral("SELECT sqlite_source_id()"), nullptr, &qtSource) ||
        qtSource != QString::fromLatin1(sqlite3_sourceid()) || !sameLibraryAs(db)) {
        qCInfo(lcStorage)
            << "Qt's SQLite driver runs on another copy of SQLite: bulk loads bind through Qt SQL";
        return nullptr;
    }
    return handle;
}
#endif

// "column = 'a' OR column = 'b' ...": the same rule as column IN ('a', 'b',
// ...), which SQLite 3.40 evaluates through a temporary index on every
// inserted row (measured: 1.5 us a row for the sync status alone).
QString oneOf(const char *column, std::initializer_list<const char *> values)
{
    QStringList terms;
    for (const char *v : values)
        terms << QStringLiteral("%1 = '%2'").arg(QLatin1String(column), QLatin1String(v));
    return QStringLiteral("(") + terms.join(QStringLiteral(" OR ")) + QStringLiteral(")");
}

// The sync status column of the tables rebuilt from version 2 on, its
// CHECK written with OR.
QString syncStatusColumn()
{
    return QStringLiteral("sync_status TEXT NOT NULL DEFAULT 'draft' CHECK ") +
           oneOf("sync_status", {"draft", "ready", "queued", "sent", "accepted", "accepted_with_warnings",
                                 "refused", "conflict"});
}

// Version 2: the two tables that grow with every import (participation and
// audit) rebuilt with the same columns, keys and rules, written so that a
// bulk load costs less: the participation's "a worker once per training"
// is its unique index alone (version 1 also had a table constraint, a
// second, identical index maintained row by row that a bulk load cannot
// defer), and the CHECKs compare with OR instead of IN. Existing rows are
// copied with their ids (the audit trail's order is kept).
Migration migration2()
{
    Migration m;
    m.version = 2;
    m.description = QStringLiteral("participations and audit trail rebuilt for faster bulk loads");
    const QString sync = syncStatusColumn();
    const QString participationColumns =
        QStringLiteral("id, uuid, employer_uuid, training_uuid, worker_uuid, followed, certificate, "
                       "certificate_valid_until, duration_override, sync_status");
    const QString auditColumns = QStringLiteral(
        "id, at, user_profile, employer_uuid, entity, record_uuid, change_kind, change_set, before_json, "
        "after_json");
    m.statements = {
        QStringLiteral("CREATE TABLE participation_v2 ("
                       " id INTEGER PRIMARY KEY,"
                       " uuid TEXT NOT NULL CHECK (length(uuid) = 36),"
                       " employer_uuid TEXT NOT NULL REFERENCES employer (uuid),"
                       " training_uuid TEXT NOT NULL,"
                       " worker_uuid TEXT NOT NULL,"
                       " followed INTEGER NOT NULL CHECK (followed = 0 OR followed = 1),"
                       " certificate INTEGER NOT NULL CHECK (certificate = 0 OR certificate = 1),"
                       " certificate_valid_until TEXT CHECK (certificate_valid_until IS NULL OR "
                       "certificate_valid_until LIKE '____-__-__'),"
                       " duration_override REAL, ") +
            sync +
            QStringLiteral(
                ", FOREIGN KEY (training_uuid, employer_uuid) REFERENCES training (uuid, employer_uuid),"
                " FOREIGN KEY (worker_uuid, employer_uuid) REFERENCES worker (uuid, employer_uuid))"),
        QStringLiteral("INSERT INTO participation_v2 (%1) SELECT %1 FROM participation ORDER BY id")
            .arg(participationColumns),
        QStringLiteral("DROP TABLE participation"),
        QStringLiteral("ALTER TABLE participation_v2 RENAME TO participation"),
        QStringLiteral("@participation_v2"),
        QStringLiteral("CREATE TABLE audit_v2 ("
                       " id INTEGER PRIMARY KEY,"
                       " at TEXT NOT NULL,"
                       " user_profile TEXT NOT NULL,"
                       " employer_uuid TEXT NOT NULL CHECK (length(employer_uuid) = 36),"
                       " entity TEXT NOT NULL CHECK ") +
            oneOf("entity", {"employer", "worker", "employment", "training", "participation", "right"}) +
            QStringLiteral(", record_uuid TEXT NOT NULL CHECK (length(record_uuid) = 36),"
                           " change_kind TEXT NOT NULL CHECK ") +
            oneOf("change_kind", {"create", "update", "delete", "restore"}) +
            QStringLiteral(", change_set TEXT NOT NULL,"
                           " before_json TEXT,"
                           " after_json TEXT)"),
        QStringLiteral("INSERT INTO audit_v2 (%1) SELECT %1 FROM audit ORDER BY id").arg(auditColumns),
        QStringLiteral("DROP TABLE audit"),
        QStringLiteral("ALTER TABLE audit_v2 RENAME TO audit"),
        QStringLiteral("@audit"),
    };
    m.statements = withIndexes(m.statements);
    return m;
}

// Version 3, written so that a bulk load costs less (docs/performance.md):
// - a participation refers to its training and its worker by their integer
//   row ids instead of 36-character uuids: its rows are a third smaller and
//   its "a worker once per training" and per-worker indexes are built from
//   integers. The employer stays a uuid column and both references include
//   it, so a participation can only refer to a training and a worker of its
//   own employer; (id, employer_uuid) is unique on the parents for that.
// - workers and trainings get their CHECKs written with OR (see oneOf), no
//   longer the training's unused (uuid, employer_uuid) key, and their uuid
//   keys as named indexes that a bulk load into an empty table builds once.
// The parents are rebuilt, so references are switched off while it runs and
// checked as a whole before its commit. A reference that does not resolve
// leaves the id NULL and the copy fails: no row is lost silently.
Migration migration3()
{
    Migration m;
    m.version = 3;
    m.description = QStringLiteral("participations refer to their training and worker by row id");
    m.rebuildsReferencedTables = true;
    const QString sync = syncStatusColumn();
    const QString date = QStringLiteral(" TEXT CHECK (%1 IS NULL OR %1 LIKE '____-__-__')");
    const QString flag = QStringLiteral(" INTEGER NOT NULL CHECK (%1 = 0 OR %1 = 1)");
    const QString workerColumns = QStringLiteral(
        "id, uuid, employer_uuid, ssin, family_name, given_name, birth_date, language, address, sync_status");
    const QString trainingColumns =
        QStringLiteral("id, uuid, employer_uuid, name, provider, kind, start_date, end_date, duration, unit, "
                       "counts_for_fla, deduct_from_right, financing, cost_cents, status, registered_on, "
                       "sync_status");
    m.statements = {
        QStringLiteral("CREATE TABLE worker_v3 ("
                       " id INTEGER PRIMARY KEY,"
                       " uuid TEXT NOT NULL CHECK (length(uuid) = 36),"
                       " employer_uuid TEXT NOT NULL REFERENCES employer (uuid),"
                       " ssin TEXT NOT NULL,"
                       " family_name TEXT NOT NULL,"
                       " given_name TEXT NOT NULL,"
                       " birth_date") +
            date.arg(QLatin1String("birth_date")) + QStringLiteral(", language TEXT NOT NULL CHECK ") +
            oneOf("language", {"nl", "fr", "de", "en"}) + QStringLiteral(", address TEXT, ") + sync +
            QStringLiteral(")"),
        QStringLiteral("INSERT INTO worker_v3 (%1) SELECT %1 FROM worker ORDER BY id").arg(workerColumns),
        QStringLiteral("DROP TABLE worker"),
        QStringLiteral("ALTER TABLE worker_v3 RENAME TO worker"),
        QStringLiteral("@worker"),
        QStringLiteral("CREATE TABLE training_v3 ("
                       " id INTEGER PRIMARY KEY,"
                       " uuid TEXT NOT NULL CHECK (length(uuid) = 36),"
                       " employer_uuid TEXT NOT NULL REFERENCES employer (uuid),"
                       " name TEXT NOT NULL,"
                       " provider TEXT,"
                       " kind TEXT NOT NULL CHECK ") +
            oneOf("kind", {"FORMAL", "INFORMAL"}) + QStringLiteral(", start_date") +
            date.arg(QLatin1String("start_date")) + QStringLiteral(", end_date") +
            date.arg(QLatin1String("end_date")) +
            QStringLiteral(", duration REAL NOT NULL,"
                           " unit TEXT NOT NULL CHECK ") +
            oneOf("unit", {"DAYS", "HOURS"}) + QStringLiteral(", counts_for_fla") +
            flag.arg(QLatin1String("counts_for_fla")) + QStringLiteral(", deduct_from_right") +
            flag.arg(QLatin1String("deduct_from_right")) +
            QStringLiteral(", financing TEXT,"
                           " cost_cents INTEGER CHECK (cost_cents IS NULL OR cost_cents >= 0),"
                           " status TEXT NOT NULL CHECK ") +
            oneOf("status", {"PLANNED", "COMPLETED"}) + QStringLiteral(", registered_on") +
            date.arg(QLatin1String("registered_on")) + QStringLiteral(", ") + sync + QStringLiteral(")"),
        QStringLiteral("INSERT INTO training_v3 (%1) SELECT %1 FROM training ORDER BY id")
            .arg(trainingColumns),
        QStringLiteral("DROP TABLE training"),
        QStringLiteral("ALTER TABLE training_v3 RENAME TO training"),
        QStringLiteral("@training"),
        QStringLiteral("CREATE TABLE participation_v3 ("
                       " id INTEGER PRIMARY KEY,"
                       " uuid TEXT NOT NULL CHECK (length(uuid) = 36),"
                       " employer_uuid TEXT NOT NULL REFERENCES employer (uuid),"
                       " training_id INTEGER NOT NULL,"
                       " worker_id INTEGER NOT NULL,"
                       " followed") +
            flag.arg(QLatin1String("followed")) + QStringLiteral(", certificate") +
            flag.arg(QLatin1String("certificate")) + QStringLiteral(", certificate_valid_until") +
            date.arg(QLatin1String("certificate_valid_until")) +
            QStringLiteral(", duration_override REAL, ") + sync +
            QStringLiteral(
                ", FOREIGN KEY (training_id, employer_uuid) REFERENCES training (id, employer_uuid),"
                " FOREIGN KEY (worker_id, employer_uuid) REFERENCES worker (id, employer_uuid))"),
        QStringLiteral(
            "INSERT INTO participation_v3 (id, uuid, employer_uuid, training_id, worker_id, followed, "
            "certificate, certificate_valid_until, duration_override, sync_status)"
            " SELECT p.id, p.uuid, p.employer_uuid, t.id, w.id, p.followed, p.certificate,"
            " p.certificate_valid_until, p.duration_override, p.sync_status FROM participation p"
            " LEFT JOIN training t ON t.uuid = p.training_uuid AND t.employer_uuid = p.employer_uuid"
            " LEFT JOIN worker w ON w.uuid = p.worker_uuid AND w.employer_uuid = p.employer_uuid"
            " ORDER BY p.id"),
        QStringLiteral("DROP TABLE participation"),
        QStringLiteral("ALTER TABLE participation_v3 RENAME TO participation"),
        QStringLiteral("@participation"),
    };
    m.statements = withIndexes(m.statements);
    return m;
}

// Version 4: what the sync module keeps of the platform (each accepted
// record's platform version, the pull differences the user rejected), which
// earlier builds created on first use. IF NOT EXISTS: a workspace that one
// of those builds synced has them already.
Migration migration4()
{
    Migration m;
    m.version = 4;
    m.description = QStringLiteral("platform versions and rejected pull differences");
    m.statements = {
        QStringLiteral("CREATE TABLE IF NOT EXISTS sync_platform_version ("
                       " record_uuid TEXT PRIMARY KEY CHECK (length(record_uuid) = 36),"
                       " employer_uuid TEXT NOT NULL,"
                       " entity TEXT NOT NULL,"
                       " base_etag TEXT,"
                       " their_etag TEXT,"
                       " conflict INTEGER NOT NULL DEFAULT 0 CHECK (conflict IN (0, 1)),"
                       " updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS sync_platform_version_by_employer"
                       " ON sync_platform_version (employer_uuid, conflict)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS sync_pull_rejection ("
                       " record_uuid TEXT NOT NULL,"
                       " field TEXT NOT NULL,"
                       " employer_uuid TEXT NOT NULL,"
                       " entity TEXT NOT NULL,"
                       " platform_hash TEXT NOT NULL,"
                       " rejected_at TEXT NOT NULL,"
                       " PRIMARY KEY (record_uuid, field))"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS sync_pull_rejection_by_employer ON sync_pull_rejection "
                       "(employer_uuid)"),
    };
    return m;
}

// Version 5: a bulk load's creations are audited as one entry per load and
// table (audit_load: when, who, which employer, which kind of record, how
// many), which every record it created points to (created_in), instead of
// one audit row per record: loading 1,000,000 participations no longer
// writes and indexes 1,000,000 audit rows. The first later change of such a
// record copies its creation into the audit table before its own entry
// (AuditRepository::keepLoadCreation), so a record's history reads the same
// whichever way it was created.
Migration migration5()
{
    Migration m;
    m.version = 5;
    m.description = QStringLiteral("bulk loads audited as one entry per load");
    m.statements = {
        QStringLiteral("CREATE TABLE audit_load ("
                       " id INTEGER PRIMARY KEY,"
                       " at TEXT NOT NULL,"
                       " user_profile TEXT NOT NULL,"
                       " employer_uuid TEXT NOT NULL CHECK (length(employer_uuid) = 36),"
                       " entity TEXT NOT NULL CHECK ") +
            oneOf("entity", {"worker", "employment", "training", "participation", "right"}) +
            QStringLiteral(", change_set TEXT NOT NULL,"
                           " records INTEGER NOT NULL DEFAULT 0 CHECK (records >= 0))"),
        QStringLiteral("CREATE INDEX audit_load_by_employer ON audit_load (employer_uuid)"),
    };
    for (const char *table : {"worker", "employment", "training", "participation", "training_right"})
        m.statements << QStringLiteral(
                            "ALTER TABLE %1 ADD COLUMN created_in INTEGER REFERENCES audit_load (id)")
                            .arg(QLatin1String(table));
    return m;
}

// Declarations sent without an answer (lost reply, dropped connection), per record,
// until the record gets an answer: the platform may have applied them, and their
// result tells the sync engine whether a later conflict is only its own version
// (core/sync/UnansweredDeclarations).
Migration migration6()
{
    Migration m;
    m.version = 6;
    m.description = QStringLiteral("declarations sent without an answer");
    m.statements = {
        QStringLiteral("CREATE TABLE sync_unanswered_declaration ("
                       " record_uuid TEXT NOT NULL CHECK (length(record_uuid) = 36),"
                       " declaration_id TEXT NOT NULL CHECK (length(declaration_id) = 36),"
                       " enterprise_number TEXT NOT NULL,"
                       " sent_at TEXT NOT NULL,"
                       " PRIMARY KEY (record_uuid, declaration_id))"),
    };
    return m;
}

// The yearly training plan (core/obligations/TrainingPlan.h): a plan per employer
// and year(s), its planned trainings and its consultation log. Not FLA records:
// no outbox, no sync status.
Migration migration7()
{
    Migration m;
    m.version = 7;
    m.description = QStringLiteral("training plans and their consultation log");
    m.statements = {
        QStringLiteral("CREATE TABLE training_plan ("
                       " uuid TEXT PRIMARY KEY CHECK (length(uuid) = 36),"
                       " employer_uuid TEXT NOT NULL REFERENCES employer (uuid) ON DELETE CASCADE,"
                       " first_year INTEGER NOT NULL CHECK (first_year BETWEEN 2000 AND 2999),"
                       " last_year INTEGER NOT NULL CHECK (last_year >= first_year AND last_year <= 2999),"
                       " consulted_body TEXT NOT NULL CHECK ") +
            oneOf("consulted_body", {"works-council", "union-delegation", "workers"}) +
            QStringLiteral(", created_at TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE UNIQUE INDEX training_plan_first_year ON training_plan (employer_uuid, first_year)"),
        QStringLiteral("CREATE TABLE training_plan_item ("
                       " uuid TEXT PRIMARY KEY CHECK (length(uuid) = 36),"
                       " plan_uuid TEXT NOT NULL REFERENCES training_plan (uuid) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " category TEXT NOT NULL CHECK ") +
            oneOf("category", {"formal", "informal", "initial"}) +
            QStringLiteral(
                ", title TEXT NOT NULL, target_group TEXT NOT NULL, risk_group TEXT NOT NULL CHECK ") +
            oneOf("risk_group", {"none", "age-50-plus", "disability", "non-eu-nationals",
                                 "shortage-occupations", "gender"}) +
            QStringLiteral(", planned_workers INTEGER NOT NULL CHECK (planned_workers >= 0),"
                           " planned_days REAL NOT NULL CHECK (planned_days >= 0))"),
        QStringLiteral("CREATE INDEX training_plan_item_by_plan ON training_plan_item (plan_uuid)"),
        QStringLiteral("CREATE TABLE training_plan_event ("
                       " id INTEGER PRIMARY KEY,"
                       " plan_uuid TEXT NOT NULL REFERENCES training_plan (uuid) ON DELETE CASCADE,"
                       " step TEXT NOT NULL CHECK ") +
            oneOf("step", {"draft-sent", "advice", "adopted", "uploaded"}) +
            QStringLiteral(", on_date TEXT NOT NULL CHECK (length(on_date) = 10), note TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX training_plan_event_by_plan ON training_plan_event (plan_uuid)"),
    };
    return m;
}

// Certificates attached to a participation: the file itself, kept in the
// workspace (at most CertificateRepository::kMaxBytes), for the worker's export.
Migration migration8()
{
    Migration m;
    m.version = 8;
    m.description = QStringLiteral("certificate files attached to participations");
    m.statements = {
        QStringLiteral("CREATE TABLE certificate_file ("
                       " id INTEGER PRIMARY KEY,"
                       " employer_uuid TEXT NOT NULL REFERENCES employer (uuid) ON DELETE CASCADE,"
                       " participation_uuid TEXT NOT NULL CHECK (length(participation_uuid) = 36),"
                       " file_name TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),"
                       " size INTEGER NOT NULL CHECK (size >= 0),"
                       " sha256 TEXT NOT NULL CHECK (length(sha256) = 64),"
                       " content BLOB NOT NULL,"
                       " added_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX certificate_file_by_participation ON certificate_file (employer_uuid, "
                       "participation_uuid)"),
    };
    return m;
}

// What the social balance sheet and the training right need beyond the FLA
// (core/obligations/SocialBalance.h): the employer's financial year, a worker's
// stated sex, a training's category, cost parts, cost sharing and leave
// scheme. A training's category is its kind's until one is stated.
QString centsColumn(const char *column)
{
    return QStringLiteral("ALTER TABLE training ADD COLUMN %1 INTEGER CHECK (%1 IS NULL OR %1 >= 0)")
        .arg(QLatin1String(column));
}

Migration migration9()
{
    Migration m;
    m.version = 9;
    m.description = QStringLiteral("financial year, sex, training category, costs and leave");
    m.statements = {
        QStringLiteral("ALTER TABLE employer ADD COLUMN financial_year_start_month INTEGER NOT NULL DEFAULT 1"
                       " CHECK (financial_year_start_month BETWEEN 1 AND 12)"),
        QStringLiteral("ALTER TABLE employer ADD COLUMN financial_year_start_day INTEGER NOT NULL DEFAULT 1"
                       " CHECK (financial_year_start_day BETWEEN 1 AND 31)"),
        QStringLiteral("ALTER TABLE worker ADD COLUMN sex TEXT NOT NULL DEFAULT 'UNSTATED' CHECK ") +
            oneOf("sex", {"UNSTATED", "MALE", "FEMALE"}),
        QStringLiteral("ALTER TABLE training ADD COLUMN category TEXT NOT NULL DEFAULT 'BY_KIND' CHECK ") +
            oneOf("category", {"BY_KIND", "FORMAL_CONTINUING", "INFORMAL_CONTINUING", "INITIAL"}),
        centsColumn("trainee_pay_cents"),
        centsColumn("travel_cost_cents"),
        centsColumn("contributions_cents"),
        centsColumn("subsidies_cents"),
        QStringLiteral(
            "ALTER TABLE training ADD COLUMN cost_sharing TEXT NOT NULL DEFAULT 'EQUALLY' CHECK ") +
            oneOf("cost_sharing", {"EQUALLY", "BY_HOURS"}),
        QStringLiteral("ALTER TABLE training ADD COLUMN training_leave TEXT NOT NULL DEFAULT 'NONE' CHECK ") +
            oneOf("training_leave", {"NONE", "PAID_EDUCATIONAL_LEAVE", "FLEMISH_TRAINING_LEAVE"}),
    };
    return m;
}

class SqliteDriver final : public StorageDriver
{
public:
    QString name() const override { return QStringLiteral("sqlite"); }
    QString qtDriverName() const override { return QStringLiteral("QSQLITE"); }

    QString displayLocation(const QString &location) const override
    {
        return QFileInfo(location).absoluteFilePath();
    }

    bool setUpConnection(QSqlDatabase &db, const QString &location, QString *error) override
    {
        Q_UNUSED(error);
        db.setDatabaseName(location);
        // A new workspace is readable by the user only (SQLite gives its -wal and -shm the same mode).
        QFile(location).open(QIODevice::NewOnly | QIODevice::WriteOnly, QFile::ReadOwner | QFile::WriteOwner);
        return true;
    }

    QString openError(const QSqlError &error, const QString &location) const override
    {
        Q_UNUSED(error);
        Q_UNUSED(location);
        return QString();
    }

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
        bool known = m_lock->getLockInfo(&pid, &host, &app);
        if (!known && m_lock->error() == QLockFile::LockFailedError && lockFileWithoutOwner()) {
            // A program killed between creating the lock file and writing its
            // owner into it leaves a file that QLockFile never calls stale.
            qCWarning(lcStorage).noquote() << "removing a lock file that names no owner:"
                                           << QDir::toNativeSeparators(location + QStringLiteral(".lock"));
            m_lock->removeStaleLockFile();
            if (m_lock->tryLock(0))
                return true;
            known = m_lock->getLockInfo(&pid, &host, &app);
        }
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

    // Whether the lock file still names no owner after its writer has had
    // time to write one (a live owner writes it right after creating the file).
    bool lockFileWithoutOwner() const
    {
        qint64 pid = 0;
        QString host, app;
        for (int attempt = 0; attempt < 5; ++attempt) {
            QThread::msleep(100);
            if (m_lock->getLockInfo(&pid, &host, &app))
                return false;
        }
        return true;
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
        if (!execStatement(db, QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs), error) ||
            !execStatement(db, QStringLiteral("PRAGMA journal_mode = WAL"), error, &mode) ||
            !execStatement(db, QStringLiteral("PRAGMA synchronous = FULL"), error) ||
            !execStatement(db, QStringLiteral("PRAGMA foreign_keys = ON"), error))
            return false;
        QString fk, sync;
        execStatement(db, QStringLiteral("PRAGMA foreign_keys"), nullptr, &fk);
        execStatement(db, QStringLiteral("PRAGMA synchronous"), nullptr, &sync);
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
        if (!execStatement(db, QStringLiteral("PRAGMA user_version"), nullptr, &v))
            return -1;
        return v.toInt();
    }

    bool setSchemaVersion(QSqlDatabase &db, int version, QString *error) override
    {
        return execStatement(db, QStringLiteral("PRAGMA user_version = %1").arg(version), error);
    }

    QList<Migration> migrations() const override
    {
        return {migration1(), migration2(),
                migration3(), migration4(),
                migration5(), migration6(),
                migration7(), migration8(),
                migration9(), recordVersionsMigration(QStringLiteral("INTEGER"))};
    }

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
        return execStatement(db, QStringLiteral("VACUUM INTO '%1'").arg(quoted), error);
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
                if (!execStatement(db, QStringLiteral("PRAGMA user_version"), error, &version)) {
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

    QList<IndexDefinition> rebuildableIndexes(const QString &table) const override
    {
        QList<IndexDefinition> out;
        const QStringList creates = indexesOf(table);
        for (const QString &c : creates) {
            const QString name = c.section(QStringLiteral(" ON "), 0, 0).section(QLatin1Char(' '), -1);
            out << IndexDefinition{name, c};
        }
        return out;
    }

    QString beginTransactionSql() const override { return QStringLiteral("BEGIN IMMEDIATE"); }

    void beginBulk(QSqlDatabase &db) override
    {
        execStatement(db, QStringLiteral("PRAGMA cache_size = -131072"), nullptr); // 128 MiB
    }
    void endBulk(QSqlDatabase &db) override
    {
        execStatement(db, QStringLiteral("PRAGMA cache_size = -8192"), nullptr);
    }

    QString isDistinct(const QString &a, const QString &b) const override
    {
        return a + QStringLiteral(" IS NOT ") + b;
    }
    QString unindexed(const QString &column) const override { return QLatin1Char('+') + column; }
    QString joinInOrder() const override { return QStringLiteral("CROSS JOIN"); }

    bool setForeignKeyChecks(QSqlDatabase &db, bool on) override
    {
        execStatement(
            db, on ? QStringLiteral("PRAGMA foreign_keys = ON") : QStringLiteral("PRAGMA foreign_keys = OFF"),
            nullptr);
        QString now;
        execStatement(db, QStringLiteral("PRAGMA foreign_keys"), nullptr, &now);
        return now == (on ? QLatin1String("1") : QLatin1String("0"));
    }

    bool setBigWriteJournal(QSqlDatabase &db, bool on) override
    {
        // Leaving WAL needs every other connection closed; SQLite answers
        // with the mode in use, so a refused switch leaves the log as it was.
        QString mode;
        execStatement(db,
                      on ? QStringLiteral("PRAGMA journal_mode = DELETE")
                         : QStringLiteral("PRAGMA journal_mode = WAL"),
                      nullptr, &mode);
        const bool done =
            mode.compare(on ? QLatin1String("delete") : QLatin1String("wal"), Qt::CaseInsensitive) == 0;
        qCDebug(lcStorage).noquote() << "journal for big writes" << (on ? "on" : "off") << "- now" << mode;
        return done;
    }

    QList<ForeignKeyViolation> foreignKeyViolations(QSqlDatabase &db, const QString &table, int limit,
                                                    QString *error) override
    {
        QList<ForeignKeyViolation> out;
        QSqlQuery q(db);
        // One pass over the table, each reference looked up in its parent's
        // unique index.
        if (!q.exec(table.isEmpty() ? QStringLiteral("PRAGMA foreign_key_check")
                                    : QStringLiteral("PRAGMA foreign_key_check(%1)").arg(table))) {
            if (error)
                *error = q.lastError().text();
            out << ForeignKeyViolation{table, -1, QString()};
            return out;
        }
        while (q.next() && out.size() < limit)
            out << ForeignKeyViolation{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString()};
        return out;
    }

    std::unique_ptr<BulkStatement> prepareBulk(QSqlDatabase &db, const QString &sql, QString *error) override
    {
#ifdef FLA_SQLITE_NATIVE
        sqlite3 *handle = nativeHandle(db);
        if (!handle)
            return nullptr;
        const QByteArray text = sql.toUtf8();
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(handle, text.constData(), int(text.size()), &stmt, nullptr) != SQLITE_OK) {
            if (error)
                *error = QString::fromUtf8(sqlite3_errmsg(handle));
            sqlite3_finalize(stmt);
            return nullptr;
        }
        return std::make_unique<SqliteBulkStatement>(handle, stmt);
#else
        Q_UNUSED(db);
        Q_UNUSED(sql);
        Q_UNUSED(error);
        return nullptr;
#endif
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
