#include "core/anomaly/Credit.h"

#include "core/anomaly/FlaRules.h"

#include <QHash>

#include <algorithm>

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

void CreditAccumulator::addParticipation(int worker, const Participation &p, const Training &t,
                                         double hoursPerDay, int year)
{
    if (!t.startDate.isValid() || !inRange(year) || !usesTrainingRight(t))
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

CreditBasis CreditBasis::compute(SizeClass declared, const QList<const Employment *> &employments,
                                 const TrainingRightRules &rules)
{
    CreditBasis b;
    b.rules = &rules;
    for (int y = kFirstYear; y < kFirstYear + kYears; ++y)
        b.size[std::size_t(y - kFirstYear)] = employersize::forYear(declared, employments, y);
    return b;
}

namespace {

// The share of the year one employment covers, weighted by its work regime.
double yearShare(const Employment &e, int year)
{
    if (!e.startDate.isValid() || (e.endDate.isValid() && e.endDate < e.startDate))
        return 0;
    const qint64 first = firstJulianOfYear(year);
    const qint64 last = first + daysInYear(year) - 1;
    const qint64 from = std::max(first, e.startDate.toJulianDay());
    const qint64 to = e.endDate.isValid() ? std::min(last, e.endDate.toJulianDay()) : last;
    if (to < from)
        return 0;
    return std::clamp(e.workRegime, 0.0, 1.0) * double(to - from + 1) / double(daysInYear(year));
}

} // namespace

void CreditAccumulator::finish(int worker, const CreditBasis &basis,
                               const QList<const Employment *> &employments)
{
    const TrainingRightRules &rules = basis.rules ? *basis.rules : TrainingRightRules::builtIn();
    double previousRemaining = 0;
    for (int y = kFirstYear; y < kFirstYear + kYears; ++y) {
        Cell &c = cell(worker, y);
        c.size = basis.size[std::size_t(y - kFirstYear)];
        // Each employment earns the days per FTE of its own joint committee
        // (a sector agreement, else the law), prorated by regime and days;
        // overlapping employments never add up to more than a full year.
        double legal = 0, share = 0, mainShare = 0;
        c.main = nullptr;
        for (const Employment *e : employments) {
            const double s = yearShare(*e, y);
            if (!(s > 0))
                continue;
            const TrainingRightFigures *f = rules.figures(e->jointCommittee, y);
            legal += (f ? f->days(c.size.sizeClass) : 0) * s;
            share += s;
            if (s > mainShare) {
                mainShare = s;
                c.main = e;
            }
        }
        if (share > 1)
            legal /= share;
        c.figures = rules.figures(c.main ? c.main->jointCommittee : QString(), y);
        if (!c.legalDeclared) {
            c.legal = std::round(legal * 100.0) / 100.0;
            c.legalComputed = true;
            c.activity = c.activity || share > 0;
        }
        c.entitled = c.legal + c.sectoral + c.employer;
        c.windowStart = rules.windowStart(y);
        c.windowEnd = c.windowStart + rules.windowYears() - 1;
        c.carryConfirmed = rules.carryOverConfirmed();
        // Unused days carry over inside the window; a new window starts from nothing.
        const bool newWindow = c.windowStart == y;
        c.carried = y > kFirstYear && !newWindow ? std::max(0.0, previousRemaining) : 0.0;
        c.expired = y > kFirstYear && newWindow ? std::max(0.0, previousRemaining) : 0.0;
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
    l.expiredDays = c.expired;
    l.size = c.size;
    l.figures = c.figures;
    l.mainEmployment = c.main;
    l.windowStart = c.windowStart;
    l.windowEnd = c.windowEnd;
    l.carryOverConfirmed = c.carryConfirmed;
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
    QList<QList<const Employment *>> employerEmployments(set.employers.size());
    for (const auto &e : set.employments) {
        const int w = workers.value(e.workerUuid, -1);
        if (w < 0)
            continue;
        employments[w].append(&e);
        const int er = employers.value(set.workers.at(w).employerUuid, -1);
        if (er >= 0)
            employerEmployments[er].append(&e);
    }
    QList<CreditBasis> bases;
    for (int e = 0; e < set.employers.size(); ++e)
        bases.append(CreditBasis::compute(set.employers.at(e).sizeClass, employerEmployments.at(e)));
    const CreditBasis noEmployer = CreditBasis::compute(SizeClass::Under10, {});
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
        acc.finish(w, e >= 0 ? bases.at(e) : noEmployer, employments.at(w));
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
