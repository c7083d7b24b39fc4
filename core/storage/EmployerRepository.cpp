#include "core/storage/EmployerRepository.h"

#include "core/storage/RecordReads.h"
#include "core/storage/RecordTraits.h"
#include "core/storage/StatementCache.h"
#include "core/storage/Transaction.h"
#include "core/storage/Workspace.h"

#include <QCoreApplication>
#include <QSqlError>

namespace fla {

using namespace storage;

namespace {

QString companiesText()
{
    return QCoreApplication::translate("fla::storage", "the companies of the workspace");
}

} // namespace

Result<QList<Employer>> EmployerRepository::findAll() const
{
    return readRecords<Employer>(
        *m_ws,
        QStringLiteral("SELECT %1 FROM employer ORDER BY name, id").arg(Sql<Employer>::get().selectColumns),
        {}, companiesText());
}

Result<std::optional<Employer>> EmployerRepository::find(const QUuid &uuid) const
{
    return RecordRepository<Employer>(*m_ws, uuid).find(uuid);
}

Result<qint64> EmployerRepository::findVersionForChange(const QUuid &uuid) const
{
    return RecordRepository<Employer>(*m_ws, uuid).findVersionForChange(uuid);
}

Result<std::optional<Employer>> EmployerRepository::findByEnterpriseNumber(const QString &digits) const
{
    return readFirstRecord<Employer>(*m_ws,
                                     QStringLiteral("SELECT %1 FROM employer WHERE enterprise_number = ? "
                                                    "ORDER BY id LIMIT 1")
                                         .arg(Sql<Employer>::get().selectColumns),
                                     {digits}, companiesText());
}

bool EmployerRepository::save(const Employer &employer, QString *error)
{
    return RecordRepository<Employer>(*m_ws, employer.uuid).save(employer, error);
}

bool EmployerRepository::saveAll(const QList<Employer> &employers, QString *error)
{
    Transaction tx(*m_ws);
    for (const Employer &e : employers) {
        if (!RecordRepository<Employer>(*m_ws, e.uuid).save(e, error))
            return false;
    }
    return tx.commit(error);
}

bool EmployerRepository::upsertAll(const QList<Employer> &employers, const BulkOptions &options,
                                   BulkStats *stats, QString *error)
{
    Transaction tx(*m_ws);
    for (const Employer &e : employers) {
        if (!RecordRepository<Employer>(*m_ws, e.uuid).writeOne(e, options, stats, true, error))
            return false;
    }
    return tx.commit(error);
}

bool EmployerRepository::remove(const QUuid &uuid, QString *error)
{
    Transaction tx(*m_ws);
    for (const char *sql :
         {"DELETE FROM anomaly WHERE employer_uuid = ?", "DELETE FROM outbox WHERE employer_uuid = ?"}) {
        QSqlQuery *q = m_ws->statements().get(QString::fromLatin1(sql), error);
        if (!q)
            return false;
        q->bindValue(0, v(uuid));
        if (!q->exec()) {
            if (error)
                *error = q->lastError().text();
            return false;
        }
    }
    if (!RecordRepository<Employer>(*m_ws, uuid).removeOne(uuid, error)) {
        if (error && error->contains(QLatin1String("still refer")))
            *error = QCoreApplication::translate(
                         "Storage", "The employer %1 cannot be deleted while it still has workers, "
                                    "trainings or other records.")
                         .arg(uuid.toString(QUuid::WithoutBraces));
        return false;
    }
    return tx.commit(error);
}

Result<qint64> EmployerRepository::findCount() const
{
    return readCount(*m_ws, QStringLiteral("SELECT COUNT(*) FROM employer"), {}, companiesText());
}

} // namespace fla
