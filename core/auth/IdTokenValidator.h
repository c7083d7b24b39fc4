#pragma once

#include "core/auth/AuthTypes.h"

#include <QByteArray>
#include <QJsonObject>

namespace fla::auth {

// What an ID token must say to be accepted (OpenID Connect Core §3.1.3.7).
struct IdTokenExpectations
{
    QString issuer;   // exactly the discovered issuer
    QString clientId; // must be in "aud" (and be "azp" when there are several audiences)
    QString nonce;    // the nonce this sign-in sent
    QDateTime now;    // from fla::Clock
    int leewaySeconds = 60;
};

struct IdTokenResult
{
    AuthError error = AuthError::None;
    QString detail;     // for the log: never the token itself
    QJsonObject claims; // set when valid

    bool isValid() const { return error == AuthError::None; }
};

// Checks an ID token against the provider's JWKS with OpenSSL: RS256 only,
// the key by "kid", then iss, aud/azp, exp (and iat not in the future), nonce.
IdTokenResult validateIdToken(const QByteArray &idToken, const QJsonObject &jwks,
                              const IdTokenExpectations &expected);

} // namespace fla::auth
