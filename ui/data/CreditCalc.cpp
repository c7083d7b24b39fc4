#include "data/CreditCalc.h"

#include <QHash>

namespace fla {

QList<CreditRow> computeCredit(const Employer &employer, const QList<Worker> &workers,
                               const QList<TrainingRight> &rights, const QList<Training> &trainings,
                               const QList<Participation> &participations, int year)
{
    const double hpd = employer.hoursPerDay > 0 ? employer.hoursPerDay : 7.6;
    auto toDays = [hpd](double amount, DurationUnit unit) {
        return unit == DurationUnit::Days ? amount : amount / hpd;
    };
    QHash<QUuid, int> index;
    QList<CreditRow> out;
    out.reserve(workers.size());
    for (const auto &w : workers) {
        index.insert(w.uuid, int(out.size()));
        out.append(CreditRow{w, 0, 0});
    }
    for (const auto &r : rights) {
        if (r.year != year || r.optOut)
            continue;
        const int i = index.value(r.workerUuid, -1);
        if (i >= 0)
            out[i].entitledDays += toDays(r.amount, r.unit);
    }
    QHash<QUuid, const Training *> counted;
    for (const auto &t : trainings) {
        if (t.countsForFla && t.deductFromRight && t.startDate.year() == year)
            counted.insert(t.uuid, &t);
    }
    for (const auto &p : participations) {
        if (!p.followed)
            continue;
        const Training *t = counted.value(p.trainingUuid);
        if (!t)
            continue;
        const int i = index.value(p.workerUuid, -1);
        if (i >= 0)
            out[i].usedDays += toDays(p.durationOverride.value_or(t->duration), t->unit);
    }
    return out;
}

} // namespace fla
