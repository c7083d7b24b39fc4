// The real fladesk-cli against a real fla-sandbox: `review-pull` shows and applies the
// platform's differences, `resolve` lists the records in conflict and resolves one.

#include "CliRun.h"
#include "Must.h"
#include "PlatformClient.h"
#include "StoredAnomalies.h"
#include "core/common/Clock.h"

#include "core/storage/OutboxRepository.h"
#include "core/sync/JsonMapping.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fla;
using namespace fla::test;

class TestReviewCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_sandbox.stop(); }
    void reviewPullShowsAndAccepts();
    void resolveListsAndTakesTheirs();
    void badInput();

private:
    CliRun cli(const QStringList &args)
    {
        CliOptions options;
        options.environment = {{"FLADESK_ACCESS_TOKEN", m_sandbox.token()}};
        return runCli(args + QStringList{"--workspace", m_wsPath, "--api-url", m_sandbox.apiUrl().toString()},
                      options);
    }

    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    QString m_wsPath;
    Synthetic m_s;
};

void TestReviewCommands::initTestCase()
{
    QVERIFY(m_sandbox.start({"--data-dir", m_dir.filePath("sandbox")}).isEmpty());
    m_wsPath = m_dir.filePath("ws.fladesk");
    m_s = makeSynthetic(kChloe1, 2, 1, 1);
    QString error;
    auto ws = Workspace::open(m_wsPath, &error);
    QVERIFY2(ws, qPrintable(error));
    QVERIFY(saveQueued(*ws, m_s).isEmpty());
    QCOMPARE(syncWorkspace(*ws, m_sandbox).counts.done(), int(m_s.size()));
}

void TestReviewCommands::reviewPullShowsAndAccepts()
{
    Worker w;
    w.uuid = QUuid::createUuid();
    w.ssin = Ssin::compose(91, 4, 4, 41, false);
    w.familyName = "Provider";
    w.givenName = "Paul";
    QCOMPARE(
        platformRequest(m_sandbox, "PUT", "/employers/" + kChloe1 + "/workers/" + w.ssin, json::fromWorker(w))
            .status,
        201);
    const CliRun look = cli({"review-pull", "--employer", kChloe1});
    QCOMPARE(look.exitCode, 1);
    QVERIFY2(
        look.outText().contains("+ worker Paul Provider (91.04.04-xxx.xx) is on the platform but not in the "
                                "workspace."),
        qPrintable(look.outText()));
    QVERIFY2(look.outText().contains("1 new on the platform, 0 changed fields, 0 missing on the platform"),
             qPrintable(look.outText()));

    const CliRun take = cli({"review-pull", "--employer", kChloe1, "--accept-all"});
    QCOMPARE(take.exitCode, 0);
    QVERIFY2(take.outText().contains("Applied: 1 records written"), qPrintable(take.outText()));
    QString error;
    auto ws = Workspace::open(m_wsPath, &error);
    QVERIFY2(ws, qPrintable(error));
    QCOMPARE(fla::test::must(ws->workers(m_s.employer.uuid).find(w.uuid))->familyName, QString("Provider"));
    // The worker came without employments (WK-003): written with the anomalies it brings.
    const QSet<QString> stored = storedAnomalies(*ws);
    QVERIFY(sameAnomalies(stored, validatedAnomalies(*ws, Clock::system()),
                          QStringLiteral("review-pull --accept-all")));
    QVERIFY(stored.contains("WK-003 " + w.uuid.toString() + " employments"));
    ws.reset();
    QCOMPARE(cli({"review-pull", "--employer", kChloe1}).exitCode, 0);
}

void TestReviewCommands::resolveListsAndTakesTheirs()
{
    const Training &t = m_s.trainings.first();
    Training theirs = t;
    theirs.name = "Renamed by the provider";
    QCOMPARE(platformRequest(m_sandbox, "PUT",
                             "/employers/" + kChloe1 + "/trainings/" + t.uuid.toString(QUuid::WithoutBraces),
                             json::fromTraining(theirs))
                 .status,
             200);
    {
        QString error;
        auto ws = Workspace::open(m_wsPath, &error);
        QVERIFY2(ws, qPrintable(error));
        Training mine = *fla::test::must(ws->trainings(m_s.employer.uuid).find(t.uuid));
        mine.duration = 7;
        QVERIFY(ws->trainings(m_s.employer.uuid).save(mine));
        QCOMPARE(syncWorkspace(*ws, m_sandbox).counts.conflicts, 1);
    }
    const CliRun list = cli({"resolve"});
    QCOMPARE(list.exitCode, 1);
    QVERIFY2(list.outText().contains(t.uuid.toString(QUuid::WithoutBraces)) &&
                 list.outText().contains("training “Training 0”") &&
                 list.outText().contains("1 record(s) in conflict."),
             qPrintable(list.outText()));

    const QString uuid = t.uuid.toString(QUuid::WithoutBraces);
    const CliRun show = cli({"resolve", uuid});
    QCOMPARE(show.exitCode, 1);
    QVERIFY2(show.outText().contains("name: here “Training 0”, on the platform “Renamed by the provider”"),
             qPrintable(show.outText()));

    const CliRun take = cli({"resolve", uuid, "--take-theirs"});
    QCOMPARE(take.exitCode, 0);
    QVERIFY2(take.outText().contains("Resolved: the platform's version is in the workspace."),
             qPrintable(take.outText()));
    QString error;
    auto ws = Workspace::open(m_wsPath, &error);
    QVERIFY2(ws, qPrintable(error));
    const Training now = *fla::test::must(ws->trainings(m_s.employer.uuid).find(t.uuid));
    QCOMPARE(now.name, QString("Renamed by the provider"));
    QCOMPARE(now.duration, 4.0);
    QCOMPARE(
        toString(fla::test::must(ws->outbox(m_s.employer.uuid).findSyncStatus(RecordKind::Training, t.uuid))),
        toString(SyncStatus::Accepted));
    QVERIFY(sameAnomalies(storedAnomalies(*ws), validatedAnomalies(*ws, Clock::system()),
                          "resolve --take-theirs"));
    ws.reset();
    QCOMPARE(cli({"resolve"}).exitCode, 0);
}

void TestReviewCommands::badInput()
{
    CliRun r = cli({"resolve", "not-a-uuid"});
    QCOMPARE(r.exitCode, 64);
    QVERIFY2(r.errText().contains("\"not-a-uuid\" is not a uuid."), qPrintable(r.errText()));
    r = cli({"resolve", QUuid::createUuid().toString(QUuid::WithoutBraces), "--keep-mine", "--take-theirs"});
    QCOMPARE(r.exitCode, 64);
    r = cli({"resolve", QUuid::createUuid().toString(QUuid::WithoutBraces)});
    QCOMPARE(r.exitCode, 70);
    QVERIFY2(r.errText().contains("No record"), qPrintable(r.errText()));
    r = cli({"review-pull", "--employer", "0566988258"});
    QCOMPARE(r.exitCode, 64);
    QVERIFY2(r.errText().contains("--employer: give a valid enterprise number"), qPrintable(r.errText()));
    r = cli({"review-pull", "--employer", EnterpriseNumber::compose(4222222)});
    QCOMPARE(r.exitCode, 70);
    QVERIFY2(r.errText().contains("The workspace has no employer"), qPrintable(r.errText()));
}

QTEST_GUILESS_MAIN(TestReviewCommands)
#include "tst_reviewcommands.moc"
