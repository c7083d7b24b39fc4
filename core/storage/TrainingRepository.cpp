#include "core/storage/TrainingRepository.h"

#include "core/storage/ParticipationRepository.h"
#include "core/storage/ReadFailure.h"
#include "core/storage/RecordReads.h"
#include "core/storage/RecordTraits.h"
#include "core/storage/SqlWhere.h"
#include "core/storage/StatementCache.h"
#include "core/storage/Transaction.h"
#include "core/storage/Workspace.h"

#include <QCoreApplication>
#include <QSet>

namespace fla {

using namespace storage;

namespace {

SqlWhere trainingWhere(const TrainingFilter &f, const QUuid &employer)
{
    SqlWhere where(QStringLiteral("employer_uuid"), employer);
    where.startsWith(f.text, QStringLiteral("name"), QStringLiteral("provider"));
    where.overlaps(f.from, f.to, QStringLiteral("start_date"), QStringLiteral("end_date"));
    if (f.status)
        where.add(QStringLiteral("status = ?"), {toString(*f.status)});
    return where;
}

} // namespace

Result<QList<Training>> TrainingRepository::findPage(const PageRequest &request,
                                                     const TrainingFilter &filter) const
{
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
    const SqlWhere filtered = trainingWhere(filter, m_employer);
    const QString sql = QStringLiteral("SELECT %1 FROM training").arg(Sql<Training>::get().selectColumns) +
                        filtered.clause() + QStringLiteral(" ORDER BY ") + order +
                        QStringLiteral(" LIMIT ? OFFSET ?");
    return readRecords<Training>(*m_ws, sql, filtered.binds() + QVariantList{request.limit, request.offset},
                                 recordsText());
}

Result<qint64> TrainingRepository::findCount(const TrainingFilter &filter) const
{
    const SqlWhere filtered = trainingWhere(filter, m_employer);
    return readCount(*m_ws, QStringLiteral("SELECT COUNT(*) FROM training") + filtered.clause(),
                     filtered.binds(), recordsText());
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
