// KeychainSecretStore on Windows: QtKeychain's Credential Manager backend. What the
// sign-in keeps is a generic credential of the user (read here with CredReadW, without
// QtKeychain), read back, replaced and removed. Windows only (tests/core/auth/CMakeLists.txt).
#include "core/auth/SecretStore.h"

#include <QtTest>
#include <optional>

#include <windows.h>

// After windows.h, whose types it uses.
#include <wincred.h>

using fla::auth::KeychainSecretStore;
using fla::auth::SecretStore;

namespace {

// The credential's blob as Windows holds it; nullopt when there is no such credential.
std::optional<QByteArray> credentialBlob(const QString &target)
{
    PCREDENTIALW cred = nullptr;
    if (!CredReadW(reinterpret_cast<LPCWSTR>(target.utf16()), CRED_TYPE_GENERIC, 0, &cred))
        return std::nullopt;
    QByteArray blob(reinterpret_cast<const char *>(cred->CredentialBlob), int(cred->CredentialBlobSize));
    CredFree(cred);
    return blob;
}

QString testKey(const QString &account)
{
    return SecretStore::keyFor(QStringLiteral("windows-test"), account);
}

} // namespace

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void writtenSecretIsACredential_data();
    void writtenSecretIsACredential();
    void secondWriteReplacesTheFirst();
    void missingSecretIsNoneWithoutError();
    void removeForgetsTheCredential();
};

void TestKeychainSecretStore::writtenSecretIsACredential_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QByteArray>("secret");
    QTest::newRow("refresh token") << QStringLiteral("sbx-1") << QByteArray("eyJhbGciOiJSUzI1NiJ9.e30.c2ln");
    QTest::newRow("non-ASCII account") << QStringLiteral("Chlo\u00e9") << QByteArray("token-of-chlo\xc3\xa9");
    QTest::newRow("binary secret") << QStringLiteral("binary") << QByteArray("\x00\x01\xfe\xff", 4);
    QTest::newRow("2 KiB token") << QStringLiteral("long") << QByteArray(2048, 'x');
}

void TestKeychainSecretStore::writtenSecretIsACredential()
{
    QFETCH(QString, account);
    QFETCH(QByteArray, secret);
    KeychainSecretStore store;
    const QString key = testKey(account);
    QString error;
    QVERIFY2(store.write(key, secret, &error), qPrintable(error));
    QCOMPARE(credentialBlob(key), std::optional<QByteArray>(secret));
    QCOMPARE(store.read(key, &error), std::optional<QByteArray>(secret));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(store.remove(key, &error), qPrintable(error));
}

void TestKeychainSecretStore::secondWriteReplacesTheFirst()
{
    KeychainSecretStore store;
    const QString key = testKey(QStringLiteral("replaced"));
    QString error;
    QVERIFY2(store.write(key, "first", &error), qPrintable(error));
    QVERIFY2(store.write(key, "second", &error), qPrintable(error));
    QCOMPARE(credentialBlob(key), std::optional<QByteArray>("second"));
    QCOMPARE(store.read(key, &error), std::optional<QByteArray>("second"));
    QVERIFY2(store.remove(key, &error), qPrintable(error));
}

void TestKeychainSecretStore::missingSecretIsNoneWithoutError()
{
    KeychainSecretStore store;
    const QString key = testKey(QStringLiteral("never-written"));
    QVERIFY(!credentialBlob(key));
    QString error = QStringLiteral("stale");
    QCOMPARE(store.read(key, &error), std::nullopt);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestKeychainSecretStore::removeForgetsTheCredential()
{
    KeychainSecretStore store;
    const QString key = testKey(QStringLiteral("removed"));
    QString error;
    QVERIFY2(store.write(key, "secret", &error), qPrintable(error));
    QVERIFY(credentialBlob(key));
    QVERIFY2(store.remove(key, &error), qPrintable(error));
    QVERIFY(!credentialBlob(key));
    QCOMPARE(store.read(key, &error), std::nullopt);
    // Removing what is not there is not an error (sign-out twice).
    QVERIFY2(store.remove(key, &error), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore_win.moc"
