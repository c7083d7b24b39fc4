// The whole interactive sign-in against the sandbox provider, in-process,
// with the browser hooked (a QNetworkAccessManager following the redirects).

#include "AuthTestSupport.h"
#include "core/auth/OidcSignIn.h"
#include "core/common/Clock.h"
#include "sandbox/OidcProvider.h"
#include "sandbox/SandboxServer.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace fla;
using namespace fla::auth;
using fla::sandbox::SandboxServer;

class TestOidcSignIn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void fullFlow();
    void freshSecretsEachTime();
    void browserUnavailableShowsLink();
    void wrongStateIgnoredUntilTheRightOne();
    void secondCallbackRefused();
    void idTokenFaults_data();
    void idTokenFaults();
    void clockAheadMakesIdTokenExpired();
    void userCancels();
    void insecureIssuerRefused_data();
    void insecureIssuerRefused();
    void discoveryIssuerMismatch();
    void unreachableProvider();
    void noTokenReachesTheLog();

private:
    struct Result
    {
        bool ok = false;
        Session session;
        AuthError error = AuthError::None;
    };
    Result runSignIn(OidcSignIn &signIn, const OidcConfig &config);
    OidcConfig config() const;

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<fla::test::FakeBrowser> m_browser;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void TestOidcSignIn::initTestCase()
{
    qRegisterMetaType<fla::auth::Session>();
    qRegisterMetaType<fla::auth::AuthError>();
    m_clock = std::make_unique<ManualClock>(QDateTime::currentDateTimeUtc());
    sandbox::SandboxConfig cfg;
    cfg.clock = m_clock.get();
    m_server = std::make_unique<SandboxServer>(cfg); // one RSA key for all the cases
    QVERIFY(m_server->listen(0));
}

void TestOidcSignIn::init()
{
    m_clock->setNowUtc(QDateTime::currentDateTimeUtc());
    m_server->provider().setFaults({});
    m_browser = std::make_unique<fla::test::FakeBrowser>();
    m_network = std::make_unique<QNetworkAccessManager>();
}

void TestOidcSignIn::cleanup()
{
    m_browser.reset();
    m_network.reset();
}

OidcConfig TestOidcSignIn::config() const
{
    OidcConfig c;
    c.environment = "sandbox";
    c.issuer = m_server->issuer();
    c.clientId = "fladesk";
    c.scopes = {"openid", "profile", "fla"};
    return c;
}

TestOidcSignIn::Result TestOidcSignIn::runSignIn(OidcSignIn &signIn, const OidcConfig &cfg)
{
    Result result;
    QSignalSpy ok(&signIn, &OidcSignIn::succeeded);
    QSignalSpy failed(&signIn, &OidcSignIn::failed);
    signIn.start(cfg);
    if (!QTest::qWaitFor([&] { return ok.count() + failed.count() > 0; }, 15000))
        return result;
    if (!ok.isEmpty()) {
        result.ok = true;
        result.session = ok.at(0).at(0).value<Session>();
    } else {
        result.error = failed.at(0).at(0).value<AuthError>();
    }
    return result;
}

