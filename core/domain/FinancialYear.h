#pragma once

#include "core/domain/Entities.h"

#include <QDate>
#include <optional>

namespace fla {

// An employer's financial year Y: the one that closes in the calendar year Y
// (the annual accounts and their social balance sheet are named by their
// closing date). It starts on the employer's start month and day: with 1 January,
// Y is the calendar year; with 1 July, 1 July Y−1 to 30 June Y.
struct FinancialYear
{
    QDate from;
    QDate to; // inclusive
};

// Nothing when the employer's start is not a day of every year (month outside
// 1–12, 30 February, 29 February): anomaly EM-003 names it.
std::optional<FinancialYear> financialYear(const Employer &e, int year);
bool validFinancialYearStart(int month, int day);
// The last financial year closed before today (its last day passed): the one whose
// social balance sheet is due. Nothing when the employer's start is not valid.
std::optional<int> lastClosedFinancialYear(const Employer &e, const QDate &today);

} // namespace fla
