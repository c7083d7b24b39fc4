// Declares N participations (default 100,000, with the workers, employments
// and trainings they need) from a workspace to a real fla-sandbox process on
// loopback, and prints the throughput. Goal: 5,000 records per second.
//
//   build/release/bench/bench_declare [--participations N] [--batch-size B] [--concurrency C]

#include "core/common/Clock.h"
#include "core/domain/EnterpriseNumber.h"
#include "core/domain/Ssin.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/EmploymentRepository.h"
#include "core/storage/OutboxRepository.h"
#include "core/storage/ParticipationRepository.h"
#include "core/storage/TrainingRepository.h"
#include "core/storage/WorkerRepository.h"
#include "core/storage/Workspace.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/WorkspaceOutboxStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>
#include <ctime>
#ifdef Q_OS_LINUX
#include <QFile>
#include <unistd.h>
#endif

using namespace fla;

namespace {
// CPU seconds used so far by another process (Linux only; -1 elsewhere).
double processCpuSeconds(qint64 pid)
{
#ifdef Q_OS_LINUX
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) / ticks; // utime + stime
#else
    Q_UNUSED(pid)
    return -1;
#endif
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{"participations", "Participations to declare.", "n", "100000"},
         {"batch-size", "Records per declaration.", "n", "5000"},
         {"concurrency", "Declarations in flight.", "n", "2"},
         {"sandbox", "Path of fla-sandbox.", "path",
          QDir(QCoreApplication::applicationDirPath()).filePath("../app/fla-sandbox/fla-sandbox")}});
    parser.addHelpOption();
    parser.process(app);
    const int participations = parser.value("participations").toInt();
    const int trainings = std::max(1, participations / 100);
    const int workers = 1000;

    QTemporaryDir dir;
    QProcess sandbox;
    sandbox.start(parser.value("sandbox"),
                  {"--port", "0", "--data-dir", dir.filePath("sandbox"), "--issue-token", "chloe"});
    QUrl api;
    QString token;
    while (sandbox.waitForReadyRead(60000) || sandbox.canReadLine()) {
        while (sandbox.canReadLine()) {
            const QString line = QString::fromUtf8(sandbox.readLine()).trimmed();
            if (line.startsWith("fla-sandbox listening on "))
                api = QUrl(line.section(' ', 3) + "/REST/fla/v1");
            else if (line.startsWith("token chloe "))
                token = line.section(' ', 2);
        }
        if (api.isValid() && !token.isEmpty())
            break;
    }
    if (!api.isValid() || token.isEmpty()) {
        std::fprintf(stderr, "fla-sandbox did not start: %s\n", sandbox.readAllStandardError().constData());
        return 1;
    }

    QString error;
    auto ws = Workspace::open(dir.filePath("bench.fladesk"), &error);
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    Employer employer;
    employer.uuid = QUuid::createUuid();
    employer.enterpriseNumber = EnterpriseNumber::compose(4211111);
    employer.name = "Bench";
    ws->employers().save(employer);
    QList<Worker> ws_workers;
    QList<Employment> employments;
    for (int i = 0; i < workers; ++i) {
        Worker w;
        w.uuid = QUuid::createUuid();
        w.employerUuid = employer.uuid;
        w.ssin = Ssin::compose(50 + i / 336, 1 + (i / 28) % 12, 1 + i % 28, 1 + i % 900, false);
        w.familyName = QStringLiteral("W%1").arg(i);
        w.givenName = "Bench";
        ws_workers.append(w);
        Employment e;
        e.uuid = QUuid::createUuid();
        e.employerUuid = employer.uuid;
        e.workerUuid = w.uuid;
        e.startDate = QDate(2020, 1, 1);
        e.jointCommittee = "200";
        employments.append(e);
    }
    QList<Training> ts;
    QList<Participation> ps;
    for (int t = 0; t < trainings; ++t) {
        Training tr;
        tr.uuid = QUuid::createUuid();
        tr.employerUuid = employer.uuid;
        tr.name = QStringLiteral("T%1").arg(t);
        tr.startDate = QDate(2025, 1, 6).addDays(t % 300);
        tr.endDate = tr.startDate;
        tr.duration = 3;
        ts.append(tr);
    }
    for (int p = 0; p < participations; ++p) {
        Participation pa;
        pa.uuid = QUuid::createUuid();
        pa.employerUuid = employer.uuid;
        pa.trainingUuid = ts.at(p % trainings).uuid;
        pa.workerUuid = ws_workers.at((p / trainings + p) % workers).uuid;
        ps.append(pa);
    }
    BulkOptions bulk;
    bulk.auditEachRecord = false;
    bulk.queueForSync = true;
    BulkStats stats;
    QElapsedTimer prep;
    prep.start();
    ws->workers(employer.uuid).upsertAll(ws_workers, bulk, &stats, &error);
    ws->employments(employer.uuid).upsertAll(employments, bulk, &stats, &error);
    ws->trainings(employer.uuid).upsertAll(ts, bulk, &stats, &error);
    if (!ws->participations(employer.uuid).upsertAll(ps, bulk, &stats, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const qint64 total = ws_workers.size() + employments.size() + ts.size() + ps.size();
    std::printf("prepared %lld records (%d participations) in %.1f s\n", total, participations,
                prep.elapsed() / 1000.0);

    QNetworkAccessManager nam;
    StaticTokenProvider tokens(token);
    FlaApiClient client(&nam, api, &tokens);
    SyncOptions o;
    o.batchSize = parser.value("batch-size").toInt();
    o.maxConcurrentBatches = parser.value("concurrency").toInt();
    o.pollIntervalMs = 5;
    QElapsedTimer timer;
    timer.start();
    const std::clock_t clientCpu0 = std::clock();
    const double sandboxCpu0 = processCpuSeconds(sandbox.processId());
    WorkspaceOutboxStore store(*ws);
    store.load(&error);
    const qint64 loadMs = timer.elapsed();
    SyncEngine engine(&client, &store, Clock::system(), o);
    SyncSummary summary;
    QEventLoop loop;
    QObject::connect(&engine, &SyncEngine::finished, [&](const SyncSummary &s) {
        summary = s;
        loop.quit();
    });
    engine.start();
    loop.exec();
    const double secs = timer.elapsed() / 1000.0;
    const double clientCpu = double(std::clock() - clientCpu0) / CLOCKS_PER_SEC;
    const double sandboxCpu = processCpuSeconds(sandbox.processId()) - sandboxCpu0;
    std::printf(
        "declared %d records (%d accepted, %d refused, %d remaining) in %.2f s (outbox load %.2f s)\n",
        summary.counts.done(), summary.counts.accepted, summary.counts.refused, summary.remaining, secs,
        loadMs / 1000.0);
    std::printf("throughput: %.0f records/s (goal 5000); batch %d, concurrency %d\n",
                summary.counts.done() / secs, o.batchSize, o.maxConcurrentBatches);
    // On a shared machine the wall clock mostly measures the wait for a core: CPU time tells what each side
    // costs.
    std::printf("cpu: client %.2f s (%.0f records per client cpu-second), sandbox %.2f s (%.0f records per "
                "sandbox cpu-second)\n",
                clientCpu, summary.counts.done() / std::max(0.001, clientCpu), sandboxCpu,
                summary.counts.done() / std::max(0.001, sandboxCpu));
    sandbox.terminate();
    sandbox.waitForFinished(3000);
    return summary.remaining == 0 ? 0 : 1;
}
