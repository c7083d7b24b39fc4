#include "io/BatchFileSet.h"

#include "common/LogCategories.h"
#include "common/Translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

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

} // namespace

namespace BatchFileSet {

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
