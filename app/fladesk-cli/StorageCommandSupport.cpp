#include "StorageCommandSupport.h"

#include "CliCommand.h"

#include "core/storage/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace fla::cli {

QCommandLineOption workspaceOption()
{
    return QCommandLineOption(
        QStringLiteral("workspace"),
        QCoreApplication::translate(
            "StorageCommand",
            "The workspace file, or a team server's address postgresql://user@host/database (default: %1).")
            .arg(QDir::toNativeSeparators(Workspace::defaultPath())),
        QStringLiteral("PATH"));
}

QString workspacePath(const QCommandLineParser &parser)
{
    const QString p = parser.value(QStringLiteral("workspace"));
    return p.isEmpty() ? Workspace::defaultPath() : p;
}

std::optional<QByteArray> passphraseFrom(const QCommandLineParser &parser, const QCommandLineOption &option,
                                         CliIo &io)
{
    if (!parser.isSet(option))
        return QByteArray();
    const QString file = parser.value(option);
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        io.err << QCoreApplication::translate("StorageCommand", "The passphrase file %1 cannot be read: %2")
                      .arg(QDir::toNativeSeparators(file), f.errorString())
               << '\n';
        return std::nullopt;
    }
    QByteArray p = f.readAll();
    while (p.endsWith('\n') || p.endsWith('\r'))
        p.chop(1);
    if (p.isEmpty()) {
        io.err << QCoreApplication::translate("StorageCommand", "The passphrase file %1 is empty.")
                      .arg(QDir::toNativeSeparators(file))
               << '\n';
        return std::nullopt;
    }
    return p;
}

} // namespace fla::cli