void TestOidcSignIn::fullFlow()
{
    // GIVEN the sandbox and a browser that signs in as "bram" with itsme
    m_browser->extra = {{"identity", "bram"}, {"key", "itsme"}};
    OidcSignIn signIn(m_network.get(), *m_clock);
    signIn.setBrowserOpener([this](const QUrl &u) { return m_browser->open(u); });
    QSignalSpy urlReady(&signIn, &OidcSignIn::authorizationUrlReady);
    QSignalSpy unavailable(&signIn, &OidcSignIn::browserUnavailable);

    // WHEN the user signs in
    const Result r = runSignIn(signIn, config());

    // THEN the session names the person and the enterprises, and its token works at the API
    QVERIFY2(r.ok, qPrintable(errorCode(r.error)));
    const sandbox::SandboxIdentity *bram = m_server->identity("bram");
    QCOMPARE(r.session.subject, bram->subject());
    QCOMPARE(r.session.name, QString("Bram Janssens"));
    QCOMPARE(r.session.givenName, QString("Bram"));
    QCOMPARE(r.session.enterprises, bram->enterprises);
    QCOMPARE(r.session.environment, QString("sandbox"));
    QVERIFY(!r.session.refreshToken.isEmpty());
    QVERIFY(r.session.hasValidAccessToken(*m_clock));
    QCOMPARE(r.session.accessTokenExpiresAt, m_clock->nowUtc().addSecs(600));
    QVERIFY(r.session.scopes.contains("fla"));
    QCOMPARE(r.session.idClaims.value("amr").toArray().at(0).toString(), QString("itsme"));
    const sandbox::TokenInfo info = m_server->validateAccessToken(r.session.accessToken, "fla");
    QVERIFY2(info.valid, qPrintable(info.error));
    QCOMPARE(info.subject, bram->subject());
    QVERIFY(info.mayActFor(bram->enterprises.first()));
    QVERIFY(!info.mayActFor(m_server->identity("an")->enterprises.first()));

    // The authorization request: code flow, PKCE S256, state, nonce, loopback redirect on a chosen port
    QCOMPARE(urlReady.count(), 1);
    QCOMPARE(unavailable.count(), 0);
    const QUrlQuery q(urlReady.at(0).at(0).toUrl().query(QUrl::FullyEncoded));
    QCOMPARE(q.queryItemValue("response_type"), QString("code"));
    QCOMPARE(q.queryItemValue("code_challenge_method"), QString("S256"));
    QCOMPARE(q.queryItemValue("code_challenge").size(), 43);
    QVERIFY(q.queryItemValue("state").size() >= 43);
    QVERIFY(q.queryItemValue("nonce").size() >= 43);
    const QUrl redirect(q.queryItemValue("redirect_uri", QUrl::FullyDecoded));
    QCOMPARE(redirect.scheme(), QString("http"));
    QCOMPARE(redirect.host(), QString("127.0.0.1"));
    QVERIFY(redirect.port() > 0);
    QVERIFY(redirect.port() != m_server->port());

    // The browser got the "return to the app" page
    QTRY_VERIFY(!m_browser->lastPage.isEmpty());
    QCOMPARE(m_browser->lastStatus, 200);
    QVERIFY(m_browser->lastPage.contains("data-success=\"true\""));
    QVERIFY(m_browser->lastPage.contains("return to FLA Desk"));
}

void TestOidcSignIn::freshSecretsEachTime()
{
    OidcSignIn signIn(m_network.get(), *m_clock);
    signIn.setBrowserOpener([this](const QUrl &u) { return m_browser->open(u); });
    QSignalSpy urlReady(&signIn, &OidcSignIn::authorizationUrlReady);
    QVERIFY(runSignIn(signIn, config()).ok);
    QVERIFY(runSignIn(signIn, config()).ok);
    QCOMPARE(urlReady.count(), 2);
    const QUrlQuery a(urlReady.at(0).at(0).toUrl().query(QUrl::FullyEncoded));
    const QUrlQuery b(urlReady.at(1).at(0).toUrl().query(QUrl::FullyEncoded));
    for (const char *k : {"state", "nonce", "code_challenge", "redirect_uri"})
        QVERIFY2(a.queryItemValue(QLatin1String(k)) != b.queryItemValue(QLatin1String(k)), k);
}

void TestOidcSignIn::browserUnavailableShowsLink()
{
    OidcSignIn signIn(m_network.get(), *m_clock);
    signIn.setBrowserOpener([](const QUrl &) { return false; });
    QSignalSpy unavailable(&signIn, &OidcSignIn::browserUnavailable);
    QSignalSpy ok(&signIn, &OidcSignIn::succeeded);
    signIn.start(config());
    QTRY_COMPARE(unavailable.count(), 1);
    const QUrl url = unavailable.at(0).at(0).toUrl();
    QCOMPARE(url, signIn.authorizationUrl());
    // The user copies the link into a browser themselves
    QUrl withIdentity = url;
    QUrlQuery q(url.query(QUrl::FullyEncoded));
    q.addQueryItem("identity", "chloe");
    withIdentity.setQuery(q.query(QUrl::FullyEncoded), QUrl::StrictMode);
    m_browser->get(withIdentity);
    QTRY_COMPARE(ok.count(), 1);
    QCOMPARE(ok.at(0).at(0).value<Session>().enterprises.size(), 3);
}

