#pragma once

#include "core/auth/AuthTypes.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;

namespace fla {
class Clock;
}

namespace fla::auth {

class LoopbackListener;

struct OidcConfig
{
    QString environment = QStringLiteral("sandbox");
    QUrl issuer;
    QString clientId;
    QStringList scopes{QStringLiteral("openid"), QStringLiteral("profile")};
};

// PKCE (RFC 7636): the S256 challenge of a verifier.
QString pkceChallengeS256(const QString &verifier);

// Interactive sign-in with OpenID Connect through the system browser
// (RFC 8252): discovery, the authorization code flow with PKCE S256, a fresh
// state and nonce from QRandomGenerator::system() each time, a loopback
// redirect on 127.0.0.1 with a port the system chooses (one callback, then
// closed), the code exchange and the ID token check (JWKS + OpenSSL). Nothing
// provider-specific. The network, the clock and the browser are injected.
class OidcSignIn : public QObject
{
    Q_OBJECT
public:
    // Opens the URL in a browser; false when none could be opened.
    using BrowserOpener = std::function<bool(const QUrl &)>;

    OidcSignIn(QNetworkAccessManager *network, const fla::Clock &clock, QObject *parent = nullptr);
    ~OidcSignIn() override;

    void setBrowserOpener(BrowserOpener opener) { m_opener = std::move(opener); }
    void setRequestTimeoutMs(int ms) { m_requestTimeoutMs = ms; }
    // How long to wait for the user in the browser (default 10 minutes).
    void setSignInTimeoutMs(int ms) { m_signInTimeoutMs = ms; }

    void start(const OidcConfig &config);
    void cancel();
    bool isRunning() const { return m_running; }

    QUrl authorizationUrl() const { return m_authorizationUrl; }
    QUrl redirectUri() const;
    const ProviderMetadata &metadata() const { return m_metadata; }

signals:
    // The URL the user must open; always emitted (the CLI prints it, the dialog offers it to copy).
    void authorizationUrlReady(const QUrl &url);
    // No browser could be opened: show the URL to copy.
    void browserUnavailable(const QUrl &url);
    void succeeded(const fla::auth::Session &session);
    void failed(fla::auth::AuthError error, const QString &detail);

private:
    void onDiscovery(AuthError error, const QString &detail, const QJsonObject &document);
    void onJwks(AuthError error, const QString &detail, const QJsonObject &jwks);
    void openBrowser();
    void onCallback(const QUrlQuery &query);
    void onTokens(const struct TokenResponse &response);
    void finishWithError(AuthError error, const QString &detail);
    void cleanup();

    QNetworkAccessManager *m_network;
    const fla::Clock &m_clock;
    BrowserOpener m_opener;
    int m_requestTimeoutMs = 30000;
    int m_signInTimeoutMs = 10 * 60 * 1000;
    QTimer m_signInTimer;

    OidcConfig m_config;
    ProviderMetadata m_metadata;
    QJsonObject m_jwks;
    QPointer<LoopbackListener> m_listener;
    QUrl m_redirectUri;
    QUrl m_authorizationUrl;
    QString m_state;
    QString m_nonce;
    QString m_codeVerifier;
    bool m_running = false;
    quint64 m_generation = 0; // answers of an earlier start() are ignored
};

// Reads the discovery document; false with a detail when it is unusable.
bool parseProviderMetadata(const QJsonObject &document, const QUrl &expectedIssuer, ProviderMetadata *out,
                           AuthError *error, QString *detail);

// Fills the identity part of a session from validated ID token claims.
void applyIdClaims(Session *session, const QJsonObject &claims);

} // namespace fla::auth
