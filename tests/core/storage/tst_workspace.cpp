#include "Must.h"
#include "StorageTestData.h"
#include "core/common/Version.h"
#include "core/storage/AuditRepository.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/ParticipationRepository.h"
#include "core/storage/StorageDriver.h"
#include "core/storage/TrainingRepository.h"
#include "core/storage/WorkerRepository.h"
#include "core/storage/Workspace.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace fla;

namespace {

// A connection of its own to the workspace at location, whatever its engine.
QSqlDatabase rawConnection(const QString &location, const QString &name)
{
    const auto driver = createDriverFor(location);
    QSqlDatabase db = QSqlDatabase::addDatabase(driver->qtDriverName(), name);
    driver->setUpConnection(db, location, nullptr);
    return db;
}

int storedSchemaVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(test::testingPostgres() ? QStringLiteral("SELECT version FROM schema_version")
                                        : QStringLiteral("PRAGMA user_version")) ||
        !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void createsAndMigrates();
    void settingsAreApplied();
    void reopenKeepsData();
    void secondOpenIsRefused();
    void lockIsReleasedOnClose();
    void lockFileWithoutOwnerIsStale();
    void newerSchemaIsRefused();
    void notADatabaseIsRefused();
    void defaultPathIsInAppData();
    void snapshotWhileOpen();
    void migrationsKeepData();
};