void TestOidcSignIn::wrongStateIgnoredUntilTheRightOne()
{
    m_browser->follow = false;
    OidcSignIn signIn(m_network.get(), *m_clock);
    signIn.setBrowserOpener([this](const QUrl &u) { return m_browser->open(u); });
    QSignalSpy failed(&signIn, &OidcSignIn::failed);
    QSignalSpy ok(&signIn, &OidcSignIn::succeeded);
    signIn.start(config());
    QTRY_COMPARE(m_browser->opened.size(), 1);
    // GIVEN a forged callback: a code, but not our state (issue 20.13: it ended the sign-in
    // and the browser got no answer)
    QUrl forged = signIn.redirectUri();
    forged.setQuery("code=stolen&state=not-the-one-we-sent");
    const auto answer = m_browser->getNow(forged);
    // THEN the browser is told, and the sign-in goes on waiting
    QCOMPARE(answer.status, 400);
    QVERIFY(answer.body.contains("data-success=\"false\""));
    QVERIFY(answer.body.contains("does not belong to the sign-in in progress"));
    QTest::qWait(50);
    QCOMPARE(failed.count(), 0);
    QVERIFY(signIn.isRunning());
    // AND the real answer, when it comes, completes it.
    QUrl real = signIn.authorizationUrl();
    QUrlQuery q(real.query(QUrl::FullyEncoded));
    q.addQueryItem("identity", "chloe");
    real.setQuery(q.query(QUrl::FullyEncoded), QUrl::StrictMode);
    m_browser->follow = true;
    m_browser->get(real);
    QTRY_COMPARE(ok.count(), 1);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(ok.at(0).at(0).value<Session>().subject, m_server->identity("chloe")->subject());
}

void TestOidcSignIn::secondCallbackRefused()
{
    OidcSignIn signIn(m_network.get(), *m_clock);
    signIn.setBrowserOpener([this](const QUrl &u) { return m_browser->open(u); });
    QSignalSpy failed(&signIn, &OidcSignIn::failed);
    const Result r = runSignIn(signIn, config());
    QVERIFY(r.ok);
    QTRY_VERIFY(!m_browser->lastUrl.isEmpty());
    // The browser's callback URL, replayed: nobody listens any more
    QCOMPARE(m_browser->lastUrl.port(), signIn.redirectUri().port());
    const auto again = m_browser->getNow(m_browser->lastUrl);
    QCOMPARE(again.error, QNetworkReply::ConnectionRefusedError);
    QCOMPARE(failed.count(), 0);
}

void TestOidcSignIn::idTokenFaults_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<AuthError>("expected");
    QTest::newRow("wrong nonce") << "wrongNonce" << AuthError::IdTokenNonce;
    QTest::newRow("wrong audience") << "wrongAudience" << AuthError::IdTokenAudience;
    QTest::newRow("wrong issuer") << "wrongIssuer" << AuthError::IdTokenIssuer;
    QTest::newRow("expired") << "expiredIdToken" << AuthError::IdTokenExpired;
    QTest::newRow("tampered") << "tamperedIdToken" << AuthError::IdTokenSignature;
}

void TestOidcSignIn::idTokenFaults()
{
    QFETCH(QString, fault);
    QFETCH(AuthError, expected);
    sandbox::ProviderFaults faults;
    faults.wrongNonce = fault == "wrongNonce";
    faults.wrongAudience = fault == "wrongAudience";
    faults.wrongIssuer = fault == "wrongIssuer";
    faults.expiredIdToken = fault == "expiredIdToken";
    faults.tamperedIdToken = fault == "tamperedIdToken";
    m_server->provider().setFaults(faults);
    OidcSignIn signIn(m_network.get(), *m_clock);
    signIn.setBrowserOpener([this](const QUrl &u) { return m_browser->open(u); });
    const Result r = runSignIn(signIn, config());
    QVERIFY(!r.ok);
    QCOMPARE(errorCode(r.error), errorCode(expected));
}

void TestOidcSignIn::clockAheadMakesIdTokenExpired()
{
    // The sandbox issues with its own clock; ours is two hours ahead.
    ManualClock ahead(m_clock->nowUtc().addSecs(7200));
    OidcSignIn signIn(m_network.get(), ahead);
    signIn.setBrowserOpener([this](const QUrl &u) { return m_browser->open(u); });
    const Result r = runSignIn(signIn, config());
    QVERIFY(!r.ok);
    QCOMPARE(r.error, AuthError::IdTokenExpired);
}

