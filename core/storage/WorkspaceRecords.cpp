#include "core/storage/WorkspaceRecords.h"

#include "core/common/LogCategories.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/EmploymentRepository.h"
#include "core/storage/ParticipationRepository.h"
#include "core/storage/TrainingRepository.h"
#include "core/storage/TrainingRightRepository.h"
#include "core/storage/WorkerRepository.h"
#include "core/storage/Workspace.h"

namespace fla {

namespace {

// Appends every record of the repository's employer to `into`.
template<typename Repository, typename T> Result<void> appendAll(const Repository &repository, QList<T> &into)
{
    Result<QList<T>> records = repository.findAll();
    if (!records)
        return records.failure();
    into.append(std::move(records).value());
    return {};
}

} // namespace

Result<DataSet> readWorkspaceRecords(Workspace &ws, const QList<QUuid> &employers)
{
    const Result<QList<Employer>> all = ws.employers().findAll();
    if (!all)
        return all.failure();
    DataSet set;
    for (const Employer &e : *all) {
        if (!employers.isEmpty() && !employers.contains(e.uuid))
            continue;
        set.employers.append(e);
        Result<void> read = appendAll(ws.workers(e.uuid), set.workers);
        if (read)
            read = appendAll(ws.employments(e.uuid), set.employments);
        if (read)
            read = appendAll(ws.trainings(e.uuid), set.trainings);
        if (read)
            read = appendAll(ws.participations(e.uuid), set.participations);
        if (read)
            read = appendAll(ws.rights(e.uuid), set.rights);
        if (!read)
            return read.failure();
    }
    qCDebug(lcStorage) << "read" << set.recordCount() << "records of" << set.employers.size() << "employers";
    return set;
}

} // namespace fla
