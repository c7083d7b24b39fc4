#include "core/auth/Environment.h"

#include "core/auth/AuthTypes.h"
#include "core/domain/FlaDates.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>

namespace fla::auth {

QString EnvironmentConfig::validate() const
{
    const auto check = [](const QUrl &url, const char *field, bool required) -> QString {
        const QString name = QString::fromLatin1(field);
        if (url.isEmpty())
            return required
                       ? QCoreApplication::translate("fla::auth", "%1: an address is required.").arg(name)
                       : QString();
        if (!url.isValid() || url.host().isEmpty())
            return QCoreApplication::translate("fla::auth", "%1: \"%2\" is not a valid address.")
                .arg(name, url.toDisplayString());
        if (!isAllowedEndpoint(url))
            return QCoreApplication::translate(
                       "fla::auth", "%1: \"%2\" must use https (http is only allowed on this computer).")
                .arg(name, url.toDisplayString());
        return QString();
    };
    QString error = check(issuer, "issuer", true);
    if (error.isEmpty() && clientId.trimmed().isEmpty())
        error = QCoreApplication::translate("fla::auth", "clientId: a client id is required.");
    if (error.isEmpty())
        error = check(machineTokenUrl, "machineTokenUrl", false);
    if (error.isEmpty())
        error = check(apiBaseUrl, "apiBaseUrl", false);
    return error;
}

std::unique_ptr<QSettings> openAuthSettings()
{
    return std::make_unique<QSettings>(QStringLiteral("FLA Desk"), QStringLiteral("FLA Desk"));
}

QString environmentId(Environment e)
{
    switch (e) {
    case Environment::Sandbox:
        return QStringLiteral("sandbox");
    case Environment::Acceptance:
        return QStringLiteral("acceptance");
    case Environment::Production:
        return QStringLiteral("production");
    }
    return QString();
}

QString environmentName(Environment e)
{
    switch (e) {
    case Environment::Sandbox:
        return QCoreApplication::translate("fla::auth", "Sandbox");
    case Environment::Acceptance:
        return QCoreApplication::translate("fla::auth", "Acceptance");
    case Environment::Production:
        return QCoreApplication::translate("fla::auth", "Production");
    }
    return QString();
}

bool environmentFromId(const QString &id, Environment *out)
{
    for (Environment e : allEnvironments()) {
        if (environmentId(e).compare(id, Qt::CaseInsensitive) == 0) {
            *out = e;
            return true;
        }
    }
    return false;
}

QString closedReason(Environment e, const QDate &today)
{
    if (e != Environment::Production || !today.isValid() || today < flaClosingDay())
        return {};
    return QCoreApplication::translate(
               "fla::auth::Environment",
               "The FLA's production platform closed on %1: the law of 14 January 2026 ended the declaration "
               "obligation and its data was destroyed. Nothing is sent to it or fetched from it any more. "
               "Your "
               "records stay in the workspace, for the training plan, the social balance sheet and the "
               "workers' training accounts.")
        .arg(QLocale().toString(flaClosingDay(), QLocale::LongFormat));
}

QList<Environment> allEnvironments()
{
    return {Environment::Sandbox, Environment::Acceptance, Environment::Production};
}

EnvironmentConfig EnvironmentSettings::defaults(Environment e)
{
    EnvironmentConfig c;
    c.environment = e;
    c.clientId = QStringLiteral("fladesk");
    c.scopes = {QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("fla")};
    switch (e) {
    case Environment::Sandbox: {
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(kSandboxPort);
        c.issuer = QUrl(base);
        c.machineTokenUrl = QUrl(base + QStringLiteral("/oauth/token"));
        c.apiBaseUrl = QUrl(base + QStringLiteral("/REST/fla/v1"));
        break;
    }
    case Environment::Acceptance:
        // The federal authentication service (FAS) and the portal's acceptance host.
        c.issuer = QUrl(QStringLiteral("https://idp.iamfas.int.belgium.be/fas/oauth2"));
        c.machineTokenUrl =
            QUrl(QStringLiteral("https://services-acpt.socialsecurity.be/REST/oauth/v5/token"));
        c.apiBaseUrl = QUrl(QStringLiteral("https://services-acpt.socialsecurity.be/REST/fla/v1"));
        break;
    case Environment::Production:
        c.issuer = QUrl(QStringLiteral("https://idp.iamfas.belgium.be/fas/oauth2"));
        c.machineTokenUrl = QUrl(QStringLiteral("https://services.socialsecurity.be/REST/oauth/v5/token"));
        c.apiBaseUrl = QUrl(QStringLiteral("https://services.socialsecurity.be/REST/fla/v1"));
        break;
    }
    return c;
}

EnvironmentConfig EnvironmentSettings::load(const QSettings &settings, Environment e)
{
    EnvironmentConfig c = defaults(e);
    const QString group = QStringLiteral("auth/") + environmentId(e) + QLatin1Char('/');
    const auto url = [&](const char *key, const QUrl &fallback) {
        const QVariant v = settings.value(group + QLatin1String(key));
        return v.isValid() ? QUrl(v.toString()) : fallback;
    };
    c.issuer = url("issuer", c.issuer);
    c.machineTokenUrl = url("machineTokenUrl", c.machineTokenUrl);
    c.apiBaseUrl = url("apiBaseUrl", c.apiBaseUrl);
    c.clientId = settings.value(group + QStringLiteral("clientId"), c.clientId).toString();
    const QString scopes = settings.value(group + QStringLiteral("scopes")).toString();
    if (!scopes.isEmpty())
        c.scopes = scopes.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return c;
}

QString EnvironmentSettings::save(QSettings &settings, const EnvironmentConfig &c)
{
    const QString error = c.validate();
    if (!error.isEmpty())
        return error;
    const QString group = QStringLiteral("auth/") + environmentId(c.environment) + QLatin1Char('/');
    settings.setValue(group + QStringLiteral("issuer"), c.issuer.toString());
    settings.setValue(group + QStringLiteral("clientId"), c.clientId.trimmed());
    settings.setValue(group + QStringLiteral("scopes"), c.scopes.join(QLatin1Char(' ')));
    settings.setValue(group + QStringLiteral("machineTokenUrl"), c.machineTokenUrl.toString());
    settings.setValue(group + QStringLiteral("apiBaseUrl"), c.apiBaseUrl.toString());
    return QString();
}

Environment EnvironmentSettings::current(const QSettings &settings)
{
    Environment e = Environment::Sandbox;
    environmentFromId(settings.value(QStringLiteral("auth/current")).toString(), &e);
    return e;
}

void EnvironmentSettings::setCurrent(QSettings &settings, Environment e)
{
    settings.setValue(QStringLiteral("auth/current"), environmentId(e));
}

} // namespace fla::auth
