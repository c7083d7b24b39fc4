#include "core/auth/OidcSignIn.h"

#include "core/auth/IdTokenValidator.h"
#include "core/auth/Jose.h"
#include "core/auth/LoopbackListener.h"
#include "core/auth/TokenEndpoint.h"
#include "core/common/Clock.h"
#include "core/common/LogCategories.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QNetworkAccessManager>

namespace fla::auth {

namespace {

QString stripSlash(QString s)
{
    while (s.endsWith(QLatin1Char('/')))
        s.chop(1);
    return s;
}

QUrl discoveryUrl(const QUrl &issuer)
{
    QUrl url = issuer;
    url.setPath(stripSlash(issuer.path()) + QStringLiteral("/.well-known/openid-configuration"));
    return url;
}

} // namespace

QString pkceChallengeS256(const QString &verifier)
{
    return QString::fromLatin1(
        base64UrlEncode(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)));
}

bool parseProviderMetadata(const QJsonObject &document, const QUrl &expectedIssuer, ProviderMetadata *out,
                           AuthError *error, QString *detail)
{
    ProviderMetadata m;
    m.issuer = QUrl(document.value(QStringLiteral("issuer")).toString());
    m.authorizationEndpoint = QUrl(document.value(QStringLiteral("authorization_endpoint")).toString());
    m.tokenEndpoint = QUrl(document.value(QStringLiteral("token_endpoint")).toString());
    m.jwksUri = QUrl(document.value(QStringLiteral("jwks_uri")).toString());
    m.endSessionEndpoint = QUrl(document.value(QStringLiteral("end_session_endpoint")).toString());
    m.revocationEndpoint = QUrl(document.value(QStringLiteral("revocation_endpoint")).toString());
    // OpenID Connect Discovery §4.3: the issuer must be the one we asked.
    if (stripSlash(m.issuer.toString()) != stripSlash(expectedIssuer.toString())) {
        *error = AuthError::Discovery;
        *detail = QStringLiteral("the discovery document names another issuer");
        return false;
    }
    for (const QUrl *u : {&m.authorizationEndpoint, &m.tokenEndpoint, &m.jwksUri}) {
        if (!u->isValid() || u->isEmpty()) {
            *error = AuthError::Discovery;
            *detail = QStringLiteral("the discovery document lacks an endpoint");
            return false;
        }
    }
    for (const QUrl *u : {&m.issuer, &m.authorizationEndpoint, &m.tokenEndpoint, &m.jwksUri,
                          &m.endSessionEndpoint, &m.revocationEndpoint}) {
        if (!u->isEmpty() && !isAllowedEndpoint(*u)) {
            *error = AuthError::InsecureEndpoint;
            *detail = u->toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
            return false;
        }
    }
    const QJsonArray methods = document.value(QStringLiteral("code_challenge_methods_supported")).toArray();
    if (!methods.isEmpty() && !methods.contains(QStringLiteral("S256"))) {
        *error = AuthError::Discovery;
        *detail = QStringLiteral("the provider does not support PKCE S256");
        return false;
    }
    *out = m;
    return true;
}

void applyIdClaims(Session *session, const QJsonObject &claims)
{
    session->idClaims = claims;
    session->subject = claims.value(QStringLiteral("sub")).toString();
    session->givenName = claims.value(QStringLiteral("given_name")).toString();
    session->familyName = claims.value(QStringLiteral("family_name")).toString();
    session->name = claims.value(QStringLiteral("name")).toString();
    if (session->name.isEmpty())
        session->name = QStringList{session->givenName, session->familyName}.join(QLatin1Char(' ')).trimmed();
    session->enterprises.clear();
    const QJsonArray enterprises = claims.value(enterprisesClaim()).toArray();
    for (const auto &e : enterprises)
        session->enterprises << e.toString();
}

