#include "ImportCsvCommand.h"
#include "anomaly/AnomalyEngine.h"
#include "anomaly/WorkspaceAnomalies.h"
#include "common/Clock.h"

#include "StorageCommandSupport.h"
#include "common/Translation.h"
#include "dataset/DataSetCsv.h"
#include "storage/BulkLoader.h"
#include "storage/Workspace.h"
#include "workspace/RecordWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
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

// One refused line (or file): file:line column: message.
struct Refusal
{
    QString file;
    qint64 line = 0;
    QString column;
    QString message;
};

// The file a kind of record is read from, and the line of each record read.
struct Source
{
    QString file;
    const QList<qint64> *lines;
};

Source sourceOf(EntityType e, const DataSetCsvLines &lines)
{
    static const QStringList files = DataSetCsv::fileNames();
    switch (e) {
    case EntityType::Employer:
        return {files.at(0), &lines.employers};
    case EntityType::Worker:
        return {files.at(1), &lines.workers};
    case EntityType::Employment:
        return {files.at(2), &lines.employments};
    case EntityType::Training:
        return {files.at(3), &lines.trainings};
    case EntityType::Participation:
        return {files.at(4), &lines.participations};
    case EntityType::TrainingRight:
        break;
    }
    return {files.at(5), &lines.rights};
}

// The refusals by file (in the set's order) and line, each on its own line.
void printRefusals(QTextStream &err, QList<Refusal> refusals)
{
    const QStringList files = DataSetCsv::fileNames();
    std::stable_sort(refusals.begin(), refusals.end(), [&files](const Refusal &a, const Refusal &b) {
        const qsizetype fa = files.indexOf(a.file), fb = files.indexOf(b.file);
        return fa != fb ? fa < fb : a.line < b.line;
    });
    for (const Refusal &r : std::as_const(refusals)) {
        err << r.file;
        if (r.line > 0)
            err << ':' << r.line;
        if (!r.column.isEmpty())
            err << ' ' << r.column;
        err << ": " << r.message << '\n';
    }
}

// How many lines (or whole files) the refusals are about.
qsizetype linesRefused(const QList<Refusal> &refusals)
{
    QSet<QPair<QString, qint64>> lines;
    for (const Refusal &r : refusals)
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

    QList<DataSetCsvIssue> issues;
    DataSetCsvLines lines;
    DataSet set = DataSetCsv::read(dir, &issues, &lines);
    QList<Refusal> refusals;
    QHash<QUuid, QString> refused; // what depends on these is refused too
    for (const DataSetCsvIssue &i : std::as_const(issues)) {
        refusals.append({i.file, i.line, i.column, i.message});
        if (!i.record.isNull())
            refused.insert(i.record, DataSetCsv::place(i.file, i.line));
    }
    const auto nothingLoaded = [&] {
        printRefusals(io.err, refusals);
        io.err << QCoreApplication::translate("fla::cli::ImportCsvCommand",
                                              "Nothing was loaded: %n line(s) refused.", nullptr,
                                              int(linesRefused(refusals)));
        if (allOrNothing)
            io.err << ' ' << tr("(--all-or-nothing)");
        io.err << '\n';
        return ExitFindings;
    };
    if (!refusals.isEmpty() && (allOrNothing || set.recordCount() == 0))
        return nothingLoaded();

    // A workspace that does not exist yet holds nothing a record could refer
    // to: it is created only when there is something to load.
    const QString path = workspacePath(parser);
    QString error;
    std::unique_ptr<Workspace> ws;
    if (isServerLocation(path) || QFileInfo::exists(path)) {
        ws = Workspace::open(path, &error);
        if (!ws) {
            io.err << error << '\n';
            return ExitFailure;
        }
    }
    const RecordOrigin origin = [&lines](EntityType e, qsizetype index) {
        const Source s = sourceOf(e, lines);
        return DataSetCsv::place(s.file, s.lines->value(index));
    };
    for (const BulkRefusal &r : takeOutUnloadable(ws.get(), set, refused, origin)) {
        const Source s = sourceOf(r.entity, lines);
        refusals.append({s.file, s.lines->value(r.index), r.field, r.message});
    }
    if (!refusals.isEmpty() && (allOrNothing || set.recordCount() == 0))
        return nothingLoaded();
    const bool created = !ws;
    if (created) {
        ws = Workspace::open(path, &error);
        if (!ws) {
            io.err << error << '\n';
            return ExitFailure;
        }
    }

    BulkOptions options;
    options.auditEachRecord = !parser.isSet(noAuditOption);
    options.queueForSync = parser.isSet(queueOption);
    const BulkLoadResult r = loadDataSet(*ws, set, options);
    printRefusals(io.err, refusals);
    if (!r.ok) {
        io.err << tr("Nothing was loaded: %1").arg(r.error) << '\n';
        if (created) { // the empty workspace made for the load goes too
            ws.reset();
            for (const QString &suffix :
                 {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
                QFile::remove(path + suffix);
        }
        return ExitFailure;
    }
    // The loaded companies' stored anomalies follow what was loaded, as a full validation finds them.
    QSet<QUuid> loaded;
    for (const Employer &e : std::as_const(set.employers))
        loaded.insert(e.uuid);
    for (const Worker &w : std::as_const(set.workers)) // records of companies already in the workspace
        loaded.insert(w.employerUuid);
    // Companies new to the workspace hold exactly what was loaded: validated in memory, not read back.
    bool onlyNew = loaded.size() == set.employers.size() && r.employers.inserted == set.employers.size();
    for (const BulkStats *stats : {&r.workers, &r.employments, &r.trainings, &r.participations, &r.rights})
        onlyNew = onlyNew && stats->updated == 0 && stats->unchanged == 0;
    // Otherwise through the one write path's revalidation (core/workspace/RecordWriter).
    QString validationError;
    const bool validated =
        onlyNew ? WorkspaceAnomalies::store(*ws, set, AnomalyEngine(Clock::system()).validate(set),
                                            &validationError)
                : RecordWriter(*ws, Clock::system()).revalidate(loaded.values()).into(&validationError);
    if (!validated)
        io.err << tr("Loaded, but the anomalies shown in the app could not be refreshed: %1")
                      .arg(validationError)
               << '\n';
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
