#pragma once

#include "core/dataset/DataSet.h"
#include "core/obligations/TrainingPlan.h"

#include <QList>

namespace fla {

// A plan against what the register shows was realised in its years: per
// category, and for the risk groups the register can tell (workers aged 50 or
// more from the birth date; the others are not recorded).
struct PlanRealisedRow
{
    TrainingCategory category = TrainingCategory::FormalContinuing;
    RiskGroup riskGroup = RiskGroup::None; // None: the whole category
    int plannedWorkers = 0;
    double plannedDays = 0; // planned workers x days per worker
    int realisedWorkers = 0;
    double realisedDays = 0;
    bool realisedKnown = true; // false: the register does not record the group
};

namespace planrealised {

// One row per category, then one per (category, risk group) the plan names.
// Realised: completed trainings starting in the plan's years, their followed
// participations (distinct workers; days as the credit counts them). The
// register has no initial-training category yet: those rows realise 0.
QList<PlanRealisedRow> compare(const TrainingPlan &plan, const DataSet &data);

} // namespace planrealised

} // namespace fla
