#include "core/obligations/TrainingPlanRealised.h"

#include "core/anomaly/FlaRules.h"

#include <QHash>
#include <QSet>

namespace fla::planrealised {

namespace {

bool aged50On(const Worker &w, const QDate &day)
{
    return w.birthDate.isValid() && w.birthDate.addYears(50) <= day;
}

struct Tally
{
    QSet<QUuid> workers;
    double days = 0;
};

} // namespace

QList<PlanRealisedRow> compare(const TrainingPlan &plan, const DataSet &data)
{
    double hoursPerDay = 7.6;
    for (const Employer &e : data.employers) {
        if (e.uuid == plan.employerUuid)
            hoursPerDay = e.hoursPerDay;
    }
    QHash<QUuid, const Worker *> workers;
    for (const Worker &w : data.workers)
        workers.insert(w.uuid, &w);
    QHash<QUuid, const Training *> trainings;
    for (const Training &t : data.trainings) {
        if (t.employerUuid == plan.employerUuid && t.status == TrainingStatus::Completed &&
            t.startDate.isValid() && plan.covers(t.startDate.year()))
            trainings.insert(t.uuid, &t);
    }
    Tally all[kTrainingCategories], aged50[kTrainingCategories];
    for (const Participation &p : data.participations) {
        const Training *t = trainings.value(p.trainingUuid);
        const Worker *w = workers.value(p.workerUuid);
        if (!t || !w || !p.followed)
            continue;
        const int c = int(socialBalanceCategory(*t));
        const double days = flarules::toDays(p.durationOverride.value_or(t->duration), t->unit, hoursPerDay);
        all[c].workers.insert(w->uuid);
        all[c].days += days;
        if (aged50On(*w, t->startDate)) {
            aged50[c].workers.insert(w->uuid);
            aged50[c].days += days;
        }
    }
    QList<PlanRealisedRow> rows;
    for (TrainingCategory c : {TrainingCategory::FormalContinuing, TrainingCategory::InformalContinuing,
                               TrainingCategory::Initial}) {
        PlanRealisedRow row;
        row.category = c;
        for (const TrainingPlanItem &i : plan.items) {
            if (i.category != c)
                continue;
            row.plannedWorkers += i.plannedWorkers;
            row.plannedDays += i.plannedWorkers * i.plannedDays;
        }
        row.realisedWorkers = int(all[int(c)].workers.size());
        row.realisedDays = all[int(c)].days;
        rows.append(row);
        for (RiskGroup g : kRiskGroups) {
            if (g == RiskGroup::None)
                continue;
            PlanRealisedRow group;
            group.category = c;
            group.riskGroup = g;
            bool named = false;
            for (const TrainingPlanItem &i : plan.items) {
                if (i.category != c || i.riskGroup != g)
                    continue;
                named = true;
                group.plannedWorkers += i.plannedWorkers;
                group.plannedDays += i.plannedWorkers * i.plannedDays;
            }
            if (!named)
                continue;
            group.realisedKnown = g == RiskGroup::Age50Plus;
            if (group.realisedKnown) {
                group.realisedWorkers = int(aged50[int(c)].workers.size());
                group.realisedDays = aged50[int(c)].days;
            }
            rows.append(group);
        }
    }
    return rows;
}

} // namespace fla::planrealised
