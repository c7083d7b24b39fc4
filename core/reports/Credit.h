#pragma once

#include "dataset/DataSet.h"

namespace fla::reports {

// The training credit of one worker for one year, in days (and hours at the
// employer's hours per day).
struct CreditFigures
{
    double entitledDays = 0;  // sum of the year's rights
    double usedDays = 0;      // followed trainings that count and are deducted
    double remainingDays = 0; // entitled - used, never below zero
    double overDays = 0;      // used beyond the entitlement (CR-001)
    double hoursPerDay = 7.6;
};

// PROVISIONAL: computed here from the rights and participations of the year
// until the anomaly module's credit calculator lands on main; then this
// function is replaced by a call to it. No carry-over between years.
CreditFigures provisionalCreditFromRecords(const DataSet &data, const Worker &worker, int year);

// The duration of one participation in days (the override, else the
// training's duration; hours converted at hoursPerDay).
double participationDays(const Training &t, const Participation &p, double hoursPerDay);

} // namespace fla::reports
