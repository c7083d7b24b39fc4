#include "core/auth/IdTokenValidator.h"
#include "core/auth/Jose.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace fla::auth;

class TestIdTokenValidator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cases_data();
    void cases();

private:
    QByteArray sign(const QJsonObject &claims, const QJsonObject &header = {{"kid", "k1"}}) const;
    RsaKey m_key;
    RsaKey m_other;
    QJsonObject m_jwks;
    QDateTime m_now = QDateTime(QDate(2026, 5, 4), QTime(9, 0), Qt::UTC);
};

void TestIdTokenValidator::initTestCase()
{
    m_key = RsaKey::generate(2048);
    m_other = RsaKey::generate(2048);
    m_jwks = QJsonObject{{"keys", QJsonArray{m_key.toPublicJwk("k1")}}};
}

QByteArray TestIdTokenValidator::sign(const QJsonObject &claims, const QJsonObject &header) const
{
    return Jwt::signRs256(header, claims, m_key);
}

void TestIdTokenValidator::cases_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<AuthError>("expected");
    const qint64 now = m_now.toSecsSinceEpoch();
    const QJsonObject good{{"iss", "https://idp.example"},
                           {"sub", "s1"},
                           {"aud", "fladesk"},
                           {"iat", now - 10},
                           {"exp", now + 600},
                           {"nonce", "n-123"}};
    const auto with = [&](const char *k, const QJsonValue &v) {
        QJsonObject o = good;
        o.insert(QLatin1String(k), v);
        return o;
    };
    const auto without = [&](const char *k) {
        QJsonObject o = good;
        o.remove(QLatin1String(k));
        return o;
    };
    QTest::newRow("valid") << sign(good) << AuthError::None;
    QTest::newRow("valid, audience array") << sign(with("aud", QJsonArray{"fladesk"})) << AuthError::None;
    QTest::newRow("valid within leeway") << sign(with("exp", now - 30)) << AuthError::None;
    QTest::newRow("wrong issuer") << sign(with("iss", "https://evil.example")) << AuthError::IdTokenIssuer;
    QTest::newRow("wrong audience") << sign(with("aud", "other-app")) << AuthError::IdTokenAudience;
    QTest::newRow("several audiences, no azp")
        << sign(with("aud", QJsonArray{"fladesk", "x"})) << AuthError::IdTokenAudience;
    QTest::newRow("azp of another client") << sign(with("azp", "x")) << AuthError::IdTokenAudience;
    QTest::newRow("expired") << sign(with("exp", now - 61)) << AuthError::IdTokenExpired;
    QTest::newRow("issued in the future") << sign(with("iat", now + 3600)) << AuthError::IdTokenExpired;
    QTest::newRow("no exp") << sign(without("exp")) << AuthError::IdTokenMalformed;
    QTest::newRow("no sub") << sign(without("sub")) << AuthError::IdTokenMalformed;
    QTest::newRow("wrong nonce") << sign(with("nonce", "n-999")) << AuthError::IdTokenNonce;
    QTest::newRow("no nonce") << sign(without("nonce")) << AuthError::IdTokenNonce;
    QTest::newRow("unknown kid") << sign(good, {{"kid", "k2"}}) << AuthError::IdTokenUnknownKey;
    QTest::newRow("signed by another key")
        << Jwt::signRs256({{"kid", "k1"}}, good, m_other) << AuthError::IdTokenSignature;
    {
        QList<QByteArray> parts = sign(good).split('.');
        parts[1] = base64UrlEncode(QJsonDocument(with("sub", "admin")).toJson(QJsonDocument::Compact));
        QTest::newRow("tampered payload") << parts.join('.') << AuthError::IdTokenSignature;
    }
    {
        const QByteArray h = base64UrlEncode(R"({"alg":"none"})");
        const QByteArray p = base64UrlEncode(QJsonDocument(good).toJson(QJsonDocument::Compact));
        QTest::newRow("alg none") << QByteArray(h + '.' + p + '.') << AuthError::IdTokenAlgorithm;
        const QByteArray hs = base64UrlEncode(R"({"alg":"HS256","kid":"k1"})");
        QTest::newRow("alg HS256") << QByteArray(hs + '.' + p + ".AAAA") << AuthError::IdTokenAlgorithm;
    }
    QTest::newRow("garbage") << QByteArray("not-a-token") << AuthError::IdTokenMalformed;
}

void TestIdTokenValidator::cases()
{
    QFETCH(QByteArray, token);
    QFETCH(AuthError, expected);
    IdTokenExpectations e;
    e.issuer = "https://idp.example";
    e.clientId = "fladesk";
    e.nonce = "n-123";
    e.now = m_now;
    const IdTokenResult r = validateIdToken(token, m_jwks, e);
    QVERIFY2(r.error == expected, qPrintable(errorCode(r.error) + ": " + r.detail));
    if (expected == AuthError::None)
        QCOMPARE(r.claims.value("sub").toString(), QString("s1"));
    else
        QVERIFY(r.claims.isEmpty());
}

QTEST_GUILESS_MAIN(TestIdTokenValidator)
#include "tst_idtokenvalidator.moc"
