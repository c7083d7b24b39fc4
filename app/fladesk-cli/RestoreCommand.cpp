#include "RestoreCommand.h"

#include "StorageCommandSupport.h"
#include "core/common/Translation.h"
#include "core/storage/Backup.h"
#include "core/storage/StorageDriver.h"
#include "core/storage/postgres/PostgresBackup.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace fla::cli {

namespace {

QString tr(const char *text)
{
    return translateFrom({"fla::cli::RestoreCommand"}, text);
}

} // namespace

QString RestoreCommand::summary() const
{
    return tr("Restore a workspace from a backup; the current workspace is kept as a copy.");
}

int RestoreCommand::run(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addOption(workspaceOption());
    const QCommandLineOption inOption(QStringLiteral("in"), tr("The backup file."), QStringLiteral("FILE"));
    const QCommandLineOption passOption(QStringLiteral("passphrase-file"),
                                        tr("The passphrase of an encrypted backup, in this file."),
                                        QStringLiteral("F"));
    parser.addOption(inOption);
    parser.addOption(passOption);
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("backup"), tr("The backup file (or --in FILE)."),
                                 QStringLiteral("[BACKUP]"));
    if (const std::optional<int> stop = parseCommandLine(parser, args, io))
        return *stop;
    QString in = parser.value(inOption);
    if (in.isEmpty() && parser.positionalArguments().size() == 1)
        in = parser.positionalArguments().at(0);
    if (in.isEmpty()) {
        io.err << tr("Name the backup file to restore.") << '\n';
        return ExitUsage;
    }
    const std::optional<QByteArray> passphrase = passphraseFrom(parser, passOption, io);
    if (!passphrase)
        return ExitUsage;
    QString error;
    QString kept;
    const QString target = workspacePath(parser);
    if (isServerLocation(target)) {
        // Into a new, empty database on the team server (pg_restore).
        if (!PostgresBackup::restore(in, *passphrase, target, &error)) {
            io.err << error << '\n';
            return ExitFailure;
        }
        io.out << tr("Workspace %1 restored from %2.")
                      .arg(createDriverFor(target)->displayLocation(target), QDir::toNativeSeparators(in))
               << '\n';
        return ExitOk;
    }
    if (!Backup::restore(in, *passphrase, target, &kept, &error)) {
        io.err << error << '\n';
        return ExitFailure;
    }
    io.out << tr("Workspace %1 restored from %2.")
                  .arg(QDir::toNativeSeparators(target), QDir::toNativeSeparators(in))
           << '\n';
    if (!kept.isEmpty())
        io.out << tr("The previous workspace was kept as %1.").arg(QDir::toNativeSeparators(kept)) << '\n';
    return ExitOk;
}

} // namespace fla::cli
