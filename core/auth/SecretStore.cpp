#include "core/auth/SecretStore.h"

#include "core/common/LogCategories.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace fla::auth {

namespace {

// QtKeychain jobs are asynchronous; the store's calls are short, so wait here.
void runJob(QKeychain::Job *job)
{
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

QString keychainMessage(const QKeychain::Job &job)
{
    return QCoreApplication::translate(
               "fla::auth", "The system keychain is not available (%1). The sign-in cannot be remembered "
                            "on this computer.")
        .arg(job.errorString());
}

} // namespace

QString SecretStore::keyFor(const QString &environment, const QString &subject)
{
    return QStringLiteral("FLA Desk/") + environment + QLatin1Char('/') + subject;
}

bool MemorySecretStore::write(const QString &key, const QByteArray &secret, QString *)
{
    m_secrets.insert(key, secret);
    return true;
}

std::optional<QByteArray> MemorySecretStore::read(const QString &key, QString *error)
{
    if (error)
        error->clear();
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.cend())
        return std::nullopt;
    return it.value();
}

bool MemorySecretStore::remove(const QString &key, QString *)
{
    m_secrets.remove(key);
    return true;
}

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
{}

bool KeychainSecretStore::write(const QString &key, const QByteArray &secret, QString *error)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    job.setBinaryData(secret);
    runJob(&job);
    if (job.error() != QKeychain::NoError) {
        qCWarning(lcAuth) << "keychain write failed:" << job.errorString();
        if (error)
            *error = keychainMessage(job);
        return false;
    }
    return true;
}

std::optional<QByteArray> KeychainSecretStore::read(const QString &key, QString *error)
{
    if (error)
        error->clear();
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    runJob(&job);
    if (job.error() == QKeychain::EntryNotFound)
        return std::nullopt;
    if (job.error() != QKeychain::NoError) {
        qCWarning(lcAuth) << "keychain read failed:" << job.errorString();
        if (error)
            *error = keychainMessage(job);
        return std::nullopt;
    }
    return job.binaryData();
}

bool KeychainSecretStore::remove(const QString &key, QString *error)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    runJob(&job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound) {
        qCWarning(lcAuth) << "keychain delete failed:" << job.errorString();
        if (error)
            *error = keychainMessage(job);
        return false;
    }
    return true;
}

} // namespace fla::auth
