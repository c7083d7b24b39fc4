#include "ImportCsvCommand.h"
#include "core/common/Clock.h"

#include "StorageCommandSupport.h"
#include "core/common/Translation.h"
#include "core/dataset/DataSetCsv.h"
#include "core/io/CsvSetLoad.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSet>
#include <algorithm>

namespace fla::cli {

namespace {

QString tr(const char *text)
{
    return translateFrom({"fla::cli::ImportCsvCommand", "fla::cli"}, text);
}

void printStats(QTextStream &out, const QString &what, const BulkStats &s)
{
    out << what << '\t' << s.inserted << '\t' << s.updated << '\t' << s.unchanged << '\n';
}

// The refusals by file (in the set's order) and line, each on its own line.
void printRefusals(QTextStream &err, QList<CsvSetRefusal> refusals)
{
    const QStringList files = DataSetCsv::fileNames();
    std::stable_sort(refusals.begin(), refusals.end(),
                     [&files](const CsvSetRefusal &a, const CsvSetRefusal &b) {
                         const qsizetype fa = files.indexOf(a.file), fb = files.indexOf(b.file);
                         return fa != fb ? fa < fb : a.line < b.line;
                     });
    for (const CsvSetRefusal &r : std::as_const(refusals)) {
        err << r.file;
        if (r.line > 0)
            err << ':' << r.line;
        if (!r.column.isEmpty())
            err << ' ' << r.column;
        err << ": " << r.message << '\n';
    }
}

// How many lines (or whole files) the refusals are about.
qsizetype linesRefused(const QList<CsvSetRefusal> &refusals)
{
    QSet<QPair<QString, qint64>> lines;
    for (const CsvSetRefusal &r : refusals)
        lines.insert({r.file, r.line});
    return lines.size();
}

} // namespace

QString ImportCsvCommand::summary() const
{
    return tr("Load a CSV set (docs/csv-format.md) into a workspace; loading it again adds nothing.");
}

int ImportCsvCommand::run(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() + QStringLiteral("\n\n") +
        tr("A line that cannot be read whole (a field count other than the header's, a misplaced quote, a "
           "value that is not of its form, text its field may not hold) is refused and listed with its "
           "file, line, column and why; so is a record that depends on a refused one, or on a record that "
           "is neither in the set nor in the workspace. A refused line never changes a stored record.") +
        QStringLiteral("\n\n") +
        tr("Exit status: 0 every line was loaded; 3 partly loaded: the refused lines are listed and every "
           "other record was loaded; 1 lines were refused and nothing was loaded (--all-or-nothing, or "
           "nothing could be loaded); 64 a usage error; 70 nothing was loaded (the folder, the workspace "
           "or the load failed)."));
    parser.addOption(workspaceOption());
    const QCommandLineOption queueOption(
        QStringLiteral("queue"), tr("Queue the loaded records for declaration (default: they stay drafts)."));
    const QCommandLineOption noAuditOption(QStringLiteral("no-audit"),
                                           tr("No audit entry per record (faster for very large sets)."));
    const QCommandLineOption allOrNothingOption(
        QStringLiteral("all-or-nothing"),
        tr("Load nothing when any line is refused (default: load every other record and exit with 3)."));
    parser.addOption(queueOption);
    parser.addOption(noAuditOption);
    parser.addOption(allOrNothingOption);
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("dir"), tr("The folder of the CSV set."),
                                 QStringLiteral("DIR"));
    if (const std::optional<int> stop = parseCommandLine(parser, args, io))
        return *stop;
    if (parser.positionalArguments().size() != 1) {
        io.err << tr("Name the folder of the CSV set.") << '\n';
        return ExitUsage;
    }
    const QString dir = parser.positionalArguments().at(0);
    const bool allOrNothing = parser.isSet(allOrNothingOption);
    QElapsedTimer timer;
    timer.start();

    // The input first: a folder that is not there, or holds no file of a CSV
    // set, creates nothing.
    if (!QFileInfo(dir).isDir()) {
        io.err << tr("The folder %1 does not exist: nothing was loaded.").arg(QDir::toNativeSeparators(dir))
               << '\n';
        return ExitFailure;
    }
    const QStringList files = DataSetCsv::fileNames();
    if (std::none_of(files.cbegin(), files.cend(),
                     [&dir](const QString &f) { return QFileInfo::exists(QDir(dir).filePath(f)); })) {
        io.err << tr("The folder %1 holds none of the files of a CSV set (%2): nothing was loaded.")
                      .arg(QDir::toNativeSeparators(dir), files.join(QStringLiteral(", ")))
               << '\n';
        return ExitFailure;
    }

    CsvSetLoadOptions options;
    options.bulk.auditEachRecord = !parser.isSet(noAuditOption);
    options.bulk.queueForSync = parser.isSet(queueOption);
    options.allOrNothing = allOrNothing;
    const CsvSetLoadResult loaded = loadCsvSet(dir, workspacePath(parser), options, Clock::system());
    printRefusals(io.err, loaded.refusals);
    switch (loaded.outcome) {
    case CsvSetLoadResult::Outcome::NothingLoadable:
        io.err << QCoreApplication::translate("fla::cli::ImportCsvCommand",
                                              "Nothing was loaded: %n line(s) refused.", nullptr,
                                              int(linesRefused(loaded.refusals)));
        if (allOrNothing)
            io.err << ' ' << tr("(--all-or-nothing)");
        io.err << '\n';
        return ExitFindings;
    case CsvSetLoadResult::Outcome::Failed:
        io.err << tr("Nothing was loaded: %1").arg(loaded.error) << '\n';
        return ExitFailure;
    case CsvSetLoadResult::Outcome::Loaded:
        break;
    }
    if (!loaded.anomalyError.isEmpty())
        io.err << tr("Loaded, but the anomalies shown in the app could not be refreshed: %1")
                      .arg(loaded.anomalyError)
               << '\n';
    const BulkLoadResult &r = loaded.loaded;
    const QList<CsvSetRefusal> &refusals = loaded.refusals;
    io.out << tr("file\tinserted\tupdated\tunchanged") << '\n';
    printStats(io.out, QStringLiteral("employers"), r.employers);
    printStats(io.out, QStringLiteral("workers"), r.workers);
    printStats(io.out, QStringLiteral("employments"), r.employments);
    printStats(io.out, QStringLiteral("trainings"), r.trainings);
    printStats(io.out, QStringLiteral("participations"), r.participations);
    printStats(io.out, QStringLiteral("rights"), r.rights);
    io.out << tr("%1 records from %2 in %3 s.")
                  .arg(QString::number(r.total()), QDir::toNativeSeparators(dir),
                       QString::number(timer.elapsed() / 1000.0, 'f', 1))
           << '\n';
    if (refusals.isEmpty()) {
        io.out.flush();
        return ExitOk;
    }
    io.out << QCoreApplication::translate("fla::cli::ImportCsvCommand",
                                          "Partly loaded: %n line(s) refused, listed on the error output; "
                                          "every other record was loaded.",
                                          nullptr, int(linesRefused(refusals)))
           << '\n';
    io.out.flush();
    return ExitPartial;
}

} // namespace fla::cli
