// bench_desktop: the desktop app on a workspace with many participations.
// Measures the time until the first window is shown, the resident memory
// then, and the time to scroll the participations table to its end and to
// filter it. Usage: bench_desktop [--participations N] [--workspace PATH]
// (the workspace is generated when it does not exist yet; offscreen is fine).
#include "MainWindow.h"
#include "app/Session.h"
#include "common/Clock.h"
#include "data/StorageDataSource.h"
#include "generate/Generator.h"
#include "models/ParticipationPagedModel.h"
#include "storage/BulkLoader.h"
#include "storage/Workspace.h"
#include "views/ParticipationsView.h"
#include "widgets/FieldMarker.h"

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
    QElapsedTimer open;
    open.start();
    QString error;
    auto source = fla::StorageDataSource::open(path, fla::Clock::system(), &error);
    if (!source) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    app.setStyleSheet(fla::ui::fieldMarkerStyleSheet());
    fla::Session session(source.get(), fla::Clock::system());
    // The company with the most participations.
    qint64 best = -1;
    for (const auto &e : source->employers()) {
        const qint64 n = source->participationCount(e.uuid, {});
        if (n > best) {
            best = n;
            session.setEmployer(e.uuid);
        }
    }
    fla::MainWindow window(&session);
    window.showView(fla::MainWindow::Participations);
    window.show();
    QCoreApplication::processEvents();
    const double openMs = double(open.nsecsElapsed()) / 1e6;
    const double rss = rssMb();

    auto *view = static_cast<fla::ui::ParticipationsView *>(window.view(fla::MainWindow::Participations));
    QTableView *table = view->table();
    QElapsedTimer t;
    t.start();
    table->scrollToBottom();
    QCoreApplication::processEvents();
    table->viewport()->repaint();
    const double scrollMs = double(t.nsecsElapsed()) / 1e6;

    t.restart();
    view->filterEdit()->setText(QStringLiteral("Ja"));
    view->applyFilter();
    table->viewport()->repaint();
    QCoreApplication::processEvents();
    const double filterMs = double(t.nsecsElapsed()) / 1e6;
    const int filtered = table->model()->rowCount();

    std::printf("participations of the company shown: %lld\n", static_cast<long long>(best));
    std::printf("open (first window shown): %.0f ms (target <= 1000)\n", openMs);
    std::printf("resident memory then: %.0f MB (target < 200)\n", rss);
    std::printf("scroll to the end: %.1f ms (target <= 100)\n", scrollMs);
    std::printf("filter \"Ja\" (%d rows): %.1f ms (target <= 100)\n", filtered, filterMs);
    return 0;
}
