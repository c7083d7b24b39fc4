#include "core/auth/IdTokenValidator.h"

#include "core/auth/Jose.h"

#include <QJsonArray>

namespace fla::auth {

namespace {

IdTokenResult fail(AuthError error, const QString &detail)
{
    IdTokenResult r;
    r.error = error;
    r.detail = detail;
    return r;
}

qint64 numericDate(const QJsonValue &v, bool *ok)
{
    *ok = v.isDouble();
    return static_cast<qint64>(v.toDouble());
}

} // namespace

IdTokenResult validateIdToken(const QByteArray &idToken, const QJsonObject &jwks,
                              const IdTokenExpectations &expected)
{
    Jwt jwt;
    QString error;
    if (!Jwt::parse(idToken, &jwt, &error))
        return fail(AuthError::IdTokenMalformed, error);
    const QString alg = jwt.header.value(QStringLiteral("alg")).toString();
    if (alg != QLatin1String("RS256"))
        return fail(AuthError::IdTokenAlgorithm, QStringLiteral("alg is \"%1\", not RS256").arg(alg));

    // The key: the one with the token's kid, or the only RSA signing key when there is no kid.
    const QString kid = jwt.header.value(QStringLiteral("kid")).toString();
    const QJsonArray keys = jwks.value(QStringLiteral("keys")).toArray();
    QJsonObject jwk;
    int candidates = 0;
    for (const auto &k : keys) {
        const QJsonObject o = k.toObject();
        if (o.value(QStringLiteral("kty")).toString() != QLatin1String("RSA"))
            continue;
        const QString use = o.value(QStringLiteral("use")).toString();
        if (!use.isEmpty() && use != QLatin1String("sig"))
            continue;
        if (!kid.isEmpty() && o.value(QStringLiteral("kid")).toString() != kid)
            continue;
        jwk = o;
        ++candidates;
    }
    if (candidates != 1)
        return fail(AuthError::IdTokenUnknownKey, candidates
                                                      ? QStringLiteral("several keys match")
                                                      : QStringLiteral("no key with kid \"%1\"").arg(kid));
    const RsaKey key = RsaKey::fromJwk(jwk, &error);
    if (key.isNull())
        return fail(AuthError::IdTokenUnknownKey, error);
    if (!key.verifyRs256(jwt.signingInput, jwt.signature))
        return fail(AuthError::IdTokenSignature, QStringLiteral("RS256 signature does not verify"));

    const QJsonObject &c = jwt.payload;
    if (c.value(QStringLiteral("iss")).toString() != expected.issuer)
        return fail(AuthError::IdTokenIssuer,
                    QStringLiteral("iss is \"%1\", expected \"%2\"")
                        .arg(c.value(QStringLiteral("iss")).toString(), expected.issuer));

    QStringList audiences;
    const QJsonValue aud = c.value(QStringLiteral("aud"));
    if (aud.isString()) {
        audiences << aud.toString();
    } else {
        const QJsonArray array = aud.toArray();
        for (const auto &a : array)
            audiences << a.toString();
    }
    if (expected.clientId.isEmpty() || !audiences.contains(expected.clientId))
        return fail(AuthError::IdTokenAudience, QStringLiteral("aud does not contain the client id"));
    const QString azp = c.value(QStringLiteral("azp")).toString();
    if ((audiences.size() > 1 || !azp.isEmpty()) && azp != expected.clientId)
        return fail(AuthError::IdTokenAudience, QStringLiteral("azp is not the client id"));

    bool ok = false;
    const qint64 now = expected.now.toSecsSinceEpoch();
    const qint64 exp = numericDate(c.value(QStringLiteral("exp")), &ok);
    if (!ok)
        return fail(AuthError::IdTokenMalformed, QStringLiteral("no exp claim"));
    if (now >= exp + expected.leewaySeconds)
        return fail(AuthError::IdTokenExpired, QStringLiteral("expired %1 s ago").arg(now - exp));
    const qint64 iat = numericDate(c.value(QStringLiteral("iat")), &ok);
    if (!ok)
        return fail(AuthError::IdTokenMalformed, QStringLiteral("no iat claim"));
    if (iat > now + expected.leewaySeconds)
        return fail(AuthError::IdTokenExpired, QStringLiteral("issued %1 s in the future").arg(iat - now));
    if (c.value(QStringLiteral("sub")).toString().isEmpty())
        return fail(AuthError::IdTokenMalformed, QStringLiteral("no sub claim"));

    if (expected.nonce.isEmpty() || c.value(QStringLiteral("nonce")).toString() != expected.nonce)
        return fail(AuthError::IdTokenNonce, QStringLiteral("nonce does not match this sign-in"));

    IdTokenResult r;
    r.claims = c;
    return r;
}

} // namespace fla::auth
