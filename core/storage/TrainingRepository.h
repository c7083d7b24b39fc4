#pragma once

#include "core/domain/Entities.h"
#include "core/storage/RecordRepository.h"

#include <QDate>

namespace fla {

struct TrainingFilter
{
    QString text; // start of the name or the provider
    QDate from;   // trainings ending on or after
    QDate to;     // trainings starting on or before
    std::optional<TrainingStatus> status;
};

class TrainingRepository : public RecordRepository<Training>
{
public:
    enum Sort
    {
        ByStartDate,
        ByName,
        ByEndDate,
        ByCreation
    };

    // A page of the company's trainings, or why it could not be read (logged with the statement).
    Result<QList<Training>> findPage(const PageRequest &request, const TrainingFilter &filter = {}) const;
    // Or why they could not be counted (logged in fladesk.storage with the statement).
    Result<qint64> findCount(const TrainingFilter &filter) const;
    using RecordRepository<Training>::findCount;

    // The common entry: one training for many workers, in one transaction.
    // Saves the training and every participation given (their trainingUuid
    // and employerUuid are set from the training). With removeOthers, the
    // training's participations not in the list are deleted.
    bool saveWithParticipants(const Training &training, const QList<Participation> &participants,
                              bool removeOthers = true, QString *error = nullptr);
    // Deletes the training and its participations in one change set (one
    // undo restores them all).
    bool removeWithParticipants(const QUuid &uuid, QString *error = nullptr);

private:
    TrainingRepository(Workspace &ws, const QUuid &employerUuid)
        : RecordRepository<Training>(ws, employerUuid)
    {}
    friend class Workspace;
};

} // namespace fla
