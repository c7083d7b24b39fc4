// "Archive everything from the FLA" (issue 19): before the platform's data is
// destroyed, every company of an office's workspace is pulled and archived in
// one go, against a real fla-sandbox process that fails now and then. Each
// company gets its line in the report; a company the identity has no mandate
// for fails on its own, and the others are archived all the same.

#include "CliRun.h"
#include "Must.h"
#include "PlatformClient.h"

#include "core/storage/EmployerRepository.h"
#include "core/storage/OutboxRepository.h"
#include "core/sync/PlatformArchive.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fla;
using namespace fla::test;

class TestArchiveAll : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCompanyUnderFaults();
    void storeKeepsTheWorkspacesVersion();
    void cliArchivesAll();

private:
    // Three companies' records declared to a sandbox in dir; returns them.
    QList<Synthetic> declare(const QString &dir);
    QTemporaryDir m_dir;
};

QList<Synthetic> TestArchiveAll::declare(const QString &dir)
{
    QList<Synthetic> data;
    SandboxProcess clean;
    const QString err = clean.start({"--data-dir", dir + "/sandbox"});
    if (!err.isEmpty()) {
        qWarning("%s", qPrintable(err));
        return {};
    }
    QString error;
    auto ws = Workspace::open(dir + "/declared.fladesk", &error);
    if (!ws)
        return {};
    const QStringList enterprises{kChloe1, kChloe2, EnterpriseNumber::compose(4233333)};
    for (int i = 0; i < enterprises.size(); ++i) {
        data.append(makeSynthetic(enterprises.at(i), 10, 12, 3, 100 * i));
        if (!saveQueued(*ws, data.last()).isEmpty())
            return {};
    }
    if (syncWorkspace(*ws, clean).remaining != 0)
        return {};
    return data;
}

void TestArchiveAll::everyCompanyUnderFaults()
{
    QTemporaryDir dir;
    const QList<Synthetic> data = declare(dir.path());
    QCOMPARE(data.size(), 3);
    // GIVEN an office's workspace that knows its companies (one it has no mandate for) but not their records
    QString error;
    auto office = Workspace::open(dir.filePath("office.fladesk"), &error);
    QVERIFY2(office, qPrintable(error));
    QList<QPair<QString, QString>> companies;
    for (const Synthetic &s : data) {
        QVERIFY(office->employers().save(s.employer, &error));
        companies.append({s.employer.enterpriseNumber, s.employer.name});
    }
    companies.insert(1, {kForeign, QStringLiteral("No mandate BV")});
    QHash<QUuid, qsizetype> queuedBefore; // the office's own entry of each company
    for (const Synthetic &s : data)
        queuedBefore.insert(s.employer.uuid, office->outbox(s.employer.uuid).findEntries().value().size());
    // WHEN everything is archived while one request in five fails
    SandboxProcess sandbox;
    const QString err = sandbox.start({"--data-dir", dir.filePath("sandbox"), "--fault-rate", "0.2",
                                       "--faults", "all", "--fault-seed", "20261231", "--retry-after", "0"});
    QVERIFY2(err.isEmpty(), qPrintable(err));
    QNetworkAccessManager nam;
    StaticTokenProvider tokens(sandbox.token());
    FlaApiClient client(&nam, sandbox.apiUrl(), &tokens);
    PullOptions options;
    options.baseBackoffMs = 10;
    options.jitterSeed = 3;
    ArchiveAllRunner runner(*office, &client, options);
    runner.setWaiter([&runner](qint64, std::function<void()> then) { QTimer::singleShot(0, &runner, then); });
    QSignalSpy started(&runner, &ArchiveAllRunner::companyStarted);
    QSignalSpy finished(&runner, &ArchiveAllRunner::finished);
    runner.start(companies);
    QVERIFY(finished.wait(60000));
    // THEN each company has its line: three archived, the one without a mandate refused on its own
    QCOMPARE(started.size(), 4);
    const auto reports = finished.first().first().value<QList<CompanyArchiveReport>>();
    QCOMPARE(reports.size(), 4);
    QVERIFY(!reports.at(1).ok);
    QCOMPARE(reports.at(1).enterpriseNumber, kForeign);
    QVERIFY(!reports.at(1).error.isEmpty());
    for (int i : {0, 2, 3}) {
        QVERIFY2(reports.at(i).ok, qPrintable(reports.at(i).error));
        const Synthetic &s = data.at(i == 0 ? 0 : i - 1);
        QCOMPARE(reports.at(i).stats.inserted,
                 s.workers.size() + s.employments.size() + s.trainings.size() + s.participations.size());
        // AND the workspace holds them, not queued for declaration (they come from the platform)
        QCOMPARE(fla::test::must(office->workers(s.employer.uuid).findAll()).size(), s.workers.size());
        QCOMPARE(fla::test::must(office->participations(s.employer.uuid).findAll()).size(),
                 s.participations.size());
        QCOMPARE(office->outbox(s.employer.uuid).findEntries().value().size(),
                 queuedBefore.value(s.employer.uuid));
    }
}

