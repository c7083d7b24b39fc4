#include "core/auth/Jose.h"

#include <QJsonDocument>
#include <QRandomGenerator>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

namespace fla::auth {

struct RsaKeyAccess
{
    static EVP_PKEY *get(const RsaKey &k) { return static_cast<EVP_PKEY *>(k.m_key.get()); }
    static RsaKey wrap(EVP_PKEY *pkey, bool isPrivate)
    {
        RsaKey k;
        if (pkey) {
            k.m_key = std::shared_ptr<void>(pkey, [](void *p) { EVP_PKEY_free(static_cast<EVP_PKEY *>(p)); });
            k.m_private = isPrivate;
        }
        return k;
    }
};

namespace {

QString opensslError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (!code)
        return QStringLiteral("unknown OpenSSL error");
    char buffer[256];
    ERR_error_string_n(code, buffer, sizeof buffer);
    return QString::fromLatin1(buffer);
}

QByteArray bioToBytes(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<int>(size));
}

QByteArray bnToBytes(const BIGNUM *bn)
{
    QByteArray out(BN_num_bytes(bn), Qt::Uninitialized);
    BN_bn2bin(bn, reinterpret_cast<unsigned char *>(out.data()));
    return out;
}

bool isRsa(EVP_PKEY *pkey)
{
    return pkey && EVP_PKEY_is_a(pkey, "RSA");
}

} // namespace

QByteArray base64UrlEncode(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool base64UrlDecode(const QByteArray &text, QByteArray *out)
{
    for (const char c : text) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                        c == '-' || c == '_';
        if (!ok)
            return false;
    }
    const auto result = QByteArray::fromBase64Encoding(text, QByteArray::Base64UrlEncoding |
                                                                 QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return false;
    *out = *result;
    return true;
}

QString randomUrlSafeString(int bytes)
{
    QByteArray raw(((bytes + 3) / 4) * 4, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(raw.data()),
                                         reinterpret_cast<quint32 *>(raw.data() + raw.size()));
    raw.truncate(bytes);
    return QString::fromLatin1(base64UrlEncode(raw));
}

RsaKey RsaKey::generate(int bits)
{
    return RsaKeyAccess::wrap(EVP_RSA_gen(static_cast<unsigned>(bits)), true);
}

RsaKey RsaKey::fromJwk(const QJsonObject &jwk, QString *error)
{
    if (jwk.value(QStringLiteral("kty")).toString() != QLatin1String("RSA")) {
        *error = QStringLiteral("the key is not an RSA key");
        return {};
    }
    QByteArray n, e;
    if (!base64UrlDecode(jwk.value(QStringLiteral("n")).toString().toLatin1(), &n) ||
        !base64UrlDecode(jwk.value(QStringLiteral("e")).toString().toLatin1(), &e) || n.isEmpty() ||
        e.isEmpty()) {
        *error = QStringLiteral("the RSA key has no valid n and e");
        return {};
    }
    BIGNUM *bnN = BN_bin2bn(reinterpret_cast<const unsigned char *>(n.constData()),
                            static_cast<int>(n.size()), nullptr);
    BIGNUM *bnE = BN_bin2bn(reinterpret_cast<const unsigned char *>(e.constData()),
                            static_cast<int>(e.size()), nullptr);
    OSSL_PARAM_BLD *bld = OSSL_PARAM_BLD_new();
    OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_N, bnN);
    OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_E, bnE);
    OSSL_PARAM *params = OSSL_PARAM_BLD_to_param(bld);
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr);
    EVP_PKEY *pkey = nullptr;
    if (!ctx || EVP_PKEY_fromdata_init(ctx) <= 0 ||
        EVP_PKEY_fromdata(ctx, &pkey, EVP_PKEY_PUBLIC_KEY, params) <= 0) {
        *error = QStringLiteral("cannot read the RSA key: %1").arg(opensslError());
        pkey = nullptr;
    }
    EVP_PKEY_CTX_free(ctx);
    OSSL_PARAM_free(params);
    OSSL_PARAM_BLD_free(bld);
    BN_free(bnN);
    BN_free(bnE);
    return RsaKeyAccess::wrap(pkey, false);
}

