#include "CliRun.h"
#include "Must.h"
#include "StoredAnomalies.h"
#include "TestSupport.h"
#include "core/common/Clock.h"
#include "core/domain/EnterpriseNumber.h"
#include "core/domain/Ssin.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/ParticipationRepository.h"
#include "core/storage/TrainingRepository.h"
#include "core/storage/WorkerRepository.h"
#include "core/storage/Workspace.h"
#include "core/workspace/RecordWriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fla;

// Whatever writes a workspace, the anomalies it keeps for the app's views are
// those a full validation finds (issue 15: only the desktop used to refresh
// them; now every command writes through core/workspace/RecordWriter).
class TestStoredAnomalies : public QObject
{
    Q_OBJECT

private slots:
    void afterEachCommand();
    void importOnAnotherDayStoresThatDaysAnomalies();

private:
    static bool storedAsValidated(const QString &path, const QString &after,
                                  const Clock &clock = Clock::system());
    static std::unique_ptr<Workspace> openOrWarn(const QString &path);
    // A company with no records, added to the workspace at `path`.
    static bool addCompany(const QString &path, const QString &enterprise, const QString &name);
    // The mapping `import --suggest` proposes for `sheet`, written next to it; empty when it failed.
    static QString suggestedMapping(const QString &sheet);
};

std::unique_ptr<Workspace> TestStoredAnomalies::openOrWarn(const QString &path)
{
    QString error;
    std::unique_ptr<Workspace> ws = Workspace::open(path, &error);
    if (!ws)
        qWarning("%s", qPrintable(error));
    return ws;
}

bool TestStoredAnomalies::storedAsValidated(const QString &path, const QString &after, const Clock &clock)
{
    const std::unique_ptr<Workspace> ws = openOrWarn(path);
    if (!ws)
        return false;
    const QSet<QString> found = test::validatedAnomalies(*ws, clock);
    return !found.isEmpty() && test::sameAnomalies(test::storedAnomalies(*ws), found, after);
}

bool TestStoredAnomalies::addCompany(const QString &path, const QString &enterprise, const QString &name)
{
    const std::unique_ptr<Workspace> ws = openOrWarn(path);
    if (!ws)
        return false;
    Employer e;
    e.uuid = QUuid::createUuid();
    e.enterpriseNumber = enterprise;
    e.name = name;
    const Result<void> saved = RecordWriter(*ws, Clock::system()).saveAll(QList<Employer>{e});
    if (!saved)
        qWarning("%s", qPrintable(saved.error()));
    return bool(saved);
}

QString TestStoredAnomalies::suggestedMapping(const QString &sheet)
{
    const test::CliRun suggested = test::runCli({"import", sheet, "--suggest"});
    QFile m(sheet + QStringLiteral(".mapping.json"));
    if (suggested.exitCode != 0 || !m.open(QIODevice::WriteOnly) ||
        m.write(suggested.out) != suggested.out.size())
        return {};
    return m.fileName();
}

