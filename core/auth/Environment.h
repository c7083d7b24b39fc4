#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <memory>

class QSettings;

namespace fla::auth {

enum class Environment
{
    Sandbox,
    Acceptance,
    Production
};

// The endpoints of one environment. Everything is configurable (Settings);
// every URL must be https unless its host is loopback.
struct EnvironmentConfig
{
    Environment environment = Environment::Sandbox;
    QUrl issuer;          // OpenID provider (discovery at issuer/.well-known/openid-configuration)
    QString clientId;     // the app's public client id (interactive sign-in)
    QStringList scopes;   // requested scopes
    QUrl machineTokenUrl; // client credentials token endpoint (certificate sign-in)
    QUrl apiBaseUrl;      // the FLA API root (…/REST/fla/v1)

    // Empty when usable; otherwise a translated message naming the field.
    QString validate() const;
};

QString environmentId(Environment e);   // "sandbox", "acceptance", "production"
QString environmentName(Environment e); // translated
bool environmentFromId(const QString &id, Environment *out);
QList<Environment> allEnvironments();

// The FLA's production platform closed on flaClosingDay(), when its data was
// destroyed: from that day a translated message saying so (nothing may try to
// reach it); empty before, and always for the sandbox and acceptance.
QString closedReason(Environment e, const QDate &today);

// The settings file shared by the desktop app and fladesk-cli (organisation and
// application "FLA Desk"): environments and the list of sign-ins, never a secret.
std::unique_ptr<QSettings> openAuthSettings();

// The settings of the environments in QSettings (group "auth/<id>").
class EnvironmentSettings
{
public:
    static EnvironmentConfig defaults(Environment e);
    static EnvironmentConfig load(const QSettings &settings, Environment e);
    // Refuses (returns the message) a configuration that validate() rejects.
    static QString save(QSettings &settings, const EnvironmentConfig &config);
    static Environment current(const QSettings &settings); // default Sandbox
    static void setCurrent(QSettings &settings, Environment e);
    // The default port of fla-sandbox, which the Sandbox environment points at.
    static constexpr quint16 kSandboxPort = 8765;
};

} // namespace fla::auth
