#include "core/auth/SecretStore.h"
#include "core/auth/SessionStore.h"
#include "core/common/Clock.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace fla;
using namespace fla::auth;

class TestSessionStore : public QObject
{
    Q_OBJECT

private slots:
    void severalSignInsAtOnce();
    void secretsNeverInSettings();
    void restoreFromKeychainWithoutAccessToken();
    void signOutForgetsEverything();
    void keyIsAppEnvironmentIdentity();

private:
    static Session make(const QString &env, const QString &sub, const QString &name);
};

Session TestSessionStore::make(const QString &env, const QString &sub, const QString &name)
{
    Session s;
    s.environment = env;
    s.subject = sub;
    s.name = name;
    s.clientId = "fladesk";
    s.issuer = QUrl("https://idp.example");
    s.tokenEndpoint = QUrl("https://idp.example/token");
    s.enterprises = {"0421111151"};
    s.accessToken = "ACCESS-" + sub + "-" + env + "-secret-value";
    s.refreshToken = "REFRESH-" + sub + "-" + env + "-secret-value";
    s.accessTokenExpiresAt = QDateTime::currentDateTimeUtc().addSecs(600);
    return s;
}

void TestSessionStore::severalSignInsAtOnce()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath("s.ini"), QSettings::IniFormat);
    MemorySecretStore secrets;
    SessionStore store(secrets, &settings);
    QString error;
    QVERIFY(store.save(make("sandbox", "alice", "Alice"), &error));
    QVERIFY(store.save(make("sandbox", "bob", "Bob"), &error));
    QVERIFY(store.save(make("acceptance", "alice", "Alice"), &error));
    QVERIFY(store.save(make("sandbox", "alice", "Alice A."), &error)); // same identity again: replaces
    QCOMPARE(store.accounts().size(), 3);
    QCOMPARE(secrets.size(), 3);
    QCOMPARE(store.session("sandbox", "alice", &error)->name, QString("Alice A."));
    QCOMPARE(store.session("acceptance", "alice", &error)->accessToken,
             QString("ACCESS-alice-acceptance-secret-value"));
}

void TestSessionStore::secretsNeverInSettings()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("s.ini");
    {
        QSettings settings(path, QSettings::IniFormat);
        MemorySecretStore secrets;
        SessionStore store(secrets, &settings);
        QString error;
        QVERIFY(store.save(make("sandbox", "alice", "Alice"), &error));
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray content = f.readAll();
    QVERIFY(content.contains("Alice"));
    QVERIFY(!content.contains("secret-value"));
}

void TestSessionStore::restoreFromKeychainWithoutAccessToken()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath("s.ini"), QSettings::IniFormat);
    MemorySecretStore secrets;
    QString error;
    {
        SessionStore first(secrets, &settings);
        QVERIFY(first.save(make("production", "carol", "Carol"), &error));
    }
    SessionStore second(secrets, &settings); // a new start of the app
    const auto s = second.session("production", "carol", &error);
    QVERIFY(s.has_value());
    QCOMPARE(s->refreshToken, QString("REFRESH-carol-production-secret-value"));
    QVERIFY(s->accessToken.isEmpty()); // only in memory: it has to be refreshed
    QCOMPARE(s->tokenEndpoint, QUrl("https://idp.example/token"));
    QVERIFY(!second.session("production", "nobody", &error).has_value());
}

void TestSessionStore::signOutForgetsEverything()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath("s.ini"), QSettings::IniFormat);
    MemorySecretStore secrets;
    SessionStore store(secrets, &settings);
    QString error;
    QVERIFY(store.save(make("sandbox", "alice", "Alice"), &error));
    QVERIFY(store.save(make("sandbox", "bob", "Bob"), &error));
    QVERIFY(store.signOut("sandbox", "alice", &error));
    QCOMPARE(store.accounts().size(), 1);
    QCOMPARE(store.accounts().first().subject, QString("bob"));
    QVERIFY(!secrets.read(SecretStore::keyFor("sandbox", "alice"), &error).has_value());
    QVERIFY(secrets.read(SecretStore::keyFor("sandbox", "bob"), &error).has_value());
    QVERIFY(!store.session("sandbox", "alice", &error).has_value());
    QVERIFY(store.signOut("sandbox", "alice", &error)); // twice is fine
}

void TestSessionStore::keyIsAppEnvironmentIdentity()
{
    QCOMPARE(SecretStore::keyFor("acceptance", "sbx-1"), QString("FLA Desk/acceptance/sbx-1"));
}

QTEST_GUILESS_MAIN(TestSessionStore)
#include "tst_sessionstore.moc"
