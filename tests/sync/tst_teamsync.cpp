// Team mode: several desktops declaring from one PostgreSQL workspace at the
// same time, each a real `fladesk-cli sync` process, to a real fla-sandbox
// process over loopback. The outbox rows are claimed (FOR UPDATE SKIP LOCKED),
// so no record is declared by two desktops, and a desktop killed mid-sync
// loses nothing: its claims go back to the others when its session ends.

#include "Must.h"
#include "SandboxProcess.h"

#include "PostgresTestCluster.h"
#include "core/storage/OutboxRepository.h"
#include "sandbox/platform/DemoPlatform.h"

#include <QHash>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace fla;
using namespace fla::test;

class TestTeamSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fourDesktopsDeclareEachRecordOnce();
    void fourDesktopsUnderFaultsLoseNothing();

private:
    QString newWorkspace(const Synthetic &data);
    QList<QProcess *> startDesktops(int n, const QString &url, const SandboxProcess &sandbox, QObject *owner);
};

void TestTeamSync::initTestCase()
{
    QString error;
    FLADESK_START_TEST_CLUSTER();
}

QString TestTeamSync::newWorkspace(const Synthetic &data)
{
    QString error;
    const QString db = PostgresTestCluster::instance().createDatabase(QStringLiteral("teamsync"), &error);
    if (db.isEmpty())
        return {};
    const QString url = PostgresTestCluster::instance().url(db);
    auto ws = Workspace::open(url, &error);
    if (!ws || !saveQueued(*ws, data).isEmpty())
        return {};
    return url;
}

QList<QProcess *> TestTeamSync::startDesktops(int n, const QString &url, const SandboxProcess &sandbox,
                                              QObject *owner)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("FLADESK_ACCESS_TOKEN", sandbox.token());
    QList<QProcess *> desktops;
    for (int i = 0; i < n; ++i) {
        auto *p = new QProcess(owner);
        p->setProcessEnvironment(env);
        p->start(executablePath("fladesk-cli"),
                 {"sync", "--workspace", url, "--api-url", sandbox.apiUrl().toString(), "--batch-size", "25",
                  "--concurrency", "2", "--quiet"});
        desktops << p;
    }
    return desktops;
}

