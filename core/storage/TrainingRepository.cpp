#include "core/storage/TrainingRepository.h"

#include "core/storage/ParticipationRepository.h"
#include "core/storage/ReadFailure.h"
#include "core/storage/RecordTraits.h"
#include "core/storage/StatementCache.h"
#include "core/storage/Transaction.h"
#include "core/storage/Workspace.h"

#include <QCoreApplication>
#include <QSet>

namespace fla {

using namespace storage;

namespace {

QString trainingWhere(const TrainingFilter &f, QVariantList &binds, const QUuid &employer)
{
    QString where = QStringLiteral(" WHERE employer_uuid = ?");
    binds << v(employer);
    if (!f.text.trimmed().isEmpty()) {
        const QString t = f.text.trimmed().toLower() + QStringLiteral("%");
        where += QStringLiteral(" AND (lower(name) LIKE ? OR lower(provider) LIKE ?)");
        binds << t << t;
    }
    if (f.from.isValid()) {
        where += QStringLiteral(" AND end_date >= ?");
        binds << v(f.from);
    }
    if (f.to.isValid()) {
        where += QStringLiteral(" AND start_date <= ?");
        binds << v(f.to);
    }
    if (f.status) {
        where += QStringLiteral(" AND status = ?");
        binds << toString(*f.status);
    }
    return where;
}

} // namespace

Result<QList<Training>> TrainingRepository::findPage(const PageRequest &request,
                                                     const TrainingFilter &filter) const
{
    QVariantList binds;
    const QString dir = request.ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString order;
    switch (request.sortColumn) {
    case ByName:
        order = QStringLiteral("name") + dir + QStringLiteral(", id") + dir;
        break;
    case ByEndDate:
        order = QStringLiteral("end_date") + dir + QStringLiteral(", id") + dir;
        break;
    case ByCreation:
        order = QStringLiteral("id") + dir;
        break;
    case ByStartDate:
    default:
        order = QStringLiteral("start_date") + dir + QStringLiteral(", uuid") + dir;
        break;
    }
    const QString sql = QStringLiteral("SELECT %1 FROM training").arg(Sql<Training>::get().selectColumns) +
                        trainingWhere(filter, binds, m_employer) + QStringLiteral(" ORDER BY ") + order +
                        QStringLiteral(" LIMIT ? OFFSET ?");
    binds << request.limit << request.offset;
    QString detail;
    QSqlQuery *q = m_ws->statements().get(sql, &detail);
    if (!q)
        return readFailure(recordsText(), detail, sql);
    for (int i = 0; i < binds.size(); ++i)
        q->bindValue(i, binds.at(i));
    if (!q->exec()) {
        const Failure failure = readFailure(recordsText(), *q);
        q->finish();
        return failure;
    }
    QList<Training> out;
    while (q->next())
        out << Traits<Training>::read(*q);
    q->finish();
    return out;
}

Result<qint64> TrainingRepository::findCount(const TrainingFilter &filter) const
{
    QVariantList binds;
    const QString sql =
        QStringLiteral("SELECT COUNT(*) FROM training") + trainingWhere(filter, binds, m_employer);
    return readCount(*m_ws, sql, binds, recordsText());
}

bool TrainingRepository::saveWithParticipants(const Training &training,
                                              const QList<Participation> &participants, bool removeOthers,
                                              QString *error)
{
    Transaction tx(*m_ws);
    if (!tx.isActive()) {
        if (error)
            *error =
                QCoreApplication::translate("Storage", "The workspace is busy: the change could not start.");
        return false;
    }
    BulkOptions options;
    options.auditEachRecord = true;
    options.queueForSync = m_ws->queueChanges();
    if (!writeOne(training, options, nullptr, true, error))
        return false;
    ParticipationRepository parts = m_ws->participations(m_employer);
    QSet<QUuid> kept;
    for (Participation p : participants) {
        p.trainingUuid = training.uuid;
        if (p.employerUuid.isNull())
            p.employerUuid = m_employer;
        if (p.uuid.isNull())
            p.uuid = QUuid::createUuid();
        kept.insert(p.uuid);
        if (!parts.writeOne(p, options, nullptr, true, error))
            return false;
    }
    if (removeOthers) {
        const Result<QList<Participation>> existing = parts.findOfTraining(training.uuid);
        if (!existing.into(error))
            return false;
        for (const Participation &p : *existing) {
            if (!kept.contains(p.uuid) && !parts.removeOne(p.uuid, error))
                return false;
        }
    }
    return tx.commit(error);
}

bool TrainingRepository::removeWithParticipants(const QUuid &uuid, QString *error)
{
    Transaction tx(*m_ws);
    ParticipationRepository parts = m_ws->participations(m_employer);
    const Result<QList<Participation>> existing = parts.findOfTraining(uuid);
    if (!existing.into(error))
        return false;
    for (const Participation &p : *existing) {
        if (!parts.removeOne(p.uuid, error))
            return false;
    }
    if (!removeOne(uuid, error))
        return false;
    return tx.commit(error);
}

} // namespace fla