void TestStoredAnomalies::afterEachCommand()
{
    QTemporaryDir dir;
    const QString first = dir.filePath("first"), second = dir.filePath("second");
    const QString path = dir.filePath("office.fladesk");
    // A set with anomalies injected, and a second one for the same companies that changes some records.
    QCOMPARE(test::runCli({"generate", "--out", first, "--seed", "21", "--participations", "400",
                           "--invalid-fraction", "0.05"})
                 .exitCode,
             0);
    QCOMPARE(test::runCli({"generate", "--out", second, "--seed", "22", "--participations", "300",
                           "--invalid-fraction", "0.05"})
                 .exitCode,
             0);
    const QList<QStringList> loads{{"import-csv", first, "--workspace", path},
                                   {"import-csv", second, "--workspace", path},
                                   {"import-csv", first, "--workspace", path}};
    for (const QStringList &command : loads) {
        const int status = test::runCli(command).exitCode;
        QVERIFY2(status == 0 || status == 3, qPrintable(command.join(' ') + " " + QString::number(status)));
        QVERIFY(storedAsValidated(path, command.join(' ')));
    }

    // A spreadsheet import of one company: a training its workers already took, under the same
    // name and dates, so the rules find probable duplicates (DP-001) on records it did not write.
    QString enterprise, ssin, training, start;
    QUuid deleted, employer;
    {
        QString error;
        auto ws = Workspace::open(path, &error);
        QVERIFY2(ws, qPrintable(error));
        for (const Employer &e : fla::test::must(ws->employers().findAll())) {
            const QList<Participation> taken = fla::test::must(ws->participations(e.uuid).findAll());
            if (taken.size() < 2)
                continue;
            const Participation p = taken.first();
            const Training t = *fla::test::must(ws->trainings(e.uuid).find(p.trainingUuid));
            if (!t.startDate.isValid() || t.name.isEmpty())
                continue;
            enterprise = e.enterpriseNumber;
            ssin = fla::test::must(ws->workers(e.uuid).find(p.workerUuid))->ssin;
            training = t.name;
            start = t.startDate.toString("dd/MM/yyyy");
            // One record deleted through the write path, for `history --restore` below.
            employer = e.uuid;
            deleted = taken.last().uuid;
            const Result<void> removed =
                RecordWriter(*ws, Clock::system()).remove(RecordKind::Participation, e.uuid, deleted);
            QVERIFY2(removed, qPrintable(removed.error()));
            break;
        }
    }
    QVERIFY(!enterprise.isEmpty());
    const QString sheet = dir.filePath("opleidingen.csv");
    {
        QFile f(sheet);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("Rijksregisternummer;Naam;Voornaam;Opleiding;Begindatum;Uren\n"
                               "%1;Peeters;Jan;%2;%3;4\n")
                    .arg(ssin, training, start)
                    .toUtf8());
    }
    const QString mapping = suggestedMapping(sheet);
    QVERIFY(!mapping.isEmpty());
    // A company that holds no records yet: its import is validated from memory, not read back.
    const QString newcomer = EnterpriseNumber::compose(10304019);
    QVERIFY(addCompany(path, newcomer, QStringLiteral("Nieuwkomer")));
    const QList<QStringList> writes{
        {"import", sheet, "--mapping", mapping, "--employer", enterprise, "--workspace", path, "--drafts"},
        {"import", sheet, "--mapping", mapping, "--employer", newcomer, "--workspace", path},
        {"history", deleted.toString(QUuid::WithoutBraces), "--restore", "--workspace", path}};
    for (const QStringList &command : writes) {
        const test::CliRun run = test::runCli(command);
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1,
                 qPrintable(command.join(' ') + ": " + run.errText()));
        QVERIFY(storedAsValidated(path, command.join(' ')));
    }
    QString error;
    auto ws = Workspace::open(path, &error);
    QVERIFY2(ws, qPrintable(error));
    QVERIFY(fla::test::must(ws->participations(employer).find(deleted)));
}

// `import --today` checks the rows as if it were that day: what it stores is checked
// against the same day, not the day the command runs (before, a training "completed"
// on that day was stored as ending in the future, DT-004, and registered in the future, DT-008).
void TestStoredAnomalies::importOnAnotherDayStoresThatDaysAnomalies()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("office.fladesk");
    const QString enterprise = EnterpriseNumber::compose(10304019);
    QVERIFY(addCompany(path, enterprise, QStringLiteral("Later BV")));
    // Far from any day the suite runs on, so the two days' rules differ.
    const QDate importDay(2099, 6, 1);
    const QString sheet = dir.filePath("later.csv");
    {
        QFile f(sheet);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("Rijksregisternummer;Naam;Voornaam;Opleiding;Begindatum;Einddatum;Uren\n"
                               "%1;Peeters;Jan;Brandpreventie;05/01/2099;06/01/2099;4\n")
                    .arg(Ssin::compose(85, 7, 30, 33, false))
                    .toUtf8());
    }
    const QString mapping = suggestedMapping(sheet);
    QVERIFY(!mapping.isEmpty());
    const QStringList command{
        "import",   sheet,         "--mapping", mapping,   "--employer",
        enterprise, "--workspace", path,        "--today", importDay.toString(Qt::ISODate)};
    const test::CliRun run = test::runCli(command);
    QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(run.errText()));
    QVERIFY(storedAsValidated(path, command.join(' '), ManualClock::middayOf(importDay)));
}

QTEST_GUILESS_MAIN(TestStoredAnomalies)
#include "tst_storedanomalies.moc"
