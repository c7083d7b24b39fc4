#include "core/obligations/EmployerSize.h"

#include <algorithm>

namespace fla::employersize {

namespace {

// Days of [from, to] inside the employment (both ends included).
qint64 overlapDays(const Employment &e, const QDate &from, const QDate &to)
{
    if (!e.startDate.isValid() || (e.endDate.isValid() && e.endDate < e.startDate))
        return 0;
    const QDate a = std::max(from, e.startDate);
    const QDate b = e.endDate.isValid() ? std::min(to, e.endDate) : to;
    return b < a ? 0 : a.daysTo(b) + 1;
}

} // namespace

double quarterFte(const QList<const Employment *> &employments, int year, int quarter)
{
    const QDate first(year, 3 * (quarter - 1) + 1, 1);
    const QDate last = first.addMonths(3).addDays(-1);
    const double days = double(first.daysTo(last) + 1);
    double fte = 0;
    for (const Employment *e : employments)
        fte += std::clamp(e->workRegime, 0.0, 1.0) * double(overlapDays(*e, first, last)) / days;
    return fte;
}

double fteAverage(const QList<const Employment *> &employments, int year)
{
    return (quarterFte(employments, year - 2, 4) + quarterFte(employments, year - 1, 1) +
            quarterFte(employments, year - 1, 2) + quarterFte(employments, year - 1, 3)) /
           4.0;
}

SizeClass sizeClassOf(double fte)
{
    // A small tolerance: 20 full-time workers add up to 20 despite rounding.
    if (fte >= 20 - 1e-9)
        return SizeClass::From20;
    if (fte >= 10 - 1e-9)
        return SizeClass::From10To19;
    return SizeClass::Under10;
}

EmployerSize forYear(SizeClass declared, const QList<const Employment *> &employments, int year)
{
    const QDate from(year - 2, 10, 1), to(year - 1, 9, 30);
    bool covered = false;
    for (const Employment *e : employments)
        covered = covered || overlapDays(*e, from, to) > 0;
    EmployerSize size;
    if (!covered) {
        size.sizeClass = declared;
        return size;
    }
    size.fromRegister = true;
    size.fteAverage = fteAverage(employments, year);
    size.sizeClass = sizeClassOf(size.fteAverage);
    return size;
}

} // namespace fla::employersize
