#include "WorkspaceOpening.h"

#include "auth/SecretStore.h"
#include "auth/TeamServerPasswords.h"

namespace fla::cli {

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

} // namespace fla::cli
