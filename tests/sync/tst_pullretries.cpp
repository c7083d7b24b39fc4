// Pulling and archiving from a platform that fails now and then (issue 20.4):
// against a real fla-sandbox process, every employer's pull completes and the
// archive equals what the platform holds; Retry-After is honoured; a pull that
// cannot finish says so.

#include "CliRun.h"
#include "Must.h"
#include "PlatformClient.h"

#include "core/storage/EmployerRepository.h"
#include "core/sync/JsonMapping.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fla;
using namespace fla::test;

class TestPullRetries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void archiveOfEveryEmployerUnderFaults();
    void retryAfterIsHonoured();
    void givesUpAndSaysSo_data();
    void givesUpAndSaysSo();

private:
    PullResult pull(const SandboxProcess &sandbox, const QString &enterprise, PullOptions options,
                    QList<qint64> *waits);
};

PullResult TestPullRetries::pull(const SandboxProcess &sandbox, const QString &enterprise,
                                 PullOptions options, QList<qint64> *waits)
{
    QNetworkAccessManager nam;
    StaticTokenProvider tokens(sandbox.token());
    FlaApiClient client(&nam, sandbox.apiUrl(), &tokens);
    PullService service(&client, options);
    // The waits are recorded, not slept: the test does not depend on the clock.
    service.setWaiter([&](qint64 ms, std::function<void()> then) {
        waits->append(ms);
        QTimer::singleShot(0, &service, then);
    });
    QSignalSpy done(&service, &PullService::finished);
    service.start(enterprise);
    if (done.isEmpty() && !done.wait(30000))
        return {};
    return done.first().at(0).value<PullResult>();
}

void TestPullRetries::archiveOfEveryEmployerUnderFaults()
{
    QTemporaryDir dir;
    const QStringList enterprises{kChloe1, kChloe2, EnterpriseNumber::compose(4233333)};
    QList<Synthetic> data;
    // GIVEN three employers' records on the platform
    {
        SandboxProcess clean;
        const QString err = clean.start({"--data-dir", dir.filePath("sandbox")});
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QString error;
        auto ws = Workspace::open(dir.filePath("declared.fladesk"), &error);
        QVERIFY2(ws, qPrintable(error));
        for (int i = 0; i < enterprises.size(); ++i) {
            data.append(makeSynthetic(enterprises.at(i), 12, 20, 3, 100 * i));
            const QString saved = saveQueued(*ws, data.last());
            QVERIFY2(saved.isEmpty(), qPrintable(saved));
        }
        const SyncSummary s = syncWorkspace(*ws, clean);
        QCOMPARE(s.remaining, 0);
    }
    // WHEN each is pulled into an archive while 20% of the requests fail in every way
    SandboxProcess sandbox;
    const QString err = sandbox.start({"--data-dir", dir.filePath("sandbox"), "--fault-rate", "0.2",
                                       "--faults", "all", "--fault-seed", "20261207", "--retry-after", "0"});
    QVERIFY2(err.isEmpty(), qPrintable(err));
    const QString archivePath = dir.filePath("archive.fladesk");
    for (const QString &enterprise : enterprises) {
        CliOptions options;
        options.environment = {{"FLADESK_ACCESS_TOKEN", sandbox.token()}};
        const CliRun cli =
            runCli({"pull", "--workspace", archivePath, "--api-url", sandbox.apiUrl().toString(),
                    "--employer", enterprise, "--archive", "--backoff-ms", "10"},
                   options);
        // THEN every pull completes (issue 20.4: 14 of 24 failed)
        QVERIFY2(cli.exitCode == 0, cli.err.constData());
    }
    const QJsonObject faults =
        getJson(QUrl(sandbox.baseUrl().toString() + "/sandbox/platform/stats")).value("faults").toObject();
    for (const char *kind : {"500", "503", "429", "drop"})
        QVERIFY2(faults.value(QLatin1String(kind)).toInt() > 0, kind);
    // AND the archive holds exactly what the platform holds.
    QString error;
    auto archive = Workspace::open(archivePath, &error);
    QVERIFY2(archive, qPrintable(error));
    for (const Synthetic &s : std::as_const(data)) {
        const std::optional<Employer> e =
            fla::test::must(archive->employers().findByEnterpriseNumber(s.employer.enterpriseNumber));
        QVERIFY(e);
        QCOMPARE(fla::test::must(archive->workers(e->uuid).findAll()).size(), s.workers.size());
        for (const Worker &w : s.workers)
            QCOMPARE(json::fromWorker(*fla::test::must(archive->workers(e->uuid).find(w.uuid))),
                     json::fromWorker(w));
        QCOMPARE(fla::test::must(archive->employments(e->uuid).findAll()).size(), s.employments.size());
        for (const Employment &m : s.employments) {
            const QString ssin = fla::test::must(archive->workers(e->uuid).find(m.workerUuid))->ssin;
            QCOMPARE(json::fromEmployment(*fla::test::must(archive->employments(e->uuid).find(m.uuid)), ssin),
                     json::fromEmployment(m, ssin));
        }
        QCOMPARE(fla::test::must(archive->trainings(e->uuid).findAll()).size(), s.trainings.size());
        for (const Training &t : s.trainings)
            QCOMPARE(json::fromTraining(*fla::test::must(archive->trainings(e->uuid).find(t.uuid))),
                     json::fromTraining(t));
        QCOMPARE(fla::test::must(archive->participations(e->uuid).findAll()).size(), s.participations.size());
        for (const Participation &p : s.participations) {
            const std::optional<Participation> got =
                fla::test::must(archive->participations(e->uuid).find(p.uuid));
            QVERIFY(got);
            QCOMPARE(got->trainingUuid, p.trainingUuid);
            QCOMPARE(got->workerUuid, p.workerUuid);
        }
    }
}

