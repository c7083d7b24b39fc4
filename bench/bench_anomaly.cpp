// bench_anomaly [participations] [runs]: generates a clean set in memory
// (fladesk-cli generate's generator, seed 1), then validates it fully with the
// anomaly engine on one thread and prints records per second and memory.
#include "core/anomaly/AnomalyEngine.h"
#include "core/generate/Generator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

namespace {

// CPU time of this thread in seconds: on a shared, loaded machine wall time
// also counts the time other processes hold the core.
double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// Resident and peak resident memory of the process, in MiB (Linux).
std::pair<double, double> memoryMiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    double rss = 0, hwm = 0;
    if (f.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                rss = line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
            else if (line.startsWith("VmHWM:"))
                hwm = line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
    }
    return {rss, hwm};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const qint64 participations = args.size() > 1 ? args.at(1).toLongLong() : 1000000;
    const int runs = args.size() > 2 ? args.at(2).toInt() : 5;

    fla::GeneratorOptions options;
    options.seed = 1;
    options.participations = participations;
    QElapsedTimer t;
    t.start();
    const fla::GeneratedSet generated = fla::Generator::generate(options);
    const qint64 genMs = t.elapsed();
    const qint64 records = generated.set.recordCount();
    const auto before = memoryMiB();
    std::printf("generated %lld participations, %lld records in %lld ms; RSS %.0f MiB\n",
                static_cast<long long>(participations), static_cast<long long>(records),
                static_cast<long long>(genMs), before.first);

    const fla::ManualClock clock(QDateTime(QDate(2026, 6, 30), QTime(12, 0), Qt::UTC));
    const fla::AnomalyEngine engine(clock);
    std::vector<double> seconds, cpu;
    qsizetype anomalies = 0;
    for (int r = 0; r < runs; ++r) {
        t.restart();
        const double c0 = threadCpuSeconds();
        const fla::AnomalyList result = engine.validate(generated.set);
        cpu.push_back(threadCpuSeconds() - c0);
        seconds.push_back(double(t.nsecsElapsed()) / 1e9);
        anomalies = result.size();
    }
    std::sort(seconds.begin(), seconds.end());
    std::sort(cpu.begin(), cpu.end());
    const double median = seconds[seconds.size() / 2];
    const double cpuMedian = cpu[cpu.size() / 2];
    std::printf("validate, CPU time of the thread: median %.3f s (best %.3f s) = %.0f records/s\n", cpuMedian,
                cpu.front(), double(records) / cpuMedian);
    const auto after = memoryMiB();
    std::printf("validate, wall clock: median %.3f s of %d runs (best %.3f s) = %.0f records/s, %.0f "
                "participations/s; "
                "%lld anomalies\n",
                median, runs, seconds.front(), double(records) / median, double(participations) / median,
                static_cast<long long>(anomalies));
    std::printf("memory: RSS after set %.0f MiB, peak during validation %.0f MiB (validation's own peak <= "
                "%.0f MiB)\n",
                before.first, after.second, after.second - before.first);

    // One record, as the UI does on every keystroke.
    const fla::Training &training = generated.set.trainings.first();
    t.restart();
    const int single = 100000;
    qsizetype n = 0;
    for (int i = 0; i < single; ++i)
        n += engine.validate(training).size();
    std::printf("single training record: %.2f us per validation (%lld anomalies)\n",
                double(t.nsecsElapsed()) / 1e3 / single, static_cast<long long>(n));
    return 0;
}
