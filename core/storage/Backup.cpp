#include "core/storage/Backup.h"

#include "core/common/LogCategories.h"
#include "core/common/Translation.h"
#include "core/storage/Workspace.h"
#include "core/storage/postgres/PostgresBackup.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QTemporaryDir>
#include <QtEndian>

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>

namespace fla::Backup {

namespace {

// The file format (docs/storage.md): an 88-byte header, the payload (the
// SQLite snapshot, encrypted or not), then a 16-byte GCM tag (encrypted) or
// a 32-byte SHA-256 of header and payload (plain).
constexpr char kMagic[8] = {'F', 'L', 'A', 'D', 'B', 'A', 'K', '1'};
constexpr int kHeaderSize = 88;
constexpr int kCheckedPart = 56; // the bytes the key check covers
constexpr int kSaltSize = 16;
constexpr int kNonceSize = 12;
constexpr int kTagSize = 16;
constexpr int kShaSize = 32;
constexpr quint8 kScryptLog2N = 15; // N = 32768, r = 8, p = 1: 32 MiB, ~0.1 s
constexpr quint8 kScryptR = 8;
constexpr quint8 kScryptP = 1;
constexpr qint64 kChunk = 1 << 20;
// Backups and the files restored from them hold every record: the user's only.
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString tr(const char *text)
{
    return translateFrom({"fla::Backup"}, text);
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    qCWarning(lcStorage).noquote() << message;
    return false;
}

struct Header
{
    quint8 version = 1;
    quint8 encryption = 0; // 1 = AES-256-GCM
    quint8 kdf = 0;        // 1 = scrypt
    quint8 log2N = 0, r = 0, p = 0;
    QByteArray salt = QByteArray(kSaltSize, '\0');
    QByteArray nonce = QByteArray(kNonceSize, '\0');
    quint64 payloadLength = 0;
    QByteArray keyCheck = QByteArray(32, '\0');

    QByteArray encode() const
    {
        QByteArray h(kHeaderSize, '\0');
        memcpy(h.data(), kMagic, 8);
        h[8] = char(version);
        h[9] = char(encryption);
        h[10] = char(kdf);
        h[12] = char(log2N);
        h[13] = char(r);
        h[14] = char(p);
        memcpy(h.data() + 16, salt.constData(), kSaltSize);
        memcpy(h.data() + 32, nonce.constData(), kNonceSize);
        qToBigEndian<quint64>(payloadLength, h.data() + 48);
        memcpy(h.data() + 56, keyCheck.constData(), 32);
        return h;
    }

    static bool decode(const QByteArray &h, Header &out)
    {
        if (h.size() != kHeaderSize || memcmp(h.constData(), kMagic, 8) != 0)
            return false;
        out.version = quint8(h[8]);
        out.encryption = quint8(h[9]);
        out.kdf = quint8(h[10]);
        out.log2N = quint8(h[12]);
        out.r = quint8(h[13]);
        out.p = quint8(h[14]);
        out.salt = h.mid(16, kSaltSize);
        out.nonce = h.mid(32, kNonceSize);
        out.payloadLength = qFromBigEndian<quint64>(h.constData() + 48);
        out.keyCheck = h.mid(56, 32);
        return true;
    }
};

struct CipherCtx
{
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    ~CipherCtx() { EVP_CIPHER_CTX_free(ctx); }
};
struct DigestCtx
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    ~DigestCtx() { EVP_MD_CTX_free(ctx); }
};

// Only the parameters backup writes are accepted: they are read before
// anything is authenticated, and scrypt's cost grows with them (N = 2^22,
// r = 32 would take gigabytes and a minute before "wrong passphrase").
bool hasOwnKdfParameters(const Header &h)
{
    return h.log2N == kScryptLog2N && h.r == kScryptR && h.p == kScryptP;
}

// 64 bytes: the AES key, then the key of the passphrase check.
bool deriveKeys(const QByteArray &passphrase, const Header &h, QByteArray &aesKey, QByteArray &checkKey)
{
    QByteArray out(64, '\0');
    const quint64 n = quint64(1) << h.log2N;
    const quint64 maxMem = 128ull * h.r * n * h.p + (64ull << 20);
    if (h.log2N < 10 || h.log2N > 22 || h.r == 0 || h.r > 32 || h.p == 0 || h.p > 16)
        return false;
    if (EVP_PBE_scrypt(passphrase.constData(), size_t(passphrase.size()),
                       reinterpret_cast<const unsigned char *>(h.salt.constData()), size_t(h.salt.size()), n,
                       h.r, h.p, maxMem, reinterpret_cast<unsigned char *>(out.data()),
                       size_t(out.size())) != 1)
        return false;
    aesKey = out.left(32);
    checkKey = out.mid(32);
    return true;
}

QByteArray hmacSha256(const QByteArray &key, const QByteArray &data)
{
    unsigned char mac[EVP_MAX_MD_SIZE];
    size_t len = 0;
    if (!EVP_Q_mac(nullptr, "HMAC", nullptr, "SHA256", nullptr, key.constData(), size_t(key.size()),
                   reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()), mac,
                   sizeof mac, &len))
        return {};
    return QByteArray(reinterpret_cast<const char *>(mac), int(len));
}

