#include "core/auth/SessionStore.h"

#include "core/auth/SecretStore.h"
#include "core/common/LogCategories.h"

#include <QSettings>

namespace fla::auth {

namespace {

QString settingsGroup(const QString &environment, const QString &subject)
{
    return QStringLiteral("accounts/") + environment + QLatin1Char('/') +
           QString::fromLatin1(QUrl::toPercentEncoding(subject));
}

} // namespace

SessionStore::SessionStore(SecretStore &secrets, QSettings *settings)
    : m_secrets(secrets)
    , m_settings(settings)
{}

bool SessionStore::save(const Session &session, QString *error)
{
    if (!session.isSignedIn()) {
        if (error)
            *error = QStringLiteral("no subject");
        return false;
    }
    if (!session.refreshToken.isEmpty() &&
        !m_secrets.write(SecretStore::keyFor(session.environment, session.subject),
                         session.refreshToken.toUtf8(), error))
        return false;
    Session inMemory = session;
    m_sessions.insert(session.accountKey(), inMemory);
    if (m_settings) {
        m_settings->beginGroup(settingsGroup(session.environment, session.subject));
        m_settings->setValue(QStringLiteral("name"), session.name);
        m_settings->setValue(QStringLiteral("enterprises"), session.enterprises);
        m_settings->setValue(QStringLiteral("issuer"), session.issuer.toString());
        m_settings->setValue(QStringLiteral("clientId"), session.clientId);
        m_settings->setValue(QStringLiteral("tokenEndpoint"), session.tokenEndpoint.toString());
        m_settings->setValue(QStringLiteral("machine"), session.machine);
        m_settings->endGroup();
        m_settings->sync();
    }
    qCInfo(lcAuth) << "remembered the sign-in of subject" << session.subject << "in" << session.environment;
    return true;
}

QList<AccountInfo> SessionStore::accounts() const
{
    QList<AccountInfo> result;
    QHash<QString, bool> seen;
    for (const Session &s : m_sessions) {
        result.append({s.environment, s.subject, s.name, s.enterprises, s.issuer, s.clientId, s.tokenEndpoint,
                       s.machine});
        seen.insert(s.accountKey(), true);
    }
    if (!m_settings)
        return result;
    QSettings &settings = *m_settings;
    settings.beginGroup(QStringLiteral("accounts"));
    const QStringList environments = settings.childGroups();
    for (const QString &env : environments) {
        settings.beginGroup(env);
        const QStringList subjects = settings.childGroups();
        for (const QString &encoded : subjects) {
            const QString subject = QUrl::fromPercentEncoding(encoded.toLatin1());
            if (seen.contains(Session::accountKeyFor(env, subject)))
                continue;
            settings.beginGroup(encoded);
            result.append({env, subject, settings.value(QStringLiteral("name")).toString(),
                           settings.value(QStringLiteral("enterprises")).toStringList(),
                           QUrl(settings.value(QStringLiteral("issuer")).toString()),
                           settings.value(QStringLiteral("clientId")).toString(),
                           QUrl(settings.value(QStringLiteral("tokenEndpoint")).toString()),
                           settings.value(QStringLiteral("machine")).toBool()});
            settings.endGroup();
        }
        settings.endGroup();
    }
    settings.endGroup();
    return result;
}

std::optional<Session> SessionStore::session(const QString &environment, const QString &subject,
                                             QString *error)
{
    const auto it = m_sessions.constFind(Session::accountKeyFor(environment, subject));
    if (it != m_sessions.cend())
        return it.value();
    const QList<AccountInfo> all = accounts();
    for (const AccountInfo &a : all) {
        if (a.environment != environment || a.subject != subject)
            continue;
        const std::optional<QByteArray> refresh =
            m_secrets.read(SecretStore::keyFor(environment, subject), error);
        if (!refresh)
            return std::nullopt;
        Session s;
        s.environment = a.environment;
        s.subject = a.subject;
        s.name = a.name;
        s.enterprises = a.enterprises;
        s.issuer = a.issuer;
        s.clientId = a.clientId;
        s.tokenEndpoint = a.tokenEndpoint;
        s.machine = a.machine;
        s.refreshToken = QString::fromUtf8(*refresh);
        return s;
    }
    return std::nullopt;
}

bool SessionStore::signOut(const QString &environment, const QString &subject, QString *error)
{
    m_sessions.remove(Session::accountKeyFor(environment, subject));
    if (m_settings) {
        m_settings->remove(settingsGroup(environment, subject));
        m_settings->sync();
    }
    const bool ok = m_secrets.remove(SecretStore::keyFor(environment, subject), error);
    qCInfo(lcAuth) << "signed out subject" << subject << "in" << environment;
    return ok;
}

} // namespace fla::auth
