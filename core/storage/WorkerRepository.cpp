#include "core/storage/WorkerRepository.h"

#include "core/storage/EmploymentRepository.h"
#include "core/storage/ReadFailure.h"
#include "core/storage/RecordReads.h"
#include "core/storage/RecordTraits.h"
#include "core/storage/StatementCache.h"
#include "core/storage/TrainingRightRepository.h"
#include "core/storage/Workspace.h"

namespace fla {

using namespace storage;

namespace {

QString workerWhere(const WorkerFilter &f, QVariantList &binds, const QUuid &employer)
{
    QString where = QStringLiteral(" WHERE employer_uuid = ?");
    binds << v(employer);
    if (!f.text.trimmed().isEmpty()) {
        const QString t = f.text.trimmed().toLower() + QStringLiteral("%");
        where +=
            QStringLiteral(" AND (lower(family_name) LIKE ? OR lower(given_name) LIKE ? OR ssin LIKE ?)");
        QString digits;
        for (const QChar c : f.text)
            if (c.isDigit())
                digits += c;
        binds << t << t << (digits.isEmpty() ? QStringLiteral("-") : digits + QStringLiteral("%"));
    }
    return where;
}

} // namespace

Result<std::optional<Worker>> WorkerRepository::findBySsin(const QString &digits) const
{
    return readFirstRecord<Worker>(
        *m_ws,
        QStringLiteral("SELECT %1 FROM worker WHERE employer_uuid = ? AND ssin = ? ORDER BY id LIMIT 1")
            .arg(Sql<Worker>::get().selectColumns),
        {v(m_employer), digits}, recordsText());
}

Result<QList<Worker>> WorkerRepository::findPage(const PageRequest &request, const WorkerFilter &filter) const
{
    QVariantList binds;
    const QString dir = request.ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString order;
    switch (request.sortColumn) {
    case BySsin:
        order = QStringLiteral("ssin") + dir + QStringLiteral(", id") + dir;
        break;
    case ByBirthDate:
        order = QStringLiteral("birth_date") + dir + QStringLiteral(", id") + dir;
        break;
    case ByCreation:
        order = QStringLiteral("id") + dir;
        break;
    case ByFamilyName:
    default:
        order = QStringLiteral("family_name") + dir + QStringLiteral(", given_name") + dir +
                QStringLiteral(", id") + dir;
        break;
    }
    const QString sql = QStringLiteral("SELECT %1 FROM worker").arg(Sql<Worker>::get().selectColumns) +
                        workerWhere(filter, binds, m_employer) + QStringLiteral(" ORDER BY ") + order +
                        QStringLiteral(" LIMIT ? OFFSET ?");
    binds << request.limit << request.offset;
    return readRecords<Worker>(*m_ws, sql, binds, recordsText());
}

Result<qint64> WorkerRepository::findCount(const WorkerFilter &filter) const
{
    QVariantList binds;
    const QString sql =
        QStringLiteral("SELECT COUNT(*) FROM worker") + workerWhere(filter, binds, m_employer);
    return readCount(*m_ws, sql, binds, recordsText());
}

Result<QList<Employment>> EmploymentRepository::findOfWorker(const QUuid &workerUuid) const
{
    return readRecords<Employment>(
        *m_ws,
        QStringLiteral(
            "SELECT %1 FROM employment WHERE employer_uuid = ? AND worker_uuid = ? ORDER BY start_date, id")
            .arg(Sql<Employment>::get().selectColumns),
        {v(m_employer), v(workerUuid)}, recordsText());
}

Result<QList<TrainingRight>> TrainingRightRepository::findOfWorker(const QUuid &workerUuid, int year) const
{
    return readRecords<TrainingRight>(
        *m_ws,
        QStringLiteral(
            "SELECT %1 FROM training_right WHERE employer_uuid = ? AND worker_uuid = ? AND (? = 0 OR "
            "year = ?) ORDER BY year, id")
            .arg(Sql<TrainingRight>::get().selectColumns),
        {v(m_employer), v(workerUuid), year, year}, recordsText());
}

} // namespace fla
