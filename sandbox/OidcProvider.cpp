#include "OidcProvider.h"

#include "core/auth/AuthTypes.h"
#include "core/common/Clock.h"
#include "core/common/Translation.h"
#include "core/domain/EnterpriseNumber.h"
#include "core/domain/Ssin.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSandbox)

namespace fla::sandbox {

using fla::auth::base64UrlEncode;
using fla::auth::randomUrlSafeString;

namespace {

const char kAssertionType[] = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

QString tr(const char *text)
{
    return translateFrom({"fla::sandbox::OidcProvider"}, text);
}

QString s256(const QString &verifier)
{
    return QString::fromLatin1(
        base64UrlEncode(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)));
}

QJsonArray toArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

QString value(const QUrlQuery &q, const char *key)
{
    return q.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
}

// Only scopes the sandbox knows are granted; openid is always there.
QStringList grantedScopes(const QString &requested)
{
    static const QStringList known{QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("fla"),
                                   QStringLiteral("offline_access")};
    QStringList granted{QStringLiteral("openid")};
    const QStringList parts = requested.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &s : parts) {
        if (known.contains(s) && !granted.contains(s))
            granted << s;
    }
    return granted;
}

} // namespace

OidcProvider::OidcProvider(SandboxServer &server)
    : m_server(server)
    , m_key(fla::auth::RsaKey::generate(2048))
    , m_keyId(randomUrlSafeString(8))
{}

OidcProvider::~OidcProvider() = default;

void OidcProvider::registerRoutes(SandboxServer &server)
{
    server.addRoute("GET", QStringLiteral("/.well-known/openid-configuration"),
                    [this](const HttpRequest &r) { return discovery(r); });
    server.addRoute("GET", QStringLiteral("/oauth/jwks"), [this](const HttpRequest &r) { return jwks(r); });
    server.addRoute("GET", QStringLiteral("/oauth/authorize"),
                    [this](const HttpRequest &r) { return authorize(r); });
    server.addRoute("POST", QStringLiteral("/oauth/token"),
                    [this](const HttpRequest &r) { return token(r); });
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
            {QStringLiteral("grant_types_supported"),
             QJsonArray{QStringLiteral("authorization_code"), QStringLiteral("refresh_token"),
                        QStringLiteral("client_credentials")}},
            {QStringLiteral("code_challenge_methods_supported"), QJsonArray{QStringLiteral("S256")}},
            {QStringLiteral("id_token_signing_alg_values_supported"), QJsonArray{QStringLiteral("RS256")}},
            {QStringLiteral("token_endpoint_auth_methods_supported"),
             QJsonArray{QStringLiteral("none"), QStringLiteral("private_key_jwt")}},
            {QStringLiteral("scopes_supported"),
             QJsonArray{QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("fla")}},
            {QStringLiteral("claims_supported"),
             QJsonArray{QStringLiteral("sub"), QStringLiteral("name"), QStringLiteral("given_name"),
                        QStringLiteral("family_name"), fla::auth::enterprisesClaim()}},
            {QStringLiteral("subject_types_supported"), QJsonArray{QStringLiteral("pairwise")}}});
}

HttpResponse OidcProvider::jwks(const HttpRequest &) const
{
    return HttpResponse::json(200,
                              QJsonObject{{QStringLiteral("keys"), QJsonArray{m_key.toPublicJwk(m_keyId)}}});
}