RsaKey RsaKey::fromPem(const QByteArray &pem, QString *error)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size()));
    EVP_PKEY *pkey = nullptr;
    bool isPrivate = false;
    if (pem.contains("PRIVATE KEY")) {
        pkey = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
        isPrivate = true;
    } else if (pem.contains("CERTIFICATE")) {
        X509 *cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
        if (cert) {
            pkey = X509_get_pubkey(cert);
            X509_free(cert);
        }
    } else {
        pkey = PEM_read_bio_PUBKEY(bio, nullptr, nullptr, nullptr);
    }
    BIO_free(bio);
    if (!isRsa(pkey)) {
        *error = pkey ? QStringLiteral("the key is not an RSA key")
                      : QStringLiteral("cannot read the PEM data: %1").arg(opensslError());
        EVP_PKEY_free(pkey);
        return {};
    }
    return RsaKeyAccess::wrap(pkey, isPrivate);
}

RsaKey RsaKey::fromPkcs12(const QByteArray &der, const QString &password, QByteArray *certificatePem,
                          QString *error)
{
    const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
    PKCS12 *p12 = d2i_PKCS12(nullptr, &p, static_cast<long>(der.size()));
    if (!p12) {
        *error = QStringLiteral("not a PKCS#12 file");
        ERR_clear_error();
        return {};
    }
    EVP_PKEY *pkey = nullptr;
    X509 *cert = nullptr;
    const QByteArray pass = password.toUtf8();
    const int ok = PKCS12_parse(p12, pass.constData(), &pkey, &cert, nullptr);
    PKCS12_free(p12);
    if (!ok || !pkey || !cert) {
        *error = QStringLiteral("cannot open the PKCS#12 file (wrong password?): %1").arg(opensslError());
        EVP_PKEY_free(pkey);
        X509_free(cert);
        return {};
    }
    if (!isRsa(pkey)) {
        *error = QStringLiteral("the PKCS#12 key is not an RSA key");
        EVP_PKEY_free(pkey);
        X509_free(cert);
        return {};
    }
    if (certificatePem) {
        BIO *bio = BIO_new(BIO_s_mem());
        PEM_write_bio_X509(bio, cert);
        *certificatePem = bioToBytes(bio);
        BIO_free(bio);
    }
    X509_free(cert);
    return RsaKeyAccess::wrap(pkey, true);
}

QJsonObject RsaKey::toPublicJwk(const QString &keyId) const
{
    EVP_PKEY *pkey = RsaKeyAccess::get(*this);
    if (!pkey)
        return {};
    BIGNUM *n = nullptr;
    BIGNUM *e = nullptr;
    EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_RSA_N, &n);
    EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_RSA_E, &e);
    QJsonObject jwk{{QStringLiteral("kty"), QStringLiteral("RSA")},
                    {QStringLiteral("use"), QStringLiteral("sig")},
                    {QStringLiteral("alg"), QStringLiteral("RS256")},
                    {QStringLiteral("kid"), keyId},
                    {QStringLiteral("n"), QString::fromLatin1(base64UrlEncode(bnToBytes(n)))},
                    {QStringLiteral("e"), QString::fromLatin1(base64UrlEncode(bnToBytes(e)))}};
    BN_free(n);
    BN_free(e);
    return jwk;
}

QByteArray RsaKey::publicKeyPem() const
{
    EVP_PKEY *pkey = RsaKeyAccess::get(*this);
    if (!pkey)
        return {};
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PUBKEY(bio, pkey);
    const QByteArray pem = bioToBytes(bio);
    BIO_free(bio);
    return pem;
}

QByteArray RsaKey::selfSignedCertificatePem(const QString &commonName, int days) const
{
    EVP_PKEY *pkey = RsaKeyAccess::get(*this);
    if (!pkey || !m_private)
        return {};
    X509 *cert = X509_new();
    X509_set_version(cert, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert),
                     static_cast<long>(QRandomGenerator::system()->bounded(1, 1 << 30)));
    X509_gmtime_adj(X509_getm_notBefore(cert), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert), static_cast<long>(days) * 24 * 3600);
    X509_set_pubkey(cert, pkey);
    X509_NAME *name = X509_get_subject_name(cert);
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);
    X509_set_issuer_name(cert, name);
    X509_sign(cert, pkey, EVP_sha256());
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(bio, cert);
    const QByteArray pem = bioToBytes(bio);
    BIO_free(bio);
    X509_free(cert);
    return pem;
}

