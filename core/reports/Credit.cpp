#include "core/reports/Credit.h"

#include "core/anomaly/Credit.h"

namespace fla::reports {

double participationDays(const Training &t, const Participation &p, double hoursPerDay)
{
    const double amount = p.durationOverride.value_or(t.duration);
    if (t.unit == DurationUnit::Days)
        return amount;
    return hoursPerDay > 0 ? amount / hoursPerDay : 0;
}

QHash<QUuid, CreditFigures> creditFigures(const DataSet &data, int year)
{
    QHash<QUuid, CreditFigures> result;
    for (const CreditLine &line : CreditCalculator::compute(data, year)) {
        CreditFigures c;
        c.line = line;
        c.hoursPerDay = line.hoursPerDay;
        c.entitledDays = line.entitledDays;
        c.carriedOverDays = line.carriedOverDays;
        c.usedDays = line.usedDays;
        c.remainingDays = qMax(0.0, line.remainingDays);
        c.overDays = qMax(0.0, line.usedDays - line.entitledDays - line.carriedOverDays);
        result.insert(line.workerUuid, c);
    }
    return result;
}

} // namespace fla::reports
