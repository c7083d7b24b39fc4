#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <optional>

namespace fla::auth {

// Where refresh tokens are kept: the OS keychain in the app, memory in tests.
// Keys are "FLA Desk/<environment>/<subject>" (app + environment + identity).
class SecretStore
{
public:
    virtual ~SecretStore() = default;
    virtual bool write(const QString &key, const QByteArray &secret, QString *error) = 0;
    // std::nullopt when absent (error empty) or when the store failed (error set).
    virtual std::optional<QByteArray> read(const QString &key, QString *error) = 0;
    // Removing an absent key is not an error.
    virtual bool remove(const QString &key, QString *error) = 0;

    static QString keyFor(const QString &environment, const QString &subject);
};

// For tests and for `--no-keychain`: forgets everything when it goes.
class MemorySecretStore final : public SecretStore
{
public:
    bool write(const QString &key, const QByteArray &secret, QString *error) override;
    std::optional<QByteArray> read(const QString &key, QString *error) override;
    bool remove(const QString &key, QString *error) override;
    int size() const { return static_cast<int>(m_secrets.size()); }

private:
    QHash<QString, QByteArray> m_secrets;
};

// The OS keychain through QtKeychain (Secret Service, macOS Keychain, Windows
// Credential Manager), insecure fallback off: when no keychain is available
// the calls fail with a clear message instead of writing a file.
class KeychainSecretStore final : public SecretStore
{
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("FLA Desk"));
    bool write(const QString &key, const QByteArray &secret, QString *error) override;
    std::optional<QByteArray> read(const QString &key, QString *error) override;
    bool remove(const QString &key, QString *error) override;

private:
    QString m_service;
};

} // namespace fla::auth