bool constantTimeEqual(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char d = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        d |= static_cast<unsigned char>(a[i] ^ b[i]);
    return d == 0;
}

// Wraps the plain snapshot file into the backup format.
bool writeBackup(const QString &snapshot, const QString &outFile, const QByteArray &passphrase,
                 QString *error)
{
    QFile in(snapshot);
    if (!in.open(QIODevice::ReadOnly))
        return fail(error, tr("The snapshot %1 cannot be read.").arg(QDir::toNativeSeparators(snapshot)));
    Header h;
    h.payloadLength = quint64(in.size());
    QByteArray aesKey, checkKey;
    const bool encrypt = !passphrase.isEmpty();
    if (encrypt) {
        h.encryption = 1;
        h.kdf = 1;
        h.log2N = kScryptLog2N;
        h.r = kScryptR;
        h.p = kScryptP;
        if (RAND_bytes(reinterpret_cast<unsigned char *>(h.salt.data()), kSaltSize) != 1 ||
            RAND_bytes(reinterpret_cast<unsigned char *>(h.nonce.data()), kNonceSize) != 1 ||
            !deriveKeys(passphrase, h, aesKey, checkKey))
            return fail(error, tr("The backup key could not be derived (OpenSSL)."));
        h.keyCheck = hmacSha256(checkKey, h.encode().left(kCheckedPart));
    }
    const QByteArray header = h.encode();

    QSaveFile out(outFile);
    if (!out.open(QIODevice::WriteOnly) || !out.setPermissions(kOwnerOnly))
        return fail(error, tr("The backup file %1 cannot be written: %2")
                               .arg(QDir::toNativeSeparators(outFile), out.errorString()));
    out.write(header);

    CipherCtx c;
    DigestCtx d;
    if (encrypt) {
        int outl = 0;
        if (EVP_EncryptInit_ex(c.ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
            EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_GCM_SET_IVLEN, kNonceSize, nullptr) != 1 ||
            EVP_EncryptInit_ex(c.ctx, nullptr, nullptr,
                               reinterpret_cast<const unsigned char *>(aesKey.constData()),
                               reinterpret_cast<const unsigned char *>(h.nonce.constData())) != 1 ||
            EVP_EncryptUpdate(c.ctx, nullptr, &outl,
                              reinterpret_cast<const unsigned char *>(header.constData()),
                              int(header.size())) != 1)
            return fail(error, tr("The backup could not be encrypted (OpenSSL)."));
    } else {
        EVP_DigestInit_ex(d.ctx, EVP_sha256(), nullptr);
        EVP_DigestUpdate(d.ctx, header.constData(), size_t(header.size()));
    }
    QByteArray buf(kChunk, '\0'), enc(kChunk + 32, '\0');
    while (!in.atEnd()) {
        const qint64 n = in.read(buf.data(), kChunk);
        if (n < 0)
            return fail(error, tr("The snapshot could not be read: %1").arg(in.errorString()));
        if (encrypt) {
            int outl = 0;
            if (EVP_EncryptUpdate(c.ctx, reinterpret_cast<unsigned char *>(enc.data()), &outl,
                                  reinterpret_cast<const unsigned char *>(buf.constData()), int(n)) != 1)
                return fail(error, tr("The backup could not be encrypted (OpenSSL)."));
            out.write(enc.constData(), outl);
        } else {
            EVP_DigestUpdate(d.ctx, buf.constData(), size_t(n));
            out.write(buf.constData(), n);
        }
    }
    if (encrypt) {
        int outl = 0;
        QByteArray tag(kTagSize, '\0');
        if (EVP_EncryptFinal_ex(c.ctx, reinterpret_cast<unsigned char *>(enc.data()), &outl) != 1 ||
            EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_GCM_GET_TAG, kTagSize, tag.data()) != 1)
            return fail(error, tr("The backup could not be encrypted (OpenSSL)."));
        out.write(enc.constData(), outl);
        out.write(tag);
    } else {
        QByteArray sha(kShaSize, '\0');
        unsigned int len = 0;
        EVP_DigestFinal_ex(d.ctx, reinterpret_cast<unsigned char *>(sha.data()), &len);
        out.write(sha);
    }
    if (!out.commit())
        return fail(error, tr("The backup file %1 cannot be written: %2")
                               .arg(QDir::toNativeSeparators(outFile), out.errorString()));
    qCInfo(lcStorage).noquote() << "backup written to" << QDir::toNativeSeparators(outFile)
                                << (encrypt ? "(AES-256-GCM, scrypt)" : "(not encrypted)");
    return true;
}

