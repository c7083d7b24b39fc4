#pragma once

#include "core/domain/Entities.h"
#include "core/storage/RecordRepository.h"

#include <QDate>

namespace fla {

struct ParticipationFilter
{
    QUuid trainingUuid; // null: any
    QUuid workerUuid;   // null: any
    QString text;       // start of the worker's family name or of the training's name
    QDate from;         // trainings ending on or after
    QDate to;           // trainings starting on or before
    std::optional<SyncStatus> syncStatus;
};

// One line of the participations table: the participation with what the
// UI shows of its training and worker.
struct ParticipationRow
{
    Participation participation;
    SyncStatus syncStatus = SyncStatus::Draft;
    QString trainingName;
    QDate trainingStart;
    QDate trainingEnd;
    double trainingDuration = 0;
    DurationUnit trainingUnit = DurationUnit::Hours;
    QString workerSsin;
    QString workerFamilyName;
    QString workerGivenName;
};

class ParticipationRepository : public RecordRepository<Participation>
{
public:
    enum Sort
    {
        ByCreation, // fastest: insertion order
        ByTrainingStart,
        ByWorkerName,
        ByTrainingName
    };

    // Each read: the records, or why they could not be read (logged in fladesk.storage with the
    // statement).
    Result<QList<Participation>> findOfTraining(const QUuid &trainingUuid) const;
    Result<QList<Participation>> findOfWorker(const QUuid &workerUuid) const;
    // A page of the company's participations with their worker and training.
    Result<QList<ParticipationRow>> findPage(const PageRequest &request,
                                             const ParticipationFilter &filter = {}) const;
    // Or why they could not be counted (logged in fladesk.storage with the statement).
    Result<qint64> findCount(const ParticipationFilter &filter) const;
    using RecordRepository<Participation>::findCount;

private:
    ParticipationRepository(Workspace &ws, const QUuid &employerUuid)
        : RecordRepository<Participation>(ws, employerUuid)
    {}
    friend class Workspace;
};

} // namespace fla
