#include "StorageTestData.h"
#include "common/Version.h"
#include "storage/AuditRepository.h"
#include "storage/EmployerRepository.h"
#include "storage/ParticipationRepository.h"
#include "storage/TrainingRepository.h"
#include "storage/WorkerRepository.h"
#include "storage/Workspace.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace fla;

class TestWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void createsAndMigrates();
    void settingsAreApplied();
    void reopenKeepsData();
    void secondOpenIsRefused();
    void lockIsReleasedOnClose();
    void newerSchemaIsRefused();
    void notADatabaseIsRefused();
    void defaultPathIsInAppData();
    void snapshotWhileOpen();
    void migration2KeepsData();
};

void TestWorkspace::createsAndMigrates()
{
    QTemporaryDir dir;
    QString error;
    auto ws = Workspace::open(dir.filePath("sub/ws.fladesk"), &error);
    QVERIFY2(ws, qPrintable(error));
    QCOMPARE(ws->schemaVersion(), Workspace::latestSchemaVersion());
    QCOMPARE(ws->createdByVersion(), QString::fromLatin1(kVersion));
    QCOMPARE(ws->lastWrittenByVersion(), QString::fromLatin1(kVersion));
    QSqlQuery q(ws->database());
    QVERIFY(q.exec("PRAGMA user_version"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), Workspace::latestSchemaVersion());
    QStringList tables;
    QVERIFY(q.exec("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
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
    auto ws = Workspace::open(dir.filePath("ws.fladesk"), &error);
    QVERIFY(ws);
    QSqlQuery q(ws->database());
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
    const QString path = dir.filePath("ws.fladesk");
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
    const auto back = ws->employers().get(e.uuid);
    QVERIFY(back);
    QCOMPARE(back->name, e.name);
    QCOMPARE(back->enterpriseNumber, e.enterpriseNumber);
    QCOMPARE(back->jointCommittees, e.jointCommittees);
}

void TestWorkspace::secondOpenIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("ws.fladesk");
    QString error;
    auto first = Workspace::open(path, &error);
    QVERIFY(first);
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
    const QString path = dir.filePath("ws.fladesk");
    QString error;
    {
        auto ws = Workspace::open(path, &error);
        QVERIFY(ws);
    }
    auto again = Workspace::open(path, &error);
    QVERIFY2(again, qPrintable(error));
}

void TestWorkspace::newerSchemaIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("ws.fladesk");
    {
        QString error;
        auto ws = Workspace::open(path, &error);
        QVERIFY(ws);
        QSqlQuery q(ws->database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Workspace::latestSchemaVersion() + 5)));
        QVERIFY(q.exec("UPDATE meta SET value = '9.3.0' WHERE key = 'last_written_by_version'"));
    }
    QString error;
    auto ws = Workspace::open(path, &error);
    QVERIFY(!ws);
    QVERIFY2(error.contains("newer version of FLA Desk"), qPrintable(error));
    QVERIFY2(error.contains("9.3.0"), qPrintable(error));
    // Refusing must not have changed it.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "check");
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec("PRAGMA user_version"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), Workspace::latestSchemaVersion() + 5);
    }
    QSqlDatabase::removeDatabase("check");
}

void TestWorkspace::notADatabaseIsRefused()
{
    QTemporaryDir dir;
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
    QVERIFY(p.startsWith(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)));
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
    auto ws = Workspace::open(dir.filePath("ws.fladesk"), &error);
    QVERIFY(ws);
    const Employer e = storagetest::employer("Snap");
    QVERIFY(ws->employers().save(e, &error));
    QVERIFY2(ws->snapshotTo(dir.filePath("copy.fladesk"), &error), qPrintable(error));
    QVERIFY(!ws->snapshotTo(dir.filePath("copy.fladesk"), &error)); // never overwrites
    auto copy = Workspace::open(dir.filePath("copy.fladesk"), &error);
    QVERIFY2(copy, qPrintable(error));
    QVERIFY(copy->employers().get(e.uuid));
}