// The plain snapshot waits in a folder only the user can enter (mode 0700),
// next to the backup so it stays on the same disk; removed with the folder.
bool makeSnapshotFolder(QTemporaryDir &dir, const QString &outFile, QString *error)
{
    if (dir.isValid())
        return true;
    return fail(error, tr("No temporary folder can be made next to %1 for the snapshot: %2")
                           .arg(QDir::toNativeSeparators(outFile), dir.errorString()));
}

QString snapshotPath(const QTemporaryDir &dir)
{
    return dir.filePath(QStringLiteral("snapshot.fladesk"));
}

// The tables every schema since the first has.
const QStringList &workspaceTables()
{
    static const QStringList tables{QStringLiteral("meta"),           QStringLiteral("employer"),
                                    QStringLiteral("worker"),         QStringLiteral("employment"),
                                    QStringLiteral("training"),       QStringLiteral("participation"),
                                    QStringLiteral("training_right"), QStringLiteral("audit"),
                                    QStringLiteral("outbox"),         QStringLiteral("anomaly")};
    return tables;
}

// Whether the file is a workspace FLA Desk wrote: a schema version it knows
// (the storage module sets PRAGMA user_version; it sets no application id)
// and its tables. Read only: opening it as a Workspace would migrate any
// SQLite file into an (empty) workspace.
bool isWorkspaceFile(const QString &file, QString *detail)
{
    static QAtomicInt counter;
    const QString connection = QStringLiteral("fladesk-restore-check-%1").arg(counter.fetchAndAddRelaxed(1));
    auto driver = createSqliteDriver();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver->qtDriverName(), connection);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            *detail = tr("it cannot be opened as a database (%1)").arg(db.lastError().text());
        } else {
            const int version = driver->schemaVersion(db);
            const QStringList tables = db.tables();
            QStringList missing;
            for (const QString &t : workspaceTables()) {
                if (!tables.contains(t))
                    missing << t;
            }
            if (version < 1 || version > Workspace::latestSchemaVersion())
                *detail =
                    tr("it is not an FLA Desk workspace (schema version %1; this version knows 1 to %2)")
                        .arg(version)
                        .arg(Workspace::latestSchemaVersion());
            else if (!missing.isEmpty())
                *detail = tr("it is not an FLA Desk workspace (the tables %1 are missing)")
                              .arg(missing.join(QStringLiteral(", ")));
            else
                ok = true;
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

} // namespace

