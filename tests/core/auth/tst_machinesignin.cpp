// Certificate sign-in: client credentials with an RFC 7523 JWT assertion.

#include "core/auth/MachineSignIn.h"
#include "core/common/Clock.h"
#include "core/domain/EnterpriseNumber.h"
#include "sandbox/SandboxServer.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fla;
using namespace fla::auth;

class TestMachineSignIn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signsInWithCertificate();
    void otherKeyRefused();
    void unknownClientRefused();
    void wrongPasswordRefused();
    void insecureTokenUrlRefused();

private:
    QString writeP12(const RsaKey &key, const QString &password);
    std::pair<bool, AuthError> run(MachineSignIn &m, const QString &clientId, const QUrl &tokenUrl,
                                   Session *out = nullptr);

    QTemporaryDir m_dir;
    RsaKey m_key;
    QByteArray m_certPem;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    QNetworkAccessManager m_network;
    sandbox::SandboxMachineClient m_client;
};

void TestMachineSignIn::initTestCase()
{
    qRegisterMetaType<fla::auth::Session>();
    qRegisterMetaType<fla::auth::AuthError>();
    QVERIFY(m_dir.isValid());
    m_key = RsaKey::generate(2048);
    m_certPem = m_key.selfSignedCertificatePem("mandatary-software");
    m_client.clientId = "mandatary-1";
    m_client.certificatePem = m_certPem;
    m_client.enterprises = {EnterpriseNumber::compose(4299999)};
    sandbox::SandboxConfig cfg;
    cfg.machineClients = {m_client};
    m_server = std::make_unique<sandbox::SandboxServer>(cfg);
    QVERIFY(m_server->listen(0));
}

QString TestMachineSignIn::writeP12(const RsaKey &key, const QString &password)
{
    static int n = 0;
    const QString path = m_dir.filePath(QString("cert%1.p12").arg(++n));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(key.toPkcs12(key.selfSignedCertificatePem("x"), password));
    return path;
}

std::pair<bool, AuthError> TestMachineSignIn::run(MachineSignIn &m, const QString &clientId,
                                                  const QUrl &tokenUrl, Session *out)
{
    QSignalSpy ok(&m, &MachineSignIn::succeeded);
    QSignalSpy failed(&m, &MachineSignIn::failed);
    m.start("sandbox", clientId, tokenUrl);
    if (!QTest::qWaitFor([&] { return ok.count() + failed.count() > 0; }, 10000))
        return {false, AuthError::Cancelled};
    if (!ok.isEmpty()) {
        if (out)
            *out = ok.at(0).at(0).value<Session>();
        return {true, AuthError::None};
    }
    return {false, failed.at(0).at(0).value<AuthError>()};
}

void TestMachineSignIn::signsInWithCertificate()
{
    MachineSignIn m(&m_network, Clock::system());
    QString error;
    QVERIFY2(m.loadCertificate(writeP12(m_key, "pw"), "pw", &error), qPrintable(error));
    Session s;
    const auto [ok, err] = run(m, "mandatary-1", m_server->tokenUrl(), &s);
    QVERIFY2(ok, qPrintable(errorCode(err)));
    QVERIFY(s.machine);
    QCOMPARE(s.subject, QString("mandatary-1"));
    QVERIFY(s.refreshToken.isEmpty());
    const sandbox::TokenInfo info = m_server->validateAccessToken(s.accessToken, "fla");
    QVERIFY2(info.valid, qPrintable(info.error));
    QVERIFY(info.machine);
    QCOMPARE(info.enterprises, m_client.enterprises);
}

void TestMachineSignIn::otherKeyRefused()
{
    MachineSignIn m(&m_network, Clock::system());
    QString error;
    QVERIFY(m.loadCertificate(writeP12(RsaKey::generate(2048), ""), "", &error));
    const auto [ok, err] = run(m, "mandatary-1", m_server->tokenUrl());
    QVERIFY(!ok);
    QCOMPARE(err, AuthError::TokenEndpoint);
}

void TestMachineSignIn::unknownClientRefused()
{
    MachineSignIn m(&m_network, Clock::system());
    m.setKey(m_key);
    const auto [ok, err] = run(m, "someone-else", m_server->tokenUrl());
    QVERIFY(!ok);
    QCOMPARE(err, AuthError::TokenEndpoint);
}

void TestMachineSignIn::wrongPasswordRefused()
{
    MachineSignIn m(&m_network, Clock::system());
    QString error;
    QVERIFY(!m.loadCertificate(writeP12(m_key, "right"), "wrong", &error));
    QVERIFY(error.contains("cert"));
    QVERIFY(!m.loadCertificate(m_dir.filePath("missing.p12"), "", &error));
}

void TestMachineSignIn::insecureTokenUrlRefused()
{
    MachineSignIn m(&m_network, Clock::system());
    m.setKey(m_key);
    const auto [ok, err] = run(m, "mandatary-1", QUrl("http://services.example.com/token"));
    QVERIFY(!ok);
    QCOMPARE(err, AuthError::InsecureEndpoint);
}

QTEST_GUILESS_MAIN(TestMachineSignIn)
#include "tst_machinesignin.moc"