void TestOidcSignIn::userCancels()
{
    m_browser->extra = {{"cancel", "1"}};
    OidcSignIn signIn(m_network.get(), *m_clock);
    signIn.setBrowserOpener([this](const QUrl &u) { return m_browser->open(u); });
    const Result r = runSignIn(signIn, config());
    QVERIFY(!r.ok);
    QCOMPARE(r.error, AuthError::AccessDenied);
    QTRY_VERIFY(m_browser->lastPage.contains("data-success=\"false\""));
}

void TestOidcSignIn::insecureIssuerRefused_data()
{
    QTest::addColumn<QString>("issuer");
    QTest::newRow("http on the network") << "http://login.example.com";
    QTest::newRow("http on a LAN address") << "http://192.168.1.20:8080";
}

void TestOidcSignIn::insecureIssuerRefused()
{
    QFETCH(QString, issuer);
    OidcConfig c = config();
    c.issuer = QUrl(issuer);
    OidcSignIn signIn(m_network.get(), *m_clock);
    signIn.setBrowserOpener([this](const QUrl &u) { return m_browser->open(u); });
    const Result r = runSignIn(signIn, c);
    QVERIFY(!r.ok);
    QCOMPARE(r.error, AuthError::InsecureEndpoint);
    QVERIFY(m_browser->opened.isEmpty());
}

void TestOidcSignIn::discoveryIssuerMismatch()
{
    OidcConfig c = config();
    c.issuer.setHost("localhost"); // same server, but its document names 127.0.0.1
    OidcSignIn signIn(m_network.get(), *m_clock);
    signIn.setBrowserOpener([this](const QUrl &u) { return m_browser->open(u); });
    const Result r = runSignIn(signIn, c);
    QVERIFY(!r.ok);
    QCOMPARE(r.error, AuthError::Discovery);
}

void TestOidcSignIn::unreachableProvider()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress(QHostAddress::LocalHost)));
    const quint16 port = probe.serverPort();
    probe.close();
    OidcConfig c = config();
    c.issuer = QUrl(QString("http://127.0.0.1:%1").arg(port));
    OidcSignIn signIn(m_network.get(), *m_clock);
    const Result r = runSignIn(signIn, c);
    QVERIFY(!r.ok);
    QCOMPARE(r.error, AuthError::Network);
}

void TestOidcSignIn::noTokenReachesTheLog()
{
    QLoggingCategory::setFilterRules("fladesk.*.debug=true");
    fla::test::LogCapture capture;
    OidcSignIn signIn(m_network.get(), *m_clock);
    signIn.setBrowserOpener([this](const QUrl &u) { return m_browser->open(u); });
    QSignalSpy urlReady(&signIn, &OidcSignIn::authorizationUrlReady);
    const Result r = runSignIn(signIn, config());
    QVERIFY(r.ok);
    QTRY_VERIFY(!m_browser->lastUrl.isEmpty());
    // and a failing one, whose errors are logged
    m_server->provider().faults().tamperedIdToken = true;
    QVERIFY(!runSignIn(signIn, config()).ok);
    QLoggingCategory::setFilterRules(QString());

    const QString log = capture.all();
    QVERIFY2(capture.count() >= 4, qPrintable(log));
    const QUrlQuery auth(urlReady.at(0).at(0).toUrl().query(QUrl::FullyEncoded));
    const QUrlQuery callback(m_browser->lastUrl.query(QUrl::FullyEncoded));
    const QStringList secrets{r.session.accessToken,
                              r.session.refreshToken,
                              r.session.accessToken.section('.', 2), // the signature part alone
                              callback.queryItemValue("code"),
                              auth.queryItemValue("state"),
                              auth.queryItemValue("nonce"),
                              m_server->identity("an")->ssin};
    for (const QString &secret : secrets) {
        QVERIFY(secret.size() >= 11);
        QVERIFY2(!log.contains(secret), qPrintable("a secret reached the log: " + log));
    }
}

QTEST_GUILESS_MAIN(TestOidcSignIn)
#include "tst_oidcsignin.moc"