HttpResponse OidcProvider::authorize(const HttpRequest &request)
{
    const QUrlQuery &q = request.query;
    const QString clientId = value(q, "client_id");
    const QUrl redirect(value(q, "redirect_uri"));
    // A bad client or redirect URI gets a page, never a redirect (RFC 6749 §4.1.2.1).
    if (clientId.isEmpty() ||
        (!m_server.config().clientIds.isEmpty() && !m_server.config().clientIds.contains(clientId)))
        return HttpResponse::html(400, tr("<h1>Unknown client</h1>"));
    if (redirect.scheme() != QLatin1String("http") || !fla::auth::isLoopbackHost(redirect.host()))
        return HttpResponse::html(400,
                                  tr("<h1>The redirect URI must be a loopback http address (RFC 8252)</h1>"));

    const QString state = value(q, "state");
    const auto redirectWith = [&](QUrlQuery params) {
        if (!state.isEmpty())
            params.addQueryItem(QStringLiteral("state"), QString::fromLatin1(QUrl::toPercentEncoding(state)));
        QUrl target = redirect;
        target.setQuery(params.query(QUrl::FullyEncoded), QUrl::StrictMode);
        return HttpResponse::redirect(target.toEncoded());
    };
    const auto oauthError = [&](const QString &error, const QString &description) {
        QUrlQuery params;
        params.addQueryItem(QStringLiteral("error"), error);
        params.addQueryItem(QStringLiteral("error_description"),
                            QString::fromLatin1(QUrl::toPercentEncoding(description)));
        return redirectWith(params);
    };
    if (value(q, "response_type") != QLatin1String("code"))
        return oauthError(QStringLiteral("unsupported_response_type"), QStringLiteral("only code"));
    if (value(q, "code_challenge").isEmpty() || value(q, "code_challenge_method") != QLatin1String("S256"))
        return oauthError(QStringLiteral("invalid_request"), QStringLiteral("PKCE with S256 is required"));
    if (!value(q, "scope").split(QLatin1Char(' ')).contains(QStringLiteral("openid")))
        return oauthError(QStringLiteral("invalid_scope"), QStringLiteral("openid is required"));
    if (value(q, "cancel") == QLatin1String("1"))
        return oauthError(QStringLiteral("access_denied"), QStringLiteral("the user cancelled"));

    const QString identityKey = value(q, "identity");
    if (identityKey.isEmpty())
        return HttpResponse::html(200, authorizationPage(request));
    const SandboxIdentity *identity = m_server.identity(identityKey);
    if (!identity)
        return HttpResponse::html(400, tr("<h1>Unknown identity</h1>"));
    QString authKey = value(q, "key");
    if (authKey.isEmpty())
        authKey = QStringLiteral("eid");
    if (authKey != QLatin1String("eid") && authKey != QLatin1String("itsme"))
        return HttpResponse::html(400, tr("<h1>Unknown key: choose eID or itsme</h1>"));

    PendingCode pending;
    pending.identityKey = identity->key;
    pending.authKey = authKey;
    pending.clientId = clientId;
    pending.redirectUri = value(q, "redirect_uri");
    pending.codeChallenge = value(q, "code_challenge");
    pending.nonce = value(q, "nonce");
    pending.scopes = grantedScopes(value(q, "scope"));
    pending.expiresAt = m_server.clock().nowUtc().addSecs(120);
    const QString code = randomUrlSafeString(24);
    m_codes.insert(code, pending);
    qCInfo(lcSandbox) << "authorized" << Ssin::mask(identity->ssin) << "with" << authKey;
    QUrlQuery params;
    params.addQueryItem(QStringLiteral("code"), code);
    return redirectWith(params);
}

QString OidcProvider::authorizationPage(const HttpRequest &request) const
{
    QString rows;
    const QString base = m_server.baseUrl().toString() + request.path;
    for (const SandboxIdentity &id : m_server.identities()) {
        QStringList enterprises;
        for (const QString &e : id.enterprises)
            enterprises << EnterpriseNumber::parse(e).display();
        QString links;
        for (const auto &[keyId, keyName] :
             {std::pair<const char *, const char *>{"eid", "eID"}, {"itsme", "itsme"}}) {
            QUrlQuery q = request.query;
            q.removeAllQueryItems(QStringLiteral("identity"));
            q.removeAllQueryItems(QStringLiteral("key"));
            q.addQueryItem(QStringLiteral("identity"), id.key);
            q.addQueryItem(QStringLiteral("key"), QLatin1String(keyId));
            links += QStringLiteral(" <a id=\"%1-%2\" href=\"%3\">%4</a>")
                         .arg(id.key, QLatin1String(keyId),
                              QString(base + QLatin1Char('?') + q.query(QUrl::FullyEncoded)).toHtmlEscaped(),
                              tr("Sign in with %1").arg(QLatin1String(keyName)).toHtmlEscaped());
        }
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(id.name().toHtmlEscaped(), Ssin::parse(id.ssin).display().toHtmlEscaped(),
                         enterprises.isEmpty() ? tr("none").toHtmlEscaped()
                                               : enterprises.join(QStringLiteral(", ")).toHtmlEscaped(),
                         links);
    }
    QUrlQuery cancel = request.query;
    cancel.addQueryItem(QStringLiteral("cancel"), QStringLiteral("1"));
    return QStringLiteral(
               "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title></head>"
               "<body style=\"font-family:sans-serif;margin:2em\"><h1>%1</h1><p>%2</p>"
               "<table border=\"1\" cellpadding=\"6\"><tr><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>"
               "%7</table><p><a id=\"cancel\" href=\"%8\">%9</a></p></body></html>")
        .arg(tr("FLA sandbox: sign in").toHtmlEscaped(),
             tr("A simulated sign-in. Choose who you are and which key you use; you will act for the "
                "enterprises "
                "listed.")
                 .toHtmlEscaped(),
             tr("Identity").toHtmlEscaped(), tr("INSZ (synthetic)").toHtmlEscaped(),
             tr("May act for").toHtmlEscaped(), tr("Key").toHtmlEscaped(), rows,
             QString(base + QLatin1Char('?') + cancel.query(QUrl::FullyEncoded)).toHtmlEscaped(),
             tr("Cancel").toHtmlEscaped());
}

