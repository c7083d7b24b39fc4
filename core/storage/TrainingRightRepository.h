#pragma once

#include "core/domain/Entities.h"
#include "core/storage/RecordRepository.h"

namespace fla {

class TrainingRightRepository : public RecordRepository<TrainingRight>
{
public:
    // year 0: every year.
    QList<TrainingRight> ofWorker(const QUuid &workerUuid, int year = 0) const;

private:
    TrainingRightRepository(Workspace &ws, const QUuid &employerUuid)
        : RecordRepository<TrainingRight>(ws, employerUuid)
    {}
    friend class Workspace;
};

} // namespace fla
