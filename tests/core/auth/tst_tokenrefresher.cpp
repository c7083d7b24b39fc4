// Refresh in our own code: invalid_grant → sign in again; network error,
// timeout or 5xx → keep the tokens and retry later.

#include "AuthTestSupport.h"
#include "core/auth/OidcSignIn.h"
#include "core/auth/TokenRefresher.h"
#include "core/common/Clock.h"
#include "sandbox/OidcProvider.h"
#include "sandbox/SandboxServer.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace fla;
using namespace fla::auth;

class TestTokenRefresher : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void refreshRotatesTokens();
    void invalidGrantMeansSignInAgain();
    void networkErrorKeepsTokens();
    void timeoutKeepsTokens();
    void serverErrorKeepsTokens();
    void noRefreshTokenMeansSignInAgain();
    void noTokenInLog();

private:
    struct Outcome
    {
        TokenRefresher::Outcome outcome{};
        Session session;
        AuthError error = AuthError::None;
    };
    Outcome refresh(const Session &s, int timeoutMs = 5000);

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    Session m_session;
};

void TestTokenRefresher::init()
{
    qRegisterMetaType<fla::auth::Session>();
    qRegisterMetaType<fla::auth::AuthError>();
    m_clock = std::make_unique<ManualClock>(QDateTime::currentDateTimeUtc());
    sandbox::SandboxConfig cfg;
    cfg.clock = m_clock.get();
    m_server = std::make_unique<sandbox::SandboxServer>(cfg);
    QVERIFY(m_server->listen(0));
    m_network = std::make_unique<QNetworkAccessManager>();

    const std::optional<Session> signedIn =
        fla::test::signInThroughBrowser(m_network.get(), *m_clock, m_server->issuer());
    QVERIFY(signedIn);
    m_session = *signedIn;
}

void TestTokenRefresher::cleanup()
{
    m_network.reset();
    m_server.reset();
}

TestTokenRefresher::Outcome TestTokenRefresher::refresh(const Session &s, int timeoutMs)
{
    TokenRefresher refresher(m_network.get(), *m_clock);
    refresher.setTimeoutMs(timeoutMs);
    QSignalSpy spy(&refresher, &TokenRefresher::finished);
    refresher.refresh(s);
    Outcome o;
    if (!spy.wait(15000))
        return o;
    o.outcome = spy.at(0).at(0).value<TokenRefresher::Outcome>();
    o.session = spy.at(0).at(1).value<Session>();
    o.error = spy.at(0).at(2).value<AuthError>();
    return o;
}

void TestTokenRefresher::refreshRotatesTokens()
{
    m_clock->advanceSeconds(900); // the access token (600 s) has expired
    QVERIFY(!m_session.hasValidAccessToken(*m_clock));
    QVERIFY(!m_server->validateAccessToken(m_session.accessToken).valid);
    const Outcome o = refresh(m_session);
    QCOMPARE(o.outcome, TokenRefresher::Outcome::Refreshed);
    QVERIFY(o.session.hasValidAccessToken(*m_clock));
    QVERIFY(o.session.accessToken != m_session.accessToken);
    QVERIFY(o.session.refreshToken != m_session.refreshToken);
    QCOMPARE(o.session.subject, m_session.subject);
    QVERIFY(m_server->validateAccessToken(o.session.accessToken, "openid").valid);
    // the old refresh token was rotated away
    const Outcome again = refresh(m_session);
    QCOMPARE(again.outcome, TokenRefresher::Outcome::SignInAgain);
}

void TestTokenRefresher::invalidGrantMeansSignInAgain()
{
    m_server->provider().revokeAllRefreshTokens();
    const Outcome o = refresh(m_session);
    QCOMPARE(o.outcome, TokenRefresher::Outcome::SignInAgain);
    QCOMPARE(o.error, AuthError::InvalidGrant);
}

void TestTokenRefresher::networkErrorKeepsTokens()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress(QHostAddress::LocalHost)));
    Session s = m_session;
    s.tokenEndpoint = QUrl(QString("http://127.0.0.1:%1/oauth/token").arg(probe.serverPort()));
    probe.close();
    const Outcome o = refresh(s);
    QCOMPARE(o.outcome, TokenRefresher::Outcome::RetryLater);
    QCOMPARE(o.error, AuthError::Network);
    QCOMPARE(o.session.refreshToken, m_session.refreshToken);
    QCOMPARE(o.session.accessToken, m_session.accessToken);
}

void TestTokenRefresher::timeoutKeepsTokens()
{
    // A server that accepts the connection and never answers
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress(QHostAddress::LocalHost)));
    Session s = m_session;
    s.tokenEndpoint = QUrl(QString("http://127.0.0.1:%1/oauth/token").arg(silent.serverPort()));
    QElapsedTimer timer;
    timer.start();
    const Outcome o = refresh(s, 300);
    QCOMPARE(o.outcome, TokenRefresher::Outcome::RetryLater);
    QCOMPARE(o.error, AuthError::Timeout);
    QVERIFY(timer.elapsed() < 5000);
    QCOMPARE(o.session.refreshToken, m_session.refreshToken);
}

void TestTokenRefresher::serverErrorKeepsTokens()
{
    m_server->provider().faults().unavailable = true;
    const Outcome o = refresh(m_session);
    QCOMPARE(o.outcome, TokenRefresher::Outcome::RetryLater);
    QCOMPARE(o.session.refreshToken, m_session.refreshToken);
    // and once the server is back, the same refresh token still works
    m_server->provider().faults().unavailable = false;
    QCOMPARE(refresh(m_session).outcome, TokenRefresher::Outcome::Refreshed);
}

void TestTokenRefresher::noRefreshTokenMeansSignInAgain()
{
    Session s = m_session;
    s.refreshToken.clear();
    QCOMPARE(refresh(s).outcome, TokenRefresher::Outcome::SignInAgain);
}

void TestTokenRefresher::noTokenInLog()
{
    QLoggingCategory::setFilterRules("fladesk.*.debug=true");
    fla::test::LogCapture capture;
    const Outcome o = refresh(m_session);
    QCOMPARE(o.outcome, TokenRefresher::Outcome::Refreshed);
    QCOMPARE(refresh(m_session).outcome, TokenRefresher::Outcome::SignInAgain); // rotated: logged refusal
    QLoggingCategory::setFilterRules(QString());
    const QString log = capture.all();
    QVERIFY(capture.count() >= 2);
    for (const QString &secret :
         {m_session.refreshToken, m_session.accessToken, o.session.accessToken, o.session.refreshToken})
        QVERIFY2(!log.contains(secret), qPrintable(log));
}

QTEST_GUILESS_MAIN(TestTokenRefresher)
#include "tst_tokenrefresher.moc"
