#pragma once

#include "core/auth/AuthTypes.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>
#include <functional>

class QNetworkAccessManager;

namespace fla::auth {

// The answer of a token endpoint (RFC 6749 §5), classified.
struct TokenResponse
{
    AuthError error = AuthError::None; // Network/Timeout: transient; InvalidGrant; TokenEndpoint
    int httpStatus = 0;
    QString oauthError;  // "invalid_grant", "invalid_client", ...
    QString description; // error_description or the network error text (never a token)
    QJsonObject json;    // the body on success

    bool isOk() const { return error == AuthError::None; }
    // Transient: keep what we have and retry later.
    bool isTransient() const
    {
        return error == AuthError::Network || error == AuthError::Timeout ||
               (error == AuthError::TokenEndpoint && httpStatus >= 500);
    }
};

// POSTs an application/x-www-form-urlencoded request to a token endpoint with a
// transfer timeout, and calls `done` once (in the event loop of `context`).
// Refuses endpoints that are neither https nor loopback.
void postTokenRequest(QNetworkAccessManager *network, const QUrl &endpoint, const QUrlQuery &form,
                      int timeoutMs, QObject *context, std::function<void(const TokenResponse &)> done);

// GETs a JSON object (discovery, JWKS) with a timeout.
void getJson(QNetworkAccessManager *network, const QUrl &url, int timeoutMs, QObject *context,
             std::function<void(AuthError, const QString &detail, const QJsonObject &)> done);

// Form encoding that also encodes '+', '&', '=' and spaces in values.
QByteArray formEncode(const QUrlQuery &form);

} // namespace fla::auth