bool create(Workspace &ws, const QString &outFile, const QByteArray &passphrase, QString *error)
{
    QTemporaryDir folder(outFile + QStringLiteral(".snapshot-XXXXXX"));
    if (!makeSnapshotFolder(folder, outFile, error) || !ws.snapshotTo(snapshotPath(folder), error))
        return false;
    return writeBackup(snapshotPath(folder), outFile, passphrase, error);
}

bool createFromFile(const QString &workspacePath, const QString &outFile, const QByteArray &passphrase,
                    QString *error)
{
    QTemporaryDir folder(outFile + QStringLiteral(".snapshot-XXXXXX"));
    if (!makeSnapshotFolder(folder, outFile, error))
        return false;
    QString detail;
    if (!createSqliteDriver()->snapshotFile(workspacePath, snapshotPath(folder), 10000, &detail))
        return fail(error, tr("The snapshot of the workspace %1 failed: %2")
                               .arg(QDir::toNativeSeparators(workspacePath), detail));
    return writeBackup(snapshotPath(folder), outFile, passphrase, error);
}

bool wrapFile(const QString &plainFile, const QString &outFile, const QByteArray &passphrase, QString *error)
{
    return writeBackup(plainFile, outFile, passphrase, error);
}

bool isEncrypted(const QString &backupFile)
{
    QFile f(backupFile);
    Header h;
    return f.open(QIODevice::ReadOnly) && Header::decode(f.read(kHeaderSize), h) && h.encryption == 1;
}

