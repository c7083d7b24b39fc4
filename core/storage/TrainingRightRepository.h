#pragma once

#include "core/domain/Entities.h"
#include "core/storage/RecordRepository.h"

namespace fla {

class TrainingRightRepository : public RecordRepository<TrainingRight>
{
public:
    // The worker's rights (year 0: of every year), or why they could not be read.
    Result<QList<TrainingRight>> findOfWorker(const QUuid &workerUuid, int year = 0) const;

private:
    TrainingRightRepository(Workspace &ws, const QUuid &employerUuid)
        : RecordRepository<TrainingRight>(ws, employerUuid)
    {}
    friend class Workspace;
};

} // namespace fla
