// Declaring to a real fla-sandbox process over loopback: exactly once under
// injected faults of every kind, resuming after the client is killed, never
// across companies, and the platform's anomalies on the right fields.

#include "SandboxProcess.h"

#include "common/Clock.h"
#include "storage/AnomalyRepository.h"
#include "storage/OutboxRepository.h"
#include "sync/SyncEngine.h"
#include "sync/WorkspaceOutboxStore.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fla;
using namespace fla::test;

namespace {

// The sandbox's simulated identity "chloe" may act for these three.
const QString kChloe1 = EnterpriseNumber::compose(4211111);
const QString kChloe2 = EnterpriseNumber::compose(4222222);
// … and not for this one.
const QString kForeign = EnterpriseNumber::compose(4299999);

SyncSummary runSync(Workspace &ws, const SandboxProcess &sandbox, SyncOptions o, int timeoutMs = 60000)
{
    QNetworkAccessManager nam;
    StaticTokenProvider tokens(sandbox.token());
    FlaApiClient client(&nam, sandbox.apiUrl(), &tokens);
    client.setTransferTimeoutMs(5000);
    WorkspaceOutboxStore store(ws);
    QString error;
    if (!store.load(&error)) {
        qWarning() << error;
        return {};
    }
    SyncEngine engine(&client, &store, Clock::system(), o);
    QSignalSpy done(&engine, &SyncEngine::finished);
    engine.start();
    if (done.isEmpty())
        done.wait(timeoutMs);
    if (done.isEmpty()) {
        engine.cancel();
        return {};
    }
    return done.first().at(0).value<SyncSummary>();
}

SyncOptions fastRetries()
{
    SyncOptions o;
    o.batchSize = 100;
    o.maxConcurrentBatches = 4;
    o.baseBackoffMs = 20;
    o.maxBackoffMs = 400;
    o.maxWaitMs = 10000;
    o.pollIntervalMs = 10;
    return o;
}

} // namespace

class TestExactlyOnce : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tenThousandRecordsUnderFaultsArriveExactlyOnce();
    void killedClientResumes();
    void neverCrossesCompanies();
    void refusedRecordsCarryAnomaliesToFields();
};

void TestExactlyOnce::tenThousandRecordsUnderFaultsArriveExactlyOnce()
{
    QTemporaryDir dir;
    SandboxProcess sandbox;
    const QString err = sandbox.start({"--data-dir", dir.filePath("sandbox"), "--fault-rate", "0.1", "--faults",
                                       "all", "--retry-after", "0", "--fault-seed", "20261128"});
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
    QCOMPARE(s.counts.accepted, 10000);
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
    QCOMPARE(outbox.count(OutboxState::Pending), qint64(0));
    QCOMPARE(outbox.count(OutboxState::InFlight), qint64(0));
    QCOMPARE(outbox.countBySyncStatus(EntityType::Participation, SyncStatus::Accepted), qint64(9150));
    QCOMPARE(outbox.countBySyncStatus(EntityType::Worker, SyncStatus::Accepted), qint64(400));
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
    const QStringList args{"sync", "--workspace", wsPath, "--api-url", sandbox.apiUrl().toString(),
                           "--batch-size", "50", "--concurrency", "2", "--quiet"};
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
    QVERIFY2(second.exitCode() == 0, qPrintable(QString::fromUtf8(second.readAllStandardOutput() + second.readAllStandardError())));
    const PlatformFacts facts = readPlatform(dir.filePath("sandbox/fla-platform.sqlite"));
    QCOMPARE(facts.records, qint64(data.size()));
    QCOMPARE(facts.rewritten, qint64(0));
    QCOMPARE(facts.uuids, data.uuids());
    QString error;
    auto ws = Workspace::open(wsPath, &error);
    QVERIFY2(ws, qPrintable(error));
    QCOMPARE(ws->outbox(data.employer.uuid).count(OutboxState::Pending), qint64(0));
    QCOMPARE(ws->outbox(data.employer.uuid).count(OutboxState::InFlight), qint64(0));
}

