#include "core/storage/ParticipationRepository.h"

#include "core/storage/ReadFailure.h"
#include "core/storage/RecordReads.h"
#include "core/storage/RecordTraits.h"
#include "core/storage/SqlWhere.h"
#include "core/storage/StatementCache.h"
#include "core/storage/Workspace.h"

namespace fla {

using namespace storage;

namespace {

bool needsJoin(const ParticipationFilter &f, int sort)
{
    return !f.text.trimmed().isEmpty() || f.from.isValid() || f.to.isValid() ||
           sort != ParticipationRepository::ByCreation;
}

// The clause and its values; `p.` names the participation, `t.` and `w.` its
// training and worker (joined when needsJoin says so).
SqlWhere participationWhere(const ParticipationFilter &f, const QUuid &employer)
{
    SqlWhere where(QStringLiteral("p.employer_uuid"), employer);
    if (!f.trainingUuid.isNull())
        where.add(QStringLiteral("p.training_id = (SELECT id FROM training WHERE uuid = ?)"),
                  {v(f.trainingUuid)});
    if (!f.workerUuid.isNull())
        where.add(QStringLiteral("p.worker_id = (SELECT id FROM worker WHERE uuid = ?)"), {v(f.workerUuid)});
    where.startsWith(f.text, QStringLiteral("w.family_name"), QStringLiteral("t.name"));
    where.overlaps(f.from, f.to, QStringLiteral("t.start_date"), QStringLiteral("t.end_date"));
    if (f.syncStatus)
        where.add(QStringLiteral("p.sync_status = ?"), {toString(*f.syncStatus)});
    return where;
}

const char *const kJoin = " JOIN training t ON t.id = p.training_id JOIN worker w ON w.id = p.worker_id";

} // namespace

Result<QList<Participation>> ParticipationRepository::findOfTraining(const QUuid &trainingUuid) const
{
    return readRecords<Participation>(
        *m_ws,
        QStringLiteral(
            "SELECT %1 FROM participation WHERE training_id = (SELECT id FROM training WHERE uuid = ?) AND "
            "employer_uuid = ? ORDER BY id")
            .arg(Sql<Participation>::get().selectColumns),
        {v(trainingUuid), v(m_employer)}, recordsText());
}

Result<QList<Participation>> ParticipationRepository::findOfWorker(const QUuid &workerUuid) const
{
    return readRecords<Participation>(
        *m_ws,
        QStringLiteral(
            "SELECT %1 FROM participation WHERE worker_id = (SELECT id FROM worker WHERE uuid = ?) AND "
            "employer_uuid = ? ORDER BY id")
            .arg(Sql<Participation>::get().selectColumns),
        {v(workerUuid), v(m_employer)}, recordsText());
}

Result<QList<ParticipationRow>> ParticipationRepository::findPage(const PageRequest &request,
                                                                  const ParticipationFilter &filter) const
{
    QVariantList binds;
    const QString dir = request.ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString order;
    switch (request.sortColumn) {
    case ByTrainingStart:
        order = QStringLiteral("t.start_date") + dir + QStringLiteral(", t.uuid") + dir +
                QStringLiteral(", w.uuid") + dir;
        break;
    case ByWorkerName:
        order = QStringLiteral("w.family_name") + dir + QStringLiteral(", w.given_name") + dir +
                QStringLiteral(", p.id") + dir;
        break;
    case ByTrainingName:
        order = QStringLiteral("t.name") + dir + QStringLiteral(", p.id") + dir;
        break;
    case ByCreation:
    default:
        order = QStringLiteral("p.id") + dir;
        break;
    }
    const QString cols =
        QStringLiteral("p.uuid, p.employer_uuid, t.uuid, w.uuid, p.followed, "
                       "p.certificate, p.certificate_valid_until, p.duration_override, p.row_version, "
                       "p.sync_status, t.name, t.start_date, t.end_date, t.duration, t.unit, "
                       "w.ssin, w.family_name, w.given_name");
    QString sql;
    // Sorted by worker or training name over the whole employer: walk the
    // worker (or training) name index and each one's participations through
    // their index, so the page's keys come without sorting the whole join
    // (only the participations of equally named workers are sorted by id).
    // CROSS JOIN keeps that loop order; "+p.employer_uuid" keeps SQLite from
    // choosing the employer index for p instead.
    const bool byName = request.sortColumn == ByWorkerName || request.sortColumn == ByTrainingName;
    if (byName && filter.text.trimmed().isEmpty() && !filter.from.isValid() && !filter.to.isValid() &&
        filter.trainingUuid.isNull() && filter.workerUuid.isNull()) {
        const bool byWorker = request.sortColumn == ByWorkerName;
        const SqlWhere filtered = participationWhere(filter, m_employer);
        QString where = filtered.clause();
        const StorageDriver &driver = m_ws->driver();
        where.replace(QStringLiteral(" WHERE p.employer_uuid = ?"),
                      QStringLiteral(" AND %1 = ?").arg(driver.unindexed(QStringLiteral("p.employer_uuid"))));
        const QString inner =
            (byWorker ? QStringLiteral("SELECT p.id FROM worker w %1 participation p ON p.worker_id = "
                                       "w.id WHERE w.employer_uuid = ?")
                            .arg(driver.joinInOrder())
                      : QStringLiteral("SELECT p.id FROM training t %1 participation p ON "
                                       "p.training_id = t.id WHERE t.employer_uuid = ?")
                            .arg(driver.joinInOrder())) +
            where + QStringLiteral(" ORDER BY ") + order + QStringLiteral(" LIMIT ? OFFSET ?");
        binds = QVariantList{v(m_employer)} + filtered.binds();
        sql = QStringLiteral("SELECT ") + cols + QStringLiteral(" FROM (") + inner +
              QStringLiteral(") k JOIN participation p ON p.id = k.id") + QLatin1String(kJoin) +
              QStringLiteral(" ORDER BY ") + order;
    } else if (!needsJoin(filter, request.sortColumn)) {
        // The page's keys first, from one index (an offset of 500,000 skips
        // index entries, not joined rows), then the joined columns of just
        // those rows.
        const SqlWhere filtered = participationWhere(filter, m_employer);
        binds = filtered.binds();
        QString inner = filtered.clause();
        inner.replace(QStringLiteral("p."), QString());
        sql = QStringLiteral("SELECT ") + cols + QStringLiteral(" FROM (SELECT id FROM participation") +
              inner + QStringLiteral(" ORDER BY id") + dir +
              QStringLiteral(" LIMIT ? OFFSET ?) k JOIN participation p ON p.id = k.id") +
              QLatin1String(kJoin) + QStringLiteral(" ORDER BY ") + order;
    } else {
        const SqlWhere filtered = participationWhere(filter, m_employer);
        binds = filtered.binds();
        sql = QStringLiteral("SELECT ") + cols + QStringLiteral(" FROM participation p") +
              QLatin1String(kJoin) + filtered.clause() + QStringLiteral(" ORDER BY ") + order +
              QStringLiteral(" LIMIT ? OFFSET ?");
    }
    binds << request.limit << request.offset;
    return readRows(*m_ws, sql, binds, recordsText(), [](const QSqlQuery &q) {
        ParticipationRow r;
        r.participation = Traits<Participation>::read(q);
        r.syncStatus = syncStatusFromString(q.value(9).toString()).value_or(SyncStatus::Draft);
        r.trainingName = q.value(10).toString();
        r.trainingStart = dateAt(q, 11);
        r.trainingEnd = dateAt(q, 12);
        r.trainingDuration = q.value(13).toDouble();
        r.trainingUnit = durationUnitFromString(q.value(14).toString()).value_or(DurationUnit::Hours);
        r.workerSsin = q.value(15).toString();
        r.workerFamilyName = q.value(16).toString();
        r.workerGivenName = q.value(17).toString();
        return r;
    });
}

Result<qint64> ParticipationRepository::findCount(const ParticipationFilter &filter) const
{
    const SqlWhere filtered = participationWhere(filter, m_employer);
    const QString sql = QStringLiteral("SELECT COUNT(*) FROM participation p") +
                        (needsJoin(filter, ByCreation) ? QLatin1String(kJoin) : QLatin1String()) +
                        filtered.clause();
    return readCount(*m_ws, sql, filtered.binds(), recordsText());
}

} // namespace fla