OidcSignIn::OidcSignIn(QNetworkAccessManager *network, const fla::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
{
    m_signInTimer.setSingleShot(true);
    connect(&m_signInTimer, &QTimer::timeout, this, [this] {
        finishWithError(AuthError::NoCallback, QStringLiteral("no answer from the browser in time"));
    });
}

OidcSignIn::~OidcSignIn() = default;

QUrl OidcSignIn::redirectUri() const
{
    return m_redirectUri;
}

void OidcSignIn::start(const OidcConfig &config)
{
    cleanup();
    ++m_generation;
    m_config = config;
    m_running = true;
    m_metadata = {};
    m_jwks = {};
    m_authorizationUrl = {};
    if (!config.issuer.isValid() || config.issuer.isEmpty() || config.clientId.isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            finishWithError(AuthError::InvalidConfiguration,
                            QStringLiteral("issuer and client id are required"));
        });
        return;
    }
    qCInfo(lcAuth) << "sign-in started at" << config.issuer.toDisplayString(QUrl::RemoveUserInfo)
                   << "environment" << config.environment;
    const quint64 generation = m_generation;
    getJson(m_network, discoveryUrl(config.issuer), m_requestTimeoutMs, this,
            [this, generation](AuthError e, const QString &d, const QJsonObject &o) {
                if (generation == m_generation && m_running)
                    onDiscovery(e, d, o);
            });
}

void OidcSignIn::onDiscovery(AuthError error, const QString &detail, const QJsonObject &document)
{
    if (error != AuthError::None) {
        finishWithError(error == AuthError::InsecureEndpoint || error == AuthError::Network ||
                                error == AuthError::Timeout
                            ? error
                            : AuthError::Discovery,
                        detail);
        return;
    }
    AuthError e = AuthError::None;
    QString d;
    if (!parseProviderMetadata(document, m_config.issuer, &m_metadata, &e, &d)) {
        finishWithError(e, d);
        return;
    }
    const quint64 generation = m_generation;
    getJson(m_network, m_metadata.jwksUri, m_requestTimeoutMs, this,
            [this, generation](AuthError e2, const QString &d2, const QJsonObject &o) {
                if (generation == m_generation && m_running)
                    onJwks(e2, d2, o);
            });
}

void OidcSignIn::onJwks(AuthError error, const QString &detail, const QJsonObject &jwks)
{
    if (error != AuthError::None) {
        finishWithError(error == AuthError::Discovery ? AuthError::Jwks : error, detail);
        return;
    }
    if (!jwks.value(QStringLiteral("keys")).isArray()) {
        finishWithError(AuthError::Jwks, QStringLiteral("no \"keys\" array"));
        return;
    }
    m_jwks = jwks;
    openBrowser();
}

void OidcSignIn::openBrowser()
{
    m_listener = new LoopbackListener(this);
    if (!m_listener->listen(QHostAddress(QHostAddress::LocalHost), 0)) {
        finishWithError(AuthError::ListenerFailed, m_listener->errorString());
        return;
    }
    m_redirectUri = m_listener->redirectUri();
    // Fresh secrets for every sign-in, from the system's cryptographic generator.
    m_state = randomUrlSafeString(32);
    m_nonce = randomUrlSafeString(32);
    m_codeVerifier = randomUrlSafeString(48); // 64 characters (RFC 7636: 43 to 128)

    QUrlQuery query(m_metadata.authorizationEndpoint.query(QUrl::FullyEncoded));
    const auto add = [&query](const QString &k, const QString &v) {
        query.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
    };
    add(QStringLiteral("response_type"), QStringLiteral("code"));
    add(QStringLiteral("client_id"), m_config.clientId);
    add(QStringLiteral("redirect_uri"), m_redirectUri.toString(QUrl::FullyEncoded));
    add(QStringLiteral("scope"), m_config.scopes.join(QLatin1Char(' ')));
    add(QStringLiteral("state"), m_state);
    add(QStringLiteral("nonce"), m_nonce);
    add(QStringLiteral("code_challenge"), pkceChallengeS256(m_codeVerifier));
    add(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    m_authorizationUrl = m_metadata.authorizationEndpoint;
    m_authorizationUrl.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);

    const quint64 generation = m_generation;
    m_listener->setInspector([this](const QUrlQuery &q) {
        LoopbackListener::Reply reply;
        if (q.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded) != m_state) {
            // Another sign-in's callback (an old tab, a forged link): it must not end this one.
            reply.success = false;
            reply.keepWaiting = true;
            reply.message = tr("This answer does not belong to the sign-in in progress and was ignored. "
                               "Finish signing in in the browser window FLA Desk opened.");
        } else if (q.hasQueryItem(QStringLiteral("error")) || !q.hasQueryItem(QStringLiteral("code"))) {
            reply.success = false;
            reply.message = describe(q.hasQueryItem(QStringLiteral("error")) ? AuthError::AccessDenied
                                                                             : AuthError::MissingCode);
        }
        return reply;
    });
    connect(m_listener, &LoopbackListener::callbackReceived, this, [this, generation](const QUrlQuery &q) {
        if (generation == m_generation && m_running)
            onCallback(q);
    });
    m_signInTimer.start(m_signInTimeoutMs);
    qCInfo(lcAuth) << "waiting for the browser on" << m_redirectUri.toString();
    emit authorizationUrlReady(m_authorizationUrl);
    const bool opened = m_opener && m_opener(m_authorizationUrl);
    if (!opened) {
        qCInfo(lcAuth) << "no browser could be opened: the user must open the link";
        emit browserUnavailable(m_authorizationUrl);
    }
}

