#include "obligations/SocialBalance.h"

#include <QHash>
#include <QSet>

namespace fla {

TrainingCategory socialBalanceCategory(const Training &t)
{
    return t.kind == TrainingKind::Formal ? TrainingCategory::FormalContinuing
                                          : TrainingCategory::InformalContinuing;
}

SocialBalanceFigures &SocialBalance::of(TrainingCategory category, Ssin::Sex sex)
{
    const auto c = std::size_t(category);
    if (sex == Ssin::Sex::Male)
        return figures[c][0];
    if (sex == Ssin::Sex::Female)
        return figures[c][1];
    return unknownSex[c];
}

const SocialBalanceFigures &SocialBalance::of(TrainingCategory category, Ssin::Sex sex) const
{
    return const_cast<SocialBalance *>(this)->of(category, sex);
}

namespace {

double hoursOf(const Training &t, const Participation &p, double hoursPerDay)
{
    const double amount = p.durationOverride.value_or(t.duration);
    return t.unit == DurationUnit::Hours ? amount : amount * hoursPerDay;
}

} // namespace

SocialBalance SocialBalanceCalculator::compute(const DataSet &set, const QUuid &employerUuid,
                                               const QDate &from, const QDate &to)
{
    SocialBalance out;
    out.employerUuid = employerUuid;
    out.from = from;
    out.to = to;
    double hoursPerDay = 7.6;
    for (const Employer &e : set.employers) {
        if (e.uuid == employerUuid)
            hoursPerDay = e.hoursPerDay > 0 ? e.hoursPerDay : hoursPerDay;
    }
    QHash<QUuid, Ssin::Sex> sexOf;
    for (const Worker &w : set.workers) {
        if (w.employerUuid == employerUuid)
            sexOf.insert(w.uuid, Ssin::parse(w.ssin).sex());
    }
    QHash<QUuid, const Training *> counted;
    for (const Training &t : set.trainings) {
        if (t.employerUuid == employerUuid && t.status == TrainingStatus::Completed &&
            t.startDate.isValid() && t.startDate >= from && t.startDate <= to)
            counted.insert(t.uuid, &t);
    }
    // Each training's followed participations, in the register's order (the cost is shared over them).
    QHash<QUuid, QList<const Participation *>> followed;
    for (const Participation &p : set.participations) {
        if (p.employerUuid == employerUuid && p.followed && counted.contains(p.trainingUuid) &&
            sexOf.contains(p.workerUuid))
            followed[p.trainingUuid].append(&p);
    }
    std::array<QSet<QUuid>, kTrainingCategories> seen;
    QSet<QUuid> unknown;
    for (auto it = counted.cbegin(); it != counted.cend(); ++it) {
        const Training &t = **it;
        const QList<const Participation *> &people = followed.value(t.uuid);
        if (people.isEmpty())
            continue;
        ++out.trainingsCounted;
        if (!t.costCents)
            ++out.trainingsWithoutCost;
        const auto category = socialBalanceCategory(t);
        const auto c = std::size_t(category);
        // Whole cents: the first (cost mod n) participants carry one cent more, so the parts add up.
        const qint64 cost = t.costCents.value_or(0);
        const qint64 share = cost / people.size();
        const qint64 remainder = cost % people.size();
        for (qsizetype i = 0; i < people.size(); ++i) {
            const Participation &p = *people.at(i);
            const Ssin::Sex sex = sexOf.value(p.workerUuid);
            SocialBalanceFigures &f = out.of(category, sex);
            f.hours += hoursOf(t, p, hoursPerDay);
            f.grossCostCents += share + (i < remainder ? 1 : 0);
            if (!seen[c].contains(p.workerUuid)) {
                seen[c].insert(p.workerUuid);
                ++f.workers;
            }
            if (sex == Ssin::Sex::Unknown && !unknown.contains(p.workerUuid)) {
                unknown.insert(p.workerUuid);
                out.workersOfUnknownSex.append(p.workerUuid);
            }
        }
    }
    return out;
}

} // namespace fla