void TestExactlyOnce::neverCrossesCompanies()
{
    QTemporaryDir dir;
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({"--data-dir", dir.filePath("sandbox")}).isEmpty());
    const Synthetic mine = makeSynthetic(kChloe2, 3, 1, 3);
    const Synthetic foreign = makeSynthetic(kForeign, 3, 1, 3, 500);
    const QString wsPath = dir.filePath("ws.fladesk");
    {
        QString error;
        auto ws = Workspace::open(wsPath, &error);
        QVERIFY2(ws, qPrintable(error));
        QVERIFY(saveQueued(*ws, mine).isEmpty());
        QVERIFY(saveQueued(*ws, foreign).isEmpty());
    }
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("FLADESK_ACCESS_TOKEN", sandbox.token());
    cli.setProcessEnvironment(env);
    cli.start(executablePath("fladesk-cli"),
              {"sync", "--workspace", wsPath, "--api-url", sandbox.apiUrl().toString(), "--quiet"});
    QVERIFY(cli.waitForFinished(30000));
    const QString out = QString::fromUtf8(cli.readAllStandardOutput());
    const QString errText = QString::fromUtf8(cli.readAllStandardError());
    QCOMPARE(cli.exitCode(), 1); // not everything could be sent
    // The user is told why, with the enterprise and the record.
    QVERIFY2(out.contains(EnterpriseNumber::parse(kForeign).display()) && out.contains("mandate"), qPrintable(out));
    QVERIFY2(errText.contains("Not sent: worker Test Worker500"), qPrintable(errText));
    const PlatformFacts facts = readPlatform(dir.filePath("sandbox/fla-platform.sqlite"));
    QCOMPARE(facts.uuids, mine.uuids());
    // The foreign records wait in the outbox, untouched.
    QString error;
    auto ws = Workspace::open(wsPath, &error);
    QCOMPARE(ws->outbox(foreign.employer.uuid).count(OutboxState::Pending), qint64(foreign.size()));
    QCOMPARE(ws->outbox(foreign.employer.uuid).countBySyncStatus(EntityType::Worker, SyncStatus::Queued), qint64(3));

    // And the platform itself refuses: a forged request for the foreign enterprise gets 403.
    QNetworkAccessManager nam;
    QNetworkRequest req(QUrl(sandbox.apiUrl().toString() + "/employers/" + kForeign + "/declarations"));
    req.setRawHeader("Authorization", "Bearer " + sandbox.token().toLatin1());
    req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    QNetworkReply *reply = nam.post(req, R"({"declarationId":"11111111-2222-3333-4444-555555555555","items":[]})");
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 403);
    QVERIFY(reply->header(QNetworkRequest::ContentTypeHeader).toString().startsWith("application/problem+json"));
    reply->deleteLater();
}

void TestExactlyOnce::refusedRecordsCarryAnomaliesToFields()
{
    QTemporaryDir dir;
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({"--data-dir", dir.filePath("sandbox")}).isEmpty());
    Synthetic s = makeSynthetic(kChloe1, 2, 1, 2);
    // Worker 1's employment ended before the training: the platform refuses the participation.
    s.employments[1].startDate = QDate(2021, 1, 1);
    s.employments[1].endDate = QDate(2024, 6, 30);
    // A second training that ends before it starts, with one participant.
    Training bad = s.trainings.first();
    bad.uuid = QUuid::createUuid();
    bad.name = "Backwards";
    bad.startDate = QDate(2025, 5, 10);
    bad.endDate = QDate(2025, 5, 9);
    s.trainings.append(bad);
    Participation inBad = s.participations.first();
    inBad.uuid = QUuid::createUuid();
    inBad.trainingUuid = bad.uuid;
    s.participations.append(inBad);

    QString error;
    auto ws = Workspace::open(dir.filePath("ws.fladesk"), &error);
    QVERIFY2(ws, qPrintable(error));
    QVERIFY(saveQueued(*ws, s).isEmpty());
    const SyncSummary summary = runSync(*ws, sandbox, fastRetries());
    QCOMPARE(summary.remaining, 0);
    QCOMPARE(summary.counts.refused, 3);

    OutboxRepository outbox = ws->outbox(s.employer.uuid);
    AnomalyRepository anomalies = ws->anomalies(s.employer.uuid);
    const auto anomalyOf = [&](const QUuid &record) {
        AnomalyFilter f;
        f.recordUuid = record;
        QList<StoredAnomaly> fromPlatform;
        for (const StoredAnomaly &a : anomalies.list(f)) {
            if (a.params.value("source").toString() == "platform")
                fromPlatform.append(a);
        }
        return fromPlatform;
    };
    // The participation of worker 1 (workers[1] follows training 0 as participations[1]).
    const Participation &outside = s.participations.at(1);
    QCOMPARE(outside.workerUuid, s.workers.at(1).uuid);
    QCOMPARE(toString(outbox.syncStatus(EntityType::Participation, outside.uuid)), toString(SyncStatus::Refused));
    QList<StoredAnomaly> found = anomalyOf(outside.uuid);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().code, QString("PF-003"));
    QCOMPARE(found.first().field, QString("ssin"));
    QCOMPARE(found.first().severity, Severity::Blocking);
    QVERIFY(!found.first().params.value("message").toString().isEmpty());

    QCOMPARE(toString(outbox.syncStatus(EntityType::Training, bad.uuid)), toString(SyncStatus::Refused));
    found = anomalyOf(bad.uuid);
    QVERIFY(!found.isEmpty());
    QCOMPARE(found.first().code, QString("DT-001"));
    QCOMPARE(found.first().field, QString("endDate"));

    // Its participation is refused too: the platform does not know the training.
    found = anomalyOf(inBad.uuid);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().code, QString("PF-002"));
    QCOMPARE(found.first().field, QString("trainingUuid"));

    // The good ones are accepted and carry no anomaly.
    QCOMPARE(toString(outbox.syncStatus(EntityType::Participation, s.participations.at(0).uuid)),
             toString(SyncStatus::Accepted));
    QVERIFY(anomalyOf(s.participations.at(0).uuid).isEmpty());
}

QTEST_GUILESS_MAIN(TestExactlyOnce)
#include "tst_exactlyonce.moc"