QByteArray RsaKey::toPkcs12(const QByteArray &certificatePem, const QString &password) const
{
    EVP_PKEY *pkey = RsaKeyAccess::get(*this);
    if (!pkey || !m_private)
        return {};
    BIO *in = BIO_new_mem_buf(certificatePem.constData(), static_cast<int>(certificatePem.size()));
    X509 *cert = PEM_read_bio_X509(in, nullptr, nullptr, nullptr);
    BIO_free(in);
    if (!cert)
        return {};
    const QByteArray pass = password.toUtf8();
    PKCS12 *p12 = PKCS12_create(pass.constData(), "fladesk", pkey, cert, nullptr, 0, 0, 0, 0, 0);
    QByteArray der;
    if (p12) {
        unsigned char *buffer = nullptr;
        const int size = i2d_PKCS12(p12, &buffer);
        if (size > 0)
            der = QByteArray(reinterpret_cast<const char *>(buffer), size);
        OPENSSL_free(buffer);
        PKCS12_free(p12);
    }
    X509_free(cert);
    return der;
}

QByteArray RsaKey::signRs256(const QByteArray &data) const
{
    EVP_PKEY *pkey = RsaKeyAccess::get(*this);
    if (!pkey || !m_private)
        return {};
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    QByteArray signature;
    size_t length = 0;
    if (EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, pkey) == 1 &&
        EVP_DigestSign(ctx, nullptr, &length, reinterpret_cast<const unsigned char *>(data.constData()),
                       static_cast<size_t>(data.size())) == 1) {
        signature.resize(static_cast<qsizetype>(length));
        if (EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(signature.data()), &length,
                           reinterpret_cast<const unsigned char *>(data.constData()),
                           static_cast<size_t>(data.size())) == 1)
            signature.resize(static_cast<qsizetype>(length));
        else
            signature.clear();
    }
    EVP_MD_CTX_free(ctx);
    ERR_clear_error();
    return signature;
}

bool RsaKey::verifyRs256(const QByteArray &data, const QByteArray &signature) const
{
    EVP_PKEY *pkey = RsaKeyAccess::get(*this);
    if (!pkey || signature.isEmpty())
        return false;
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    const bool ok = EVP_DigestVerifyInit(ctx, nullptr, EVP_sha256(), nullptr, pkey) == 1 &&
                    EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(signature.constData()),
                                     static_cast<size_t>(signature.size()),
                                     reinterpret_cast<const unsigned char *>(data.constData()),
                                     static_cast<size_t>(data.size())) == 1;
    EVP_MD_CTX_free(ctx);
    ERR_clear_error();
    return ok;
}

bool Jwt::parse(const QByteArray &compact, Jwt *out, QString *error)
{
    const QList<QByteArray> parts = compact.split('.');
    if (parts.size() != 3) {
        *error = QStringLiteral("not a compact JWS (three parts)");
        return false;
    }
    QByteArray header, payload, signature;
    if (!base64UrlDecode(parts.at(0), &header) || !base64UrlDecode(parts.at(1), &payload) ||
        !base64UrlDecode(parts.at(2), &signature)) {
        *error = QStringLiteral("a part is not base64url");
        return false;
    }
    QJsonParseError e1{}, e2{};
    const QJsonDocument h = QJsonDocument::fromJson(header, &e1);
    const QJsonDocument p = QJsonDocument::fromJson(payload, &e2);
    if (e1.error != QJsonParseError::NoError || e2.error != QJsonParseError::NoError || !h.isObject() ||
        !p.isObject()) {
        *error = QStringLiteral("the header or the payload is not a JSON object");
        return false;
    }
    out->header = h.object();
    out->payload = p.object();
    out->signingInput = parts.at(0) + '.' + parts.at(1);
    out->signature = signature;
    return true;
}

QByteArray Jwt::signRs256(QJsonObject header, const QJsonObject &payload, const RsaKey &key)
{
    header.insert(QStringLiteral("alg"), QStringLiteral("RS256"));
    if (!header.contains(QStringLiteral("typ")))
        header.insert(QStringLiteral("typ"), QStringLiteral("JWT"));
    const QByteArray input = base64UrlEncode(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                             base64UrlEncode(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    const QByteArray signature = key.signRs256(input);
    if (signature.isEmpty())
        return {};
    return input + '.' + base64UrlEncode(signature);
}

} // namespace fla::auth
