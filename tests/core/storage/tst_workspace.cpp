#include "StorageTestData.h"
#include "common/Version.h"
#include "storage/EmployerRepository.h"
#include "storage/Workspace.h"

#include <QSqlDatabase>
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
#include "tst_workspace.moc"
