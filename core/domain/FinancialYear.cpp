#include "core/domain/FinancialYear.h"

namespace fla {

bool validFinancialYearStart(int month, int day)
{
    // 2001 is not a leap year: 29 February is refused, as it is not a day of every year.
    return month >= 1 && month <= 12 && QDate(2001, month, day).isValid();
}

std::optional<FinancialYear> financialYear(const Employer &e, int year)
{
    const int m = e.financialYearStartMonth, d = e.financialYearStartDay;
    if (!validFinancialYearStart(m, d))
        return std::nullopt;
    const QDate from = (m == 1 && d == 1) ? QDate(year, 1, 1) : QDate(year - 1, m, d);
    return FinancialYear{from, from.addYears(1).addDays(-1)};
}

std::optional<int> lastClosedFinancialYear(const Employer &e, const QDate &today)
{
    // Year Y closes in Y: this year's if its last day is past, else last year's.
    const std::optional<FinancialYear> thisYear = financialYear(e, today.year());
    if (!thisYear)
        return std::nullopt;
    return thisYear->to < today ? today.year() : today.year() - 1;
}

} // namespace fla
