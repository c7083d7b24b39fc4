#pragma once

#include "core/domain/Entities.h"

#include <QList>

namespace fla {

// Records of one or more employers held in memory: what a CSV set, an import
// or a generator run produces and what bulk loading and validation consume.
struct DataSet
{
    QList<Employer> employers;
    QList<Worker> workers;
    QList<Employment> employments;
    QList<Training> trainings;
    QList<Participation> participations;
    QList<TrainingRight> rights;

    qsizetype recordCount() const
    {
        return employers.size() + workers.size() + employments.size() + trainings.size() +
               participations.size() + rights.size();
    }
};

} // namespace fla
