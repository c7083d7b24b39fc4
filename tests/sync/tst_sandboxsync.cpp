// Declaring to a real fla-sandbox process over loopback: never across companies, the platform's
// anomalies on the right fields, pull and archive, the in-process demo platform, the app's runner.

#include "CliRun.h"
#include "Must.h"
#include "SandboxProcess.h"
#include "StoredAnomalies.h"

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

class TestSandboxSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void neverCrossesCompanies();
    void refusedRecordsCarryAnomaliesToFields();
    void pullShowsDifferencesAndArchives();
    void demoPlatformRunsInProcess();
    void syncRunnerForTheApp();
};

void TestSandboxSync::neverCrossesCompanies()
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
    CliOptions options;
    options.environment = {{"FLADESK_ACCESS_TOKEN", sandbox.token()}};
    const CliRun cli =
        runCli({"sync", "--workspace", wsPath, "--api-url", sandbox.apiUrl().toString(), "--quiet"}, options);
    QVERIFY(cli.finished);
    const QString out = cli.outText();
    const QString errText = cli.errText();
    QCOMPARE(cli.exitCode, 1); // not everything could be sent
    // The user is told why, with the enterprise and the record.
    QVERIFY2(out.contains(EnterpriseNumber::parse(kForeign).display()) && out.contains("mandate"),
             qPrintable(out));
    QVERIFY2(errText.contains("Not sent: worker Test Worker500"), qPrintable(errText));
    const PlatformFacts facts = readPlatform(dir.filePath("sandbox/fla-platform.sqlite"));
    QCOMPARE(facts.uuids, mine.uuids());
    // The foreign records wait in the outbox, untouched.
    QString error;
    auto ws = Workspace::open(wsPath, &error);
    QCOMPARE(ws->outbox(foreign.employer.uuid).findCount(OutboxState::Pending).value(),
             qint64(foreign.size()));
    QCOMPARE(
        fla::test::must(
            ws->outbox(foreign.employer.uuid).findCountBySyncStatus(RecordKind::Worker, SyncStatus::Queued)),
        qint64(3));

    // And the platform itself refuses: a forged request for the foreign enterprise gets 403.
    QNetworkAccessManager nam;
    QNetworkRequest req(QUrl(sandbox.apiUrl().toString() + "/employers/" + kForeign + "/declarations"));
    req.setRawHeader("Authorization", "Bearer " + sandbox.token().toLatin1());
    req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    QNetworkReply *reply =
        nam.post(req, R"({"declarationId":"11111111-2222-3333-4444-555555555555","items":[]})");
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 403);
    QVERIFY(
        reply->header(QNetworkRequest::ContentTypeHeader).toString().startsWith("application/problem+json"));
    reply->deleteLater();
}

void TestSandboxSync::refusedRecordsCarryAnomaliesToFields()
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
        for (const StoredAnomaly &a : fla::test::must(anomalies.find(f))) {
            if (a.params.value("source").toString() == "platform")
                fromPlatform.append(a);
        }
        return fromPlatform;
    };
    // The participation of worker 1 (workers[1] follows training 0 as participations[1]).
    const Participation &outside = s.participations.at(1);
    QCOMPARE(outside.workerUuid, s.workers.at(1).uuid);
    QCOMPARE(toString(fla::test::must(outbox.findSyncStatus(RecordKind::Participation, outside.uuid))),
             toString(SyncStatus::Refused));
    const auto blockingAt = [](const QList<StoredAnomaly> &list, const QString &code, const QString &field) {
        for (const StoredAnomaly &a : list) {
            if (a.code == code && a.field == field && a.severity == Severity::Blocking &&
                !a.params.value("message").toString().isEmpty())
                return true;
        }
        return false;
    };
    QVERIFY(blockingAt(anomalyOf(outside.uuid), "PF-003", "ssin"));

    QCOMPARE(toString(fla::test::must(outbox.findSyncStatus(RecordKind::Training, bad.uuid))),
             toString(SyncStatus::Refused));
    QVERIFY(blockingAt(anomalyOf(bad.uuid), "DT-001", "endDate"));

    // Its participation is refused too: the platform does not know the training.
    QCOMPARE(toString(fla::test::must(outbox.findSyncStatus(RecordKind::Participation, inBad.uuid))),
             toString(SyncStatus::Refused));
    QVERIFY(blockingAt(anomalyOf(inBad.uuid), "PF-002", "trainingUuid"));

    // The good ones are accepted (perhaps with a warning) and carry no blocking anomaly.
    const SyncStatus good =
        fla::test::must(outbox.findSyncStatus(RecordKind::Participation, s.participations.at(0).uuid));
    QVERIFY2(good == SyncStatus::Accepted || good == SyncStatus::AcceptedWithWarnings,
             qPrintable(toString(good)));
    for (const StoredAnomaly &a : anomalyOf(s.participations.at(0).uuid))
        QVERIFY2(a.severity != Severity::Blocking, qPrintable(a.code));
}

