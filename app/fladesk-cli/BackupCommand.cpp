#include "BackupCommand.h"

#include "StorageCommandSupport.h"
#include "core/common/Translation.h"
#include "core/storage/Backup.h"
#include "core/storage/StorageDriver.h"
#include "core/storage/postgres/PostgresBackup.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace fla::cli {

namespace {

QString tr(const char *text)
{
    return translateFrom({"fla::cli::BackupCommand"}, text);
}

} // namespace

QString BackupCommand::summary() const
{
    return tr("Write a consistent backup of a workspace (also while the app has it open), encrypted with a "
              "passphrase.");
}

int BackupCommand::run(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addOption(workspaceOption());
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The backup file to write."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption passOption(QStringLiteral("passphrase-file"),
                                        tr("Encrypt with the passphrase in this file (AES-256-GCM, scrypt)."),
                                        QStringLiteral("F"));
    const QCommandLineOption plainOption(QStringLiteral("no-encryption"),
                                         tr("Write the backup unencrypted: anyone who gets the file can read "
                                            "every record in it."));
    parser.addOption(outOption);
    parser.addOption(passOption);
    parser.addOption(plainOption);
    parser.addHelpOption();
    if (const std::optional<int> stop = parseCommandLine(parser, args, io))
        return *stop;
    const QString out = parser.value(outOption);
    if (out.isEmpty()) {
        io.err << tr("Name the backup file with --out FILE.") << '\n';
        return ExitUsage;
    }
    if (QFileInfo::exists(out)) {
        io.err << tr("The file %1 already exists; choose another name.").arg(QDir::toNativeSeparators(out))
               << '\n';
        return ExitUsage;
    }
    // Unencrypted only when asked for by name: a forgotten option must not
    // leave every record readable in a file that travels.
    if (parser.isSet(passOption) == parser.isSet(plainOption)) {
        io.err << tr("Say how to protect the backup: --passphrase-file F to encrypt it (AES-256-GCM), or "
                     "--no-encryption to write it unencrypted.")
               << '\n';
        return ExitUsage;
    }
    const std::optional<QByteArray> passphrase = passphraseFrom(parser, passOption, io);
    if (!passphrase)
        return ExitUsage;
    QString error;
    // A team workspace is dumped by its server (pg_dump), then wrapped alike.
    const QString workspace = workspacePath(parser);
    const bool written = isServerLocation(workspace)
                             ? PostgresBackup::create(workspace, out, *passphrase, &error)
                             : Backup::createFromFile(workspace, out, *passphrase, &error);
    if (!written) {
        io.err << error << '\n';
        return ExitFailure;
    }
    io.out << tr("Backup written to %1 (%2).")
                  .arg(QDir::toNativeSeparators(out),
                       passphrase->isEmpty() ? tr("not encrypted") : tr("encrypted"))
           << '\n';
    return ExitOk;
}

} // namespace fla::cli
