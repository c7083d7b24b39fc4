#pragma once

#include "core/obligations/TrainingPlan.h"

#include <QList>
#include <QUuid>
#include <optional>

namespace fla {

class Workspace;

// The training plans of one employer (tables training_plan, training_plan_item,
// training_plan_event; migration 7). A plan is saved whole: its items and its
// log replace the stored ones in one transaction. Obtained from
// Workspace::trainingPlans(employerUuid); every statement names the employer.
class TrainingPlanRepository
{
public:
    QList<TrainingPlan> all(QString *error = nullptr) const; // by first year
    // The plan that starts in firstYear.
    std::optional<TrainingPlan> startingIn(int firstYear, QString *error = nullptr) const;
    // Creates or replaces the plan (by uuid). Refused with a message naming the plan when
    // its years overlap another plan's, or it belongs to another employer.
    bool save(const TrainingPlan &plan, QString *error);
    bool remove(const QUuid &planUuid, QString *error);

private:
    friend class Workspace;
    TrainingPlanRepository(Workspace &ws, const QUuid &employer)
        : m_ws(&ws)
        , m_employer(employer)
    {}
    Workspace *m_ws;
    QUuid m_employer;
};

} // namespace fla
