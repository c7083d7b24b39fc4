// "A valid access token for this sign-in", as the sync engine asks for it.

#include "AuthTestSupport.h"
#include "core/auth/AccessTokenSource.h"
#include "core/auth/OidcSignIn.h"
#include "core/auth/SecretStore.h"
#include "core/auth/SessionStore.h"
#include "core/common/Clock.h"
#include "sandbox/OidcProvider.h"
#include "sandbox/SandboxServer.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fla;
using namespace fla::auth;

class TestAccessTokenSource : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void validTokenWithoutNetwork();
    void expiredTokenIsRefreshedOnceForSeveralCallers();
    void restoredAfterRestartFromTheKeychain();
    void revokedMeansSignInAgain();
    void unreachableMeansRetryLater();

private:
    QList<AccessTokenSource::Result> ask(AccessTokenSource &source, int callers = 1);

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    QNetworkAccessManager m_network;
    MemorySecretStore m_secrets;
    std::unique_ptr<SessionStore> m_store;
    Session m_session;
};

void TestAccessTokenSource::initTestCase()
{
    qRegisterMetaType<fla::auth::Session>();
    m_clock = std::make_unique<ManualClock>(QDateTime::currentDateTimeUtc());
    sandbox::SandboxConfig cfg;
    cfg.clock = m_clock.get();
    m_server = std::make_unique<sandbox::SandboxServer>(cfg);
    QVERIFY(m_server->listen(0));
}

void TestAccessTokenSource::init()
{
    m_server->provider().setFaults({});
    m_store = std::make_unique<SessionStore>(m_secrets, nullptr);
    const std::optional<Session> signedIn =
        fla::test::signInThroughBrowser(&m_network, *m_clock, m_server->issuer());
    QVERIFY(signedIn);
    m_session = *signedIn;
    QString error;
    QVERIFY(m_store->save(m_session, &error));
}

QList<AccessTokenSource::Result> TestAccessTokenSource::ask(AccessTokenSource &source, int callers)
{
    QList<AccessTokenSource::Result> results;
    for (int i = 0; i < callers; ++i)
        source.accessToken(m_session.environment, m_session.subject, this,
                           [&results](const AccessTokenSource::Result &r) { results << r; });
    if (!QTest::qWaitFor([&] { return results.size() == callers; }, 10000))
        qWarning("not every caller was answered");
    return results;
}

void TestAccessTokenSource::validTokenWithoutNetwork()
{
    AccessTokenSource source(*m_store, &m_network, *m_clock);
    const auto results = ask(source);
    QCOMPARE(results.size(), 1);
    QVERIFY(results.first().ok);
    QCOMPARE(results.first().accessToken, m_session.accessToken);
    QCOMPARE(results.first().enterprises, m_session.enterprises);
}

void TestAccessTokenSource::expiredTokenIsRefreshedOnceForSeveralCallers()
{
    m_clock->advanceSeconds(590); // within the 60 s margin
    AccessTokenSource source(*m_store, &m_network, *m_clock);
    const auto results = ask(source, 3);
    QCOMPARE(results.size(), 3);
    for (const auto &r : results) {
        QVERIFY(r.ok);
        QCOMPARE(r.accessToken, results.first().accessToken); // one refresh served everybody
    }
    QVERIFY(results.first().accessToken != m_session.accessToken);
    QVERIFY(m_server->validateAccessToken(results.first().accessToken).valid);
    // the rotated refresh token went to the secret store
    QString error;
    QVERIFY(*m_secrets.read(SecretStore::keyFor(m_session.environment, m_session.subject), &error) !=
            m_session.refreshToken.toUtf8());
    m_clock->setNowUtc(QDateTime::currentDateTimeUtc());
}

void TestAccessTokenSource::restoredAfterRestartFromTheKeychain()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath("s.ini"), QSettings::IniFormat);
    QString error;
    {
        SessionStore before(m_secrets, &settings);
        QVERIFY(before.save(m_session, &error));
    }
    SessionStore after(m_secrets, &settings); // no access token in memory any more
    AccessTokenSource source(after, &m_network, *m_clock);
    AccessTokenSource::Result result;
    bool done = false;
    source.accessToken(m_session.environment, m_session.subject, this,
                       [&](const AccessTokenSource::Result &r) {
                           result = r;
                           done = true;
                       });
    QTRY_VERIFY(done);
    QVERIFY(result.ok);
    QVERIFY(m_server->validateAccessToken(result.accessToken).valid);
}

void TestAccessTokenSource::revokedMeansSignInAgain()
{
    m_clock->advanceSeconds(3600);
    m_server->provider().revokeAllRefreshTokens();
    AccessTokenSource source(*m_store, &m_network, *m_clock);
    QSignalSpy required(&source, &AccessTokenSource::signInRequired);
    const auto results = ask(source);
    QVERIFY(!results.first().ok);
    QVERIFY(results.first().signInAgain);
    QCOMPARE(required.count(), 1);
    m_clock->setNowUtc(QDateTime::currentDateTimeUtc());
}

void TestAccessTokenSource::unreachableMeansRetryLater()
{
    m_clock->advanceSeconds(3600);
    m_server->provider().faults().unavailable = true;
    AccessTokenSource source(*m_store, &m_network, *m_clock);
    QSignalSpy required(&source, &AccessTokenSource::signInRequired);
    const auto results = ask(source);
    QVERIFY(!results.first().ok);
    QVERIFY(results.first().retryLater);
    QCOMPARE(required.count(), 0);
    m_clock->setNowUtc(QDateTime::currentDateTimeUtc());
}

QTEST_GUILESS_MAIN(TestAccessTokenSource)
#include "tst_accesstokensource.moc"
