// Declaring to a real fla-sandbox process over loopback: 10,000 records under injected faults
// of every kind arrive exactly once, and a client killed mid-sync resumes.

#include "Must.h"
#include "SandboxProcess.h"

#include "core/common/Clock.h"
#include "core/storage/AnomalyRepository.h"
#include "core/storage/OutboxRepository.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/SyncRunner.h"
#include "core/sync/WorkspaceOutboxStore.h"
#include "sandbox/platform/DemoPlatform.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fla;
using namespace fla::test;

class TestExactlyOnce : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tenThousandRecordsUnderFaultsArriveExactlyOnce();
    void killedClientResumes();
};

void TestExactlyOnce::tenThousandRecordsUnderFaultsArriveExactlyOnce()
{
    QTemporaryDir dir;
    SandboxProcess sandbox;
    const QString err = sandbox.start({"--data-dir", dir.filePath("sandbox"), "--fault-rate", "0.1",
                                       "--faults", "all", "--retry-after", "0", "--fault-seed", "20261128"});
    QVERIFY2(err.isEmpty(), qPrintable(err));

    // GIVEN 10,000 records queued in a workspace: 400 workers, 400 employments,
    // 50 trainings and 9,150 participations.
    const Synthetic data = makeSynthetic(kChloe1, 400, 50, 183);
    QCOMPARE(data.size(), 10000);
    QString error;
    auto ws = Workspace::open(dir.filePath("ws.fladesk"), &error);
    QVERIFY2(ws, qPrintable(error));
    const QString saved = saveQueued(*ws, data);
    QVERIFY2(saved.isEmpty(), qPrintable(saved));

    // WHEN they are declared while 10% of the requests fail in every way
    const SyncSummary s = runSync(*ws, sandbox, fastRetries());

    // THEN every record is accepted, and the platform holds each exactly once.
    QCOMPARE(s.remaining, 0);
    QCOMPARE(s.counts.refused, 0);
    QCOMPARE(s.counts.accepted + s.counts.acceptedWithWarnings, 10000);
    QVERIFY(s.counts.retries > 0);
    const QJsonObject stats = getJson(QUrl(sandbox.baseUrl().toString() + "/sandbox/platform/stats"));
    const QJsonObject faults = stats.value("faults").toObject();
    for (const char *kind : {"500", "503", "429", "drop", "lost"})
        QVERIFY2(faults.value(QLatin1String(kind)).toInt() > 0, kind);
    const PlatformFacts facts = readPlatform(dir.filePath("sandbox/fla-platform.sqlite"));
    QCOMPARE(facts.records, qint64(10000));
    QCOMPARE(facts.distinct, qint64(10000));
    QCOMPARE(facts.rewritten, qint64(0)); // no record was applied twice
    QCOMPARE(facts.uuids, data.uuids());  // none lost, none foreign
    OutboxRepository outbox = ws->outbox(data.employer.uuid);
    QCOMPARE(outbox.findCount(OutboxState::Pending).value(), qint64(0));
    QCOMPARE(outbox.findCount(OutboxState::InFlight).value(), qint64(0));
    QCOMPARE(fla::test::must(outbox.findCountBySyncStatus(RecordKind::Participation, SyncStatus::Accepted)) +
                 fla::test::must(outbox.findCountBySyncStatus(RecordKind::Participation,
                                                              SyncStatus::AcceptedWithWarnings)),
             qint64(9150));
    QCOMPARE(fla::test::must(outbox.findCountBySyncStatus(RecordKind::Worker, SyncStatus::Accepted)) +
                 fla::test::must(
                     outbox.findCountBySyncStatus(RecordKind::Worker, SyncStatus::AcceptedWithWarnings)),
             qint64(400));
}

void TestExactlyOnce::killedClientResumes()
{
    QTemporaryDir dir;
    SandboxProcess sandbox;
    const QString err = sandbox.start({"--data-dir", dir.filePath("sandbox"), "--latency-ms", "40"});
    QVERIFY2(err.isEmpty(), qPrintable(err));
    const Synthetic data = makeSynthetic(kChloe1, 140, 20, 136); // 3,020 records
    const QString wsPath = dir.filePath("ws.fladesk");
    {
        QString error;
        auto ws = Workspace::open(wsPath, &error);
        QVERIFY2(ws, qPrintable(error));
        const QString saved = saveQueued(*ws, data);
        QVERIFY2(saved.isEmpty(), qPrintable(saved));
    }
    const QStringList args{
        "sync",         "--workspace", wsPath,          "--api-url", sandbox.apiUrl().toString(),
        "--batch-size", "50",          "--concurrency", "2",         "--quiet"};
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("FLADESK_ACCESS_TOKEN", sandbox.token());

    // GIVEN a sync under way, WHEN the client is killed in the middle
    QProcess first;
    first.setProcessEnvironment(env);
    first.start(executablePath("fladesk-cli"), args);
    QVERIFY(first.waitForStarted());
    const QUrl statsUrl(sandbox.baseUrl().toString() + "/sandbox/platform/stats");
    QDeadlineTimer deadline(20000);
    qint64 before = 0;
    while (!deadline.hasExpired()) {
        before = qint64(getJson(statsUrl).value("records").toDouble());
        if (before >= 600)
            break;
        QTest::qWait(20);
    }
    first.kill();
    first.waitForFinished();
    QVERIFY2(before > 0 && before < data.size(), qPrintable(QString::number(before)));

    // THEN a second run finishes the job, and nothing arrives twice.
    QProcess second;
    second.setProcessEnvironment(env);
    second.start(executablePath("fladesk-cli"), args);
    QVERIFY(second.waitForFinished(60000));
    QVERIFY2(second.exitCode() == 0,
             qPrintable(QString::fromUtf8(second.readAllStandardOutput() + second.readAllStandardError())));
    const PlatformFacts facts = readPlatform(dir.filePath("sandbox/fla-platform.sqlite"));
    QCOMPARE(facts.records, qint64(data.size()));
    QCOMPARE(facts.rewritten, qint64(0));
    QCOMPARE(facts.uuids, data.uuids());
    QString error;
    auto ws = Workspace::open(wsPath, &error);
    QVERIFY2(ws, qPrintable(error));
    QCOMPARE(ws->outbox(data.employer.uuid).findCount(OutboxState::Pending).value(), qint64(0));
    QCOMPARE(ws->outbox(data.employer.uuid).findCount(OutboxState::InFlight).value(), qint64(0));
}

QTEST_GUILESS_MAIN(TestExactlyOnce)
#include "tst_exactlyonce.moc"
