// Loading 1,000,000 participations (with their trainings and workers) from a
// CSV set into a workspace, against the sqlite3 command-line tool's .import
// of the same participations.csv into a plain table, in one run.
//
//   bench_storage_load [--participations N] [--per-training K] [--keep DIR]
//
// Prints the figures of docs/performance.md ("Storage: bulk load").
#include "BenchCpu_unix.h"
#include "dataset/DataSetCsv.h"
#include "domain/EnterpriseNumber.h"
#include "domain/Ssin.h"
#include "storage/BulkLoader.h"
#include "storage/ParticipationRepository.h"
#include "storage/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <cstdio>
#include <cstdlib>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#include <sys/wait.h>
#endif

using namespace fla;
using fla::bench::cpuSeconds;

namespace {

// Peak resident memory in MiB of this process (self) or of its finished children.
double peakMiB(bool children)
{
#ifdef Q_OS_UNIX
    rusage u{};
    getrusage(children ? RUSAGE_CHILDREN : RUSAGE_SELF, &u);
    return double(u.ru_maxrss) / 1024.0;
#else
    Q_UNUSED(children);
    return 0;
#endif
}

QUuid uuidFrom(QRandomGenerator &rng)
{
    // Random (version 4) UUIDs, reproducible from the seed.
    quint32 w[4];
    rng.fillRange(w, 4);
    QUuid u(w[0], quint16(w[1]), quint16(w[1] >> 16), uchar(w[2]), uchar(w[2] >> 8), uchar(w[2] >> 16),
            uchar(w[2] >> 24), uchar(w[3]), uchar(w[3] >> 8), uchar(w[3] >> 16), uchar(w[3] >> 24));
    u.data3 = quint16((u.data3 & 0x0fff) | 0x4000);
    u.data4[0] = uchar((u.data4[0] & 0x3f) | 0x80);
    return u;
}

DataSet generate(qint64 participations, int perTraining)
{
    QRandomGenerator rng(20260301);
    DataSet s;
    Employer e;
    e.uuid = uuidFrom(rng);
    e.enterpriseNumber = EnterpriseNumber::compose(5669882);
    e.name = QStringLiteral("Bench NV");
    e.sizeClass = SizeClass::From20;
    e.jointCommittees = {QStringLiteral("200")};
    s.employers << e;
    const qint64 trainings = (participations + perTraining - 1) / perTraining;
    const int workers = int(qMax<qint64>(perTraining * 4, participations / 20));
    s.workers.reserve(workers);
    for (int i = 0; i < workers; ++i) {
        Worker w;
        w.uuid = uuidFrom(rng);
        w.employerUuid = e.uuid;
        const int yy = 60 + i % 40, mm = 1 + (i / 40) % 12, dd = 1 + (i / 480) % 28,
                  seq = 1 + (i / 13440) % 997;
        w.ssin = Ssin::compose(yy, mm, dd, seq, false);
        w.familyName = QStringLiteral("Family%1").arg(i);
        w.givenName = QStringLiteral("Given%1").arg(i % 1000);
        w.birthDate = QDate(1900 + yy, mm, dd);
        w.language = i % 3 == 0 ? Language::French : Language::Dutch;
        s.workers << w;
    }
    s.trainings.reserve(trainings);
    s.participations.reserve(participations);
    qint64 left = participations;
    for (qint64 t = 0; t < trainings; ++t) {
        Training tr;
        tr.uuid = uuidFrom(rng);
        tr.employerUuid = e.uuid;
        tr.name = QStringLiteral("Training %1").arg(t);
        tr.provider = QStringLiteral("Provider %1").arg(t % 50);
        tr.kind = t % 4 == 0 ? TrainingKind::Informal : TrainingKind::Formal;
        tr.startDate = QDate(2024, 1, 1).addDays(t % 700);
        tr.endDate = tr.startDate.addDays(t % 3);
        tr.duration = 1 + t % 8;
        tr.unit = DurationUnit::Hours;
        tr.costCents = 10000 + t % 5000;
        tr.registeredOn = tr.endDate;
        s.trainings << tr;
        const int n = int(qMin<qint64>(perTraining, left));
        const int first = int(rng.bounded(workers - n + 1));
        for (int k = 0; k < n; ++k) {
            Participation p;
            p.uuid = uuidFrom(rng);
            p.employerUuid = e.uuid;
            p.trainingUuid = tr.uuid;
            p.workerUuid = s.workers.at(first + k).uuid;
            p.certificate = k % 5 == 0;
            s.participations << p;
        }
        left -= n;
    }
    return s;
}

struct Run
{
    double seconds = 0;
    bool ok = false;
    double cpu = 0;
};

Run loadWorkspace(const QString &csvDir, const QString &wsPath, const BulkOptions &options, qint64 *pageMs)
{
    QElapsedTimer t;
    t.start();
    const double cpu0 = cpuSeconds(false);
    QList<DataSetCsvIssue> issues;
    const DataSet set = DataSetCsv::read(csvDir, &issues);
    const double readCpu = cpuSeconds(false) - cpu0;
    const qint64 readMs = t.elapsed();
    QString error;
    auto ws = Workspace::open(wsPath, &error);
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return {};
    }
    const BulkLoadResult r = loadDataSet(*ws, set, options);
    Run run{t.elapsed() / 1000.0, r.ok && issues.isEmpty(), cpuSeconds(false) - cpu0};
    std::printf("  (%s: reading the CSV set %.2f s wall, %.2f s cpu; writing %.2f s wall, %.2f s cpu)\n",
                options.auditEachRecord ? "audit" : "no audit", readMs / 1000.0, readCpu,
                run.seconds - readMs / 1000.0, run.cpu - readCpu);
    if (!r.ok)
        std::fprintf(stderr, "%s\n", qPrintable(r.error));
    if (pageMs) {
        // The UI's big table: a page in the middle, sorted by creation, and its count.
        auto parts = ws->participations(set.employers.at(0).uuid);
        QElapsedTimer p;
        p.start();
        const qint64 n = parts.count(ParticipationFilter{});
        const auto page = parts.page({n / 2, 100, ParticipationRepository::ByCreation, true});
        *pageMs = p.elapsed();
        if (page.size() != 100)
            run.ok = false;
        for (const int sort :
             {int(ParticipationRepository::ByWorkerName), int(ParticipationRepository::ByTrainingName)}) {
            QElapsedTimer s;
            s.start();
            const double c0 = cpuSeconds(false);
            const auto named = parts.page({n / 2, 100, sort, true});
            std::printf("  page of 100 at offset %lld sorted by %s: %lld ms wall, %.2f s cpu%s\n", n / 2,
                        sort == ParticipationRepository::ByWorkerName ? "worker name" : "training name",
                        s.elapsed(), cpuSeconds(false) - c0, named.size() == 100 ? "" : " FAILED");
            if (named.size() != 100)
                run.ok = false;
        }
    }
    return run;
}