bool extract(const QString &backupFile, const QByteArray &passphrase, const QString &plainFile,
             QString *error)
{
    const QString name = QDir::toNativeSeparators(backupFile);
    QFile in(backupFile);
    if (!in.open(QIODevice::ReadOnly))
        return fail(error, tr("The backup %1 cannot be read: %2").arg(name, in.errorString()));
    const QByteArray header = in.read(kHeaderSize);
    Header h;
    if (!Header::decode(header, h)) {
        if (header.size() < kHeaderSize &&
            header.startsWith(QByteArray(kMagic, qMin<int>(8, int(header.size())))))
            return fail(error, tr("The backup %1 is truncated: its header is incomplete.").arg(name));
        return fail(error, tr("The file %1 is not an FLA Desk backup.").arg(name));
    }
    if (h.version != 1 || h.encryption > 1 || (h.encryption == 1 && h.kdf != 1))
        return fail(error,
                    tr("The backup %1 was written in a format this version does not know (version %2).")
                        .arg(name, QString::number(h.version)));
    const bool encrypted = h.encryption == 1;
    if (encrypted && !hasOwnKdfParameters(h))
        return fail(error, tr("The backup %1 has been altered: its key parameters (scrypt N = 2^%2, r = %3, "
                              "p = %4) are not the ones FLA Desk writes (N = 2^%5, r = %6, p = %7). Nothing "
                              "was restored.")
                               .arg(name)
                               .arg(int(h.log2N))
                               .arg(int(h.r))
                               .arg(int(h.p))
                               .arg(int(kScryptLog2N))
                               .arg(int(kScryptR))
                               .arg(int(kScryptP)));
    // Compared before any sum: a length near 2^64 must not wrap around.
    if (h.payloadLength > quint64(in.size()))
        return fail(
            error,
            tr("The backup %1 is truncated or damaged: its header announces %2 bytes of content, but the "
               "whole file has only %3 bytes. Nothing was restored.")
                .arg(name, QString::number(h.payloadLength), QString::number(in.size())));
    const qint64 expected = kHeaderSize + qint64(h.payloadLength) + (encrypted ? kTagSize : kShaSize);
    if (in.size() < expected)
        return fail(error, tr("The backup %1 is truncated: %2 bytes of %3.")
                               .arg(name, QString::number(in.size()), QString::number(expected)));
    if (in.size() > expected)
        return fail(error, tr("The backup %1 has been altered: %2 bytes more than it should have.")
                               .arg(name, QString::number(in.size() - expected)));

    QByteArray aesKey, checkKey;
    if (encrypted) {
        if (passphrase.isEmpty())
            return fail(error, tr("The backup %1 is encrypted: give its passphrase.").arg(name));
        if (!deriveKeys(passphrase, h, aesKey, checkKey))
            return fail(error,
                        tr("The backup %1 has been altered: its key parameters are not valid.").arg(name));
        if (!constantTimeEqual(hmacSha256(checkKey, header.left(kCheckedPart)), h.keyCheck))
            return fail(error,
                        tr("Wrong passphrase for the backup %1 (or its header has been altered).").arg(name));
    }

    QSaveFile out(plainFile);
    if (!out.open(QIODevice::WriteOnly) || !out.setPermissions(kOwnerOnly))
        return fail(error, tr("The file %1 cannot be written: %2")
                               .arg(QDir::toNativeSeparators(plainFile), out.errorString()));
    CipherCtx c;
    DigestCtx d;
    if (encrypted) {
        int outl = 0;
        if (EVP_DecryptInit_ex(c.ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
            EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_GCM_SET_IVLEN, kNonceSize, nullptr) != 1 ||
            EVP_DecryptInit_ex(c.ctx, nullptr, nullptr,
                               reinterpret_cast<const unsigned char *>(aesKey.constData()),
                               reinterpret_cast<const unsigned char *>(h.nonce.constData())) != 1 ||
            EVP_DecryptUpdate(c.ctx, nullptr, &outl,
                              reinterpret_cast<const unsigned char *>(header.constData()),
                              int(header.size())) != 1)
            return fail(error, tr("The backup %1 could not be decrypted (OpenSSL).").arg(name));
    } else {
        EVP_DigestInit_ex(d.ctx, EVP_sha256(), nullptr);
        EVP_DigestUpdate(d.ctx, header.constData(), size_t(header.size()));
    }
    qint64 left = qint64(h.payloadLength);
    QByteArray buf(kChunk, '\0'), dec(kChunk + 32, '\0');
    while (left > 0) {
        const qint64 n = in.read(buf.data(), qMin(left, kChunk));
        if (n <= 0)
            return fail(error, tr("The backup %1 is truncated.").arg(name));
        left -= n;
        if (encrypted) {
            int outl = 0;
            if (EVP_DecryptUpdate(c.ctx, reinterpret_cast<unsigned char *>(dec.data()), &outl,
                                  reinterpret_cast<const unsigned char *>(buf.constData()), int(n)) != 1)
                return fail(error, tr("The backup %1 could not be decrypted (OpenSSL).").arg(name));
            out.write(dec.constData(), outl);
        } else {
            EVP_DigestUpdate(d.ctx, buf.constData(), size_t(n));
            out.write(buf.constData(), n);
        }
    }
    const QByteArray trailer = in.read(encrypted ? kTagSize : kShaSize);
    bool authentic = false;
    if (encrypted) {
        QByteArray tag = trailer;
        int outl = 0;
        authentic = tag.size() == kTagSize &&
                    EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_GCM_SET_TAG, kTagSize, tag.data()) == 1 &&
                    EVP_DecryptFinal_ex(c.ctx, reinterpret_cast<unsigned char *>(dec.data()), &outl) == 1;
    } else {
        QByteArray sha(kShaSize, '\0');
        unsigned int len = 0;
        EVP_DigestFinal_ex(d.ctx, reinterpret_cast<unsigned char *>(sha.data()), &len);
        authentic = constantTimeEqual(sha, trailer);
    }
    if (!authentic) {
        out.cancelWriting();
        return fail(error, tr("The backup %1 has been altered or damaged: its content does not match its "
                              "authentication tag. Nothing was restored.")
                               .arg(name));
    }
    if (!out.commit())
        return fail(error, tr("The file %1 cannot be written: %2")
                               .arg(QDir::toNativeSeparators(plainFile), out.errorString()));
    return true;
}

