#include "core/auth/AuthTypes.h"
#include "core/auth/Environment.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace fla::auth;

class TestEnvironment : public QObject
{
    Q_OBJECT

private slots:
    void allowedEndpoints_data();
    void allowedEndpoints();
    void defaults();
    void saveAndLoad();
    void saveRefusesInsecure_data();
    void saveRefusesInsecure();
    void currentEnvironment();
    void productionClosesWithTheFla_data();
    void productionClosesWithTheFla();
};

void TestEnvironment::allowedEndpoints_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https") << "https://idp.iamfas.belgium.be/fas/oauth2" << true;
    QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8765" << true;
    QTest::newRow("http 127.0.0.2") << "http://127.0.0.2:8765" << true;
    QTest::newRow("http localhost") << "http://localhost:8765/x" << true;
    QTest::newRow("http ::1") << "http://[::1]:8765" << true;
    QTest::newRow("http public host") << "http://idp.example.com" << false;
    QTest::newRow("http LAN") << "http://10.0.0.5" << false;
    QTest::newRow("http localhost lookalike") << "http://localhost.example.com" << false;
    QTest::newRow("ftp") << "ftp://idp.example.com" << false;
    QTest::newRow("no host") << "https:///path" << false;
}

void TestEnvironment::allowedEndpoints()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QCOMPARE(isAllowedEndpoint(QUrl(url)), allowed);
}

void TestEnvironment::defaults()
{
    for (Environment e : allEnvironments()) {
        const EnvironmentConfig c = EnvironmentSettings::defaults(e);
        QVERIFY2(c.validate().isEmpty(), qPrintable(c.validate()));
        QVERIFY(c.scopes.contains("openid"));
    }
    QCOMPARE(EnvironmentSettings::defaults(Environment::Sandbox).issuer, QUrl("http://127.0.0.1:8765"));
    QCOMPARE(EnvironmentSettings::defaults(Environment::Acceptance).machineTokenUrl,
             QUrl("https://services-acpt.socialsecurity.be/REST/oauth/v5/token"));
    QCOMPARE(EnvironmentSettings::defaults(Environment::Production).machineTokenUrl,
             QUrl("https://services.socialsecurity.be/REST/oauth/v5/token"));
    Environment e{};
    QVERIFY(environmentFromId("Acceptance", &e));
    QCOMPARE(e, Environment::Acceptance);
    QVERIFY(!environmentFromId("staging", &e));
}

void TestEnvironment::saveAndLoad()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath("s.ini"), QSettings::IniFormat);
    EnvironmentConfig c = EnvironmentSettings::defaults(Environment::Acceptance);
    c.issuer = QUrl("https://login.acpt.example/oidc");
    c.clientId = "fladesk-acpt";
    c.scopes = {"openid", "fla"};
    QCOMPARE(EnvironmentSettings::save(settings, c), QString());
    const EnvironmentConfig back = EnvironmentSettings::load(settings, Environment::Acceptance);
    QCOMPARE(back.issuer, c.issuer);
    QCOMPARE(back.clientId, QString("fladesk-acpt"));
    QCOMPARE(back.scopes, c.scopes);
    // other environments keep their defaults
    QCOMPARE(EnvironmentSettings::load(settings, Environment::Production).issuer,
             EnvironmentSettings::defaults(Environment::Production).issuer);
}

void TestEnvironment::saveRefusesInsecure_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("url");
    QTest::newRow("issuer") << "issuer"
                            << "http://login.example.com";
    QTest::newRow("machine token URL") << "machineTokenUrl"
                                       << "http://services.example.com/token";
    QTest::newRow("API") << "apiBaseUrl"
                         << "http://services.example.com/REST/fla/v1";
    QTest::newRow("issuer missing") << "issuer"
                                    << "";
}

void TestEnvironment::saveRefusesInsecure()
{
    QFETCH(QString, field);
    QFETCH(QString, url);
    QTemporaryDir dir;
    QSettings settings(dir.filePath("s.ini"), QSettings::IniFormat);
    EnvironmentConfig c = EnvironmentSettings::defaults(Environment::Production);
    if (field == "issuer")
        c.issuer = QUrl(url);
    else if (field == "machineTokenUrl")
        c.machineTokenUrl = QUrl(url);
    else
        c.apiBaseUrl = QUrl(url);
    const QString error = EnvironmentSettings::save(settings, c);
    QVERIFY(error.startsWith(field + ":"));
    QVERIFY(settings.allKeys().isEmpty()); // nothing saved
}

void TestEnvironment::currentEnvironment()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath("s.ini"), QSettings::IniFormat);
    QCOMPARE(EnvironmentSettings::current(settings), Environment::Sandbox);
    EnvironmentSettings::setCurrent(settings, Environment::Production);
    QCOMPARE(EnvironmentSettings::current(settings), Environment::Production);
}

// From 1 January 2027 the FLA's production platform is gone: the app and the
// CLI say so instead of reaching for it; the sandbox and acceptance stay.
void TestEnvironment::productionClosesWithTheFla_data()
{
    QTest::addColumn<int>("environment");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<bool>("closed");
    QTest::newRow("production, its last day") << int(Environment::Production) << QDate(2026, 12, 31) << false;
    QTest::newRow("production, New Year 2027") << int(Environment::Production) << QDate(2027, 1, 1) << true;
    QTest::newRow("production, a leap day later")
        << int(Environment::Production) << QDate(2028, 2, 29) << true;
    QTest::newRow("sandbox, 2027") << int(Environment::Sandbox) << QDate(2027, 1, 1) << false;
    QTest::newRow("acceptance, 2027") << int(Environment::Acceptance) << QDate(2027, 6, 1) << false;
}

void TestEnvironment::productionClosesWithTheFla()
{
    QFETCH(int, environment);
    QFETCH(QDate, today);
    QFETCH(bool, closed);
    const QString reason = closedReason(Environment(environment), today);
    QCOMPARE(!reason.isEmpty(), closed);
    if (closed)
        QVERIFY2(reason.contains(QLatin1String("destroyed")), qPrintable(reason));
}

QTEST_GUILESS_MAIN(TestEnvironment)
#include "tst_environment.moc"
