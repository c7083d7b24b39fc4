#include "core/storage/CertificateRepository.h"

#include "core/common/LogCategories.h"
#include "core/common/Translation.h"
#include "core/storage/ParticipationRepository.h"
#include "core/storage/Workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace fla {

namespace {

QString tr(const char *text)
{
    return translateFrom({"fla::CertificateRepository", "fla"}, text);
}

QString id(const QUuid &u)
{
    return u.toString(QUuid::WithoutBraces);
}

QString tooLarge(const QString &name, qint64 bytes)
{
    return QCoreApplication::translate(
               "fla::CertificateRepository",
               "The certificate %1 is %2 bytes: at most %3 bytes (%4 MiB) can be kept in the "
               "workspace. Attach a smaller scan or PDF.")
        .arg(name, QLocale().toString(bytes), QLocale().toString(CertificateRepository::kMaxBytes))
        .arg(CertificateRepository::kMaxBytes / (1024 * 1024));
}

} // namespace

bool CertificateRepository::attach(const QUuid &participationUuid, const QString &path, QString *error)
{
    const QString name = QFileInfo(path).fileName();
    const Result<std::optional<Participation>> participation =
        m_ws->participations(m_employer).find(participationUuid);
    if (!participation.into(error))
        return false;
    if (!*participation) {
        *error = tr("The certificate %1 cannot be attached: participation %2 is not one of this company's.")
                     .arg(name, id(participationUuid));
        return false;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error =
            tr("The certificate %1 cannot be read: %2").arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    if (f.size() > kMaxBytes) {
        *error = tooLarge(name, f.size());
        return false;
    }
    const QByteArray bytes = f.read(kMaxBytes + 1);
    if (bytes.isEmpty() || bytes.size() > kMaxBytes) {
        *error =
            bytes.isEmpty() ? tr("The certificate %1 is empty.").arg(name) : tooLarge(name, bytes.size());
        return false;
    }
    QSqlQuery q(m_ws->database());
    q.prepare(
        QStringLiteral("INSERT INTO certificate_file (employer_uuid, participation_uuid, file_name, size, "
                       "sha256, content, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(id(m_employer));
    q.addBindValue(id(participationUuid));
    q.addBindValue(name.left(255));
    q.addBindValue(qint64(bytes.size()));
    q.addBindValue(QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    q.addBindValue(bytes);
    q.addBindValue(m_ws->changeTime());
    if (!q.exec()) {
        *error = tr("The certificate %1 could not be stored: %2").arg(name, q.lastError().text());
        qCWarning(lcStorage) << *error;
        return false;
    }
    qCInfo(lcStorage) << "certificate attached to participation" << id(participationUuid) << bytes.size()
                      << "bytes";
    return true;
}

QList<CertificateFile> CertificateRepository::forParticipation(const QUuid &participationUuid,
                                                               QString *error) const
{
    QList<CertificateFile> files;
    QSqlQuery q(m_ws->database());
    q.prepare(QStringLiteral("SELECT id, file_name, size, sha256, added_at FROM certificate_file "
                             "WHERE employer_uuid = ? AND participation_uuid = ? ORDER BY id"));
    q.addBindValue(id(m_employer));
    q.addBindValue(id(participationUuid));
    if (!q.exec()) {
        if (error)
            *error = tr("The certificates of participation %1 cannot be read: %2")
                         .arg(id(participationUuid), q.lastError().text());
        return files;
    }
    while (q.next())
        files.append({q.value(0).toLongLong(), participationUuid, q.value(1).toString(),
                      q.value(2).toLongLong(), q.value(3).toString(), q.value(4).toString()});
    return files;
}

QByteArray CertificateRepository::content(qint64 fileId, QString *error) const
{
    QSqlQuery q(m_ws->database());
    q.prepare(QStringLiteral("SELECT content FROM certificate_file WHERE id = ? AND employer_uuid = ?"));
    q.addBindValue(fileId);
    q.addBindValue(id(m_employer));
    if (!q.exec() || !q.next()) {
        *error = tr("Certificate file %1 is not one of this company's.").arg(fileId);
        return {};
    }
    return q.value(0).toByteArray();
}

bool CertificateRepository::remove(qint64 fileId, QString *error)
{
    QSqlQuery q(m_ws->database());
    q.prepare(QStringLiteral("DELETE FROM certificate_file WHERE id = ? AND employer_uuid = ?"));
    q.addBindValue(fileId);
    q.addBindValue(id(m_employer));
    if (!q.exec() || q.numRowsAffected() != 1) {
        *error = tr("Certificate file %1 is not one of this company's.").arg(fileId);
        return false;
    }
    return true;
}

} // namespace fla
