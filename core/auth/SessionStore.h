#pragma once

#include "core/auth/AuthTypes.h"

#include <QHash>
#include <QList>
#include <optional>

class QSettings;

namespace fla::auth {

class SecretStore;

// What is remembered about a sign-in without any secret (for lists and menus).
struct AccountInfo
{
    QString environment;
    QString subject;
    QString name;
    QStringList enterprises;
    QUrl issuer;
    QString clientId;
    QUrl tokenEndpoint;
    bool machine = false;
};

// The sign-ins the app holds: one per environment and identity, several at
// once. The refresh token goes to the SecretStore (the keychain) only, the
// access token stays in memory, the rest (no secret) in QSettings.
class SessionStore
{
public:
    // settings may be null: nothing is remembered beyond this object.
    SessionStore(SecretStore &secrets, QSettings *settings);

    bool save(const Session &session, QString *error);
    QList<AccountInfo> accounts() const;
    // The session in memory, or one restored from settings + keychain (no access token yet: refresh it).
    std::optional<Session> session(const QString &environment, const QString &subject, QString *error);
    // Forgets the tokens (memory and keychain) and the account.
    bool signOut(const QString &environment, const QString &subject, QString *error);

private:
    SecretStore &m_secrets;
    QSettings *m_settings;
    QHash<QString, Session> m_sessions; // accountKey → session (with the access token)
};

} // namespace fla::auth
