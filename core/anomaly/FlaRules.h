#pragma once

#include "core/domain/FlaDates.h"

#include "core/domain/Entities.h"

#include <QDate>
#include <QList>
#include <QString>

namespace fla::flarules {

// The dates and figures the FLA rules are built on (docs/anomalies.md, docs/credit.md).
// Shared by the anomaly engine, the credit calculation and the generator,
// so the generator's clean data and the rules can never disagree.

// The first day the FLA obligation applies.
inline QDate firstFlaDay()
{
    static const QDate first(2024, 1, 1);
    return first;
}
constexpr int kFirstFlaYear = 2024;

// Julian day of 1 January of year (fast for the years of the FLA).
qint64 firstJulianOfYear(int year);
inline int daysInYear(int year)
{
    return QDate::isLeapYear(year) ? 366 : 365;
}
// Whether the employment (its end not before its start) covers a day of year.
bool employedInYear(const Employment &e, int year);

// Trainings of a quarter must be registered by the last day of the month after
// the quarter: 2025-02-10 -> 2025-04-30.
QDate quarterlyDeadline(const QDate &trainingEnd);

// The next registration deadline on or after today (the last day of the month
// after a quarter), at the latest the FLA's last day; an invalid date from
// flaClosingDay() on, when there are no more.
QDate nextQuarterlyDeadline(const QDate &today);

// The legal right in days a year for a full-time worker of a full year (the
// law's figures in resources/obligations/training-right.json, without sector agreements).
double legalDaysPerYear(SizeClass sizeClass);

// The share of the year covered by the employments (each weighted by its work
// regime): sum over employments of regime x days employed in year / days in year.
// Employments whose end is before their start count for nothing.
double employedShare(const QList<const Employment *> &employments, int year);

// The prorated legal right in days, rounded to 0.01 day.
double proratedLegalDays(SizeClass sizeClass, const QList<const Employment *> &employments, int year);

// Whether a training uses the individual training right: it counts, is deducted, and
// was not taken under paid educational leave or Flemish training leave (outside the
// right: after-fla.md, secondary sources; docs/obligations.md).
inline bool usesTrainingRight(const Training &t)
{
    return t.countsForFla && t.deductFromRight && t.leave == TrainingLeave::None;
}

// An amount in days: hours are divided by the employer's hours per day.
double toDays(double amount, DurationUnit unit, double hoursPerDay);

// The calendar days of a period, both ends included (0 when end < start).
qint64 calendarDays(const QDate &start, const QDate &end);

// Lowercase, accents dropped, runs of spaces and punctuation folded into one
// space: the name used to spot probable duplicates.
QString normalizedName(const QString &name);

// The limits on text fields (GN-002) are those of every way in: dataset/FieldRules.h.
constexpr double kMaxHoursPerDay = 12; // hours in a working day, and a training day
constexpr double kMaxLegalDays = 5;

} // namespace fla::flarules
