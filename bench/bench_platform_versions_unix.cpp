// The platform versions the sync writes back for every accepted record
// (PlatformVersions, docs/performance.md "Declaring to the platform"): one
// upsert per record (setBase) against many rows per statement (setBases), in
// transactions of one declaration (5,000 records) as WorkspaceOutboxStore::complete
// writes them. Prints the client CPU (getrusage) of each; no network, no sandbox.

#include "core/storage/Transaction.h"
#include "core/storage/Workspace.h"
#include "core/sync/PlatformVersions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>

using namespace fla;

namespace {

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({"records", "Records answered (default 100000).", "n", "100000"});
    parser.addOption(
        {"declaration", "Records per declaration, one transaction each (default 5000).", "n", "5000"});
    parser.process(app);
    const int n = parser.value("records").toInt();
    const int per = std::max(1, parser.value("declaration").toInt());

    QList<PlatformVersions::Entry> all;
    const QUuid employer = QUuid::createUuid();
    for (int i = 0; i < n; ++i)
        all.append({employer, RecordKind::Participation, QUuid::createUuid(), QString("\"%1\"").arg(i)});

    QTemporaryDir dir;
    for (const bool batched : {false, true}) {
        QString error;
        WorkspaceOptions options;
        options.queueChanges = false;
        auto ws =
            Workspace::open(dir.filePath(QString::fromLatin1(batched ? "batched.fladesk" : "single.fladesk")),
                            &error, options);
        if (!ws) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        PlatformVersions versions(*ws);
        // Two rounds: new rows (first declaration), then updates (declared again).
        for (int round = 0; round < 2; ++round) {
            const double cpu0 = cpuSeconds();
            for (int from = 0; from < n; from += per) {
                const QList<PlatformVersions::Entry> part = all.mid(from, per);
                Transaction tx(*ws);
                if (batched) {
                    versions.setBases(part);
                } else {
                    for (const auto &e : part)
                        versions.setBase(e.employerUuid, e.entity, e.recordUuid, e.etag);
                }
                if (!tx.commit(&error)) {
                    std::fprintf(stderr, "%s\n", qPrintable(error));
                    return 1;
                }
            }
            const double cpu = cpuSeconds() - cpu0;
            std::printf("%-8s %-7s %d records: cpu %.2f s (%.1f us per record)\n",
                        batched ? "setBases" : "setBase", round ? "update" : "insert", n, cpu, cpu / n * 1e6);
        }
    }
    return 0;
}
