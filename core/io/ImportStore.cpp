#include "core/io/ImportStore.h"

#include "core/anomaly/AnomalyEngine.h"
#include "core/anomaly/WorkspaceAnomalies.h"
#include "core/common/Clock.h"

#include "core/common/LogCategories.h"
#include "core/storage/BulkLoader.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/EmploymentRepository.h"
#include "core/storage/ParticipationRepository.h"
#include "core/storage/TrainingRepository.h"
#include "core/storage/TrainingRightRepository.h"
#include "core/storage/WorkerRepository.h"
#include "core/storage/Workspace.h"
#include "core/workspace/RecordWriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
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
        const Result<std::optional<Worker>> existing = workers.findBySsin(w.ssin);
        if (!existing.into(error))
            return false;
        if (*existing && (*existing)->uuid != w.uuid)
            adopted.insert(w.uuid, (*existing)->uuid);
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
    // Through the bulk load (CsvSetLoad's path: native binding, a big first
    // import's indexes built once, references checked once), then the company
    // validated whole before the commit: the records and its anomalies in one
    // transaction, as RecordWriter::writeCompanies would.
    DataSet part; // shares the lists (implicitly shared, nothing copied)
    part.workers = result.data.workers;
    part.trainings = result.data.trainings;
    part.participations = result.data.participations;
    BulkLoad load(ws, options, part.recordCount());
    if (!load.isActive(error))
        return false;
    // A company that held no records, alone with its enterprise number (DP-003):
    // what it holds after the import is what the import brings, validated from
    // memory as import-csv validates a new company (no read-back).
    const Result<std::optional<Employer>> stored = ws.employers().find(employerUuid);
    if (!stored.into(error))
        return false;
    const std::optional<Employer> &company = *stored;
    bool fromMemory = company && !load.holdsRecords(employerUuid);
    if (fromMemory) {
        const Result<QList<Employer>> employers = ws.employers().findAll();
        if (!employers.into(error))
            return false;
        for (const Employer &e : *employers) {
            if (e.uuid != employerUuid && e.enterpriseNumber == company->enterpriseNumber)
                fromMemory = false;
        }
    }
    if (!load.write(part, error) || !load.finish(error))
        return false;
    // The day the rows were checked against, else the workspace's clock.
    const std::optional<ManualClock> importDay =
        result.today.isValid() ? std::optional(ManualClock::middayOf(result.today)) : std::nullopt;
    const Clock &clock = importDay ? static_cast<const Clock &>(*importDay) : ws.clock();
    QElapsedTimer phase;
    phase.start();
    if (fromMemory) {
        part.employers = {*company};
        if (!WorkspaceAnomalies::store(ws, part, AnomalyEngine(clock).validate(part), error)) {
            load.rollback();
            return false;
        }
    } else if (!RecordWriter(ws, clock).revalidate({employerUuid}).into(error)) {
        load.rollback();
        return false;
    }
    qCDebug(lcIo) << "imported company validated" << (fromMemory ? "from memory" : "read back") << "in"
                  << phase.elapsed() << "ms";
    if (!load.commit(error))
        return false;
    s->workers = load.result().workers;
    s->trainings = load.result().trainings;
    s->participations = load.result().participations;
    qCInfo(lcIo) << "import stored:" << s->participations.inserted << "participations new,"
                 << s->participations.unchanged << "unchanged";
    return true;
}

} // namespace fla
