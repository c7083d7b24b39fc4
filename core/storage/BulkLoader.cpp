#include "storage/BulkLoader.h"

#include "common/LogCategories.h"
#include "storage/EmployerRepository.h"
#include "storage/EmploymentRepository.h"
#include "storage/ParticipationRepository.h"
#include "storage/TrainingRepository.h"
#include "storage/TrainingRightRepository.h"
#include "storage/Transaction.h"
#include "storage/WorkerRepository.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>

namespace fla {

qint64 BulkLoadResult::total() const
{
    qint64 n = 0;
    for (const BulkStats *s : {&employers, &workers, &employments, &trainings, &participations, &rights})
        n += s->inserted + s->updated + s->unchanged;
    return n;
}

namespace {

template<typename T> QHash<QUuid, QList<T>> byEmployer(const QList<T> &records)
{
    QHash<QUuid, QList<T>> out;
    for (const T &r : records)
        out[r.employerUuid].append(r);
    return out;
}

template<typename T, typename Repo>
bool loadGroup(Workspace &ws, const QList<T> &records, Repo (Workspace::*repo)(const QUuid &),
               const BulkOptions &options, BulkStats &stats, QString *error)
{
    if (records.isEmpty())
        return true;
    // Most sets hold one employer: no copy then.
    const QUuid first = records.constFirst().employerUuid;
    bool single = true;
    for (const T &r : records) {
        if (r.employerUuid != first) {
            single = false;
            break;
        }
    }
    if (single) {
        Repo r = (ws.*repo)(first);
        return r.upsertAll(records, options, &stats, error);
    }
    const QHash<QUuid, QList<T>> groups = byEmployer(records);
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        Repo r = (ws.*repo)(it.key());
        if (!r.upsertAll(it.value(), options, &stats, error))
            return false;
    }
    return true;
}

} // namespace

BulkLoadResult loadDataSet(Workspace &ws, const DataSet &set, const BulkOptions &options)
{
    BulkLoadResult result;
    QElapsedTimer timer;
    timer.start();
    Transaction tx(ws);
    ws.driver().beginBulk(ws.database());
    QString error;
    const bool ok =
        ws.employers().upsertAll(set.employers, options, &result.employers, &error) &&
        loadGroup(ws, set.workers, &Workspace::workers, options, result.workers, &error) &&
        loadGroup(ws, set.trainings, &Workspace::trainings, options, result.trainings, &error) &&
        loadGroup(ws, set.employments, &Workspace::employments, options, result.employments, &error) &&
        loadGroup(ws, set.participations, &Workspace::participations, options, result.participations,
                  &error) &&
        loadGroup(ws, set.rights, &Workspace::rights, options, result.rights, &error);
    if (ok && tx.commit(&error)) {
        result.ok = true;
        qCInfo(lcStorage) << "loaded" << result.total() << "records in" << timer.elapsed() << "ms";
    } else {
        tx.rollback();
        result.ok = false;
        result.error = error;
    }
    ws.driver().endBulk(ws.database());
    return result;
}

} // namespace fla
