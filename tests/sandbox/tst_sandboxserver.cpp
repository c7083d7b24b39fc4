// The sandbox's router, its token validation and its provider's refusals.

#include "AuthTestSupport.h"
#include "core/auth/Jose.h"
#include "core/auth/MachineSignIn.h"
#include "core/auth/OidcSignIn.h"
#include "core/auth/TokenEndpoint.h"
#include "core/common/Clock.h"
#include "core/domain/EnterpriseNumber.h"
#include "core/domain/Ssin.h"
#include "sandbox/OidcProvider.h"
#include "sandbox/SandboxServer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace {

// A raw client of the server: it connects, says what it wants, and reads until the server
// closes the connection (the test's event loop runs the server meanwhile).
QByteArray rawExchange(QTcpSocket &socket, quint16 port, const QByteArray &request, int waitMs,
                       qint64 *elapsedMs = nullptr)
{
    QElapsedTimer clock;
    clock.start();
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 2000))
        return {};
    socket.write(request);
    QByteArray answer;
    (void)QTest::qWaitFor(
        [&] {
            answer += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        waitMs);
    answer += socket.readAll();
    if (elapsedMs)
        *elapsedMs = clock.elapsed();
    return answer;
}

} // namespace

using namespace fla;
using namespace fla::sandbox;

class TestSandboxServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listensOnLoopbackOnly();
    void routesAndPatterns();
    void unknownPathAndMethod();
    void traceIdEchoed();
    void bearerValidation();
    void accessTokenCarriesMandates();
    void defaultIdentitiesAreSynthetic();
    void authorizationPageListsIdentities();
    void redirectBeyondLoopbackRefused();
    void pkceRequired();
    void pkceMismatchRefused();
    void codeIsSingleUse();
    void clientAssertionChecks_data();
    void clientAssertionChecks();
    void identitiesFile();
    void incompleteRequestIsCutOff_data();
    void incompleteRequestIsCutOff();
    void connectionLimit();
    void closedConnectionsFreeTheirPlace();

private:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QJsonObject json;
        QMap<QByteArray, QByteArray> headers;
    };
    Reply send(const QByteArray &method, const QString &path, const QByteArray &body = {},
               const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Reply postForm(const QString &path, const QUrlQuery &form);
    QString authorize(const QString &verifier, const QString &redirect = "http://127.0.0.1:1/callback");

    ManualClock m_clock{QDateTime::currentDateTimeUtc()};
    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_network;
    auth::RsaKey m_machineKey;
};

void TestSandboxServer::initTestCase()
{
    m_machineKey = auth::RsaKey::generate(2048);
    SandboxConfig cfg;
    cfg.clock = &m_clock;
    cfg.machineClients = {{"mandatary-1", m_machineKey.selfSignedCertificatePem("m1"), {"0422222291"}}};
    m_server = std::make_unique<SandboxServer>(cfg);
    QVERIFY(m_server->listen(0));
    // A module of another engineer would do this in registerRoutes():
    m_server->addRoute("GET", "/REST/fla/v1/declarations/{id}", [](const HttpRequest &r) {
        return HttpResponse::json(200, QJsonObject{{"id", r.pathArgs.value("id")}, {"kind", "pattern"}});
    });
    m_server->addRoute("GET", "/REST/fla/v1/declarations/latest", [](const HttpRequest &) {
        return HttpResponse::json(200, QJsonObject{{"kind", "exact"}});
    });
    m_server->addRoute("POST", "/REST/fla/v1/declarations", [this](const HttpRequest &r) {
        const TokenInfo info = m_server->validateBearer(r, "fla");
        if (!info.valid)
            return SandboxServer::unauthorized(info);
        bool ok = false;
        const QJsonObject body = r.jsonBody(&ok);
        const QString enterprise = body.value("enterprise").toString();
        if (!info.mayActFor(enterprise))
            return HttpResponse::problem(403, "urn:problem-type:belgif:forbidden", "Forbidden", enterprise);
        return HttpResponse::json(201, QJsonObject{{"subject", info.subject}}).withHeader("Location", "/x/1");
    });
}

TestSandboxServer::Reply TestSandboxServer::send(const QByteArray &method, const QString &path,
                                                 const QByteArray &body,
                                                 const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QUrl url = m_server->baseUrl();
    const qsizetype q = path.indexOf('?');
    url.setPath(q < 0 ? path : path.left(q));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.json = QJsonDocument::fromJson(r.body).object();
    for (const auto &pair : reply->rawHeaderPairs())
        r.headers.insert(pair.first.toLower(), pair.second);
    reply->deleteLater();
    return r;
}

