#include "reports/Credit.h"

namespace fla::reports {

double participationDays(const Training &t, const Participation &p, double hoursPerDay)
{
    const double amount = p.durationOverride.value_or(t.duration);
    if (t.unit == DurationUnit::Days)
        return amount;
    return hoursPerDay > 0 ? amount / hoursPerDay : 0;
}

CreditFigures provisionalCreditFromRecords(const DataSet &data, const Worker &worker, int year)
{
    CreditFigures c;
    for (const Employer &e : data.employers) {
        if (e.uuid == worker.employerUuid && e.hoursPerDay > 0)
            c.hoursPerDay = e.hoursPerDay;
    }
    for (const TrainingRight &r : data.rights) {
        if (r.workerUuid != worker.uuid || r.year != year)
            continue;
        c.entitledDays += r.unit == DurationUnit::Days ? r.amount : r.amount / c.hoursPerDay;
    }
    QHash<QUuid, const Training *> trainings;
    for (const Training &t : data.trainings)
        trainings.insert(t.uuid, &t);
    for (const Participation &p : data.participations) {
        if (p.workerUuid != worker.uuid || !p.followed)
            continue;
        const Training *t = trainings.value(p.trainingUuid);
        if (!t || t->startDate.year() != year || !t->countsForFla || !t->deductFromRight)
            continue;
        c.usedDays += participationDays(*t, p, c.hoursPerDay);
    }
    c.remainingDays = qMax(0.0, c.entitledDays - c.usedDays);
    c.overDays = qMax(0.0, c.usedDays - c.entitledDays);
    return c;
}

} // namespace fla::reports
