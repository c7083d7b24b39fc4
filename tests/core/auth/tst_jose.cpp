#include "core/auth/Jose.h"
#include "core/auth/MachineSignIn.h"
#include "core/common/Clock.h"

#include <QSet>
#include <QTest>

using namespace fla;
using namespace fla::auth;

class TestJose : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_key = RsaKey::generate(2048); }
    void base64Url_data();
    void base64Url();
    void randomStringsAreUniqueAndUrlSafe();
    void signAndVerify();
    void jwkRoundTrip();
    void jwtParseRefusesGarbage_data();
    void jwtParseRefusesGarbage();
    void pkcs12RoundTrip();
    void clientAssertionClaims();

private:
    RsaKey m_key;
};

void TestJose::base64Url_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("padding dropped") << QByteArray("a") << QByteArray("YQ");
    QTest::newRow("url alphabet") << QByteArray("\xfb\xff\xbf", 3) << QByteArray("-_-_");
}

void TestJose::base64Url()
{
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, encoded);
    QCOMPARE(base64UrlEncode(raw), encoded);
    QByteArray back;
    QVERIFY(base64UrlDecode(encoded, &back));
    QCOMPARE(back, raw);
    QVERIFY(!base64UrlDecode("a+b/", &back)); // plain base64 characters refused
    QVERIFY(!base64UrlDecode("YQ==", &back)); // padding refused
}

void TestJose::randomStringsAreUniqueAndUrlSafe()
{
    QSet<QString> seen;
    for (int i = 0; i < 200; ++i) {
        const QString s = randomUrlSafeString(32);
        QCOMPARE(s.size(), 43);
        QVERIFY(!seen.contains(s));
        seen.insert(s);
        QByteArray raw;
        QVERIFY(base64UrlDecode(s.toLatin1(), &raw));
        QCOMPARE(raw.size(), 32);
    }
}

void TestJose::signAndVerify()
{
    const QByteArray sig = m_key.signRs256("hello");
    QCOMPARE(sig.size(), 256);
    QVERIFY(m_key.verifyRs256("hello", sig));
    QVERIFY(!m_key.verifyRs256("hellO", sig));
    QByteArray bad = sig;
    bad[10] = char(bad[10] ^ 1);
    QVERIFY(!m_key.verifyRs256("hello", bad));
    QVERIFY(!RsaKey::generate(2048).verifyRs256("hello", sig));
}

void TestJose::jwkRoundTrip()
{
    const QJsonObject jwk = m_key.toPublicJwk("k1");
    QCOMPARE(jwk.value("kty").toString(), QString("RSA"));
    QCOMPARE(jwk.value("kid").toString(), QString("k1"));
    QCOMPARE(jwk.value("e").toString(), QString("AQAB"));
    QString error;
    const RsaKey pub = RsaKey::fromJwk(jwk, &error);
    QVERIFY2(!pub.isNull(), qPrintable(error));
    QVERIFY(!pub.hasPrivateKey());
    QVERIFY(pub.verifyRs256("data", m_key.signRs256("data")));
    QVERIFY(pub.signRs256("data").isEmpty()); // no private key, no signature
    QJsonObject broken = jwk;
    broken.insert("n", "***");
    QVERIFY(RsaKey::fromJwk(broken, &error).isNull());
    broken = jwk;
    broken.insert("kty", "EC");
    QVERIFY(RsaKey::fromJwk(broken, &error).isNull());
}

void TestJose::jwtParseRefusesGarbage_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::newRow("two parts") << QByteArray("a.b");
    QTest::newRow("four parts") << QByteArray("a.b.c.d");
    QTest::newRow("not base64url") << QByteArray("a+.b.c");
    QTest::newRow("not json") << QByteArray(base64UrlEncode("x") + '.' + base64UrlEncode("{}") + ".AA");
}

void TestJose::jwtParseRefusesGarbage()
{
    QFETCH(QByteArray, token);
    Jwt jwt;
    QString error;
    QVERIFY(!Jwt::parse(token, &jwt, &error));
    QVERIFY(!error.isEmpty());
}

void TestJose::pkcs12RoundTrip()
{
    const QByteArray cert = m_key.selfSignedCertificatePem("fladesk test");
    QVERIFY(cert.startsWith("-----BEGIN CERTIFICATE-----"));
    const QByteArray p12 = m_key.toPkcs12(cert, "secret");
    QVERIFY(!p12.isEmpty());
    QByteArray certBack;
    QString error;
    const RsaKey key = RsaKey::fromPkcs12(p12, "secret", &certBack, &error);
    QVERIFY2(!key.isNull(), qPrintable(error));
    QVERIFY(key.hasPrivateKey());
    QCOMPARE(certBack.trimmed(), cert.trimmed());
    const RsaKey fromCert = RsaKey::fromPem(cert, &error);
    QVERIFY(fromCert.verifyRs256("x", key.signRs256("x")));
    QVERIFY(RsaKey::fromPkcs12(p12, "wrong", nullptr, &error).isNull());
    QVERIFY(RsaKey::fromPkcs12("not a p12", "secret", nullptr, &error).isNull());
}

void TestJose::clientAssertionClaims()
{
    const ManualClock clock(QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC));
    const QUrl tokenUrl("https://services-acpt.socialsecurity.be/REST/oauth/v5/token");
    const QByteArray a1 = buildClientAssertion("my-client", tokenUrl, m_key, clock);
    const QByteArray a2 = buildClientAssertion("my-client", tokenUrl, m_key, clock);
    Jwt j1, j2;
    QString error;
    QVERIFY(Jwt::parse(a1, &j1, &error));
    QVERIFY(Jwt::parse(a2, &j2, &error));
    QCOMPARE(j1.header.value("alg").toString(), QString("RS256"));
    QCOMPARE(j1.payload.value("iss").toString(), QString("my-client"));
    QCOMPARE(j1.payload.value("sub").toString(), QString("my-client"));
    QCOMPARE(j1.payload.value("aud").toString(), tokenUrl.toString());
    QCOMPARE(qint64(j1.payload.value("iat").toDouble()), clock.nowUtc().toSecsSinceEpoch());
    QCOMPARE(qint64(j1.payload.value("exp").toDouble()), clock.nowUtc().toSecsSinceEpoch() + 300);
    QVERIFY(!j1.payload.value("jti").toString().isEmpty());
    QVERIFY(j1.payload.value("jti") != j2.payload.value("jti"));
    QVERIFY(m_key.verifyRs256(j1.signingInput, j1.signature));
}

QTEST_GUILESS_MAIN(TestJose)
#include "tst_jose.moc"
