#include "core/auth/AuthTypes.h"

#include "core/common/Clock.h"

#include <QHostAddress>

namespace fla::auth {

QString describe(AuthError error)
{
    switch (error) {
    case AuthError::None:
        return QString();
    case AuthError::InvalidConfiguration:
        return QCoreApplication::translate(
            "fla::auth", "The sign-in settings are incomplete: an issuer URL and a client id are needed.");
    case AuthError::InsecureEndpoint:
        return QCoreApplication::translate(
            "fla::auth",
            "The sign-in refused an address that is not https (only the local computer may use http).");
    case AuthError::Network:
        return QCoreApplication::translate(
            "fla::auth", "The sign-in service could not be reached. Check the network and try again.");
    case AuthError::Timeout:
        return QCoreApplication::translate("fla::auth",
                                           "The sign-in service did not answer in time. Try again later.");
    case AuthError::Discovery:
        return QCoreApplication::translate(
            "fla::auth", "The sign-in service's configuration (discovery document) is missing or wrong.");
    case AuthError::Jwks:
        return QCoreApplication::translate("fla::auth",
                                           "The sign-in service's signing keys could not be read.");
    case AuthError::ListenerFailed:
        return QCoreApplication::translate(
            "fla::auth", "The app could not wait for the browser on this computer (local listener failed).");
    case AuthError::StateMismatch:
        return QCoreApplication::translate("fla::auth", "The browser returned an answer that does not belong "
                                                        "to this sign-in (state mismatch). Sign in again.");
    case AuthError::NoCallback:
        return QCoreApplication::translate("fla::auth",
                                           "No answer came back from the browser in time. Sign in again.");
    case AuthError::AccessDenied:
        return QCoreApplication::translate("fla::auth",
                                           "The sign-in was refused or cancelled in the browser.");
    case AuthError::MissingCode:
        return QCoreApplication::translate("fla::auth", "The browser returned no authorization code.");
    case AuthError::TokenEndpoint:
        return QCoreApplication::translate("fla::auth", "The sign-in service refused to issue a token.");
    case AuthError::InvalidGrant:
        return QCoreApplication::translate("fla::auth",
                                           "The sign-in has expired or was revoked. Sign in again.");
    case AuthError::IdTokenMalformed:
        return QCoreApplication::translate("fla::auth", "The identity token is malformed.");
    case AuthError::IdTokenAlgorithm:
        return QCoreApplication::translate("fla::auth", "The identity token is not signed with RS256.");
    case AuthError::IdTokenUnknownKey:
        return QCoreApplication::translate(
            "fla::auth", "The identity token is signed with a key the service does not publish.");
    case AuthError::IdTokenSignature:
        return QCoreApplication::translate("fla::auth", "The identity token's signature is not valid.");
    case AuthError::IdTokenIssuer:
        return QCoreApplication::translate("fla::auth", "The identity token comes from another issuer.");
    case AuthError::IdTokenAudience:
        return QCoreApplication::translate(
            "fla::auth", "The identity token was issued for another application (audience).");
    case AuthError::IdTokenExpired:
        return QCoreApplication::translate(
            "fla::auth", "The identity token has expired. Check the computer's clock and sign in again.");
    case AuthError::IdTokenNonce:
        return QCoreApplication::translate(
            "fla::auth", "The identity token does not belong to this sign-in (nonce mismatch).");
    case AuthError::Certificate:
        return QCoreApplication::translate("fla::auth", "The certificate file could not be read.");
    case AuthError::Cancelled:
        return QCoreApplication::translate("fla::auth", "The sign-in was cancelled.");
    }
    return QString();
}

QString errorCode(AuthError error)
{
    switch (error) {
    case AuthError::None:
        return QStringLiteral("none");
    case AuthError::InvalidConfiguration:
        return QStringLiteral("invalid_configuration");
    case AuthError::InsecureEndpoint:
        return QStringLiteral("insecure_endpoint");
    case AuthError::Network:
        return QStringLiteral("network");
    case AuthError::Timeout:
        return QStringLiteral("timeout");
    case AuthError::Discovery:
        return QStringLiteral("discovery");
    case AuthError::Jwks:
        return QStringLiteral("jwks");
    case AuthError::ListenerFailed:
        return QStringLiteral("listener_failed");
    case AuthError::StateMismatch:
        return QStringLiteral("state_mismatch");
    case AuthError::NoCallback:
        return QStringLiteral("no_callback");
    case AuthError::AccessDenied:
        return QStringLiteral("access_denied");
    case AuthError::MissingCode:
        return QStringLiteral("missing_code");
    case AuthError::TokenEndpoint:
        return QStringLiteral("token_endpoint");
    case AuthError::InvalidGrant:
        return QStringLiteral("invalid_grant");
    case AuthError::IdTokenMalformed:
        return QStringLiteral("id_token_malformed");
    case AuthError::IdTokenAlgorithm:
        return QStringLiteral("id_token_algorithm");
    case AuthError::IdTokenUnknownKey:
        return QStringLiteral("id_token_unknown_key");
    case AuthError::IdTokenSignature:
        return QStringLiteral("id_token_signature");
    case AuthError::IdTokenIssuer:
        return QStringLiteral("id_token_issuer");
    case AuthError::IdTokenAudience:
        return QStringLiteral("id_token_audience");
    case AuthError::IdTokenExpired:
        return QStringLiteral("id_token_expired");
    case AuthError::IdTokenNonce:
        return QStringLiteral("id_token_nonce");
    case AuthError::Certificate:
        return QStringLiteral("certificate");
    case AuthError::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QString();
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool isAllowedEndpoint(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    return url.scheme() == QLatin1String("http") && isLoopbackHost(url.host());
}

bool Session::hasValidAccessToken(const fla::Clock &clock, int marginSeconds) const
{
    return !accessToken.isEmpty() && accessTokenExpiresAt.isValid() &&
           clock.nowUtc().addSecs(marginSeconds) < accessTokenExpiresAt;
}

} // namespace fla::auth