void TestSandboxSync::pullShowsDifferencesAndArchives()
{
    QTemporaryDir dir;
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({"--data-dir", dir.filePath("sandbox")}).isEmpty());
    const Synthetic s = makeSynthetic(kChloe1, 4, 2, 3);
    {
        QString error;
        auto ws = Workspace::open(dir.filePath("office.fladesk"), &error);
        QVERIFY2(ws, qPrintable(error));
        QVERIFY(saveQueued(*ws, s).isEmpty());
        const SyncSummary first = runSync(*ws, sandbox, fastRetries());
        QCOMPARE(first.counts.done(), int(s.size()));
        QCOMPARE(first.counts.refused, 0);
    }
    // A second computer with an empty workspace pulls the employer, then archives it.
    const QString laptop = dir.filePath("laptop.fladesk");
    CliOptions options;
    options.environment = {{"FLADESK_ACCESS_TOKEN", sandbox.token()}};
    const QStringList args{"pull",       "--workspace", laptop, "--api-url", sandbox.apiUrl().toString(),
                           "--employer", kChloe1};
    const CliRun look = runCli(args, options);
    const QString shown = look.outText();
    QCOMPARE(look.exitCode, 0);
    QVERIFY2(shown.contains(
                 "Platform: 4 workers, 4 employments, 2 trainings, 6 participations, 0 rights; 16 only on "
                 "the platform"),
             qPrintable(shown));
    QVERIFY2(shown.contains("+ training “Training 0”"), qPrintable(shown));

    QCOMPARE(runCli(args + QStringList{"--archive"}, options).exitCode, 0);
    QString error;
    auto ws = Workspace::open(laptop, &error);
    QVERIFY2(ws, qPrintable(error));
    // What it archived has the anomalies a full validation finds (written together, core/workspace).
    QVERIFY(sameAnomalies(storedAnomalies(*ws), validatedAnomalies(*ws, Clock::system()),
                          QStringLiteral("pull --archive")));
    const auto employer = fla::test::must(ws->employers().findByEnterpriseNumber(kChloe1));
    QVERIFY(employer);
    QCOMPARE(fla::test::must(ws->workers(employer->uuid).findCount()), qint64(4));
    QCOMPARE(fla::test::must(ws->trainings(employer->uuid).findCount()), qint64(2));
    QCOMPARE(fla::test::must(ws->participations(employer->uuid).findCount()), qint64(6));
    QVERIFY(fla::test::must(ws->participations(employer->uuid).find(s.participations.first().uuid)));
    // Archived records came from the platform: nothing to declare.
    QCOMPARE(ws->outbox(employer->uuid).findCount(OutboxState::Pending).value(), qint64(0));

    // A local change is not lost by archiving again; --overwrite takes the platform's version.
    Training mine = *fla::test::must(ws->trainings(employer->uuid).find(s.trainings.first().uuid));
    mine.name = "Renamed here";
    QVERIFY(ws->trainings(employer->uuid).save(mine));
    ws.reset();
    for (const bool overwrite : {false, true}) {
        QCOMPARE(
            runCli(args + QStringList{"--archive"} + (overwrite ? QStringList{"--overwrite"} : QStringList{}),
                   options)
                .exitCode,
            0);
        auto check = Workspace::open(laptop, &error);
        QVERIFY2(check, qPrintable(error));
        QVERIFY(sameAnomalies(storedAnomalies(*check), validatedAnomalies(*check, Clock::system()),
                              overwrite ? QStringLiteral("pull --archive --overwrite")
                                        : QStringLiteral("pull --archive again")));
        QCOMPARE(fla::test::must(check->trainings(employer->uuid).find(mine.uuid))->name,
                 overwrite ? s.trainings.first().name : QString("Renamed here"));
    }
}

void TestSandboxSync::demoPlatformRunsInProcess()
{
    QTemporaryDir dir;
    sandbox::DemoPlatformOptions o;
    o.port = 0;
    o.dataDir = dir.path();
    QString error;
    std::unique_ptr<sandbox::SandboxServer> demo = sandbox::startDemoPlatform(&error, o);
    QVERIFY2(demo, qPrintable(error));
    const QString token = demo->issueAccessToken(*demo->identity("chloe"));
    QNetworkAccessManager nam;
    QNetworkRequest req(QUrl(demo->baseUrl().toString() + "/REST/fla/v1/employers"));
    req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QNetworkReply *reply = nam.get(req);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value("items").toArray().size(), 3);
    reply->deleteLater();
    QVERIFY(QFile::exists(dir.filePath("fla-platform.sqlite")));
}

void TestSandboxSync::syncRunnerForTheApp()
{
    QTemporaryDir dir;
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({"--data-dir", dir.filePath("sandbox")}).isEmpty());
    const Synthetic s = makeSynthetic(kChloe1, 2, 1, 2);
    QString error;
    auto ws = Workspace::open(dir.filePath("ws.fladesk"), &error);
    QVERIFY2(ws, qPrintable(error));
    QVERIFY(saveQueued(*ws, s).isEmpty());
    QNetworkAccessManager nam;
    StaticTokenProvider tokens(sandbox.token());
    SyncRunner runner(*ws, &nam, sandbox.apiUrl(), &tokens);
    QList<SyncItem> queued;
    QObject::connect(&runner, &SyncRunner::started, [&] { queued = runner.queuedItems(); });
    QSignalSpy done(&runner, &SyncRunner::finished);
    QVERIFY2(runner.start(&error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 20000);
    QCOMPARE(queued.size(), int(s.size()));
    QStringList labels;
    for (const SyncItem &i : queued)
        labels.append(i.label);
    QVERIFY2(labels.join('|').contains("participation of ") &&
                 labels.join('|').contains("training “Training 0”"),
             qPrintable(labels.join('|')));
    QCOMPARE(done.first().at(0).value<SyncSummary>().counts.done(), int(s.size()));
    QCOMPARE(done.first().at(0).value<SyncSummary>().counts.refused, 0);
}

QTEST_GUILESS_MAIN(TestSandboxSync)
#include "tst_sandboxsync.moc"