TestSandboxServer::Reply TestSandboxServer::postForm(const QString &path, const QUrlQuery &form)
{
    return send("POST", path, auth::formEncode(form),
                {{"Content-Type", "application/x-www-form-urlencoded"}});
}

// Runs the authorization step as "an" and returns the code from the redirect.
QString TestSandboxServer::authorize(const QString &verifier, const QString &redirect)
{
    QUrlQuery q;
    q.addQueryItem("response_type", "code");
    q.addQueryItem("client_id", "fladesk");
    q.addQueryItem("redirect_uri", QString::fromLatin1(QUrl::toPercentEncoding(redirect)));
    q.addQueryItem("scope", "openid%20fla");
    q.addQueryItem("state", "s1");
    q.addQueryItem("nonce", "n1");
    q.addQueryItem("code_challenge", auth::pkceChallengeS256(verifier));
    q.addQueryItem("code_challenge_method", "S256");
    q.addQueryItem("identity", "an");
    const Reply r = send("GET", "/oauth/authorize?" + q.query(QUrl::FullyEncoded));
    if (r.status != 302)
        return {};
    const QUrlQuery back(QUrl::fromEncoded(r.headers.value("location")).query(QUrl::FullyEncoded));
    return back.queryItemValue("code", QUrl::FullyDecoded);
}

void TestSandboxServer::listensOnLoopbackOnly()
{
    QCOMPARE(m_server->baseUrl().host(), QString("127.0.0.1"));
    QVERIFY(m_server->port() > 0);
}

void TestSandboxServer::routesAndPatterns()
{
    Reply r = send("GET", "/REST/fla/v1/declarations/abc-123");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value("id").toString(), QString("abc-123"));
    r = send("GET", "/REST/fla/v1/declarations/latest");
    QCOMPARE(r.json.value("kind").toString(), QString("exact"));
}

void TestSandboxServer::unknownPathAndMethod()
{
    Reply r = send("GET", "/nowhere");
    QCOMPARE(r.status, 404);
    QCOMPARE(r.headers.value("content-type"), QByteArray("application/problem+json"));
    QCOMPARE(r.json.value("type").toString(), QString("urn:problem-type:belgif:resourceNotFound"));
    r = send("DELETE", "/REST/fla/v1/declarations/abc");
    QCOMPARE(r.status, 405);
}

void TestSandboxServer::traceIdEchoed()
{
    const Reply r =
        send("GET", "/oauth/jwks", {}, {{"BelGov-Trace-Id", "7f1c2a9e-1b2c-4d3e-8f90-0123456789ab"}});
    QCOMPARE(r.headers.value("belgov-trace-id"), QByteArray("7f1c2a9e-1b2c-4d3e-8f90-0123456789ab"));
}

