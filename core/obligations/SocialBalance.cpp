#include "core/obligations/SocialBalance.h"

#include "core/domain/TrainingCosts.h"
#include "core/domain/WorkerSex.h"
#include "core/obligations/CostShares.h"

#include <QHash>
#include <QSet>

namespace fla {

TrainingCategory socialBalanceCategory(const Training &t)
{
    return categoryOf(t.category, t.kind);
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
    QHash<QUuid, Ssin::Sex> sexes;
    for (const Worker &w : set.workers) {
        if (w.employerUuid == employerUuid)
            sexes.insert(w.uuid, sexOf(w));
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
            sexes.contains(p.workerUuid))
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
        const std::optional<qint64> gross = grossCostCents(t);
        if (!gross)
            ++out.trainingsWithoutCost;
        const auto category = socialBalanceCategory(t);
        const auto c = std::size_t(category);
        QList<double> hours, weights;
        for (const Participation *p : people) {
            hours.append(hoursOf(t, *p, hoursPerDay));
            weights.append(t.costSharing == CostSharing::ByHours ? hours.last() : 1.0);
        }
        const QList<qint64> grossShares = shareCents(gross.value_or(0), weights);
        const QList<qint64> contributionShares = shareCents(t.contributionsCents.value_or(0), weights);
        const QList<qint64> subsidyShares = shareCents(t.subsidiesCents.value_or(0), weights);
        for (qsizetype i = 0; i < people.size(); ++i) {
            const Participation &p = *people.at(i);
            const Ssin::Sex sex = sexes.value(p.workerUuid);
            SocialBalanceFigures &f = out.of(category, sex);
            f.hours += hours.at(i);
            f.grossCostCents += grossShares.at(i);
            f.contributionsCents += contributionShares.at(i);
            f.subsidiesCents += subsidyShares.at(i);
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
