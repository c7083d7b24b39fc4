#pragma once

#include "core/anomaly/Credit.h"
#include "core/dataset/DataSet.h"

#include <QList>
#include <QString>

namespace fla {

// One training of the year on a worker's account.
struct AccountTraining
{
    const Training *training = nullptr;
    const Participation *participation = nullptr;
    double days = 0;      // the participation's duration in days
    bool deducted = true; // counts for the right and is deducted from it
};

// The individual training account of one worker for one year (law of 3
// October 2022, art. 55): who, the work regime and committee, the credit of
// the one CreditCalculator, and the year's trainings. What the ui's Training
// account view, `fladesk-cli training-account` and the yearly overview PDF show.
struct TrainingAccount
{
    const Worker *worker = nullptr;
    const Employer *employer = nullptr;
    int year = 0;
    CreditLine line;
    bool hasLine = false; // false: nothing for the worker in the year (no employment, right or training)
    QList<AccountTraining> trainings;

    // The account of worker (by UUID) in data; an empty account when the worker is unknown.
    static TrainingAccount build(const DataSet &data, const QUuid &worker, int year);
    // The workers whose INSZ (any form) or UUID is who; several when the same person
    // works for several employers of the set.
    static QList<const Worker *> findWorkers(const DataSet &data, const QString &who);
    // What of the line rests on unconfirmed figures, in the interface's language
    // ("the sector agreement 181682/CO/200", "the five-year carry-over window"); empty when none.
    QStringList unconfirmedParts() const;
};

} // namespace fla
