#include "core/auth/MachineSignIn.h"

#include "core/auth/TokenEndpoint.h"
#include "core/common/Clock.h"
#include "core/common/LogCategories.h"

#include <QFile>
#include <QTimer>

namespace fla::auth {

QByteArray buildClientAssertion(const QString &clientId, const QUrl &tokenUrl, const RsaKey &key,
                                const fla::Clock &clock, int lifetimeSeconds)
{
    const qint64 now = clock.nowUtc().toSecsSinceEpoch();
    const QJsonObject claims{{QStringLiteral("iss"), clientId},
                             {QStringLiteral("sub"), clientId},
                             {QStringLiteral("aud"), tokenUrl.toString()},
                             {QStringLiteral("jti"), randomUrlSafeString(24)},
                             {QStringLiteral("iat"), now},
                             {QStringLiteral("exp"), now + lifetimeSeconds}};
    return Jwt::signRs256(QJsonObject(), claims, key);
}

MachineSignIn::MachineSignIn(QNetworkAccessManager *network, const fla::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
{}

bool MachineSignIn::loadCertificate(const QString &p12Path, const QString &password, QString *error)
{
    QFile file(p12Path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot open the certificate file %1: %2").arg(p12Path, file.errorString());
        return false;
    }
    QString detail;
    m_key = RsaKey::fromPkcs12(file.readAll(), password, &m_certificatePem, &detail);
    if (m_key.isNull()) {
        *error = tr("Cannot read the certificate file %1: %2").arg(p12Path, detail);
        return false;
    }
    return true;
}

void MachineSignIn::start(const QString &environment, const QString &clientId, const QUrl &tokenUrl,
                          const QStringList &scopes)
{
    if (m_key.isNull() || !m_key.hasPrivateKey() || clientId.isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            emit failed(AuthError::Certificate, QStringLiteral("no private key or no client id"));
        });
        return;
    }
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.addQueryItem(QStringLiteral("client_id"), clientId);
    form.addQueryItem(QStringLiteral("client_assertion_type"),
                      QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer"));
    form.addQueryItem(QStringLiteral("client_assertion"),
                      QString::fromLatin1(buildClientAssertion(clientId, tokenUrl, m_key, m_clock)));
    if (!scopes.isEmpty())
        form.addQueryItem(QStringLiteral("scope"), scopes.join(QLatin1Char(' ')));
    postTokenRequest(m_network, tokenUrl, form, m_timeoutMs, this,
                     [this, environment, clientId, tokenUrl, scopes](const TokenResponse &r) {
                         if (!r.isOk()) {
                             qCWarning(lcAuth).noquote() << "machine sign-in failed:" << errorCode(r.error)
                                                         << r.oauthError << r.description;
                             emit failed(r.error, r.oauthError.isEmpty()
                                                      ? r.description
                                                      : r.oauthError + QStringLiteral(": ") + r.description);
                             return;
                         }
                         Session s;
                         s.environment = environment;
                         s.clientId = clientId;
                         s.subject = clientId;
                         s.name = clientId;
                         s.machine = true;
                         s.tokenEndpoint = tokenUrl;
                         s.accessToken = r.json.value(QStringLiteral("access_token")).toString();
                         s.accessTokenExpiresAt =
                             m_clock.nowUtc().addSecs(r.json.value(QStringLiteral("expires_in")).toInt(300));
                         const QString scope = r.json.value(QStringLiteral("scope")).toString();
                         s.scopes =
                             scope.isEmpty() ? scopes : scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
                         if (s.accessToken.isEmpty()) {
                             emit failed(AuthError::TokenEndpoint, QStringLiteral("no access token"));
                             return;
                         }
                         qCInfo(lcAuth) << "machine signed in:" << clientId << "until"
                                        << s.accessTokenExpiresAt.toString(Qt::ISODate);
                         emit succeeded(s);
                     });
}

} // namespace fla::auth
