#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace fla {
class Clock;
}

namespace fla::auth {

// Why a sign-in, a refresh or a token check failed. Each has a translated description.
enum class AuthError
{
    None,
    InvalidConfiguration, // missing issuer/client id, bad URL
    InsecureEndpoint,     // http on a host that is not loopback
    Network,              // connection refused, DNS, TLS ...
    Timeout,
    Discovery,      // the discovery document is missing or wrong
    Jwks,           // the key set cannot be read
    ListenerFailed, // the loopback listener could not start
    StateMismatch,  // the callback's state is not the one we sent
    NoCallback,     // the browser did not come back in time
    AccessDenied,   // the provider or the user refused (error=... in the callback)
    MissingCode,
    TokenEndpoint, // the token endpoint answered an error
    InvalidGrant,  // code or refresh token refused: sign in again
    IdTokenMalformed,
    IdTokenAlgorithm, // not RS256 (none/HS256 refused)
    IdTokenUnknownKey,
    IdTokenSignature,
    IdTokenIssuer,
    IdTokenAudience,
    IdTokenExpired,
    IdTokenNonce,
    Certificate, // PKCS#12 cannot be read
    Cancelled
};

QString describe(AuthError error);
// A stable machine name ("state_mismatch", ...) for tests and logs.
QString errorCode(AuthError error);

// True for https URLs, and for http URLs whose host is loopback (127.0.0.0/8, ::1, localhost).
bool isAllowedEndpoint(const QUrl &url);
bool isLoopbackHost(const QString &host);

// What the provider's discovery document says (OpenID Connect Discovery 1.0).
struct ProviderMetadata
{
    QUrl issuer;
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl jwksUri;
    QUrl endSessionEndpoint; // optional
    QUrl revocationEndpoint; // optional
};

// One signed-in person (or machine) in one environment. The access token
// lives only in memory; the refresh token goes to the SecretStore only.
// Never log a Session: it holds tokens.
struct Session
{
    QString environment; // "sandbox", "acceptance", "production"
    QUrl issuer;
    QString clientId;
    QUrl tokenEndpoint;
    QString subject; // "sub" (the client id for machines)
    QString name;    // "name", or given + family name
    QString givenName;
    QString familyName;
    QStringList enterprises; // the "fla_enterprises" claim: enterprises this identity may act for
    QJsonObject idClaims;    // every claim of the validated ID token
    QString accessToken;
    QString refreshToken;
    QDateTime accessTokenExpiresAt;
    QStringList scopes;
    bool machine = false;

    bool isSignedIn() const { return !subject.isEmpty(); }
    bool hasValidAccessToken(const fla::Clock &clock, int marginSeconds = 30) const;
    // The key of this sign-in: one per environment and identity.
    QString accountKey() const { return accountKeyFor(environment, subject); }
    static QString accountKeyFor(const QString &environment, const QString &subject)
    {
        return environment + QLatin1Char('/') + subject;
    }
};

// The claim the sandbox (and our model of the FLA provider) uses for mandates.
inline QString enterprisesClaim()
{
    return QStringLiteral("fla_enterprises");
}

} // namespace fla::auth
