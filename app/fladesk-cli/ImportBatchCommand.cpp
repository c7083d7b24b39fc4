#include "ImportBatchCommand.h"
#include "WorkspaceOpening.h"

#include "IoCommandSupport.h"
#include "core/common/Translation.h"
#include "core/dataset/DataSetCsv.h"
#include "core/io/BatchFileSet.h"
#include "core/io/BatchXml.h"
#include "core/storage/BulkLoader.h"
#include "core/storage/Workspace.h"
#include "core/workspace/RecordWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace fla::cli {

namespace {
QString tr(const char *text)
{
    return translateFrom({"fla::cli::ImportBatchCommand"}, text);
}
} // namespace

QString ImportBatchCommand::summary() const
{
    return tr("Read a batch declaration file (FI) back, checking every value.");
}

int ImportBatchCommand::run(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption check(QStringLiteral("check"), tr("Only check the file; store nothing."));
    const QCommandLineOption csvOut(QStringLiteral("csv-out"), tr("Write the records as a CSV set into DIR."),
                                    QStringLiteral("DIR"));
    const QCommandLineOption workspace(QStringLiteral("workspace"),
                                       tr("The workspace file to load the records into."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption unsignedSet(
        QStringLiteral("unsigned"),
        tr("Read the declaration although it has no FS signature file (a signature that is there is always "
           "checked)."));
    const QCommandLineOption trustedCa(QStringLiteral("ca"),
                                       tr("The signer's certificate must chain to a certificate in this PEM "
                                          "file."),
                                       QStringLiteral("FILE"));
    parser.addOption(check);
    parser.addOption(csvOut);
    parser.addOption(workspace);
    parser.addOption(unsignedSet);
    parser.addOption(trustedCa);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 tr("The FI file (its FS signature is read from the same "
                                    "folder)."),
                                 QStringLiteral("FI-FILE"));
    parser.addHelpOption();
    if (const std::optional<int> stop = parseCommandLine(parser, args, io))
        return *stop;
    if (parser.positionalArguments().size() != 1) {
        io.err << tr("Give one FI file.") << '\n';
        return ExitUsage;
    }
    const QString path = parser.positionalArguments().first();
    if (!QFileInfo(path).isFile()) {
        io.err << tr("Cannot open %1: there is no such file.").arg(QDir::toNativeSeparators(path)) << '\n';
        return ExitFailure;
    }
    // The signature first: a declaration changed after it was signed is not read at all.
    const BatchSignatureCheck signature = BatchFileSet::verifySignature(path, parser.value(trustedCa));
    switch (signature.state) {
    case BatchSignatureCheck::State::Invalid:
        io.err << signature.message << '\n' << tr("Nothing was stored.") << '\n';
        return ExitBlocking;
    case BatchSignatureCheck::State::Missing:
        if (!parser.isSet(unsignedSet)) {
            io.err << signature.message << '\n'
                   << tr("An unsigned declaration is read only with --unsigned; nothing was stored.") << '\n';
            return ExitBlocking;
        }
        io.out << tr("Not signed: read because --unsigned was given.") << '\n';
        break;
    case BatchSignatureCheck::State::Valid:
        io.out << tr("Signature valid, signed by: %1").arg(signature.signer) << '\n';
        if (!signature.chainChecked)
            io.out << tr("The signer's certificate was not checked against a trusted authority (give --ca "
                         "FILE): make sure this signer is who you expect.")
                   << '\n';
        break;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        io.err << tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()) << '\n';
        return ExitFailure;
    }
    const BatchReadResult r = BatchXml::read(&file);
    const QString name = QFileInfo(path).fileName();
    for (const BatchIssue &i : r.issues) {
        io.err << name << ':' << i.line << ": ";
        if (!i.element.isEmpty())
            io.err << i.element << (i.attribute.isEmpty() ? QString() : QLatin1Char('@') + i.attribute)
                   << ": ";
        io.err << i.message << '\n';
    }
    if (!r.ok) {
        io.err << tr("%1 is not a valid declaration; nothing was stored.").arg(name) << '\n';
        return ExitBlocking;
    }
    io.out << tr("%1: %2 employer(s), %3 worker(s), %4 training(s), %5 participation(s), %6 right(s)")
                  .arg(name)
                  .arg(r.data.employers.size())
                  .arg(r.data.workers.size())
                  .arg(r.data.trainings.size())
                  .arg(r.data.participations.size())
                  .arg(r.data.rights.size())
           << '\n';
    if (parser.isSet(check)) {
        io.out.flush();
        return ExitOk;
    }
    if (parser.isSet(csvOut)) {
        QString error;
        if (!DataSetCsv::write(r.data, parser.value(csvOut), &error)) {
            io.err << error << '\n';
            return ExitFailure;
        }
        io.out << tr("Written to %1.").arg(QDir::toNativeSeparators(parser.value(csvOut))) << '\n';
        io.out.flush();
        return ExitOk;
    }
    QString error;
    auto ws =
        openWorkspaceAt(parser.isSet(workspace) ? parser.value(workspace) : Workspace::defaultPath(), &error);
    if (!ws) {
        io.err << error << '\n';
        return ExitFailure;
    }
    // Upsert by UUID: reading the same file twice adds nothing. The records and the anomalies of
    // their companies in one transaction (the one write path, core/workspace).
    QList<QUuid> companies;
    for (const Employer &e : std::as_const(r.data.employers))
        companies.append(e.uuid);
    BulkLoadResult loaded;
    const Result<void> stored = RecordWriter(*ws, ws->clock()).writeCompanies(companies, [&](QString *e) {
        loaded = loadDataSet(*ws, r.data);
        *e = loaded.error;
        return loaded.ok;
    });
    if (!stored) {
        io.err << stored.error() << '\n';
        return ExitFailure;
    }
    const auto sum = [&](auto field) {
        return loaded.employers.*field + loaded.workers.*field + loaded.employments.*field +
               loaded.trainings.*field + loaded.participations.*field + loaded.rights.*field;
    };
    io.out << tr("Stored in %1: %2 new, %3 changed, %4 unchanged record(s).")
                  .arg(QDir::toNativeSeparators(ws->path()))
                  .arg(sum(&BulkStats::inserted))
                  .arg(sum(&BulkStats::updated))
                  .arg(sum(&BulkStats::unchanged))
           << '\n';
    io.out.flush();
    return ExitOk;
}

} // namespace fla::cli
