// bench_desktop: the desktop app on a workspace with many participations.
// Measures the time until the first window is shown, the resident memory
// then, and the time to scroll the participations table to its end and to
// filter it. Usage: bench_desktop [--participations N] [--workspace PATH]
// (the workspace is generated when it does not exist yet; offscreen is fine).
#include "BenchCpu_unix.h"
#include "core/common/Clock.h"
#include "core/generate/Generator.h"
#include "core/storage/BulkLoader.h"
#include "core/storage/Workspace.h"
#include "ui/MainWindow.h"
#include "ui/app/Session.h"
#include "ui/data/StorageDataSource.h"
#include "ui/models/ParticipationPagedModel.h"
#include "ui/views/ParticipationsView.h"
#include "ui/widgets/FieldMarker.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTextStream>
#include <cstdio>

namespace {

double rssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &l : lines) {
        if (l.startsWith("VmRSS:"))
            return l.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(f.readAll().split(' ').mid(0, 3).join(' '));
}

// Wall and CPU time of one step.
struct Step
{
    QElapsedTimer wall;
    double cpu0 = 0;
    Step()
    {
        wall.start();
        cpu0 = fla::bench::cpuSeconds(false);
    }
    double wallMs() const { return double(wall.nsecsElapsed()) / 1e6; }
    double cpuMs() const { return (fla::bench::cpuSeconds(false) - cpu0) * 1000.0; }
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    qint64 participations = 1000000;
    QString path = QDir::temp().filePath(QStringLiteral("fladesk-bench-desktop.fladesk"));
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--participations"))
            participations = args.at(i + 1).toLongLong();
        else if (args.at(i) == QLatin1String("--workspace"))
            path = args.at(i + 1);
    }
    if (!QFile::exists(path)) {
        QElapsedTimer gen;
        gen.start();
        QString error;
        auto ws = fla::Workspace::open(path, &error);
        if (!ws) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        fla::GeneratorOptions options;
        options.participations = participations;
        const fla::GeneratedSet set = fla::Generator::generate(options);
        fla::BulkOptions bulk;
        bulk.auditEachRecord = false;
        const fla::BulkLoadResult r = fla::loadDataSet(*ws, set.set, bulk);
        if (!r.ok) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error));
            return 1;
        }
        std::printf("prepared %s with %lld participations in %.1f s (not part of the figures)\n",
                    qPrintable(path), static_cast<long long>(participations), double(gen.elapsed()) / 1000.0);
    }

    // What the app does at start: open the workspace, build the window, show it.
    // The bench first picks the company with the most participations (the app
    // opens on the first or the remembered company); that choice is not timed.
    Step openStep;
    QString error;
    auto source = fla::ui::StorageDataSource::open(path, fla::Clock::system(), &error);
    if (!source) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const double openSourceWall = openStep.wallMs();
    const double openSourceCpu = openStep.cpuMs();
    qint64 best = -1;
    QUuid bestEmployer;
    const QList<fla::Employer> employers = source->employers();
    for (const auto &e : employers) {
        const qint64 n = source->participationCount(e.uuid, {});
        if (n > best) {
            best = n;
            bestEmployer = e.uuid;
        }
    }
    Step windowStep;
    app.setStyleSheet(fla::ui::fieldMarkerStyleSheet());
    fla::ui::Session session(source.get(), fla::Clock::system());
    session.setEmployer(bestEmployer);
    fla::ui::MainWindow window(&session);
    const double constructWall = windowStep.wallMs();
    window.showView(fla::ui::MainWindow::Participations);
    window.show();
    QCoreApplication::processEvents();
    const double openMs = openSourceWall + windowStep.wallMs();
    const double openCpuMs = openSourceCpu + windowStep.cpuMs();
    const double rss = rssMb();

    auto *view = static_cast<fla::ui::ParticipationsView *>(window.view(fla::ui::MainWindow::Participations));
    QTableView *table = view->table();
    Step scroll;
    table->scrollToBottom();
    QCoreApplication::processEvents();
    table->viewport()->repaint();
    const double scrollMs = scroll.wallMs();
    const double scrollCpuMs = scroll.cpuMs();

    Step filter;
    view->filterEdit()->setText(QStringLiteral("Ja"));
    view->applyFilter();
    table->viewport()->repaint();
    QCoreApplication::processEvents();
    const double filterMs = filter.wallMs();
    const double filterCpuMs = filter.cpuMs();
    const int filtered = table->model()->rowCount();

    std::printf("load average at the end: %s (2 cores)\n", qPrintable(loadAverage()));
    std::printf("companies: %lld; participations of the company shown: %lld\n",
                static_cast<long long>(employers.size()), static_cast<long long>(best));
    std::printf("open (first window shown): %.0f ms wall, %.0f ms CPU (target <= 1000)\n", openMs, openCpuMs);
    std::printf("  of which opening the workspace %.0f ms, building the window %.0f ms, showing it %.0f ms\n",
                openSourceWall, constructWall, openMs - openSourceWall - constructWall);
    std::printf("resident memory then: %.0f MB (target < 200)\n", rss);
    std::printf("scroll to the end: %.1f ms wall, %.1f ms CPU (target <= 100)\n", scrollMs, scrollCpuMs);
    std::printf("filter \"Ja\" (%d rows): %.1f ms wall, %.1f ms CPU (target <= 100)\n", filtered, filterMs,
                filterCpuMs);
    return 0;
}
