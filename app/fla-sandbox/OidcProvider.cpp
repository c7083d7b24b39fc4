#include "OidcProvider.h"

#include <QJsonArray>

namespace fla::sandbox {

OidcProvider::OidcProvider(SandboxServer &server)
    : m_server(server)
{}

OidcProvider::~OidcProvider() = default;

void OidcProvider::registerRoutes(SandboxServer &server)
{
    server.addRoute("GET", QStringLiteral("/.well-known/openid-configuration"),
                    [this](const HttpRequest &r) { return discovery(r); });
}

HttpResponse OidcProvider::discovery(const HttpRequest &) const
{
    const QString base = m_server.baseUrl().toString();
    const auto at = [&base](const char *path) { return QString(base + QLatin1String(path)); };
    return HttpResponse::json(
        200,
        QJsonObject{
            {QStringLiteral("issuer"), base},
            {QStringLiteral("authorization_endpoint"), at("/oauth/authorize")},
            {QStringLiteral("token_endpoint"), at("/oauth/token")},
            {QStringLiteral("jwks_uri"), at("/oauth/jwks")},
            {QStringLiteral("response_types_supported"), QJsonArray{QStringLiteral("code")}},
            {QStringLiteral("code_challenge_methods_supported"), QJsonArray{QStringLiteral("S256")}},
            {QStringLiteral("id_token_signing_alg_values_supported"), QJsonArray{QStringLiteral("RS256")}},
            {QStringLiteral("subject_types_supported"), QJsonArray{QStringLiteral("pairwise")}}});
}

} // namespace fla::sandbox