void TestSandboxServer::bearerValidation()
{
    const SandboxIdentity &an = *m_server->identity("an");
    const QString token = m_server->issueAccessToken(an);
    const QByteArray body = R"({"enterprise":")" + an.enterprises.first().toLatin1() + R"("})";
    // no token, unknown token: 401 problem
    Reply r = send("POST", "/REST/fla/v1/declarations", body, {{"Content-Type", "application/json"}});
    QCOMPARE(r.status, 401);
    QCOMPARE(r.json.value("type").toString(), QString("urn:problem-type:belgif:invalidAccessToken"));
    r = send("POST", "/REST/fla/v1/declarations", body, {{"Authorization", "Bearer forged"}});
    QCOMPARE(r.status, 401);
    // valid token, own enterprise: accepted
    r = send("POST", "/REST/fla/v1/declarations", body, {{"Authorization", "Bearer " + token.toLatin1()}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json.value("subject").toString(), an.subject());
    // another company's number: forbidden
    const QByteArray other =
        R"({"enterprise":")" + m_server->identity("bram")->enterprises.first().toLatin1() + R"("})";
    r = send("POST", "/REST/fla/v1/declarations", other, {{"Authorization", "Bearer " + token.toLatin1()}});
    QCOMPARE(r.status, 403);
    // missing scope, then expiry
    QVERIFY(!m_server->validateAccessToken(m_server->issueAccessToken(an, {"openid"}), "fla").valid);
    m_clock.advanceSeconds(601);
    const TokenInfo expired = m_server->validateAccessToken(token);
    QVERIFY(!expired.valid);
    QVERIFY(expired.error.contains("expired"));
    m_clock.setNowUtc(QDateTime::currentDateTimeUtc());
}

void TestSandboxServer::accessTokenCarriesMandates()
{
    const SandboxIdentity &chloe = *m_server->identity("chloe");
    const QString token = m_server->issueAccessToken(chloe);
    auth::Jwt jwt;
    QString error;
    QVERIFY(auth::Jwt::parse(token.toLatin1(), &jwt, &error));
    QVERIFY(m_server->provider().signingKey().verifyRs256(jwt.signingInput, jwt.signature));
    QCOMPARE(jwt.payload.value("sub").toString(), chloe.subject());
    QCOMPARE(jwt.payload.value("fla_enterprises").toArray().size(), 3);
}

void TestSandboxServer::defaultIdentitiesAreSynthetic()
{
    QVERIFY(m_server->identities().size() >= 4);
    for (const SandboxIdentity &id : m_server->identities()) {
        QVERIFY2(Ssin::parse(id.ssin).isValid(), qPrintable(id.key));
        QVERIFY(!id.subject().contains(id.ssin)); // the subject never carries the INSZ
        for (const QString &e : id.enterprises)
            QVERIFY2(EnterpriseNumber::parse(e).isValid(), qPrintable(e));
    }
}

void TestSandboxServer::authorizationPageListsIdentities()
{
    const Reply r =
        send("GET", "/oauth/authorize?response_type=code&client_id=fladesk&redirect_uri=http%3A%2F%2F127.0."
                    "0.1%3A5%2Fcallback&scope=openid&state=s&code_challenge=abc&code_challenge_method=S256");
    QCOMPARE(r.status, 200);
    const QString page = QString::fromUtf8(r.body);
    QVERIFY(page.contains("Bram Janssens"));
    QVERIFY(page.contains("itsme"));
    QVERIFY(page.contains("eID"));
    QVERIFY(
        page.contains(EnterpriseNumber::parse(m_server->identity("bram")->enterprises.first()).display()));
    QVERIFY(page.contains("identity=chloe&amp;key=itsme"));
}

void TestSandboxServer::redirectBeyondLoopbackRefused()
{
    const Reply r =
        send("GET", "/oauth/authorize?response_type=code&client_id=fladesk&redirect_uri=https%3A%2F%2Fevil."
                    "example%2Fcb&scope=openid&code_challenge=abc&code_challenge_method=S256&identity=an");
    QCOMPARE(r.status, 400);
    QVERIFY(!r.headers.contains("location"));
}

void TestSandboxServer::pkceRequired()
{
    const Reply r =
        send("GET", "/oauth/authorize?response_type=code&client_id=fladesk&redirect_uri=http%3A%2F%2F127.0.0."
                    "1%3A5%2Fcb&scope=openid&state=s&identity=an");
    QCOMPARE(r.status, 302);
    QVERIFY(r.headers.value("location").contains("error=invalid_request"));
    QVERIFY(r.headers.value("location").contains("state=s"));
}

void TestSandboxServer::pkceMismatchRefused()
{
    const QString verifier = auth::randomUrlSafeString(48);
    const QString code = authorize(verifier);
    QVERIFY(!code.isEmpty());
    QUrlQuery form;
    form.addQueryItem("grant_type", "authorization_code");
    form.addQueryItem("code", code);
    form.addQueryItem("redirect_uri", "http://127.0.0.1:1/callback");
    form.addQueryItem("client_id", "fladesk");
    form.addQueryItem("code_verifier", auth::randomUrlSafeString(48)); // not the one of the challenge
    const Reply r = postForm("/oauth/token", form);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value("error").toString(), QString("invalid_grant"));
    QVERIFY(r.json.value("error_description").toString().contains("PKCE"));
}

void TestSandboxServer::codeIsSingleUse()
{
    const QString verifier = auth::randomUrlSafeString(48);
    const QString code = authorize(verifier);
    QUrlQuery form;
    form.addQueryItem("grant_type", "authorization_code");
    form.addQueryItem("code", code);
    form.addQueryItem("redirect_uri", "http://127.0.0.1:1/callback");
    form.addQueryItem("client_id", "fladesk");
    form.addQueryItem("code_verifier", verifier);
    const Reply first = postForm("/oauth/token", form);
    QCOMPARE(first.status, 200);
    QVERIFY(!first.json.value("id_token").toString().isEmpty());
    QCOMPARE(first.headers.value("cache-control"), QByteArray("no-store"));
    const Reply second = postForm("/oauth/token", form);
    QCOMPARE(second.status, 400);
    QCOMPARE(second.json.value("error").toString(), QString("invalid_grant"));
}

