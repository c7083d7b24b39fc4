#include "WorkspaceOpening.h"

#include "core/auth/SecretStore.h"
#include "core/auth/TeamServerPasswords.h"
#include "core/common/Translation.h"

#include <QFile>

namespace fla::cli {

namespace {

QString tr(const char *text)
{
    return translateFrom({"fla::cli"}, text);
}

} // namespace

std::unique_ptr<Workspace> openWorkspaceAt(const QString &location, QString *error,
                                           const WorkspaceOptions &options)
{
    if (qEnvironmentVariable("FLADESK_NO_KEYCHAIN") == QLatin1String("1")) {
        auth::MemorySecretStore nothingKept;
        return auth::openWithKeptPassword(location, nothingKept, error, options);
    }
    auth::KeychainSecretStore keychain;
    return auth::openWithKeptPassword(location, keychain, error, options);
}

std::unique_ptr<Workspace> openExistingWorkspace(const QString &location, CliIo &io)
{
    if (!isServerLocation(location) && !QFile::exists(location)) {
        io.err << tr("The workspace %1 does not exist.").arg(location) << '\n';
        return nullptr;
    }
    QString error;
    std::unique_ptr<Workspace> workspace = openWorkspaceAt(location, &error);
    if (!workspace)
        io.err << error << '\n';
    return workspace;
}

} // namespace fla::cli
