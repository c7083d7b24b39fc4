#pragma once

#include "core/domain/Entities.h"
#include "core/storage/RecordRepository.h"

namespace fla {

class EmploymentRepository : public RecordRepository<Employment>
{
public:
    // The worker's employments, or why they could not be read.
    Result<QList<Employment>> findOfWorker(const QUuid &workerUuid) const;

private:
    EmploymentRepository(Workspace &ws, const QUuid &employerUuid)
        : RecordRepository<Employment>(ws, employerUuid)
    {}
    friend class Workspace;
};

} // namespace fla
