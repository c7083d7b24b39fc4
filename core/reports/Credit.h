#pragma once

#include "core/anomaly/Credit.h"
#include "core/dataset/DataSet.h"

#include <QHash>
#include <QUuid>

namespace fla::reports {

// The training credit of one worker for one year, in days (and hours at the
// employer's hours per day).
struct CreditFigures
{
    double entitledDays = 0;    // sum of the year's rights
    double usedDays = 0;        // followed trainings that count and are deducted
    double remainingDays = 0;   // entitled - used, never below zero
    double overDays = 0;        // used beyond the entitlement (CR-001)
    double carriedOverDays = 0; // remaining of the year before
    double hoursPerDay = 7.6;
    CreditLine line; // the whole line: what the right rests on, the window, what lapsed
};

// The figures of the anomaly module's credit calculator (anomaly/Credit.h,
// docs/credit.md), one line per worker, as the statement shows them.
QHash<QUuid, CreditFigures> creditFigures(const DataSet &data, int year);

// The duration of one participation in days (the override, else the
// training's duration; hours converted at hoursPerDay).
double participationDays(const Training &t, const Participation &p, double hoursPerDay);

} // namespace fla::reports
