#include "core/auth/TeamServerPasswords.h"

#include "core/common/LogCategories.h"
#include "core/storage/StorageDriver.h"
#include "core/storage/postgres/PostgresLocation.h"

namespace fla::auth {

namespace {

// The keychain's "environment" part of the key.
const char *const kKeychainArea = "team-server";

} // namespace

QString teamServerPasswordKey(const PostgresLocation &location)
{
    return SecretStore::keyFor(QLatin1String(kKeychainArea), location.passwordSubject());
}

std::unique_ptr<Workspace> openWithKeptPassword(const QString &location, SecretStore &secrets, QString *error,
                                                const WorkspaceOptions &options)
{
    QString firstError;
    std::unique_ptr<Workspace> ws = Workspace::open(location, &firstError, options);
    if (ws || !isServerLocation(location)) {
        if (error)
            *error = firstError;
        return ws;
    }
    QString ignored;
    std::optional<PostgresLocation> parsed = PostgresLocation::parse(location, &ignored);
    if (!parsed || !parsed->password.isEmpty() || parsed->user.isEmpty()) {
        if (error)
            *error = firstError;
        return ws;
    }
    QString why;
    const std::optional<QByteArray> kept = secrets.read(teamServerPasswordKey(*parsed), &why);
    if (!kept) {
        if (!why.isEmpty())
            qCWarning(lcAuth).noquote()
                << "the team server's password could not be read from the keychain:" << why;
        if (error)
            *error = firstError;
        return ws;
    }
    parsed->password = QString::fromUtf8(*kept);
    qCInfo(lcAuth).noquote() << "opening" << parsed->display() << "with the password the keychain keeps";
    QString secondError;
    ws = Workspace::open(parsed->withPassword(), &secondError, options);
    if (error)
        *error = ws ? QString() : secondError;
    return ws;
}

} // namespace fla::auth
