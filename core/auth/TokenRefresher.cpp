#include "core/auth/TokenRefresher.h"

#include "core/auth/TokenEndpoint.h"
#include "core/common/Clock.h"
#include "core/common/LogCategories.h"

#include <QTimer>

namespace fla::auth {

TokenRefresher::TokenRefresher(QNetworkAccessManager *network, const fla::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
{}

void TokenRefresher::refresh(const Session &session)
{
    if (session.refreshToken.isEmpty()) {
        QTimer::singleShot(0, this, [this, session] {
            emit finished(Outcome::SignInAgain, session, AuthError::InvalidGrant,
                          QStringLiteral("no refresh token"));
        });
        return;
    }
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("refresh_token"), session.refreshToken);
    form.addQueryItem(QStringLiteral("client_id"), session.clientId);
    // No redirect_uri and no empty client_secret (the QtNetworkAuth 6.4 habit some providers refuse).
    postTokenRequest(
        m_network, session.tokenEndpoint, form, m_timeoutMs, this, [this, session](const TokenResponse &r) {
            if (r.isOk() && !r.json.value(QStringLiteral("access_token")).toString().isEmpty()) {
                Session updated = session;
                updated.accessToken = r.json.value(QStringLiteral("access_token")).toString();
                const QString newRefresh = r.json.value(QStringLiteral("refresh_token")).toString();
                if (!newRefresh.isEmpty())
                    updated.refreshToken = newRefresh; // rotation
                updated.accessTokenExpiresAt =
                    m_clock.nowUtc().addSecs(r.json.value(QStringLiteral("expires_in")).toInt(300));
                qCInfo(lcAuth) << "access token refreshed for subject" << session.subject << "valid until"
                               << updated.accessTokenExpiresAt.toString(Qt::ISODate);
                emit finished(Outcome::Refreshed, updated, AuthError::None, QString());
                return;
            }
            if (r.isOk()) {
                emit finished(Outcome::RetryLater, session, AuthError::TokenEndpoint,
                              QStringLiteral("no access token"));
                return;
            }
            if (r.isTransient()) {
                qCInfo(lcAuth).noquote()
                    << "refresh failed for now, keeping the tokens:" << errorCode(r.error) << r.description;
                emit finished(Outcome::RetryLater, session, r.error, r.description);
                return;
            }
            qCInfo(lcAuth).noquote() << "refresh refused, the user must sign in again:" << r.oauthError;
            emit finished(Outcome::SignInAgain, session,
                          r.error == AuthError::InvalidGrant ? AuthError::InvalidGrant : r.error,
                          r.oauthError + QStringLiteral(": ") + r.description);
        });
}

} // namespace fla::auth
