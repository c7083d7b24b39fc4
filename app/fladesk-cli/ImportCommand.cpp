#include "ImportCommand.h"
#include "WorkspaceOpening.h"

#include "IoCommandSupport.h"
#include "core/common/Translation.h"
#include "core/dataset/DataSetCsv.h"
#include "core/domain/EnterpriseNumber.h"
#include "core/io/ImportStore.h"
#include "core/io/Importer.h"
#include "core/io/TableReader.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

namespace fla::cli {

namespace {

QString tr(const char *text)
{
    return translateFrom({"fla::cli::ImportCommand", "fla::cli"}, text);
}

void printIssues(const ImportResult &r, QTextStream &err, bool all)
{
    for (const ImportRowReport &row : r.rows) {
        for (const ImportIssue &i : row.issues) {
            if (!all && row.accepted && i.severity != Severity::Blocking)
                continue;
            err << tr("row %1").arg(i.row) << ", " << i.column << ": [" << i.code << "] " << i.message
                << (row.accepted ? QString() : QStringLiteral(" ") + tr("(rejected)")) << '\n';
        }
    }
}

} // namespace

QString ImportCommand::summary() const
{
    return tr("Import a spreadsheet (CSV or XLSX) of trainings followed, with a column mapping.");
}

int ImportCommand::run(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption mapping(QStringLiteral("mapping"),
                                     tr("The column mapping: a profile name, or the path of its JSON file."),
                                     QStringLiteral("PROFILE"));
    const QCommandLineOption profiles(QStringLiteral("profiles"),
                                      tr("The folder of the named mappings (default: the app's own)."),
                                      QStringLiteral("DIR"));
    const QCommandLineOption suggest(
        QStringLiteral("suggest"),
        tr("Print the mapping suggested from the file's header as JSON, and stop."));
    const QCommandLineOption drafts(QStringLiteral("drafts"),
                                    tr("Keep every row that names a worker and a training, as drafts."));
    const QCommandLineOption rejected(QStringLiteral("rejected"),
                                      tr("Write the rejected rows and their reasons to FILE "
                                         "(default: next to the input, -rejected.csv)."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption preview(QStringLiteral("preview"),
                                     tr("Check the first N rows and store nothing."), QStringLiteral("N"));
    const QCommandLineOption csvOut(QStringLiteral("csv-out"), tr("Write the records as a CSV set into DIR."),
                                    QStringLiteral("DIR"));
    const QCommandLineOption workspace(QStringLiteral("workspace"), tr("The workspace file to import into."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption employer(QStringLiteral("employer"), tr("The employer (enterprise number)."),
                                      QStringLiteral("NUMBER"));
    const QCommandLineOption noAudit(QStringLiteral("no-audit"),
                                     tr("No audit entry per record (faster for very large files)."));
    for (const auto &o :
         {mapping, profiles, suggest, drafts, rejected, preview, csvOut, workspace, employer, noAudit})
        parser.addOption(o);
    parser.addOption(todayOption());
    parser.addPositionalArgument(QStringLiteral("file"), tr("The CSV or XLSX file."), QStringLiteral("FILE"));
    parser.addHelpOption();
    if (const std::optional<int> stop = parseCommandLine(parser, args, io))
        return *stop;
    if (parser.positionalArguments().size() != 1) {
        io.err << tr("Give one file to import.") << '\n';
        return ExitUsage;
    }
    const QString path = parser.positionalArguments().first();
    QString error;
    auto reader = TableReader::open(path, &error);
    if (!reader) {
        io.err << error << '\n';
        return ExitFailure;
    }
    if (parser.isSet(suggest)) {
        ImportProfile p = suggestProfile(reader->header());
        p.name = QFileInfo(path).completeBaseName();
        io.out << QString::fromUtf8(QJsonDocument(p.toJson()).toJson());
        io.out.flush();
        return ExitOk;
    }
    if (!parser.isSet(mapping)) {
        io.err << tr("Give --mapping PROFILE (or --suggest to see the mapping the header suggests).") << '\n';
        return ExitUsage;
    }
    const QString profileDir =
        parser.isSet(profiles) ? parser.value(profiles) : ImportProfiles::defaultDirectory();
    const auto profile = ImportProfiles::load(parser.value(mapping), profileDir, &error);
    if (!profile) {
        io.err << error << '\n';
        return ExitUsage;
    }
    QDate today;
    if (!todayFrom(parser, &today, io))
        return ExitUsage;
    if (!parser.isSet(employer)) {
        io.err << tr("Give the employer the rows belong to: --employer NUMBER.") << '\n';
        return ExitUsage;
    }
    const EnterpriseNumber number = EnterpriseNumber::parse(parser.value(employer));
    if (!number.isValid()) {
        io.err << tr("The enterprise number %1 is not valid.").arg(parser.value(employer)) << '\n';
        return ExitUsage;
    }
    qint64 previewRows = 0;
    if (parser.isSet(preview)) {
        previewRows = parser.value(preview).toLongLong();
        if (previewRows <= 0) {
            io.err << tr("--preview needs a number of rows.") << '\n';
            return ExitUsage;
        }
    }
    Employer target;
    std::unique_ptr<Workspace> ws;
    if (parser.isSet(csvOut)) {
        // No workspace: the employer is named by its number only.
        target.enterpriseNumber = number.normalized();
        target.name = number.display();
        target.uuid = QUuid::createUuidV5(Importer::uuidNamespace(),
                                          QStringLiteral("employer|") + target.enterpriseNumber);
    } else if (previewRows == 0 || parser.isSet(workspace)) {
        ws = openWorkspaceAt(parser.isSet(workspace) ? parser.value(workspace) : Workspace::defaultPath(),
                             &error);
        if (!ws) {
            io.err << error << '\n';
            return ExitFailure;
        }
        const auto read = readOrTell(ws->employers().findByEnterpriseNumber(number.normalized()), io);
        if (!read)
            return ExitFailure;
        const std::optional<Employer> &found = *read;
        if (!found) {
            io.err << tr("The workspace has no employer with enterprise number %1.").arg(number.display())
                   << '\n';
            return ExitFailure;
        }
        target = *found;
    } else {
        target.enterpriseNumber = number.normalized();
        target.uuid = QUuid::createUuidV5(Importer::uuidNamespace(),
                                          QStringLiteral("employer|") + target.enterpriseNumber);
    }

    const ImportMode mode = parser.isSet(drafts) ? ImportMode::AllAsDrafts : ImportMode::ValidRowsOnly;
    ImportResult r = Importer(target, *profile, today).run(*reader, mode, previewRows);
    if (!r.ok) {
        io.err << QFileInfo(path).fileName() << ": " << r.error << '\n';
        return ExitFailure;
    }
    printIssues(r, io.err, previewRows > 0);
    if (r.rowsNotReported > 0)
        io.err << r.notReportedNote() << '\n';
    io.out << tr("%1 (%2): %3 row(s) read, %4 accepted, %5 rejected; %6 worker(s), %7 training(s), "
                 "%8 participation(s)")
                  .arg(QFileInfo(path).fileName(), r.sourceDescription)
                  .arg(r.rowsRead)
                  .arg(r.rowsAccepted)
                  .arg(r.rowsRejected)
                  .arg(r.data.workers.size())
                  .arg(r.data.trainings.size())
                  .arg(r.data.participations.size())
           << '\n';
    if (previewRows > 0) {
        io.out.flush();
        return r.rowsRejected ? ExitFindings : ExitOk;
    }
    if (r.rowsRejected > 0) {
        const QString rejectedPath = parser.isSet(rejected)
                                         ? parser.value(rejected)
                                         : QFileInfo(path).dir().filePath(QFileInfo(path).completeBaseName() +
                                                                          QStringLiteral("-rejected.csv"));
        if (!Importer::writeRejected(r, rejectedPath, &error)) {
            io.err << error << '\n';
            return ExitFailure;
        }
        io.out << tr("Rejected rows and their reasons: %1").arg(QDir::toNativeSeparators(rejectedPath))
               << '\n';
    }
    if (parser.isSet(csvOut)) {
        DataSet out = r.data;
        out.employers.append(target);
        if (!DataSetCsv::write(out, parser.value(csvOut), &error)) {
            io.err << error << '\n';
            return ExitFailure;
        }
        io.out << tr("Written to %1.").arg(QDir::toNativeSeparators(parser.value(csvOut))) << '\n';
    } else {
        // Every row's report is written above: not held while the records are stored.
        r.rows = {};
        ImportStoreStats stats;
        if (!storeImport(*ws, target.uuid, r, mode, &stats, &error, !parser.isSet(noAudit))) {
            io.err << error << '\n' << tr("Nothing was imported.") << '\n';
            return ExitFailure;
        }
        io.out << tr("Stored in %1: %2 new and %3 unchanged participation(s), %4 new worker(s), %5 new "
                     "training(s).")
                      .arg(QDir::toNativeSeparators(ws->path()))
                      .arg(stats.participations.inserted)
                      .arg(stats.participations.unchanged + stats.participations.updated)
                      .arg(stats.workers.inserted)
                      .arg(stats.trainings.inserted)
               << '\n';
    }
    if (!r.drafts.isEmpty())
        io.out << tr("Rows with blocking problems were kept as drafts: fix them before they are declared.")
               << '\n';
    io.out.flush();
    return r.rowsRejected || !r.drafts.isEmpty() ? ExitFindings : ExitOk;
}

} // namespace fla::cli