// Without --overwrite the workspace's own version of a record wins (it may
// hold a change not declared yet); only what it lacks is added.
void TestArchiveAll::storeKeepsTheWorkspacesVersion()
{
    QTemporaryDir dir;
    const QList<Synthetic> data = declare(dir.path());
    QCOMPARE(data.size(), 3);
    QString error;
    auto office = Workspace::open(dir.filePath("office.fladesk"), &error);
    QVERIFY(office);
    const Synthetic &s = data.first();
    QVERIFY(office->employers().save(s.employer, &error));
    Worker renamed = s.workers.first();
    renamed.familyName = QStringLiteral("Renamed here");
    QVERIFY(office->workers(s.employer.uuid).save(renamed, &error));
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({"--data-dir", dir.filePath("sandbox")}).isEmpty());
    const PullResult pulled = pullEmployer(sandbox, kChloe1);
    QVERIFY2(pulled.ok, qPrintable(pulled.error));
    const PlatformArchive::Outcome kept = PlatformArchive::store(*office, kChloe1, pulled, false);
    QVERIFY2(kept.ok, qPrintable(kept.error));
    QCOMPARE(fla::test::must(office->workers(s.employer.uuid).find(renamed.uuid))->familyName,
             QStringLiteral("Renamed here"));
    QCOMPARE(fla::test::must(office->workers(s.employer.uuid).findAll()).size(), s.workers.size());
    const PlatformArchive::Outcome overwritten = PlatformArchive::store(*office, kChloe1, pulled, true);
    QVERIFY(overwritten.ok);
    QCOMPARE(fla::test::must(office->workers(s.employer.uuid).find(renamed.uuid))->familyName,
             s.workers.first().familyName);
}

// `fladesk-cli pull --all --archive`: a line per company and the exit status says one failed.
void TestArchiveAll::cliArchivesAll()
{
    QTemporaryDir dir;
    const QList<Synthetic> data = declare(dir.path());
    QCOMPARE(data.size(), 3);
    QString error;
    const QString officePath = dir.filePath("office.fladesk");
    {
        auto office = Workspace::open(officePath, &error);
        QVERIFY(office);
        for (const Synthetic &s : data)
            QVERIFY(office->employers().save(s.employer, &error));
        Employer foreign;
        foreign.uuid = QUuid::createUuid();
        foreign.enterpriseNumber = kForeign;
        foreign.name = QStringLiteral("No mandate BV");
        QVERIFY(office->employers().save(foreign, &error));
    }
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({"--data-dir", dir.filePath("sandbox")}).isEmpty());
    CliOptions options;
    options.environment = {{"FLADESK_ACCESS_TOKEN", sandbox.token()}};
    const CliRun cli = runCli(
        {"pull", "--workspace", officePath, "--api-url", sandbox.apiUrl().toString(), "--all", "--archive"},
        options);
    const QString out = cli.outText();
    QCOMPARE(cli.exitCode, 1);
    QVERIFY2(out.contains("3 of 4 companies archived."), qPrintable(out));
    QVERIFY2(out.contains("No mandate BV (0429.999.9") && out.contains("NOT archived"), qPrintable(out));
    for (const Synthetic &s : data)
        QVERIFY2(out.contains(s.employer.name + " (") && out.contains("archived, "), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestArchiveAll)
#include "tst_archiveall.moc"