void TestPullRetries::retryAfterIsHonoured()
{
    QTemporaryDir dir;
    SandboxProcess sandbox;
    // The first two requests: 503 and 429, both saying "come back in 3 seconds".
    const QString err = sandbox.start(
        {"--data-dir", dir.filePath("sandbox"), "--fault-sequence", "503,429", "--retry-after", "3"});
    QVERIFY2(err.isEmpty(), qPrintable(err));
    PullOptions o;
    o.baseBackoffMs = 10;
    o.jitterSeed = 7;
    QList<qint64> waits;
    const PullResult r = pull(sandbox, kChloe1, o, &waits);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.retries, 2);
    QCOMPARE(waits.size(), 2);
    for (qint64 w : std::as_const(waits))
        QVERIFY2(w >= 3000, qPrintable(QString::number(w)));
}

void TestPullRetries::givesUpAndSaysSo_data()
{
    QTest::addColumn<QStringList>("sandboxArgs");
    QTest::addColumn<int>("maxAttempts");
    QTest::addColumn<qint64>("maxWaitMs");
    QTest::addColumn<int>("expectedWaits");
    QTest::newRow("500 more often than the attempts allow")
        << QStringList{"--fault-sequence", "500,500,500,500"} << 3 << qint64(10000) << 2;
    QTest::newRow("Retry-After longer than the longest wait")
        << QStringList{"--fault-sequence", "503", "--retry-after", "600"} << 8 << qint64(120000) << 0;
}

void TestPullRetries::givesUpAndSaysSo()
{
    QFETCH(QStringList, sandboxArgs);
    QFETCH(int, maxAttempts);
    QFETCH(qint64, maxWaitMs);
    QFETCH(int, expectedWaits);
    QTemporaryDir dir;
    SandboxProcess sandbox;
    const QString err = sandbox.start(QStringList{"--data-dir", dir.filePath("sandbox")} + sandboxArgs);
    QVERIFY2(err.isEmpty(), qPrintable(err));
    PullOptions o;
    o.baseBackoffMs = 10;
    o.maxAttempts = maxAttempts;
    o.maxWaitMs = maxWaitMs;
    QList<qint64> waits;
    const PullResult r = pull(sandbox, kChloe1, o, &waits);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains("could not be fetched"), qPrintable(r.error));
    QCOMPARE(waits.size(), expectedWaits);
}

QTEST_GUILESS_MAIN(TestPullRetries)
#include "tst_pullretries.moc"
