#include "ImportCsvCommand.h"

#include "StorageCommandSupport.h"
#include "common/Translation.h"
#include "dataset/DataSetCsv.h"
#include "storage/BulkLoader.h"
#include "storage/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

namespace fla::cli {

namespace {

QString tr(const char *text)
{
    return translateFrom({"fla::cli::ImportCsvCommand"}, text);
}

void printStats(QTextStream &out, const QString &what, const BulkStats &s)
{
    out << what << '\t' << s.inserted << '\t' << s.updated << '\t' << s.unchanged << '\n';
}

} // namespace

QString ImportCsvCommand::summary() const
{
    return tr("Load a CSV set (docs/csv-format.md) into a workspace; loading it again adds nothing.");
}

int ImportCsvCommand::run(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addOption(workspaceOption());
    const QCommandLineOption queueOption(
        QStringLiteral("queue"), tr("Queue the loaded records for declaration (default: they stay drafts)."));
    const QCommandLineOption noAuditOption(QStringLiteral("no-audit"),
                                           tr("No audit entry per record (faster for very large sets)."));
    parser.addOption(queueOption);
    parser.addOption(noAuditOption);
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
    QElapsedTimer timer;
    timer.start();
    QList<DataSetCsvIssue> issues;
    const DataSet set = DataSetCsv::read(dir, &issues);
    for (const DataSetCsvIssue &i : issues) {
        io.err << i.file;
        if (i.line > 0)
            io.err << ':' << i.line;
        if (!i.column.isEmpty())
            io.err << ' ' << i.column;
        io.err << ": " << i.message << '\n';
    }
    QString error;
    auto ws = Workspace::open(workspacePath(parser), &error);
    if (!ws) {
        io.err << error << '\n';
        return ExitFailure;
    }
    BulkOptions options;
    options.auditEachRecord = !parser.isSet(noAuditOption);
    options.queueForSync = parser.isSet(queueOption);
    const BulkLoadResult r = loadDataSet(*ws, set, options);
    if (!r.ok) {
        io.err << tr("Nothing was loaded: %1").arg(r.error) << '\n';
        return ExitFailure;
    }
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
    io.out.flush();
    return issues.isEmpty() ? ExitOk : ExitFindings;
}

} // namespace fla::cli
