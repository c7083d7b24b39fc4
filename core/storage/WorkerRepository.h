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

    // Each read: the records, or why they could not be read (logged in fladesk.storage with the
    // statement).
    Result<std::optional<Worker>> findBySsin(const QString &digits) const;
    Result<QList<Worker>> findPage(const PageRequest &request, const WorkerFilter &filter = {}) const;
    Result<qint64> findCount(const WorkerFilter &filter) const;
    using RecordRepository<Worker>::findCount;

private:
    WorkerRepository(Workspace &ws, const QUuid &employerUuid)
        : RecordRepository<Worker>(ws, employerUuid)
    {}
    friend class Workspace;
};

} // namespace fla