void TestWorkspace::createsAndMigrates()
{
    QTemporaryDir dir;
    QString error;
    STORAGE_LOCATION(location, dir.path(), "sub/ws.fladesk");
    auto ws = Workspace::open(location, &error);
    QVERIFY2(ws, qPrintable(error));
    QCOMPARE(ws->driver().name(),
             test::testingPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite"));
    QCOMPARE(ws->schemaVersion(), Workspace::latestSchemaVersion());
    QCOMPARE(ws->createdByVersion(), QString::fromLatin1(kVersion));
    QCOMPARE(ws->lastWrittenByVersion(), QString::fromLatin1(kVersion));
    QCOMPARE(storedSchemaVersion(ws->database()), Workspace::latestSchemaVersion());
    QSqlQuery q(ws->database());
    QStringList tables;
    QVERIFY(q.exec(
        test::testingPostgres()
            ? QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1")
            : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")));
    while (q.next())
        tables << q.value(0).toString();
    for (const char *t : {"anomaly", "audit", "employer", "employment", "meta", "outbox", "participation",
                          "training", "training_right", "worker"})
        QVERIFY2(tables.contains(QString::fromLatin1(t)), t);
    QString detail;
    QVERIFY(ws->integrityCheck(&detail));
    QCOMPARE(detail, QStringLiteral("ok"));
}

void TestWorkspace::settingsAreApplied()
{
    QTemporaryDir dir;
    QString error;
    STORAGE_LOCATION(location, dir.path(), "ws.fladesk");
    auto ws = Workspace::open(location, &error);
    QVERIFY(ws);
    QSqlQuery q(ws->database());
    if (test::testingPostgres()) {
        auto setting = [&](const char *name) {
            q.exec(QStringLiteral("SHOW %1").arg(QLatin1String(name)));
            q.next();
            return q.value(0).toString();
        };
        QCOMPARE(setting("lock_timeout"), QStringLiteral("5s")); // the busy timeout
        QCOMPARE(setting("DateStyle"), QStringLiteral("ISO, YMD"));
        QCOMPARE(setting("server_encoding"), QStringLiteral("UTF8"));
        QCOMPARE(setting("application_name"), QStringLiteral("fladesk"));
        return;
    }
    auto pragma = [&](const char *name) {
        q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
        q.next();
        return q.value(0).toString();
    };
    QCOMPARE(pragma("journal_mode"), QStringLiteral("wal"));
    QCOMPARE(pragma("synchronous"), QStringLiteral("2")); // FULL
    QCOMPARE(pragma("foreign_keys"), QStringLiteral("1"));
    QCOMPARE(pragma("busy_timeout"), QStringLiteral("5000"));
}

void TestWorkspace::reopenKeepsData()
{
    QTemporaryDir dir;
    STORAGE_LOCATION(path, dir.path(), "ws.fladesk");
    const Employer e = storagetest::employer("Bakkerij Peeters");
    {
        QString error;
        auto ws = Workspace::open(path, &error);
        QVERIFY(ws);
        QVERIFY(ws->employers().save(e, &error));
    }
    QString error;
    auto ws = Workspace::open(path, &error);
    QVERIFY2(ws, qPrintable(error));
    const auto back = fla::test::must(ws->employers().find(e.uuid));
    QVERIFY(back);
    QCOMPARE(back->name, e.name);
    QCOMPARE(back->enterpriseNumber, e.enterpriseNumber);
    QCOMPARE(back->jointCommittees, e.jointCommittees);
}

void TestWorkspace::secondOpenIsRefused()
{
    QTemporaryDir dir;
    STORAGE_LOCATION(path, dir.path(), "ws.fladesk");
    QString error;
    auto first = Workspace::open(path, &error);
    QVERIFY(first);
    if (test::testingPostgres()) {
        // A server's workspace is shared: a second desktop opens it and sees
        // the first one's changes as soon as they are committed.
        auto second = Workspace::open(path, &error);
        QVERIFY2(second, qPrintable(error));
        const Employer e = storagetest::employer("Shared");
        QVERIFY(first->employers().save(e, &error));
        QVERIFY(fla::test::must(second->employers().find(e.uuid)));
        return;
    }
    auto second = Workspace::open(path, &error);
    QVERIFY(!second);
    QVERIFY2(error.contains("is open in another program"), qPrintable(error));
    QVERIFY(error.contains(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
    // The first one still works.
    QVERIFY(first->employers().save(storagetest::employer("A"), &error));
}

void TestWorkspace::lockIsReleasedOnClose()
{
    QTemporaryDir dir;
    STORAGE_LOCATION(path, dir.path(), "ws.fladesk");
    QString error;
    {
        auto ws = Workspace::open(path, &error);
        QVERIFY(ws);
    }
    auto again = Workspace::open(path, &error);
    QVERIFY2(again, qPrintable(error));
}

void TestWorkspace::lockFileWithoutOwnerIsStale()
{
    if (test::testingPostgres())
        QSKIP("a server's workspace has no lock file");
    // A program killed between creating the lock file and writing its owner
    // into it (seen in tst_CrashRecovery) must not lock the workspace forever.
    QTemporaryDir dir;
    STORAGE_LOCATION(path, dir.path(), "ws.fladesk");
    {
        QString error;
        QVERIFY2(Workspace::open(path, &error), qPrintable(error));
    }
    QFile lock(path + QStringLiteral(".lock"));
    QVERIFY(lock.open(QIODevice::WriteOnly | QIODevice::Truncate));
    lock.close();
    QString error;
    auto ws = Workspace::open(path, &error);
    QVERIFY2(ws, qPrintable(error));
    // And it is locked again, by this process.
    auto second = Workspace::open(path, &error);
    QVERIFY(!second);
    QVERIFY2(error.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(error));
}

void TestWorkspace::newerSchemaIsRefused()
{
    QTemporaryDir dir;
    STORAGE_LOCATION(path, dir.path(), "ws.fladesk");
    {
        QString error;
        auto ws = Workspace::open(path, &error);
        QVERIFY(ws);
        QSqlQuery q(ws->database());
        QVERIFY(q.exec(
            test::testingPostgres()
                ? QStringLiteral("UPDATE schema_version SET version = %1")
                      .arg(Workspace::latestSchemaVersion() + 5)
                : QStringLiteral("PRAGMA user_version = %1").arg(Workspace::latestSchemaVersion() + 5)));
        QVERIFY(q.exec("UPDATE meta SET value = '9.3.0' WHERE key = 'last_written_by_version'"));
    }
    QString error;
    auto ws = Workspace::open(path, &error);
    QVERIFY(!ws);
    QVERIFY2(error.contains("newer version of FLA Desk"), qPrintable(error));
    QVERIFY2(error.contains("9.3.0"), qPrintable(error));
    // Refusing must not have changed it.
    {
        QSqlDatabase db = rawConnection(path, "check");
        QVERIFY(db.open());
        QCOMPARE(storedSchemaVersion(db), Workspace::latestSchemaVersion() + 5);
    }
    QSqlDatabase::removeDatabase("check");
}

void TestWorkspace::notADatabaseIsRefused()
{
    QTemporaryDir dir;
    if (test::testingPostgres()) {
        // The server's equivalent: an address whose database is not there.
        STORAGE_LOCATION(existing, dir.path(), "ws.fladesk");
        QString missing = existing;
        missing.replace(QRegularExpression(QStringLiteral("/ws_[a-z0-9_]+\\?")),
                        QStringLiteral("/no_such_db?"));
        QVERIFY(missing != existing);
        QString error;
        QVERIFY(!Workspace::open(missing, &error));
        QVERIFY2(error.contains("has no database no_such_db"), qPrintable(error));
        return;
    }
    const QString path = dir.filePath("ws.fladesk");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    QString error;
    auto ws = Workspace::open(path, &error);
    QVERIFY(!ws);
    QVERIFY2(error.contains("not an FLA Desk workspace"), qPrintable(error));
}

void TestWorkspace::defaultPathIsInAppData()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString p = Workspace::defaultPath();
    QVERIFY(p.endsWith("FLA Desk/fladesk/workspace.fladesk"));
#ifdef Q_OS_WIN
    // %APPDATA% (AppData/Roaming), as docs/storage.md says; GenericDataLocation is AppData/Local there.
    QVERIFY2(p.startsWith(QDir::homePath() + "/AppData/Roaming/"), qPrintable(p));
#else
    QVERIFY(p.startsWith(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)));
#endif
    QCOMPARE(QCoreApplication::applicationName(), QStringLiteral("tst_Workspace")); // left as it was
    qputenv("FLADESK_WORKSPACE", "/tmp/elsewhere.fladesk");
    QCOMPARE(Workspace::defaultPath(), QStringLiteral("/tmp/elsewhere.fladesk"));
    qunsetenv("FLADESK_WORKSPACE");
    QStandardPaths::setTestModeEnabled(false);
}

void TestWorkspace::snapshotWhileOpen()
{
    QTemporaryDir dir;
    QString error;
    STORAGE_LOCATION(location, dir.path(), "ws.fladesk");
    auto ws = Workspace::open(location, &error);
    QVERIFY(ws);
    const Employer e = storagetest::employer("Snap");
    QVERIFY(ws->employers().save(e, &error));
    if (test::testingPostgres()) {
        // Not offered for a server's workspace yet (pg_dump is the way): it says so, and writes nothing.
        QVERIFY(!ws->snapshotTo(dir.filePath("copy.fladesk"), &error));
        QVERIFY2(error.contains("pg_dump"), qPrintable(error));
        QVERIFY(!QFileInfo::exists(dir.filePath("copy.fladesk")));
        return;
    }
    QVERIFY2(ws->snapshotTo(dir.filePath("copy.fladesk"), &error), qPrintable(error));
    QVERIFY(!ws->snapshotTo(dir.filePath("copy.fladesk"), &error)); // never overwrites
    auto copy = Workspace::open(dir.filePath("copy.fladesk"), &error);
    QVERIFY2(copy, qPrintable(error));
    QVERIFY(fla::test::must(copy->employers().find(e.uuid)));
}

QTEST_GUILESS_MAIN(TestWorkspace)
// A workspace written at schema 1, with data, is migrated to the latest
// schema: every row kept (ids too), the rules still hold, the duplicate
// unique index is gone, the references are row ids.
void TestWorkspace::migrationsKeepData()
{
    if (test::testingPostgres())
        QSKIP("SQLite files only: a PostgreSQL workspace is created at the latest schema, it has no older "
              "schema to migrate from");
    QTemporaryDir dir;
    const QString path = dir.filePath("ws.fladesk");
    const Employer e = storagetest::employer("Bakkerij Peeters");
    const Worker w = storagetest::worker(e.uuid, "Peeters", 2);
    const Training t = storagetest::training(e.uuid, "VCA", QDate(2025, 3, 1));
    const Participation p = storagetest::participation(t, w);
    const auto id = [](const QUuid &u) { return u.toString(QUuid::WithoutBraces); };
    const qint64 auditEntries = 4;
    {
        // A workspace as version 1 wrote it: its own schema step, then rows
        // in its shape (references by uuid, ids not starting at 1).
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "v1");
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QStringList v1 = createSqliteDriver()->migrations().at(0).statements;
        v1 << QStringLiteral("INSERT INTO employer (id, uuid, enterprise_number, name, language, size_class, "
                             "hours_per_day) VALUES (3, '%1', '%2', '%3', 'nl', 'UNDER_10', 7.6)")
                  .arg(id(e.uuid), e.enterpriseNumber, e.name)
           << QStringLiteral("INSERT INTO worker (id, uuid, employer_uuid, ssin, family_name, given_name, "
                             "language) VALUES (7, '%1', '%2', '%3', '%4', '%5', 'nl')")
                  .arg(id(w.uuid), id(e.uuid), w.ssin, w.familyName, w.givenName)
           << QStringLiteral(
                  "INSERT INTO training (id, uuid, employer_uuid, name, kind, start_date, end_date, "
                  "duration, unit, counts_for_fla, deduct_from_right, status) VALUES (11, '%1', "
                  "'%2', '%3', 'FORMAL', '2025-03-01', '2025-03-01', 8, 'HOURS', 1, 1, 'COMPLETED')")
                  .arg(id(t.uuid), id(e.uuid), t.name)
           << QStringLiteral(
                  "INSERT INTO participation (id, uuid, employer_uuid, training_uuid, worker_uuid, "
                  "followed, certificate) VALUES (5, '%1', '%2', '%3', '%4', 1, %5)")
                  .arg(id(p.uuid), id(e.uuid), id(t.uuid), id(w.uuid),
                       QString::number(p.certificate ? 1 : 0));
        for (const auto &[entity, record] :
             {std::pair{"employer", e.uuid}, std::pair{"worker", w.uuid}, std::pair{"training", t.uuid},
              std::pair{"participation", p.uuid}})
            v1 << QStringLiteral("INSERT INTO audit (at, user_profile, employer_uuid, entity, record_uuid, "
                                 "change_kind, change_set, after_json) VALUES ('2025-03-02T10:00:00.000Z', "
                                 "'tester', '%1', '%2', '%3', 'create', '%4', '%5')")
                      .arg(id(e.uuid), QString::fromLatin1(entity), id(record), id(QUuid::createUuid()),
                           QLatin1String(entity) == QLatin1String("participation")
                               ? QStringLiteral("{\"workerUuid\":\"%1\"}").arg(id(w.uuid))
                               : QStringLiteral("{}"));
        // Builds before schema 4 created the sync module's tables on first use.
        v1 << createSqliteDriver()->migrations().at(3).statements;
        v1 << QStringLiteral(
                  "INSERT INTO sync_platform_version (record_uuid, employer_uuid, entity, base_etag, "
                  "updated_at) VALUES ('%1', '%2', 'participation', 'v7', '2025-03-02T10:00:00Z')")
                  .arg(id(p.uuid), id(e.uuid));
        v1 << "PRAGMA user_version = 1";
        for (const QString &sql : std::as_const(v1))
            QVERIFY2(q.exec(sql), qPrintable(sql + ": " + q.lastError().text()));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase("v1");

    QString error;
    auto ws = Workspace::open(path, &error);
    QVERIFY2(ws, qPrintable(error));
    QCOMPARE(ws->schemaVersion(), Workspace::latestSchemaVersion());
    QVERIFY(ws->integrityCheck());
    const auto back = fla::test::must(ws->participations(e.uuid).find(p.uuid));
    QVERIFY(back);
    QCOMPARE(back->workerUuid, w.uuid);
    QCOMPARE(back->certificate, p.certificate);
    QCOMPARE(ws->audit(e.uuid).findCount().value(), auditEntries);
    const QList<AuditEntry> history = ws->audit(e.uuid).findHistory(p.uuid).value();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.at(0).after.value("workerUuid").toString(), w.uuid.toString(QUuid::WithoutBraces));
    QSqlQuery q(ws->database());
    QVERIFY(q.exec("SELECT count(*) FROM sqlite_master WHERE tbl_name = 'participation' AND type = 'index'"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 4); // no sqlite_autoindex: the unique index alone
    // Schema 4: the sync module's tables, with what they held.
    QVERIFY(q.exec("SELECT base_etag FROM sync_platform_version"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("v7"));
    QVERIFY(q.exec("SELECT count(*) FROM sync_pull_rejection"));
    // Schema 3: the references are the parents' row ids.
    QVERIFY(q.exec("SELECT id, training_id, worker_id FROM participation"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 5);
    QCOMPARE(q.value(1).toInt(), 11);
    QCOMPARE(q.value(2).toInt(), 7);
    QCOMPARE(fla::test::must(ws->participations(e.uuid).findOfWorker(w.uuid)).size(), 1);
    QCOMPARE(fla::test::must(ws->participations(e.uuid).findOfTraining(t.uuid)).size(), 1);
    // A worker still cannot be deleted while a participation refers to it.
    QVERIFY(!ws->workers(e.uuid).remove(w.uuid, &error));
    QVERIFY(fla::test::must(ws->workers(e.uuid).find(w.uuid)));
    // The rules still hold: a worker once per training, known values only.
    Participation twice = p;
    twice.uuid = QUuid::createUuid();
    QVERIFY(!ws->participations(e.uuid).save(twice, &error));
    QVERIFY2(error.contains("already takes part"), qPrintable(error));
    QVERIFY(!q.exec(QStringLiteral("UPDATE participation SET sync_status = 'lost' WHERE uuid = '%1'")
                        .arg(p.uuid.toString(QUuid::WithoutBraces))));
    QVERIFY(!q.exec("UPDATE audit SET change_kind = 'purge'"));
}

#include "tst_workspace.moc"
