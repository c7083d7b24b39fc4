#pragma once

#include "core/dataset/DataSet.h"
#include "core/domain/Ssin.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>
#include <array>
#include <optional>

namespace fla {

// The category a training is counted in: its own (by default the one its FLA kind says).
TrainingCategory socialBalanceCategory(const Training &t);

// What one category counts for one sex.
struct SocialBalanceFigures
{
    int workers = 0;  // distinct workers who followed at least one such training
    double hours = 0; // hours of training followed
    // Each training's amounts shared over its participants as the training says (equally or by hours).
    qint64 grossCostCents = 0;     // the gross cost parts
    qint64 contributionsCents = 0; // payments to collective funds
    qint64 subsidiesCents = 0;     // subsidies and other financial advantages received
    qint64 netCostCents() const { return grossCostCents - subsidiesCents; }
};

// The training block of one employer's social balance sheet for a period
// (a financial year), computed from the register: completed trainings that
// start in the period, their followed participations, men and women apart
// (the worker's stated sex, else the INSZ's: domain/WorkerSex.h).
struct SocialBalance
{
    QUuid employerUuid;
    QDate from;
    QDate to;
    // [category][0 = men, 1 = women]
    std::array<std::array<SocialBalanceFigures, 2>, kTrainingCategories> figures{};
    // Workers whose sex is neither stated nor told by the INSZ (BIS numbers): counted apart, to be put right.
    std::array<SocialBalanceFigures, kTrainingCategories> unknownSex{};
    QList<QUuid> workersOfUnknownSex;
    int trainingsCounted = 0;
    int trainingsWithoutCost = 0; // counted trainings whose cost is not recorded

    const SocialBalanceFigures &of(TrainingCategory category, Ssin::Sex sex) const;
    SocialBalanceFigures &of(TrainingCategory category, Ssin::Sex sex);
};

class SocialBalanceCalculator
{
public:
    // from..to inclusive; the employer's records only.
    static SocialBalance compute(const DataSet &set, const QUuid &employerUuid, const QDate &from,
                                 const QDate &to);
};

} // namespace fla
