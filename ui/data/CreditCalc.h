#pragma once

#include "domain/Entities.h"

#include <QList>

namespace fla {

// The training credit of one worker for one year, in days (hours follow from
// the company's hours per day).
struct CreditRow
{
    Worker worker;
    double entitledDays = 0;
    double usedDays = 0;
    double remainingDays() const { return entitledDays - usedDays; }
    bool overUsed() const { return usedDays > entitledDays + 1e-9; }
};

// Entitled: the training rights of the year. Used: the followed participations
// in trainings of that year that count for the learning account and are
// deducted from the right.
QList<CreditRow> computeCredit(const Employer &employer, const QList<Worker> &workers,
                               const QList<TrainingRight> &rights, const QList<Training> &trainings,
                               const QList<Participation> &participations, int year);

} // namespace fla