bool restore(const QString &backupFile, const QByteArray &passphrase, const QString &workspacePath,
             QString *keptCopy, QString *error)
{
    const QString target = QFileInfo(workspacePath).absoluteFilePath();
    const QString native = QDir::toNativeSeparators(target);
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return fail(error, tr("The folder of %1 cannot be created.").arg(native));
    const QString staging = target + QStringLiteral(".restoring");
    QFile::remove(staging);
    if (!extract(backupFile, passphrase, staging, error))
        return false;
    // The restored file must be a workspace (checked before it is opened as
    // one: that would migrate any SQLite file) this version can read.
    {
        QString detail;
        if (PostgresBackup::holdsDump(staging)) {
            QFile::remove(staging);
            return fail(error,
                        tr("The backup %1 holds a team workspace (a PostgreSQL dump): restore it into an "
                           "empty database on a team server (--workspace postgresql://…). Nothing was "
                           "restored.")
                            .arg(QDir::toNativeSeparators(backupFile)));
        }
        if (!isWorkspaceFile(staging, &detail)) {
            QFile::remove(staging);
            return fail(error,
                        tr("The backup %1 does not hold an FLA Desk workspace: %2. Nothing was restored.")
                            .arg(QDir::toNativeSeparators(backupFile), detail));
        }
        auto check = Workspace::open(staging, &detail);
        if (!check) {
            QFile::remove(staging);
            return fail(error, tr("The backup %1 does not hold a usable workspace: %2")
                                   .arg(QDir::toNativeSeparators(backupFile), detail));
        }
        if (!check->integrityCheck(&detail)) {
            check.reset();
            QFile::remove(staging);
            return fail(error, tr("The workspace in the backup %1 is damaged: %2")
                                   .arg(QDir::toNativeSeparators(backupFile), detail));
        }
    }
    auto driver = createSqliteDriver();
    if (!driver->lock(target, error)) {
        QFile::remove(staging);
        return false;
    }
    QString kept;
    if (QFileInfo::exists(target)) {
        kept = target + QStringLiteral(".before-restore-") +
               QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        for (int i = 2; QFileInfo::exists(kept); ++i)
            kept = kept.section(QLatin1Char('~'), 0, 0) + QStringLiteral("~%1").arg(i);
        if (!QFile::rename(target, kept)) {
            driver->unlock();
            QFile::remove(staging);
            return fail(
                error,
                tr("The current workspace %1 could not be set aside; nothing was restored.").arg(native));
        }
        for (const char *suffix : {"-wal", "-shm"}) {
            const QString side = target + QLatin1String(suffix);
            if (QFileInfo::exists(side))
                QFile::rename(side, kept + QLatin1String(suffix));
        }
    }
    if (!QFile::rename(staging, target)) {
        if (!kept.isEmpty())
            QFile::rename(kept, target);
        driver->unlock();
        QFile::remove(staging);
        return fail(
            error,
            tr("The backup could not be put in place at %1; the workspace was left as it was.").arg(native));
    }
    driver->unlock();
    if (keptCopy)
        *keptCopy = kept;
    qCInfo(lcStorage).noquote() << "restored" << QDir::toNativeSeparators(backupFile) << "into" << native
                                << (kept.isEmpty() ? QString()
                                                   : QStringLiteral("(previous kept as %1)").arg(kept));
    return true;
}

} // namespace fla::Backup
