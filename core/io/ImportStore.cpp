#include "io/ImportStore.h"

#include "common/Clock.h"

#include "common/LogCategories.h"
#include "storage/EmployerRepository.h"
#include "storage/EmploymentRepository.h"
#include "storage/ParticipationRepository.h"
#include "storage/TrainingRepository.h"
#include "storage/TrainingRightRepository.h"
#include "storage/WorkerRepository.h"
#include "storage/Workspace.h"
#include "workspace/RecordWriter.h"

#include <QCoreApplication>
#include <QHash>

namespace fla {

bool storeImport(Workspace &ws, const QUuid &employerUuid, ImportResult &result, ImportMode mode,
                 ImportStoreStats *stats, QString *error, bool auditEachRecord)
{
    WorkerRepository workers = ws.workers(employerUuid);
    // Natural key: a worker already registered under another UUID stays that record.
    QHash<QUuid, QUuid> adopted;
    QList<Worker> newWorkers;
    for (const Worker &w : std::as_const(result.data.workers)) {
        const std::optional<Worker> existing = workers.findBySsin(w.ssin);
        if (existing && existing->uuid != w.uuid)
            adopted.insert(w.uuid, existing->uuid);
        else
            newWorkers.append(w);
    }
    if (!adopted.isEmpty()) {
        result.data.workers = newWorkers;
        for (Participation &p : result.data.participations) {
            const auto it = adopted.constFind(p.workerUuid);
            if (it == adopted.cend())
                continue;
            const bool draft = result.drafts.remove(p.uuid);
            p.workerUuid = *it;
            p.uuid = Importer::participationUuid(p.trainingUuid, p.workerUuid);
            if (draft)
                result.drafts.insert(p.uuid);
        }
    }
    for (Worker &w : result.data.workers)
        w.employerUuid = employerUuid;
    for (Training &t : result.data.trainings)
        t.employerUuid = employerUuid;
    for (Participation &p : result.data.participations)
        p.employerUuid = employerUuid;

    BulkOptions options;
    options.auditEachRecord = auditEachRecord;
    options.queueForSync = mode == ImportMode::ValidRowsOnly;
    ImportStoreStats local;
    ImportStoreStats *s = stats ? stats : &local;
    // The records and the company's anomalies, in one transaction.
    const Result<void> stored =
        RecordWriter(ws, Clock::system()).writeCompanies({employerUuid}, [&](QString *e) {
            return workers.upsertAll(result.data.workers, options, &s->workers, e) &&
                   ws.trainings(employerUuid).upsertAll(result.data.trainings, options, &s->trainings, e) &&
                   ws.participations(employerUuid)
                       .upsertAll(result.data.participations, options, &s->participations, e);
        });
    if (!stored.into(error))
        return false;
    qCInfo(lcIo) << "import stored:" << s->participations.inserted << "participations new,"
                 << s->participations.unchanged << "unchanged";
    return true;
}

DataSet readWorkspace(Workspace &ws, const QUuid &onlyEmployer)
{
    DataSet d;
    for (const Employer &e : ws.employers().list()) {
        if (!onlyEmployer.isNull() && e.uuid != onlyEmployer)
            continue;
        d.employers.append(e);
        d.workers += ws.workers(e.uuid).list();
        d.employments += ws.employments(e.uuid).list();
        d.trainings += ws.trainings(e.uuid).list();
        d.participations += ws.participations(e.uuid).list();
        d.rights += ws.rights(e.uuid).list();
    }
    return d;
}

} // namespace fla
