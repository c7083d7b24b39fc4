#include "ChildStart.h"
#include "CommitLog.h"
#include "Must.h"
#include "TestSupport.h"
#include "core/dataset/DataSetCsv.h"
#include "core/generate/Generator.h"
#include "core/storage/BulkLoader.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/ParticipationRepository.h"
#include "core/storage/TrainingRepository.h"
#include "core/storage/WorkerRepository.h"
#include "core/storage/Workspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace fla;

// Kills a writing child process with SIGKILL at random moments and checks,
// after every kill, that the workspace is intact and holds every change the
// child reported as committed. Every third child also bulk-loads an
// employer early on, so kills land inside big loads too: a load is there
// whole or not at all, and the workspace is back on its write-ahead log.
class TestCrashRecovery : public QObject
{
    Q_OBJECT

private slots:
    void survivesKills();
    void survivesKillsDuringCsvLoads();
};

void TestCrashRecovery::survivesKills()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("crash.fladesk");
    const QString employer = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const int kills = qEnvironmentVariableIntValue("FLADESK_CRASH_KILLS") > 0
                          ? qEnvironmentVariableIntValue("FLADESK_CRASH_KILLS")
                          : 55;
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("seed %u, %d kills", seed, kills);
    QRandomGenerator rng(seed);
    QStringList committed, loads;
    QElapsedTimer total;
    total.start();
    int killedWhileWriting = 0;
    for (int round = 0; round < kills; ++round) {
        // The child reports its commits in a log of its own (CommitLog.h): what it
        // wrote there before the kill is there to read, on every platform.
        const QString log = dir.filePath(QStringLiteral("round%1.log").arg(round));
        QProcess child;
        child.setProgram(QStringLiteral(CRASH_WRITER_PATH));
        const bool bulk = round % 3 == 1;
        child.setArguments(bulk ? QStringList{path, log, employer, QStringLiteral("bulk")}
                                : QStringList{path, log, employer});
        child.setStandardOutputFile(QProcess::nullDevice());
        QVERIFY2(fla::test::startChild(child), qPrintable(child.errorString()));
        // Random moment: a third of the kills land during start-up (opening,
        // migrating), the others once the child is writing (after its first
        // reported commit, whatever the machine's load), at a random delay.
        if (rng.bounded(3u) == 0) {
            child.waitForFinished(int(rng.bounded(60u)) + 1);
        } else {
            QElapsedTimer t;
            t.start();
            while (fla::test::readCommitLog(log).isEmpty() && t.elapsed() < 20000 &&
                   !child.waitForFinished(10)) {
            }
            child.waitForFinished(int(rng.bounded(120u)) + 1);
        }
        QVERIFY2(child.state() == QProcess::Running,
                 qPrintable(QStringLiteral("the writer stopped by itself: %1")
                                .arg(QString::fromUtf8(child.readAllStandardError()))));
        child.kill(); // SIGKILL on Unix
        QVERIFY(child.waitForFinished(10000));
        int reported = 0;
        for (const QByteArray &l : fla::test::readCommitLog(log)) {
            if (l.startsWith("load:")) {
                loads << QString::fromLatin1(l.mid(5));
            } else {
                committed << QString::fromLatin1(l);
                ++reported;
            }
        }
        if (reported > 0)
            ++killedWhileWriting;

        QString error;
        auto ws = Workspace::open(path, &error);
        QVERIFY2(ws, qPrintable(QStringLiteral("round %1: %2").arg(round).arg(error)));
        QString detail;
        QVERIFY2(ws->integrityCheck(&detail),
                 qPrintable(QStringLiteral("round %1: %2").arg(round).arg(detail)));
        const QUuid e = QUuid::fromString(employer);
        auto trainings = ws->trainings(e);
        auto parts = ws->participations(e);
        for (const QString &uuid : std::as_const(committed)) {
            const QUuid u = QUuid::fromString(uuid);
            QVERIFY2(fla::test::must(trainings.find(u)).has_value(),
                     qPrintable(QStringLiteral("round %1: lost training %2").arg(round).arg(uuid)));
            QCOMPARE(fla::test::must(parts.findOfTraining(u)).size(), 3);
        }
        // Never half a training: every training has its three participants.
        QCOMPARE(fla::test::must(parts.findCount()), fla::test::must(trainings.findCount()) * 3);
        // Every reported load is there; no load is there in part.
        for (const Employer &other : fla::test::must(ws->employers().findAll())) {
            if (other.uuid == e)
                continue;
            const qint64 n = fla::test::must(ws->participations(other.uuid).findCount());
            QVERIFY2(n == 0 || n == 5000,
                     qPrintable(QStringLiteral("round %1: a load half there (%2)").arg(round).arg(n)));
            if (loads.contains(other.uuid.toString(QUuid::WithoutBraces)))
                QCOMPARE(n, 5000);
        }
        QSqlQuery mode(ws->database());
        QVERIFY(mode.exec(QStringLiteral("PRAGMA journal_mode")) && mode.next());
        QCOMPARE(mode.value(0).toString(), QStringLiteral("wal"));
    }
    qInfo("%d kills (%d while writing), %lld commits and %lld loads checked, %lld ms", kills,
          killedWhileWriting, qint64(committed.size()), qint64(loads.size()), total.elapsed());
    QVERIFY(kills >= 50);
    QVERIFY2(killedWhileWriting >= kills / 3, "too few kills landed while the child was writing");
}

