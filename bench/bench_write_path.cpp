// bench_write_path: what one save through the workspace's one write path
// (core/workspace/RecordWriter) costs on a workspace of the generated shape:
// the record, its audit and outbox rows and the stored anomalies of what it
// reaches, in one transaction; beside it, validating the whole company again
// (what a save would cost without knowing what it reaches).
// Usage: bench_write_path [--participations N] [--rounds R]
#include "core/common/Clock.h"
#include "core/generate/Generator.h"
#include "core/storage/BulkLoader.h"
#include "core/storage/Workspace.h"
#include "core/storage/WorkspaceRecords.h"
#include "core/workspace/RecordWriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace fla;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qint64 participations = 100000;
    int rounds = 21;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--participations"))
            participations = args.at(i + 1).toLongLong();
        else if (args.at(i) == QLatin1String("--rounds"))
            rounds = args.at(i + 1).toInt();
    }
    const ManualClock clock(QDateTime(QDate(2026, 7, 15), QTime(9, 0), Qt::UTC));
    QTemporaryDir dir;
    WorkspaceOptions options;
    options.clock = &clock;
    QString error;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("bench.fladesk")), &error, options);
    GeneratorOptions g;
    g.participations = participations;
    const BulkLoadResult loaded = ws ? loadDataSet(*ws, Generator::generate(g).set) : BulkLoadResult{};
    if (!ws || !loaded.ok) {
        std::fprintf(stderr, "%s\n", qPrintable(ws ? loaded.error : error));
        return 70;
    }
    RecordWriter writer(*ws, clock);
    const Result<DataSet> read = readWorkspaceRecords(*ws);
    if (!read) {
        std::fprintf(stderr, "%s\n", qPrintable(read.error()));
        return 70;
    }
    // The company with the most participations, and its training with the most participants.
    QHash<QUuid, qint64> participationsOf; // employer or training → participations
    for (const Participation &p : read->participations) {
        ++participationsOf[p.employerUuid];
        ++participationsOf[p.trainingUuid];
    }
    Employer company;
    qint64 most = -1;
    for (const Employer &e : read->employers) {
        if (participationsOf.value(e.uuid) > most) {
            most = participationsOf.value(e.uuid);
            company = e;
        }
    }
    Training busiest;
    int participants = -1;
    qint64 companyWorkers = 0;
    for (const Training &t : read->trainings) {
        if (t.employerUuid == company.uuid && participationsOf.value(t.uuid) > participants) {
            participants = int(participationsOf.value(t.uuid));
            busiest = t;
        }
    }
    Worker worker;
    for (const Worker &w : read->workers) {
        if (w.employerUuid != company.uuid)
            continue;
        if (companyWorkers++ == 0)
            worker = w;
    }
    std::vector<double> trainingMs, workerMs, wholeMs;
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer t;
        busiest.duration += 1; // a change every round
        t.start();
        if (const Result<void> saved = writer.save(busiest); !saved) {
            std::fprintf(stderr, "%s\n", qPrintable(saved.error()));
            return 70;
        }
        trainingMs.push_back(double(t.nsecsElapsed()) / 1e6);
        worker.familyName = QStringLiteral("Bench%1").arg(r);
        t.restart();
        if (const Result<void> saved = writer.save(worker); !saved) {
            std::fprintf(stderr, "%s\n", qPrintable(saved.error()));
            return 70;
        }
        workerMs.push_back(double(t.nsecsElapsed()) / 1e6);
        if (r % 5 == 0) {
            t.restart();
            if (const Result<void> checked = writer.revalidate({company.uuid}); !checked) {
                std::fprintf(stderr, "%s\n", qPrintable(checked.error()));
                return 70;
            }
            wholeMs.push_back(double(t.nsecsElapsed()) / 1e6);
        }
    }
    std::printf("workspace: %lld participations; the company: %lld participations, %lld workers\n",
                static_cast<long long>(participations), static_cast<long long>(most),
                static_cast<long long>(companyWorkers));
    std::printf("save a training with %d participants: %.1f ms (median of %d)\n", participants,
                median(trainingMs), rounds);
    std::printf("save a worker: %.1f ms (median of %d)\n", median(workerMs), rounds);
    std::printf("the whole company validated again: %.1f ms (median of %zu)\n", median(wholeMs),
                wholeMs.size());
    return 0;
}
