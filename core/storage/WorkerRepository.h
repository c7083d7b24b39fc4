#pragma once

#include "core/domain/Entities.h"
#include "core/storage/RecordRepository.h"

namespace fla {

struct WorkerFilter
{
    // Matches the start of the family or given name, or of the INSZ digits.
    QString text;
};

class WorkerRepository : public RecordRepository<Worker>
{
public:
    enum Sort
    {
        ByFamilyName, // then given name
        BySsin,
        ByBirthDate,
        ByCreation
    };

    std::optional<Worker> findBySsin(const QString &digits) const;
    QList<Worker> page(const PageRequest &request, const WorkerFilter &filter = {}) const;
    // Or why they could not be counted (logged in fladesk.storage with the statement).
    Result<qint64> findCount(const WorkerFilter &filter) const;
    using RecordRepository<Worker>::count;

private:
    WorkerRepository(Workspace &ws, const QUuid &employerUuid)
        : RecordRepository<Worker>(ws, employerUuid)
    {}
    friend class Workspace;
};

} // namespace fla
