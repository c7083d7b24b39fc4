#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <memory>

namespace fla::auth {

// base64url without padding (RFC 7515 §2).
QByteArray base64UrlEncode(const QByteArray &data);
// Refuses characters outside the base64url alphabet.
bool base64UrlDecode(const QByteArray &text, QByteArray *out);
// `bytes` bytes from QRandomGenerator::system(), base64url-encoded.
QString randomUrlSafeString(int bytes = 32);

// An RSA key (public, or a key pair) held by OpenSSL.
class RsaKey
{
public:
    RsaKey() = default;

    static RsaKey generate(int bits = 2048);
    // A public key from a JWK {"kty":"RSA","n":...,"e":...}.
    static RsaKey fromJwk(const QJsonObject &jwk, QString *error);
    // A key from PEM: a private key, a public key or an X.509 certificate.
    static RsaKey fromPem(const QByteArray &pem, QString *error);
    // The private key and certificate (as PEM) of a PKCS#12 file's content.
    static RsaKey fromPkcs12(const QByteArray &der, const QString &password, QByteArray *certificatePem,
                             QString *error);

    bool isNull() const { return !m_key; }
    bool hasPrivateKey() const { return m_private; }
    // The public part as a JWK with "kid", "alg":"RS256", "use":"sig".
    QJsonObject toPublicJwk(const QString &keyId) const;
    QByteArray publicKeyPem() const;
    // A self-signed X.509 certificate (PEM) for this key pair, and a PKCS#12 file of both.
    QByteArray selfSignedCertificatePem(const QString &commonName, int days = 365) const;
    QByteArray toPkcs12(const QByteArray &certificatePem, const QString &password) const;

    // RSASSA-PKCS1-v1_5 with SHA-256.
    QByteArray signRs256(const QByteArray &data) const;
    bool verifyRs256(const QByteArray &data, const QByteArray &signature) const;

private:
    std::shared_ptr<void> m_key; // EVP_PKEY
    bool m_private = false;
    friend struct RsaKeyAccess;
};

// A compact JWS (header.payload.signature) as parsed, before any check.
struct Jwt
{
    QJsonObject header;
    QJsonObject payload;
    QByteArray signingInput; // header.payload as sent
    QByteArray signature;

    static bool parse(const QByteArray &compact, Jwt *out, QString *error);
    // header gets "alg":"RS256" (and "typ":"JWT" unless set).
    static QByteArray signRs256(QJsonObject header, const QJsonObject &payload, const RsaKey &key);
};

} // namespace fla::auth