void TestSandboxServer::clientAssertionChecks_data()
{
    QTest::addColumn<QString>("variant");
    QTest::addColumn<int>("status");
    QTest::newRow("valid") << "valid" << 200;
    QTest::newRow("replayed jti") << "replay" << 401;
    QTest::newRow("audience is not the token URL") << "aud" << 401;
    QTest::newRow("expired") << "expired" << 401;
    QTest::newRow("lives too long") << "long" << 401;
    QTest::newRow("sub differs from iss") << "sub" << 401;
    QTest::newRow("signed by another key") << "key" << 401;
    QTest::newRow("wrong assertion type") << "type" << 401;
}

void TestSandboxServer::clientAssertionChecks()
{
    QFETCH(QString, variant);
    QFETCH(int, status);
    const qint64 now = m_clock.nowUtc().toSecsSinceEpoch();
    QJsonObject claims{{"iss", "mandatary-1"},
                       {"sub", "mandatary-1"},
                       {"aud", m_server->tokenUrl().toString()},
                       {"jti", auth::randomUrlSafeString(16)},
                       {"iat", now},
                       {"exp", now + 300}};
    if (variant == "aud")
        claims.insert("aud", m_server->baseUrl().toString());
    if (variant == "expired") {
        claims.insert("iat", now - 600);
        claims.insert("exp", now - 300);
    }
    if (variant == "long")
        claims.insert("exp", now + 3600);
    if (variant == "sub")
        claims.insert("sub", "someone");
    const auth::RsaKey key = variant == "key" ? auth::RsaKey::generate(2048) : m_machineKey;
    const QByteArray assertion = auth::Jwt::signRs256({}, claims, key);
    QUrlQuery form;
    form.addQueryItem("grant_type", "client_credentials");
    form.addQueryItem("client_assertion_type",
                      variant == "type" ? QString("urn:other")
                                        : "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
    form.addQueryItem("client_assertion", QString::fromLatin1(assertion));
    Reply r = postForm("/oauth/token", form);
    if (variant == "replay") {
        QCOMPARE(r.status, 200);
        r = postForm("/oauth/token", form);
    }
    QCOMPARE(r.status, status);
    if (status == 200) {
        const TokenInfo info = m_server->validateAccessToken(r.json.value("access_token").toString());
        QVERIFY(info.valid);
        QVERIFY(info.machine);
        QCOMPARE(info.enterprises, QStringList{"0422222291"});
    } else {
        QCOMPARE(r.json.value("error").toString(), QString("invalid_client"));
    }
}

void TestSandboxServer::identitiesFile()
{
    QTemporaryDir dir;
    const auto write = [&](const QByteArray &content) {
        QFile f(dir.filePath("ids.json"));
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(content);
        return f.fileName();
    };
    QList<SandboxIdentity> ids;
    QString error;
    const QString ssin = Ssin::compose(90, 2, 3, 45, false);
    QVERIFY2(SandboxConfig::loadIdentities(
                 write(R"({"identities":[{"key":"eve","ssin":")" + ssin.toLatin1() +
                       R"(","givenName":"Eve","familyName":"Maes","enterprises":["BE 0422.222.291"]}]})"),
                 &ids, &error),
             qPrintable(error));
    QCOMPARE(ids.size(), 1);
    QCOMPARE(ids.first().enterprises, QStringList{"0422222291"});
    QVERIFY(!SandboxConfig::loadIdentities(write(R"({"identities":[{"key":"x","ssin":"12345678901"}]})"),
                                           &ids, &error));
    QVERIFY(error.contains("identities[0]"));
    QVERIFY(!SandboxConfig::loadIdentities(write(R"({"identities":[{"key":"x","ssin":")" + ssin.toLatin1() +
                                                 R"(","enterprises":["0422222290"]}]})"),
                                           &ids, &error));
    QVERIFY(error.contains("identities[0].enterprises"));
    QVERIFY(!SandboxConfig::loadIdentities(write("not json"), &ids, &error));
}