HttpResponse OidcProvider::token(const HttpRequest &request)
{
    if (m_faults.unavailable)
        return HttpResponse::oauthError(503, QStringLiteral("temporarily_unavailable"),
                                        QStringLiteral("try later"));
    if (!request.header(QByteArrayLiteral("content-type")).startsWith("application/x-www-form-urlencoded"))
        return HttpResponse::oauthError(400, QStringLiteral("invalid_request"),
                                        QStringLiteral("form body expected"));
    const QUrlQuery form = request.formBody();
    const QString grant = value(form, "grant_type");
    if (grant == QLatin1String("authorization_code"))
        return codeGrant(form);
    if (grant == QLatin1String("refresh_token"))
        return refreshGrant(form);
    if (grant == QLatin1String("client_credentials"))
        return clientCredentialsGrant(form);
    return HttpResponse::oauthError(400, QStringLiteral("unsupported_grant_type"), grant);
}

HttpResponse OidcProvider::codeGrant(const QUrlQuery &form)
{
    const QString code = value(form, "code");
    const auto it = m_codes.constFind(code);
    if (it == m_codes.cend())
        return HttpResponse::oauthError(400, QStringLiteral("invalid_grant"),
                                        QStringLiteral("unknown or used code"));
    const PendingCode pending = it.value();
    m_codes.remove(code); // a code is used once
    if (m_server.clock().nowUtc() >= pending.expiresAt)
        return HttpResponse::oauthError(400, QStringLiteral("invalid_grant"),
                                        QStringLiteral("the code has expired"));
    if (value(form, "client_id") != pending.clientId)
        return HttpResponse::oauthError(400, QStringLiteral("invalid_grant"),
                                        QStringLiteral("another client"));
    if (value(form, "redirect_uri") != pending.redirectUri)
        return HttpResponse::oauthError(400, QStringLiteral("invalid_grant"),
                                        QStringLiteral("redirect_uri differs"));
    const QString verifier = value(form, "code_verifier");
    if (verifier.size() < 43 || verifier.size() > 128 || s256(verifier) != pending.codeChallenge)
        return HttpResponse::oauthError(400, QStringLiteral("invalid_grant"),
                                        QStringLiteral("PKCE verification failed"));
    const SandboxIdentity *identity = m_server.identity(pending.identityKey);
    if (!identity)
        return HttpResponse::oauthError(400, QStringLiteral("invalid_grant"),
                                        QStringLiteral("identity is gone"));
    return issueTokens(*identity, pending.clientId, pending.scopes, pending.nonce, pending.authKey, true);
}

