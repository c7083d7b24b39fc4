#include "anomaly/Credit.h"

#include "anomaly/FlaRules.h"

#include <QHash>

namespace fla {

using namespace flarules;

void CreditAccumulator::reset(qsizetype workers)
{
    m_cells.assign(std::size_t(workers) * kYears, Cell{});
}

void CreditAccumulator::addRight(int worker, const TrainingRight &r, double hoursPerDay)
{
    if (!inRange(r.year))
        return;
    Cell &c = cell(worker, r.year);
    const double days = toDays(r.amount, r.unit, hoursPerDay);
    c.activity = true;
    switch (r.type) {
    case RightType::Legal:
        c.legal += days;
        c.legalDeclared = true;
        break;
    case RightType::Sectoral:
        c.sectoral += days;
        break;
    case RightType::Employer:
        c.employer += days;
        break;
    }
}

void CreditAccumulator::addParticipation(int worker, const Participation &p, const Training &t, double hoursPerDay,
                                         int year)
{
    if (!t.startDate.isValid() || !inRange(year) || !t.countsForFla || !t.deductFromRight)
        return;
    const double amount = p.durationOverride ? *p.durationOverride : t.duration;
    if (!(amount > 0))
        return;
    Cell &c = cell(worker, year);
    c.activity = true;
    if (t.status == TrainingStatus::Planned)
        c.planned += toDays(amount, t.unit, hoursPerDay);
    else if (p.followed)
        c.used += toDays(amount, t.unit, hoursPerDay);
}

void CreditAccumulator::finish(int worker, SizeClass sizeClass, const QList<const Employment *> &employments)
{
    double previousRemaining = 0;
    for (int y = kFirstYear; y < kFirstYear + kYears; ++y) {
        Cell &c = cell(worker, y);
        if (!c.legalDeclared) {
            c.legal = proratedLegalDays(sizeClass, employments, y);
            c.legalComputed = true;
            c.activity = c.activity || employedShare(employments, y) > 0;
        }
        c.entitled = c.legal + c.sectoral + c.employer;
        c.carried = y > kFirstYear ? std::max(0.0, previousRemaining) : 0.0;
        c.remaining = c.entitled + c.carried - c.used;
        previousRemaining = c.remaining;
    }
}

bool CreditAccumulator::hasActivity(int worker, int year) const
{
    return inRange(year) && cell(worker, year).activity;
}

CreditLine CreditAccumulator::line(int worker, int year) const
{
    CreditLine l;
    l.year = year;
    if (!inRange(year))
        return l;
    const Cell &c = cell(worker, year);
    l.legalDays = c.legal;
    l.legalComputed = c.legalComputed;
    l.sectoralDays = c.sectoral;
    l.employerDays = c.employer;
    l.entitledDays = c.entitled;
    l.carriedOverDays = c.carried;
    l.usedDays = c.used;
    l.plannedDays = c.planned;
    l.remainingDays = c.remaining;
    return l;
}

QList<CreditLine> CreditCalculator::compute(const DataSet &set, int year)
{
    QHash<QUuid, int> employers, workers, trainings;
    for (int i = 0; i < set.employers.size(); ++i)
        employers.insert(set.employers.at(i).uuid, i);
    for (int i = 0; i < set.workers.size(); ++i)
        workers.insert(set.workers.at(i).uuid, i);
    for (int i = 0; i < set.trainings.size(); ++i)
        trainings.insert(set.trainings.at(i).uuid, i);
    auto hoursOf = [&](const QUuid &employer) {
        const int e = employers.value(employer, -1);
        return e >= 0 ? set.employers.at(e).hoursPerDay : 7.6;
    };
    CreditAccumulator acc;
    acc.reset(set.workers.size());
    QList<QList<const Employment *>> employments(set.workers.size());
    for (const auto &e : set.employments) {
        const int w = workers.value(e.workerUuid, -1);
        if (w >= 0)
            employments[w].append(&e);
    }
    for (const auto &r : set.rights) {
        const int w = workers.value(r.workerUuid, -1);
        if (w >= 0)
            acc.addRight(w, r, hoursOf(r.employerUuid));
    }
    for (const auto &p : set.participations) {
        const int w = workers.value(p.workerUuid, -1);
        const int t = trainings.value(p.trainingUuid, -1);
        if (w >= 0 && t >= 0)
            acc.addParticipation(w, p, set.trainings.at(t), hoursOf(set.trainings.at(t).employerUuid),
                                 set.trainings.at(t).startDate.year());
    }
    QList<CreditLine> out;
    for (int w = 0; w < set.workers.size(); ++w) {
        const Worker &worker = set.workers.at(w);
        const int e = employers.value(worker.employerUuid, -1);
        acc.finish(w, e >= 0 ? set.employers.at(e).sizeClass : SizeClass::Under10, employments.at(w));
        if (!acc.hasActivity(w, year))
            continue;
        CreditLine l = acc.line(w, year);
        l.employerUuid = worker.employerUuid;
        l.workerUuid = worker.uuid;
        l.hoursPerDay = e >= 0 ? set.employers.at(e).hoursPerDay : 7.6;
        out.append(l);
    }
    return out;
}

} // namespace fla
