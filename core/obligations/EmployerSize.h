#pragma once

#include "core/domain/Entities.h"

#include <QList>

namespace fla {

// The employer's size class for the individual training right of a year n:
// the average number of FTE workers over Q4 of n-2 and Q1-Q3 of n-1 (law of
// 3 October 2022, art. 50 §2), from the register's employments and work regimes.
struct EmployerSize
{
    SizeClass sizeClass = SizeClass::Under10;
    double fteAverage = 0;     // meaningful when fromRegister
    bool fromRegister = false; // false: the register has no employment in the reference period,
                               // so the employer's declared size class is used
};

namespace employersize {

// FTE in one quarter (1-4) of year: sum over employments of work regime x
// days employed in the quarter / days in the quarter.
double quarterFte(const QList<const Employment *> &employments, int year, int quarter);
// The average of Q4 of year-2 and Q1-Q3 of year-1.
double fteAverage(const QList<const Employment *> &employments, int year);
// Under 10 FTE, 10 to under 20, 20 and more.
SizeClass sizeClassOf(double fte);
// employments: all of the employer's.
EmployerSize forYear(SizeClass declared, const QList<const Employment *> &employments, int year);

} // namespace employersize

} // namespace fla