HttpResponse OidcProvider::refreshGrant(const QUrlQuery &form)
{
    const QString refresh = value(form, "refresh_token");
    const auto it = m_refreshTokens.constFind(refresh);
    if (it == m_refreshTokens.cend())
        return HttpResponse::oauthError(400, QStringLiteral("invalid_grant"),
                                        QStringLiteral("unknown refresh token"));
    const RefreshGrant grant = it.value();
    m_refreshTokens.remove(refresh); // rotation: each refresh token works once
    if (m_server.clock().nowUtc() >= grant.expiresAt)
        return HttpResponse::oauthError(400, QStringLiteral("invalid_grant"),
                                        QStringLiteral("refresh token expired"));
    if (value(form, "client_id") != grant.clientId)
        return HttpResponse::oauthError(400, QStringLiteral("invalid_grant"),
                                        QStringLiteral("another client"));
    const SandboxIdentity *identity = m_server.identity(grant.identityKey);
    if (!identity)
        return HttpResponse::oauthError(400, QStringLiteral("invalid_grant"),
                                        QStringLiteral("identity is gone"));
    return issueTokens(*identity, grant.clientId, grant.scopes, QString(), QString(), false);
}

HttpResponse OidcProvider::clientCredentialsGrant(const QUrlQuery &form)
{
    const auto invalid = [](const QString &why) {
        qCInfo(lcSandbox).noquote() << "client assertion refused:" << why;
        return HttpResponse::oauthError(401, QStringLiteral("invalid_client"), why);
    };
    if (value(form, "client_assertion_type") != QLatin1String(kAssertionType))
        return invalid(QStringLiteral("client_assertion_type must be jwt-bearer"));
    fla::auth::Jwt jwt;
    QString error;
    if (!fla::auth::Jwt::parse(value(form, "client_assertion").toLatin1(), &jwt, &error))
        return invalid(QStringLiteral("malformed assertion: ") + error);
    if (jwt.header.value(QStringLiteral("alg")).toString() != QLatin1String("RS256"))
        return invalid(QStringLiteral("the assertion must be RS256"));
    const QString iss = jwt.payload.value(QStringLiteral("iss")).toString();
    const SandboxMachineClient *client = nullptr;
    for (const auto &c : m_server.config().machineClients) {
        if (c.clientId == iss)
            client = &c;
    }
    if (!client)
        return invalid(QStringLiteral("unknown client"));
    const fla::auth::RsaKey certKey = fla::auth::RsaKey::fromPem(client->certificatePem, &error);
    if (certKey.isNull() || !certKey.verifyRs256(jwt.signingInput, jwt.signature))
        return invalid(QStringLiteral("the signature does not match the registered certificate"));
    if (jwt.payload.value(QStringLiteral("sub")).toString() != iss ||
        (!value(form, "client_id").isEmpty() && value(form, "client_id") != iss))
        return invalid(QStringLiteral("iss, sub and client_id must be the client id"));
    if (jwt.payload.value(QStringLiteral("aud")).toString() != m_server.tokenUrl().toString())
        return invalid(QStringLiteral("aud must be the token URL"));
    const qint64 now = m_server.clock().nowUtc().toSecsSinceEpoch();
    const qint64 exp = static_cast<qint64>(jwt.payload.value(QStringLiteral("exp")).toDouble());
    const qint64 iat = static_cast<qint64>(jwt.payload.value(QStringLiteral("iat")).toDouble());
    if (exp <= now || iat > now + 60 || exp - iat > 600)
        return invalid(QStringLiteral("exp/iat out of range (a few minutes)"));
    const QString jti = jwt.payload.value(QStringLiteral("jti")).toString();
    if (jti.isEmpty() || m_usedJti.contains(jti))
        return invalid(QStringLiteral("jti missing or replayed"));
    m_usedJti.insert(jti, QDateTime::fromSecsSinceEpoch(exp, Qt::UTC));

    const QStringList scopes =
        grantedScopes(value(form, "scope").isEmpty() ? QStringLiteral("fla") : value(form, "scope"));
    const QString access = m_server.issueMachineToken(*client, scopes);
    return HttpResponse::json(
               200, QJsonObject{{QStringLiteral("access_token"), access},
                                {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                {QStringLiteral("expires_in"), m_server.config().accessTokenSeconds},
                                {QStringLiteral("scope"), scopes.join(QLatin1Char(' '))}})
        .withHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
}

HttpResponse OidcProvider::issueTokens(const SandboxIdentity &identity, const QString &clientId,
                                       const QStringList &scopes, const QString &nonce,
                                       const QString &authKey, bool withIdToken)
{
    TokenInfo info;
    info.subject = identity.subject();
    info.clientId = clientId;
    info.ssin = identity.ssin;
    info.scopes = scopes;
    info.enterprises = identity.enterprises;
    info.expiresAt = m_server.clock().nowUtc().addSecs(m_server.config().accessTokenSeconds);
    const QString access = m_server.registerAccessToken(info);

    const QString refresh = randomUrlSafeString(32);
    m_refreshTokens.insert(refresh,
                           {identity.key, clientId, scopes,
                            m_server.clock().nowUtc().addSecs(m_server.config().refreshTokenSeconds)});
    QJsonObject body{{QStringLiteral("access_token"), access},
                     {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                     {QStringLiteral("expires_in"), m_server.config().accessTokenSeconds},
                     {QStringLiteral("refresh_token"), refresh},
                     {QStringLiteral("scope"), scopes.join(QLatin1Char(' '))}};
    if (withIdToken)
        body.insert(QStringLiteral("id_token"), idToken(identity, clientId, nonce, authKey));
    return HttpResponse::json(200, body).withHeader(QByteArrayLiteral("Cache-Control"),
                                                    QByteArrayLiteral("no-store"));
}

QString OidcProvider::idToken(const SandboxIdentity &identity, const QString &clientId, const QString &nonce,
                              const QString &authKey) const
{
    qint64 now = m_server.clock().nowUtc().toSecsSinceEpoch();
    if (m_faults.expiredIdToken)
        now -= 3600;
    QJsonObject claims{
        {QStringLiteral("iss"),
         m_faults.wrongIssuer ? QStringLiteral("https://evil.example") : m_server.issuer().toString()},
        {QStringLiteral("sub"), identity.subject()},
        {QStringLiteral("aud"), m_faults.wrongAudience ? QStringLiteral("another-app") : clientId},
        {QStringLiteral("iat"), now},
        {QStringLiteral("exp"), now + 600},
        {QStringLiteral("auth_time"), now},
        {QStringLiteral("nonce"), m_faults.wrongNonce ? randomUrlSafeString(16) : nonce},
        {QStringLiteral("name"), identity.name()},
        {QStringLiteral("given_name"), identity.givenName},
        {QStringLiteral("family_name"), identity.familyName},
        {QStringLiteral("amr"), QJsonArray{authKey}},
        {fla::auth::enterprisesClaim(), toArray(identity.enterprises)}};
    QByteArray jwt = fla::auth::Jwt::signRs256(QJsonObject{{QStringLiteral("kid"), m_keyId}}, claims, m_key);
    if (m_faults.tamperedIdToken) {
        // Change the payload after signing: same header and signature, other claims.
        QList<QByteArray> parts = jwt.split('.');
        claims.insert(QStringLiteral("name"), QStringLiteral("Mallory"));
        parts[1] = base64UrlEncode(QJsonDocument(claims).toJson(QJsonDocument::Compact));
        jwt = parts.join('.');
    }
    return QString::fromLatin1(jwt);
}

QString OidcProvider::signAccessToken(const TokenInfo &info) const
{
    const qint64 exp = info.expiresAt.toSecsSinceEpoch();
    const QJsonObject claims{{QStringLiteral("iss"), m_server.issuer().toString()},
                             {QStringLiteral("sub"), info.subject},
                             {QStringLiteral("aud"), QStringLiteral("fla")},
                             {QStringLiteral("client_id"), info.clientId},
                             {QStringLiteral("scope"), info.scopes.join(QLatin1Char(' '))},
                             {fla::auth::enterprisesClaim(), toArray(info.enterprises)},
                             {QStringLiteral("jti"), randomUrlSafeString(16)},
                             {QStringLiteral("iat"), m_server.clock().nowUtc().toSecsSinceEpoch()},
                             {QStringLiteral("exp"), exp}};
    return QString::fromLatin1(fla::auth::Jwt::signRs256(
        QJsonObject{{QStringLiteral("kid"), m_keyId}, {QStringLiteral("typ"), QStringLiteral("at+jwt")}},
        claims, m_key));
}

} // namespace fla::sandbox