void OidcSignIn::onCallback(const QUrlQuery &query)
{
    m_signInTimer.stop();
    const QString state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    if (state.isEmpty() || state != m_state) {
        finishWithError(AuthError::StateMismatch,
                        QStringLiteral("the callback's state is not this sign-in's"));
        return;
    }
    if (query.hasQueryItem(QStringLiteral("error"))) {
        finishWithError(AuthError::AccessDenied,
                        query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded));
        return;
    }
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (code.isEmpty()) {
        finishWithError(AuthError::MissingCode, QString());
        return;
    }
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("code"), code);
    form.addQueryItem(QStringLiteral("redirect_uri"), m_redirectUri.toString(QUrl::FullyEncoded));
    form.addQueryItem(QStringLiteral("client_id"), m_config.clientId);
    form.addQueryItem(QStringLiteral("code_verifier"), m_codeVerifier);
    const quint64 generation = m_generation;
    postTokenRequest(m_network, m_metadata.tokenEndpoint, form, m_requestTimeoutMs, this,
                     [this, generation](const TokenResponse &r) {
                         if (generation == m_generation && m_running)
                             onTokens(r);
                     });
}

void OidcSignIn::onTokens(const TokenResponse &response)
{
    if (!response.isOk()) {
        finishWithError(response.error,
                        response.oauthError.isEmpty()
                            ? response.description
                            : response.oauthError + QStringLiteral(": ") + response.description);
        return;
    }
    const QJsonObject &json = response.json;
    const QString idToken = json.value(QStringLiteral("id_token")).toString();
    const QString accessToken = json.value(QStringLiteral("access_token")).toString();
    if (idToken.isEmpty() || accessToken.isEmpty() ||
        json.value(QStringLiteral("token_type"))
                .toString()
                .compare(QLatin1String("bearer"), Qt::CaseInsensitive) != 0) {
        finishWithError(AuthError::TokenEndpoint,
                        QStringLiteral("the answer lacks an ID token or a Bearer access token"));
        return;
    }
    IdTokenExpectations expected;
    expected.issuer = m_metadata.issuer.toString();
    expected.clientId = m_config.clientId;
    expected.nonce = m_nonce;
    expected.now = m_clock.nowUtc();
    const IdTokenResult result = validateIdToken(idToken.toLatin1(), m_jwks, expected);
    if (!result.isValid()) {
        finishWithError(result.error, result.detail);
        return;
    }
    Session session;
    session.environment = m_config.environment;
    session.issuer = m_metadata.issuer;
    session.clientId = m_config.clientId;
    session.tokenEndpoint = m_metadata.tokenEndpoint;
    applyIdClaims(&session, result.claims);
    session.accessToken = accessToken;
    session.refreshToken = json.value(QStringLiteral("refresh_token")).toString();
    const int expiresIn = json.value(QStringLiteral("expires_in")).toInt(300);
    session.accessTokenExpiresAt = m_clock.nowUtc().addSecs(expiresIn);
    const QString scope = json.value(QStringLiteral("scope")).toString();
    session.scopes = scope.isEmpty() ? m_config.scopes : scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    qCInfo(lcAuth) << "signed in: subject" << session.subject << "environment" << session.environment
                   << "access token valid until" << session.accessTokenExpiresAt.toString(Qt::ISODate);
    m_running = false;
    cleanup();
    emit succeeded(session);
}

void OidcSignIn::cancel()
{
    if (m_running)
        finishWithError(AuthError::Cancelled, QString());
}

void OidcSignIn::finishWithError(AuthError error, const QString &detail)
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation;
    cleanup();
    qCWarning(lcAuth).noquote() << "sign-in failed:" << errorCode(error) << detail;
    emit failed(error, detail);
}

void OidcSignIn::cleanup()
{
    m_signInTimer.stop();
    if (m_listener) {
        m_listener->close();
        m_listener->deleteLater();
        m_listener = nullptr;
    }
    m_state.clear();
    m_nonce.clear();
    m_codeVerifier.clear();
}

} // namespace fla::auth
