#include "core/io/BatchFileSet.h"

#include "core/common/LogCategories.h"
#include "core/common/Translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>
#include <optional>

#include <memory>

namespace fla {

namespace {

QString tr(const char *text)
{
    return translateFrom({"fla::BatchFileSet", "fla"}, text);
}

QString opensslError()
{
    const unsigned long e = ERR_get_error();
    if (!e)
        return QString();
    char buf[256];
    ERR_error_string_n(e, buf, sizeof buf);
    ERR_clear_error();
    return QString::fromLatin1(buf);
}

bool writeFile(const QString &path, const QByteArray &content, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size() || !f.commit()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    return true;
}

// An FS file holds a signature of a few KiB; anything far larger is not one.
constexpr qint64 kMaxSignatureFileSize = qint64(1) << 20;

template<typename T, void (*Free)(T *)> struct OpenSslFree
{
    void operator()(T *p) const { Free(p); }
};
using BioPtr = std::unique_ptr<BIO, OpenSslFree<BIO, BIO_free_all>>;
using CmsPtr = std::unique_ptr<CMS_ContentInfo, OpenSslFree<CMS_ContentInfo, CMS_ContentInfo_free>>;
using StorePtr = std::unique_ptr<X509_STORE, OpenSslFree<X509_STORE, X509_STORE_free>>;

// "CN=…,O=…" of a certificate's subject.
QString subjectOf(X509 *cert)
{
    BioPtr out(BIO_new(BIO_s_mem()));
    if (!cert || X509_NAME_print_ex(out.get(), X509_get_subject_name(cert), 0, XN_FLAG_RFC2253) < 0)
        return {};
    char *data = nullptr;
    const long n = BIO_get_mem_data(out.get(), &data);
    return QString::fromUtf8(data, int(n));
}

// The DER bytes of an FS file: base64 in lines (whitespace ignored).
std::optional<QByteArray> derOfSignatureFile(const QByteArray &text)
{
    QByteArray compact;
    compact.reserve(text.size());
    for (const char c : text) {
        if (c != '\n' && c != '\r' && c != ' ' && c != '\t')
            compact.append(c);
    }
    const auto decoded = QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return std::nullopt;
    return decoded.decoded;
}

} // namespace

namespace BatchFileSet {

QString signatureFileFor(const QString &fiPath)
{
    const QFileInfo fi(fiPath);
    if (!fi.fileName().startsWith(QLatin1String("FI.")))
        return {};
    return fi.dir().filePath(QStringLiteral("FS.") + fi.fileName().mid(3));
}

BatchSignatureCheck verifySignature(const QString &fiPath, const QString &trustedCaFile)
{
    BatchSignatureCheck check;
    const QString fiName = QDir::toNativeSeparators(fiPath);
    check.signature = signatureFileFor(fiPath);
    const auto invalid = [&](const QString &why) {
        check.state = BatchSignatureCheck::State::Invalid;
        check.message = why;
        qCWarning(lcIo).noquote() << "batch signature refused:" << why;
        return check;
    };
    QFile fs(check.signature);
    if (check.signature.isEmpty() || !fs.exists()) {
        check.state = BatchSignatureCheck::State::Missing;
        check.message =
            check.signature.isEmpty()
                ? tr("%1 is not named FI.…, so it has no FS signature file next to it.").arg(fiName)
                : tr("The signature file %1 of %2 is missing.")
                      .arg(QDir::toNativeSeparators(check.signature), fiName);
        return check;
    }
    const QString fsName = QDir::toNativeSeparators(check.signature);
    if (!fs.open(QIODevice::ReadOnly))
        return invalid(tr("The signature file %1 cannot be read: %2").arg(fsName, fs.errorString()));
    if (fs.size() > kMaxSignatureFileSize)
        return invalid(
            tr("The signature file %1 is %2 bytes long: far too large for a signature (at most %3).")
                .arg(fsName)
                .arg(fs.size())
                .arg(kMaxSignatureFileSize));
    const auto der = derOfSignatureFile(fs.readAll());
    if (!der)
        return invalid(tr("The signature file %1 is not base64 text.").arg(fsName));
    BioPtr derBio(BIO_new_mem_buf(der->constData(), int(der->size())));
    CmsPtr cms(d2i_CMS_bio(derBio.get(), nullptr));
    if (!cms) {
        opensslError();
        return invalid(tr("The signature file %1 does not hold a CMS (PKCS#7) signature.").arg(fsName));
    }
    BioPtr content(BIO_new_file(QFile::encodeName(fiPath).constData(), "rb"));
    if (!content)
        return invalid(tr("Cannot open %1.").arg(fiName));
    StorePtr store;
    if (!trustedCaFile.isEmpty()) {
        store.reset(X509_STORE_new());
        if (!store || X509_STORE_load_file(store.get(), QFile::encodeName(trustedCaFile).constData()) != 1) {
            opensslError();
            return invalid(tr("The trusted certificate file %1 cannot be read (PEM expected).")
                               .arg(QDir::toNativeSeparators(trustedCaFile)));
        }
    }
    // CMS_BINARY: the signed bytes are the file as it is (as signDetached signs).
    const unsigned flags = CMS_BINARY | (store ? 0u : unsigned(CMS_NO_SIGNER_CERT_VERIFY));
    const bool verified = CMS_verify(cms.get(), nullptr, store.get(), content.get(), nullptr, flags) == 1;
    const QString reason = verified ? QString() : opensslError();
    if (STACK_OF(X509) *signers = CMS_get0_signers(cms.get())) {
        if (sk_X509_num(signers) > 0)
            check.signer = subjectOf(sk_X509_value(signers, 0));
        sk_X509_free(signers);
    }
    if (!verified)
        return invalid(tr("The signature %1 does not match %2: the declaration was changed after it was "
                          "signed, or the signature belongs to another file%3 (%4).")
                           .arg(fsName, fiName,
                                store ? tr(", or its signer is not trusted by %1")
                                            .arg(QDir::toNativeSeparators(trustedCaFile))
                                      : QString(),
                                reason));
    check.state = BatchSignatureCheck::State::Valid;
    check.chainChecked = bool(store);
    qCInfo(lcIo).noquote() << "batch signature valid, signer" << check.signer;
    return check;
}

QString baseName(const BatchHeader &header)
{
    return QStringLiteral("%1.%2.%3.%4.%5.1.1")
        .arg(BatchXml::fileCode(), header.sender, header.createdOn.toString(QStringLiteral("yyyyMMdd")))
        .arg(header.sequence, 5, 10, QLatin1Char('0'))
        .arg(header.production ? QLatin1Char('R') : QLatin1Char('T'));
}

bool signDetached(const QByteArray &content, const QString &pkcs12Path, const QString &password,
                  QByteArray *der, QString *error)
{
    QFile f(pkcs12Path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot open the certificate %1: %2")
                     .arg(QDir::toNativeSeparators(pkcs12Path), f.errorString());
        return false;
    }
    const QByteArray p12bytes = f.readAll();
    const auto *p = reinterpret_cast<const unsigned char *>(p12bytes.constData());
    PKCS12 *p12 = d2i_PKCS12(nullptr, &p, p12bytes.size());
    if (!p12) {
        *error = tr("%1 is not a PKCS#12 certificate file.").arg(QDir::toNativeSeparators(pkcs12Path));
        opensslError();
        return false;
    }
    EVP_PKEY *key = nullptr;
    X509 *cert = nullptr;
    STACK_OF(X509) *chain = nullptr;
    const QByteArray pass = password.toUtf8();
    const bool parsed = PKCS12_parse(p12, pass.constData(), &key, &cert, &chain) == 1;
    PKCS12_free(p12);
    if (!parsed || !key || !cert) {
        *error = tr("The certificate %1 cannot be opened: wrong password, or it holds no private key.")
                     .arg(QDir::toNativeSeparators(pkcs12Path));
        opensslError();
        EVP_PKEY_free(key);
        X509_free(cert);
        sk_X509_pop_free(chain, X509_free);
        return false;
    }
    BIO *in = BIO_new_mem_buf(content.constData(), int(content.size()));
    CMS_ContentInfo *cms = CMS_sign(cert, key, chain, in, CMS_DETACHED | CMS_BINARY);
    bool ok = false;
    if (cms) {
        BIO *out = BIO_new(BIO_s_mem());
        if (i2d_CMS_bio(out, cms) == 1) {
            char *data = nullptr;
            const long n = BIO_get_mem_data(out, &data);
            *der = QByteArray(data, int(n));
            ok = true;
        }
        BIO_free(out);
        CMS_ContentInfo_free(cms);
    }
    if (!ok)
        *error = tr("Signing failed: %1").arg(opensslError());
    BIO_free(in);
    EVP_PKEY_free(key);
    X509_free(cert);
    sk_X509_pop_free(chain, X509_free);
    return ok;
}

bool write(const QString &dir, const BatchHeader &header, const DataSet &data, const QString &pkcs12Path,
           const QString &password, QStringList *written, QString *error)
{
    if (!QDir().mkpath(dir)) {
        *error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir));
        return false;
    }
    const QString base = baseName(header);
    const QDir d(dir);
    const QByteArray xml = BatchXml::toBytes(header, data);
    const QString fi = d.filePath(QStringLiteral("FI.") + base);
    if (!writeFile(fi, xml, error))
        return false;
    written->append(fi);
    if (!pkcs12Path.isEmpty()) {
        QByteArray der;
        if (!signDetached(xml, pkcs12Path, password, &der, error))
            return false;
        QByteArray b64 = der.toBase64();
        QByteArray wrapped;
        for (qsizetype i = 0; i < b64.size(); i += 64)
            wrapped += b64.mid(i, 64) + '\n';
        const QString fs = d.filePath(QStringLiteral("FS.") + base);
        if (!writeFile(fs, wrapped, error))
            return false;
        written->append(fs);
    }
    const QString go = d.filePath(QStringLiteral("GO.") + base);
    if (!writeFile(go, QByteArray(), error))
        return false;
    written->append(go);
    qCInfo(lcIo) << "batch file set written:" << base << data.participations.size() << "participations";
    return true;
}

} // namespace BatchFileSet

} // namespace fla
