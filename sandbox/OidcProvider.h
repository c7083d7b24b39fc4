#pragma once

#include "HttpMessage.h"
#include "SandboxServer.h"
#include "core/auth/Jose.h"

#include <QHash>
#include <QUrl>

namespace fla::sandbox {

// Ways to make the provider misbehave, for the client's negative tests.
struct ProviderFaults
{
    bool wrongNonce = false;
    bool wrongAudience = false;
    bool wrongIssuer = false;
    bool expiredIdToken = false;
    bool tamperedIdToken = false; // a payload byte changed after signing
    bool unavailable = false;     // the token endpoint answers 503
};

// The sandbox's OpenID provider: discovery, JWKS (an RSA key made at start),
// the authorization page (pick a simulated identity and a key, eID or itsme;
// see the enterprises it may act for), and the token endpoint (code with the
// PKCE S256 check, refresh with rotation, client credentials with an RFC 7523
// JWT assertion checked against the machine client's certificate).
//
// The page can be completed without clicking: add identity=KEY (and
// key=eid|itsme) to the authorization URL, or cancel=1 to refuse.
class OidcProvider final : public SandboxModule
{
public:
    explicit OidcProvider(SandboxServer &server);
    ~OidcProvider() override;
    void registerRoutes(SandboxServer &server) override;

    void setFaults(const ProviderFaults &faults) { m_faults = faults; }
    ProviderFaults &faults() { return m_faults; }
    // Every refresh token stops working (their next use gets invalid_grant).
    void revokeAllRefreshTokens() { m_refreshTokens.clear(); }
    // Signs an access token (a JWT with the mandates claim) for `info`.
    QString signAccessToken(const TokenInfo &info) const;
    const fla::auth::RsaKey &signingKey() const { return m_key; }
    QString keyId() const { return m_keyId; }

private:
    struct PendingCode
    {
        QString identityKey;
        QString authKey; // eid, itsme
        QString clientId;
        QString redirectUri;
        QString codeChallenge;
        QString nonce;
        QStringList scopes;
        QDateTime expiresAt;
    };
    struct RefreshGrant
    {
        QString identityKey;
        QString clientId;
        QStringList scopes;
        QDateTime expiresAt;
    };

    HttpResponse discovery(const HttpRequest &request) const;
    HttpResponse jwks(const HttpRequest &request) const;
    HttpResponse authorize(const HttpRequest &request);
    HttpResponse token(const HttpRequest &request);
    HttpResponse codeGrant(const QUrlQuery &form);
    HttpResponse refreshGrant(const QUrlQuery &form);
    HttpResponse clientCredentialsGrant(const QUrlQuery &form);
    HttpResponse issueTokens(const SandboxIdentity &identity, const QString &clientId,
                             const QStringList &scopes, const QString &nonce, const QString &authKey,
                             bool withIdToken);
    QString idToken(const SandboxIdentity &identity, const QString &clientId, const QString &nonce,
                    const QString &authKey) const;
    QString authorizationPage(const HttpRequest &request) const;

    SandboxServer &m_server;
    fla::auth::RsaKey m_key;
    QString m_keyId;
    ProviderFaults m_faults;
    QHash<QString, PendingCode> m_codes;
    QHash<QString, RefreshGrant> m_refreshTokens;
    QHash<QString, QDateTime> m_usedJti;
};

} // namespace fla::sandbox
