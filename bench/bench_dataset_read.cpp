// Reading a CSV set (DataSetCsv::read) on its own: the first step of
// `fladesk-cli import-csv`, timed without the SQLite side.
//
//   bench_dataset_read DIR [--runs N] [--write-back OUT]
//
// DIR is a CSV set, e.g. the csv/ folder that `bench_storage_load --keep DIR`
// leaves. --write-back writes the set read into OUT (compare it with DIR:
// a set written by DataSetCsv::write reads back to the same files).
// Prints the figures of docs/performance.md ("Reading the CSV set").
#include "BenchCpu_unix.h"
#include "core/dataset/DataSetCsv.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QThread>
#include <cstdio>
#include <cstdlib>

using namespace fla;
using fla::bench::cpuSeconds;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("fladesk.*.info=false"));
    QCommandLineParser parser;
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("How many reads (3)."),
                                        QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption writeBackOption(
        QStringLiteral("write-back"), QStringLiteral("Write the set read into OUT."), QStringLiteral("OUT"));
    parser.addOption(runsOption);
    parser.addOption(writeBackOption);
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("The CSV set."));
    parser.addHelpOption();
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(1);
    const QString dir = parser.positionalArguments().at(0);
    const int runs = qMax(1, parser.value(runsOption).toInt());

    bool ok = true;
    for (int run = 1; run <= runs; ++run) {
        QElapsedTimer t;
        t.start();
        const double cpu0 = cpuSeconds(false);
        QList<DataSetCsvIssue> issues;
        const DataSet set = DataSetCsv::read(dir, &issues);
        const double cpu = cpuSeconds(false) - cpu0;
        std::printf("run %d: read %lld records (%lld participations), %lld issues: %.2f s wall, %.2f s cpu\n",
                    run, qint64(set.recordCount()), qint64(set.participations.size()), qint64(issues.size()),
                    t.elapsed() / 1000.0, cpu);
        for (const DataSetCsvIssue &i : std::as_const(issues).first(qMin<qsizetype>(issues.size(), 5)))
            std::printf("  %s:%lld %s: %s\n", qPrintable(i.file), i.line, qPrintable(i.column),
                        qPrintable(i.message));
        if (run == runs && parser.isSet(writeBackOption)) {
            QString error;
            if (!DataSetCsv::write(set, parser.value(writeBackOption), &error)) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                ok = false;
            }
        }
    }
#ifdef Q_OS_UNIX
    double load[3] = {0, 0, 0};
    if (getloadavg(load, 3) == 3)
        std::printf("machine load average at the end: %.2f %.2f %.2f (%d cores)\n", load[0], load[1], load[2],
                    QThread::idealThreadCount());
#endif
    return ok ? 0 : 1;
}