// How many declarations carried each record, from the platform's own file.
QHash<QString, int> declarationsPerRecord(const QString &platformDb)
{
    QHash<QString, int> out;
    const QString name = "declarations-reader";
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", name);
        db.setDatabaseName(platformDb);
        db.setConnectOptions("QSQLITE_OPEN_READONLY");
        if (db.open()) {
            QSqlQuery q(db);
            q.exec("SELECT result FROM declarations");
            while (q.next()) {
                const QJsonArray items =
                    QJsonDocument::fromJson(q.value(0).toByteArray()).object()["items"].toArray();
                for (const QJsonValue &item : items)
                    ++out[item.toObject()["uuid"].toString()];
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

void TestTeamSync::fourDesktopsDeclareEachRecordOnce()
{
    QTemporaryDir dir;
    SandboxProcess sandbox;
    const QString err = sandbox.start({"--data-dir", dir.filePath("sandbox"), "--latency-ms", "20"});
    QVERIFY2(err.isEmpty(), qPrintable(err));
    // GIVEN 1,030 records queued in the office's workspace
    const Synthetic data = makeSynthetic(kChloe1, 150, 10, 73);
    const QString url = newWorkspace(data);
    QVERIFY(!url.isEmpty());

    // WHEN four desktops sync at the same moment
    QObject owner;
    const QList<QProcess *> desktops = startDesktops(4, url, sandbox, &owner);
    for (QProcess *p : desktops) {
        QVERIFY(p->waitForFinished(120000));
        QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
    }

    // THEN every record reached the platform in exactly one declaration.
    const QHash<QString, int> declared = declarationsPerRecord(dir.filePath("sandbox/fla-platform.sqlite"));
    QCOMPARE(declared.size(), data.size());
    for (auto it = declared.cbegin(); it != declared.cend(); ++it)
        QVERIFY2(it.value() == 1,
                 qPrintable(it.key() + " declared " + QString::number(it.value()) + " times"));
    const PlatformFacts facts = readPlatform(dir.filePath("sandbox/fla-platform.sqlite"));
    QCOMPARE(facts.uuids, data.uuids());
    QString error;
    auto ws = Workspace::open(url, &error);
    QVERIFY2(ws, qPrintable(error));
    QCOMPARE(ws->outbox(data.employer.uuid).findCount(OutboxState::Pending).value(), qint64(0));
    QCOMPARE(ws->outbox(data.employer.uuid).findCount(OutboxState::InFlight).value(), qint64(0));
    QCOMPARE(fla::test::must(ws->outbox(data.employer.uuid)
                                 .findCountBySyncStatus(RecordKind::Participation, SyncStatus::Accepted)) +
                 fla::test::must(
                     ws->outbox(data.employer.uuid)
                         .findCountBySyncStatus(RecordKind::Participation, SyncStatus::AcceptedWithWarnings)),
             qint64(730));
}

void TestTeamSync::fourDesktopsUnderFaultsLoseNothing()
{
    QTemporaryDir dir;
    SandboxProcess sandbox;
    const QString err =
        sandbox.start({"--data-dir", dir.filePath("sandbox"), "--fault-rate", "0.1", "--faults", "all",
                       "--retry-after", "0", "--fault-seed", "20261207", "--latency-ms", "10"});
    QVERIFY2(err.isEmpty(), qPrintable(err));
    const Synthetic data = makeSynthetic(kChloe1, 150, 10, 73);
    const QString url = newWorkspace(data);
    QVERIFY(!url.isEmpty());

    // GIVEN four desktops syncing at once while 10% of the requests fail in
    // every way, WHEN the ones still declaring are killed in the middle
    QObject owner;
    const QList<QProcess *> desktops = startDesktops(4, url, sandbox, &owner);
    const QUrl statsUrl(sandbox.baseUrl().toString() + "/sandbox/platform/stats");
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired() && getJson(statsUrl).value("records").toDouble() < 100)
        QTest::qWait(20);
    int killed = 0;
    for (QProcess *p : desktops) {
        if (p->state() != QProcess::NotRunning) {
            p->kill();
            ++killed;
        }
        p->waitForFinished(120000);
    }
    QVERIFY(killed > 0);

    // THEN a later sync (any desktop) takes over the killed one's claims once
    // its session has ended, and the platform holds every record once.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("FLADESK_ACCESS_TOKEN", sandbox.token());
    const PlatformFacts before = readPlatform(dir.filePath("sandbox/fla-platform.sqlite"));
    QVERIFY2(before.records < data.size(), "the killed desktop's claims were still to be declared");
    QDeadlineTimer drain(120000);
    qint64 left = -1;
    while (!drain.hasExpired() && left != 0) {
        QProcess last;
        last.setProcessEnvironment(env);
        last.start(executablePath("fladesk-cli"),
                   {"sync", "--workspace", url, "--api-url", sandbox.apiUrl().toString(), "--batch-size",
                    "100", "--quiet"});
        QVERIFY(last.waitForFinished(120000));
        QString error;
        auto ws = Workspace::open(url, &error);
        QVERIFY2(ws, qPrintable(error));
        left = ws->outbox(data.employer.uuid).findCount(OutboxState::Pending).value() +
               ws->outbox(data.employer.uuid).findCount(OutboxState::InFlight).value();
    }
    QCOMPARE(left, qint64(0));
    const PlatformFacts facts = readPlatform(dir.filePath("sandbox/fla-platform.sqlite"));
    if (facts.records != data.size()) {
        QString error;
        auto ws = Workspace::open(url, &error);
        QVERIFY2(ws, qPrintable(error));
        auto entries = ws->outbox(data.employer.uuid).findEntries(OutboxState::Failed, 100000);
        QVERIFY(entries);
        for (const OutboxEntry &e : std::as_const(entries.value()).mid(0, 5))
            qWarning() << "given up:" << toString(e.entity) << e.attempts << e.lastError;
        qWarning() << "done" << ws->outbox(data.employer.uuid).findCount(OutboxState::Done).value()
                   << "failed" << entries.value().size();
    }
    QCOMPARE(facts.records, qint64(data.size()));
    QCOMPARE(facts.distinct, qint64(data.size()));
    QCOMPARE(facts.rewritten, qint64(0)); // no record applied twice
    QCOMPARE(facts.uuids, data.uuids());  // none lost, none foreign
    const QJsonObject faults = getJson(statsUrl).value("faults").toObject();
    int injected = 0;
    for (const QString &kind : faults.keys())
        injected += faults.value(kind).toInt();
    QVERIFY(injected > 0);
}

QTEST_GUILESS_MAIN(TestTeamSync)
#include "tst_teamsync.moc"