QTEST_GUILESS_MAIN(TestWorkspace)
// A workspace written at schema 1, with data, is migrated to 2: every row
// kept (ids too), the rules still hold, the duplicate unique index is gone.
void TestWorkspace::migration2KeepsData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("ws.fladesk");
    const Employer e = storagetest::employer("Bakkerij Peeters");
    const Worker w = storagetest::worker(e.uuid, "Peeters", 2);
    const Training t = storagetest::training(e.uuid, "VCA", QDate(2025, 3, 1));
    const Participation p = storagetest::participation(t, w);
    qint64 auditEntries = 0;
    {
        QString error;
        auto ws = Workspace::open(path, &error);
        QVERIFY(ws);
        QVERIFY(ws->employers().save(e, &error));
        QVERIFY(ws->workers(e.uuid).save(w, &error));
        QVERIFY(ws->trainings(e.uuid).save(t, &error));
        QVERIFY2(ws->participations(e.uuid).save(p, &error), qPrintable(error));
        auditEntries = ws->audit(e.uuid).count();
        QCOMPARE(auditEntries, 4);
    }
    {
        // Back to the tables of schema 1 (as version 1 wrote them).
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "v1");
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        const QStringList v1 = {
            "CREATE TABLE p1 (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL CHECK (length(uuid) = 36),"
            " employer_uuid TEXT NOT NULL REFERENCES employer (uuid), training_uuid TEXT NOT NULL,"
            " worker_uuid TEXT NOT NULL, followed INTEGER NOT NULL CHECK (followed IN (0, 1)),"
            " certificate INTEGER NOT NULL CHECK (certificate IN (0, 1)), certificate_valid_until TEXT,"
            " duration_override REAL, sync_status TEXT NOT NULL DEFAULT 'draft' CHECK (sync_status IN "
            "('draft', 'ready', 'queued', 'sent', 'accepted', 'accepted_with_warnings', 'refused', "
            "'conflict')),"
            " UNIQUE (training_uuid, worker_uuid),"
            " FOREIGN KEY (training_uuid, employer_uuid) REFERENCES training (uuid, employer_uuid),"
            " FOREIGN KEY (worker_uuid, employer_uuid) REFERENCES worker (uuid, employer_uuid))",
            "INSERT INTO p1 SELECT * FROM participation",
            "DROP TABLE participation",
            "ALTER TABLE p1 RENAME TO participation",
            "CREATE UNIQUE INDEX participation_uuid ON participation (uuid)",
            "CREATE UNIQUE INDEX participation_training_worker ON participation (training_uuid, worker_uuid)",
            "CREATE INDEX participation_by_employer ON participation (employer_uuid)",
            "CREATE INDEX participation_by_worker ON participation (worker_uuid)",
            "CREATE TABLE a1 (id INTEGER PRIMARY KEY, at TEXT NOT NULL, user_profile TEXT NOT NULL,"
            " employer_uuid TEXT NOT NULL, entity TEXT NOT NULL CHECK (entity IN ('employer', 'worker',"
            " 'employment', 'training', 'participation', 'right')), record_uuid TEXT NOT NULL,"
            " change_kind TEXT NOT NULL, change_set TEXT NOT NULL, before_json TEXT, after_json TEXT)",
            "INSERT INTO a1 SELECT * FROM audit",
            "DROP TABLE audit",
            "ALTER TABLE a1 RENAME TO audit",
            "CREATE INDEX audit_by_record ON audit (record_uuid)",
            "CREATE INDEX audit_by_employer ON audit (employer_uuid)",
            "PRAGMA user_version = 1"};
        for (const QString &sql : v1)
            QVERIFY2(q.exec(sql), qPrintable(sql + ": " + q.lastError().text()));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase("v1");

    QString error;
    auto ws = Workspace::open(path, &error);
    QVERIFY2(ws, qPrintable(error));
    QCOMPARE(ws->schemaVersion(), 2);
    QVERIFY(ws->integrityCheck());
    const auto back = ws->participations(e.uuid).get(p.uuid);
    QVERIFY(back);
    QCOMPARE(back->workerUuid, w.uuid);
    QCOMPARE(back->certificate, p.certificate);
    QCOMPARE(ws->audit(e.uuid).count(), auditEntries);
    const QList<AuditEntry> history = ws->audit(e.uuid).history(p.uuid);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.at(0).after.value("workerUuid").toString(), w.uuid.toString(QUuid::WithoutBraces));
    QSqlQuery q(ws->database());
    QVERIFY(q.exec("SELECT count(*) FROM sqlite_master WHERE tbl_name = 'participation' AND type = 'index'"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 4); // no sqlite_autoindex: the unique index alone
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