void TestSandboxServer::incompleteRequestIsCutOff_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("atOnce");
    // Issue 20.9: a body announced and never sent held the connection for minutes.
    QTest::newRow("body announced, never sent")
        << QByteArray("POST /REST/fla/v1/declarations HTTP/1.1\r\nContent-Length: 1048576\r\n\r\nab") << 408
        << false;
    QTest::newRow("headers never finished")
        << QByteArray("GET /oauth/jwks HTTP/1.1\r\nHost: x\r\n") << 408 << false;
    QTest::newRow("body over the limit")
        << QByteArray("POST /REST/fla/v1/declarations HTTP/1.1\r\nContent-Length: 16777216\r\n\r\nab") << 413
        << true;
    QTest::newRow("length not a number")
        << QByteArray("POST /REST/fla/v1/declarations HTTP/1.1\r\nContent-Length: lots\r\n\r\nab") << 413
        << true;
}

void TestSandboxServer::incompleteRequestIsCutOff()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(bool, atOnce);
    SandboxConfig cfg;
    cfg.readTimeoutMs = 300;
    cfg.maxBodyBytes = 2 * 1024 * 1024;
    SandboxServer server(cfg);
    QVERIFY(server.listen(0));
    QTcpSocket socket;
    qint64 elapsed = 0;
    const QByteArray answer = rawExchange(socket, server.port(), request, 5000, &elapsed);
    QVERIFY2(answer.startsWith(QByteArray(QByteArray("HTTP/1.1 ") + QByteArray::number(status))),
             answer.constData());
    QVERIFY(answer.contains("application/problem+json"));
    QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    if (atOnce)
        QVERIFY2(elapsed < 250, qPrintable(QString::number(elapsed)));
    else
        QVERIFY2(elapsed >= 250 && elapsed < 3000, qPrintable(QString::number(elapsed)));
}

void TestSandboxServer::connectionLimit()
{
#ifdef Q_OS_WIN
    // The refusal is written at accept and the socket closed while the client's request is
    // still unread: Winsock then resets the connection and the client may never read the 503.
    QSKIP("Windows resets a connection closed with unread data: the 503 may be lost (known difference)");
#endif
    SandboxConfig cfg;
    cfg.readTimeoutMs = 400;
    cfg.maxConnections = 3;
    SandboxServer server(cfg);
    QVERIFY(server.listen(0));
    // GIVEN three connections that say nothing
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < 3; ++i) {
        idle.push_back(std::make_unique<QTcpSocket>());
        QTcpSocket *s = idle.back().get();
        s->connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(QTest::qWaitFor([s] { return s->state() == QAbstractSocket::ConnectedState; }, 2000));
    }
    QTest::qWait(50); // the server has accepted them
    // WHEN a fourth comes, THEN it is told at once to come back later
    QTcpSocket fourth;
    qint64 elapsed = 0;
    QByteArray answer =
        rawExchange(fourth, server.port(), "GET /oauth/jwks HTTP/1.1\r\n\r\n", 2000, &elapsed);
    QVERIFY2(answer.startsWith("HTTP/1.1 503"), answer.constData());
    QVERIFY(answer.contains("Retry-After: 1"));
    QVERIFY2(elapsed < 300, qPrintable(QString::number(elapsed)));
    // AND once the silent ones are cut off, a request is served again.
    QVERIFY(QTest::qWaitFor(
        [&] {
            return std::all_of(idle.begin(), idle.end(),
                               [](const auto &s) { return s->state() == QAbstractSocket::UnconnectedState; });
        },
        3000));
    QTcpSocket fifth;
    answer = rawExchange(fifth, server.port(), "GET /oauth/jwks HTTP/1.1\r\n\r\n", 2000);
    QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
}

void TestSandboxServer::closedConnectionsFreeTheirPlace()
{
    // Connections the server drops (fault injection) or answers, and clients that hang up,
    // all give their place back: the limit is on connections open now, not ever.
    SandboxConfig cfg;
    cfg.maxConnections = 2;
    SandboxServer server(cfg);
    server.addRoute("GET", "/drop", [](const HttpRequest &) {
        HttpResponse r;
        r.dropConnection = true;
        return r;
    });
    QVERIFY(server.listen(0));
    for (int i = 0; i < 6; ++i) {
        QTcpSocket dropped;
        QVERIFY(rawExchange(dropped, server.port(), "GET /drop HTTP/1.1\r\n\r\n", 2000).isEmpty());
        QTcpSocket answered;
        QVERIFY(rawExchange(answered, server.port(), "GET /oauth/jwks HTTP/1.1\r\n\r\n", 2000)
                    .startsWith("HTTP/1.1 200"));
        QTcpSocket hungUp;
        hungUp.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(QTest::qWaitFor([&] { return hungUp.state() == QAbstractSocket::ConnectedState; }, 2000));
        hungUp.abort();
        QTest::qWait(20);
    }
}

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"