namespace {

void append(const QString &path, const QByteArray &bytes, bool byteOrderMark = false)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write((byteOrderMark ? QByteArray("\xEF\xBB\xBF") : QByteArray()) + before + bytes);
}

QByteArray uuidText(const QUuid &u)
{
    return u.toByteArray(QUuid::WithoutBraces);
}

} // namespace

// SIGKILLs the real `fladesk-cli import-csv` at random moments while it loads
// a CSV set of the real shape (`generate`'s: several employers, employments,
// rights) onto a workspace that already holds records, with malformed lines
// aimed at stored workers and a training (a line of 4 of 8 fields, broken
// quotes, a NUL byte, bytes that are not UTF-8, a 200 kB name) and lines that
// depend on the malformed training. After every kill the workspace is intact
// and holds exactly what it held before, or exactly what a load that ran to
// its end leaves (the same digest, record for record); the stored records
// the malformed lines aim at are never changed in either.
void TestCrashRecovery::survivesKillsDuringCsvLoads()
{
    QTemporaryDir dir;
    QString error;
    // The stored records: one generated set, loaded.
    GeneratorOptions stored;
    stored.seed = 20;
    stored.participations = 600;
    const DataSet before = Generator::generate(stored).set;
    const QString pristine = dir.filePath("pristine.fladesk");
    {
        auto ws = Workspace::open(pristine, &error);
        QVERIFY2(ws, qPrintable(error));
        const BulkLoadResult r = loadDataSet(*ws, before);
        QVERIFY2(r.ok, qPrintable(r.error));
    }
    // The load: another generated set, changes to stored workers, and
    // malformed lines about stored records.
    GeneratorOptions more;
    more.seed = 21;
    more.participations = 15000;
    DataSet load = Generator::generate(more).set;
    const QList<Worker> aimedAt = before.workers.mid(0, 6);
    QList<Worker> changed = before.workers.mid(6, 3);
    for (Worker &w : changed)
        w.givenName += QStringLiteral(" (changed)");
    load.workers += changed;
    const QString csv = dir.filePath("load");
    QVERIFY(DataSetCsv::write(load, csv, &error));
    const auto ids = [](const Worker &w) -> QByteArray {
        return uuidText(w.uuid) + "," + uuidText(w.employerUuid) + "," + w.ssin.toLatin1() + ",";
    };
    QByteArray bad = ids(aimedAt.at(0)) + "Peeters\n";                            // 4 of 8 fields
    bad += ids(aimedAt.at(1)) + "Jans\"sens,Bo,1990-01-01,nl,\n";                 // a quote in a field
    bad += ids(aimedAt.at(2)) + QByteArray("Nul\0,Bo,1990-01-01,nl,\n", 22);      // NUL
    bad += ids(aimedAt.at(3)) + "Dupr\xE9,Bo,1990-01-01,fr,\n";                   // not UTF-8
    bad += ids(aimedAt.at(4)) + QByteArray(200000, 'x') + ",Bo,1990-01-01,nl,\n"; // 200 kB
    bad += ids(aimedAt.at(5)) + "\"Janssens,Bo,1990-01-01,nl,\"Markt 1\"\n";      // broken quote
    append(QDir(csv).filePath("workers.csv"), bad, true);
    const Training &training = before.trainings.at(0);
    append(QDir(csv).filePath("trainings.csv"),
           uuidText(training.uuid) + "," + uuidText(training.employerUuid) + ",\"Renamed\"x,FORMAL\n");
    QByteArray parts;
    for (int i = 10; i < 14; ++i) { // new participations in the malformed training
        const Worker &w = before.workers.at(i);
        if (w.employerUuid != training.employerUuid)
            continue;
        parts += uuidText(QUuid::createUuid()) + "," + uuidText(training.employerUuid) + "," +
                 uuidText(training.uuid) + "," + uuidText(w.uuid) + ",true,false,,\n";
    }
    append(QDir(csv).filePath("participations.csv"), parts);

    const auto setUpLoad = [&](const QString &workspace, QProcess &child) {
        child.setProgram(fla::test::executablePath(QStringLiteral("fladesk-cli")));
        child.setArguments({QStringLiteral("import-csv"), QStringLiteral("--workspace"), workspace, csv});
        child.setStandardOutputFile(QProcess::nullDevice());
        child.setStandardErrorFile(QProcess::nullDevice());
    };
    const auto digestOf = [&](const QString &workspace, int round) -> QByteArray {
        auto ws = Workspace::open(workspace, &error);
        if (!ws) {
            qWarning("round %d: %s", round, qPrintable(error));
            return {};
        }
        QString detail;
        if (!ws->integrityCheck(&detail)) {
            qWarning("round %d: %s", round, qPrintable(detail));
            return {};
        }
        for (const Worker &w : aimedAt) {
            const std::optional<Worker> now = fla::test::must(ws->workers(w.employerUuid).find(w.uuid));
            if (!now || now->familyName != w.familyName || now->givenName != w.givenName ||
                now->birthDate != w.birthDate || now->language != w.language || now->address != w.address) {
                qWarning("round %d: a malformed line changed the stored worker %s", round,
                         qPrintable(w.uuid.toString()));
                return {};
            }
        }
        const std::optional<Training> t =
            fla::test::must(ws->trainings(training.employerUuid).find(training.uuid));
        if (!t || t->name != training.name) {
            qWarning("round %d: a malformed line changed the stored training", round);
            return {};
        }
        QSqlQuery mode(ws->database());
        if (!mode.exec(QStringLiteral("PRAGMA journal_mode")) || !mode.next() ||
            mode.value(0).toString() != QLatin1String("wal")) {
            qWarning("round %d: the workspace is not back on its write-ahead log", round);
            return {};
        }
        return fla::test::recordsDigest(*ws);
    };

    // The two states a kill may leave: before, and after a whole load.
    const QByteArray beforeDigest = digestOf(pristine, -1);
    QVERIFY(!beforeDigest.isEmpty());
    const QString whole = dir.filePath("whole.fladesk");
    QVERIFY(QFile::copy(pristine, whole));
    QElapsedTimer full;
    full.start();
    {
        QProcess child;
        setUpLoad(whole, child);
        QVERIFY2(fla::test::startChild(child), qPrintable(child.errorString()));
        QVERIFY(child.waitForFinished(120000));
        QCOMPARE(child.exitCode(), 3); // partly loaded: the malformed lines refused
    }
    const qint64 loadMs = full.elapsed();
    const QByteArray afterDigest = digestOf(whole, 0);
    QVERIFY(!afterDigest.isEmpty());
    QVERIFY(afterDigest != beforeDigest);

    const int kills = qEnvironmentVariableIntValue("FLADESK_CRASH_CSV_KILLS") > 0
                          ? qEnvironmentVariableIntValue("FLADESK_CRASH_CSV_KILLS")
                          : 20;
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("seed %u, %d kills of import-csv (a whole load takes %lld ms)", seed, kills, loadMs);
    QRandomGenerator rng(seed);
    int stayedBefore = 0, loadedWhole = 0, killed = 0;
    // The kills aim inside the shortest whole load seen so far: a machine
    // that gets quieter during the test makes the loads shorter.
    qint64 shortestMs = loadMs;
    for (int round = 1; round <= kills; ++round) {
        const QString path = dir.filePath(QStringLiteral("round%1.fladesk").arg(round));
        QVERIFY(QFile::copy(pristine, path));
        QProcess child;
        QElapsedTimer took;
        took.start();
        setUpLoad(path, child);
        QVERIFY2(fla::test::startChild(child), qPrintable(child.errorString()));
        // Anywhere from a quarter of a whole load (the set read, the
        // workspace open) to near its end.
        if (!child.waitForFinished(int(shortestMs / 4 + rng.bounded(quint32(shortestMs * 7 / 10 + 1))))) {
            child.kill(); // SIGKILL on Unix
            QVERIFY(child.waitForFinished(10000));
            ++killed;
        } else {
            shortestMs = std::min(shortestMs, took.elapsed());
        }
        const QByteArray d = digestOf(path, round);
        QVERIFY2(!d.isEmpty(), qPrintable(QStringLiteral("round %1").arg(round)));
        QVERIFY2(
            d == beforeDigest || d == afterDigest,
            qPrintable(
                QStringLiteral("round %1: the workspace is neither as before nor fully loaded").arg(round)));
        (d == beforeDigest ? stayedBefore : loadedWhole)++;
        QFile::remove(path);
    }
    qInfo("%d rounds, %d killed before the end: %d left the workspace as before, %d fully loaded", kills,
          killed, stayedBefore, loadedWhole);
    QVERIFY2(killed >= kills / 2, "too few kills landed before the load's end");
}

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"