// Median wall and median cpu, each on its own; ok only if every run was.
Run median(QList<Run> runs)
{
    Run out;
    out.ok = std::all_of(runs.cbegin(), runs.cend(), [](const Run &r) { return r.ok; });
    auto mid = [&runs](double Run::*field) {
        std::sort(runs.begin(), runs.end(),
                  [field](const Run &a, const Run &b) { return a.*field < b.*field; });
        const qsizetype n = runs.size();
        return n % 2 ? runs.at(n / 2).*field : (runs.at(n / 2 - 1).*field + runs.at(n / 2).*field) / 2;
    };
    out.seconds = mid(&Run::seconds);
    out.cpu = mid(&Run::cpu);
    return out;
}

Run sqliteImport(const QString &csv, const QString &dbPath)
{
    QElapsedTimer t;
    t.start();
    const double cpu0 = cpuSeconds(true);
    QProcess p;
    p.start(QStringLiteral("sqlite3"), {dbPath});
    if (!p.waitForStarted())
        return {};
    p.write(QByteArray(".mode csv\n.import ") + QFile::encodeName(csv) +
            QByteArray(" participation\n.quit\n"));
    p.closeWriteChannel();
    p.waitForFinished(-1);
    return {t.elapsed() / 1000.0, p.exitCode() == 0, cpuSeconds(true) - cpu0};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption nOption(QStringLiteral("participations"), QStringLiteral("How many (1000000)."),
                                     QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption kOption(QStringLiteral("per-training"),
                                     QStringLiteral("Participants per training (10)."), QStringLiteral("K"),
                                     QStringLiteral("10"));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("Work in DIR and keep it."),
                                        QStringLiteral("DIR"));
    parser.addOption(nOption);
    parser.addOption(kOption);
    const QCommandLineOption roundsOption(
        QStringLiteral("rounds"),
        QStringLiteral("Measure the reference and both loads R times, alternating, and report medians (1)."),
        QStringLiteral("R"), QStringLiteral("1"));
    parser.addOption(keepOption);
    parser.addOption(roundsOption);
    parser.addHelpOption();
    parser.process(app);
    const qint64 n = parser.value(nOption).toLongLong();
    const int k = parser.value(kOption).toInt();

    QTemporaryDir tmp;
    const QString dir = parser.isSet(keepOption) ? parser.value(keepOption) : tmp.path();
    QDir().mkpath(dir);
    const QString csvDir = dir + QStringLiteral("/csv");
    {
        QElapsedTimer g;
        g.start();
        const DataSet set = generate(n, k);
        QString error;
        if (!DataSetCsv::write(set, csvDir, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("generated %lld participations, %lld trainings, %lld workers in %.1f s\n",
                    qint64(set.participations.size()), qint64(set.trainings.size()),
                    qint64(set.workers.size()), g.elapsed() / 1000.0);
    }
    const double rssAfterGenerate = peakMiB(false);

    // On a shared machine one run can land in a busy moment: with --rounds
    // the three are repeated in turn (reference, no audit, audited) and the
    // medians compared.
    const int rounds = qMax(1, parser.value(roundsOption).toInt());
    QList<Run> sqliteRuns, noAuditRuns, fullRuns;
    double sqliteRss = 0;
    qint64 pageMs = 0;
    for (int round = 0; round < rounds; ++round) {
        for (const char *name : {"plain.db", "ws-noaudit.fladesk", "ws.fladesk"}) {
            for (const char *suffix : {"", "-wal", "-shm", "-journal", ".lock"})
                QFile::remove(dir + QLatin1Char('/') + QLatin1String(name) + QLatin1String(suffix));
        }
        sqliteRuns << sqliteImport(csvDir + QStringLiteral("/participations.csv"),
                                   dir + QStringLiteral("/plain.db"));
        // The child's peak: a forked child starts with this process's pages,
        // so only the first round's child (forked before any load) counts.
        if (round == 0)
            sqliteRss = peakMiB(true);
        BulkOptions fast;
        fast.auditEachRecord = false;
        noAuditRuns << loadWorkspace(csvDir, dir + QStringLiteral("/ws-noaudit.fladesk"), fast, nullptr);
        fullRuns << loadWorkspace(csvDir, dir + QStringLiteral("/ws.fladesk"), BulkOptions{},
                                  round == rounds - 1 ? &pageMs : nullptr);
        if (rounds > 1)
            std::printf("round %d: cpu ratio %.2f without audit, %.2f audited (reference %.2f s cpu)\n",
                        round + 1, noAuditRuns.constLast().cpu / sqliteRuns.constLast().cpu,
                        fullRuns.constLast().cpu / sqliteRuns.constLast().cpu, sqliteRuns.constLast().cpu);
    }
    const Run sqlite = median(sqliteRuns), noAudit = median(noAuditRuns), full = median(fullRuns);
    const double ourRss = peakMiB(false);
    if (rounds > 1)
        std::printf("medians of %d rounds:\n", rounds);

    std::printf(
        "                                                   wall      cpu   ratio(wall)  ratio(cpu)\n");
    std::printf("sqlite3 .import participations.csv (plain table): %6.2f s %6.2f s                          "
                "peak %.0f MiB%s\n",
                sqlite.seconds, sqlite.cpu, sqliteRss, sqlite.ok ? "" : " FAILED");
    std::printf("import-csv, audited (default):                   %6.2f s %6.2f s %8.2f %11.2f%s\n",
                full.seconds, full.cpu, full.seconds / sqlite.seconds, full.cpu / sqlite.cpu,
                full.ok ? "" : " FAILED");
    std::printf("import-csv --no-audit:                            %6.2f s %6.2f s %8.2f %11.2f%s\n",
                noAudit.seconds, noAudit.cpu, noAudit.seconds / sqlite.seconds, noAudit.cpu / sqlite.cpu,
                noAudit.ok ? "" : " FAILED");
    std::printf("peak memory of this process: %.0f MiB (%.0f MiB after generating the set in memory)\n",
                ourRss, rssAfterGenerate);
    std::printf("count + page of 100 in the middle (offset %lld), by creation: %lld ms\n", n / 2, pageMs);
    std::printf("workspace file: %.0f MiB (audited), %.0f MiB (no audit); plain table: %.0f MiB\n",
                QFileInfo(dir + QStringLiteral("/ws.fladesk")).size() / 1048576.0,
                QFileInfo(dir + QStringLiteral("/ws-noaudit.fladesk")).size() / 1048576.0,
                QFileInfo(dir + QStringLiteral("/plain.db")).size() / 1048576.0);
#ifdef Q_OS_UNIX
    double load[3] = {0, 0, 0};
    if (getloadavg(load, 3) == 3)
        std::printf("machine load average at the end: %.2f %.2f %.2f (%d cores)\n", load[0], load[1], load[2],
                    QThread::idealThreadCount());
#endif
    return (sqlite.ok && full.ok && noAudit.ok) ? 0 : 1;
}
