#pragma once

#include "dataset/DataSet.h"
#include "domain/Ssin.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>
#include <array>

namespace fla {

// The three kinds of training the social balance sheet counts apart.
enum class TrainingCategory
{
    FormalContinuing,
    InformalContinuing,
    Initial
};
inline constexpr int kTrainingCategories = 3;

// The category a training is counted in. The register records the FLA's kind:
// formal counts as formal continuing training, informal as informal continuing.
TrainingCategory socialBalanceCategory(const Training &t);

// What one category counts for one sex.
struct SocialBalanceFigures
{
    int workers = 0;               // distinct workers who followed at least one such training
    double hours = 0;              // hours of training followed
    qint64 grossCostCents = 0;     // the trainings' costs, shared equally over their participants
    qint64 contributionsCents = 0; // payments to collective funds (not in the register yet: 0)
    qint64 subsidiesCents = 0;     // subsidies received (not in the register yet: 0)
    qint64 netCostCents() const { return grossCostCents - subsidiesCents; }
};

// The training block of one employer's social balance sheet for a period
// (a financial year), computed from the register: completed trainings that
// start in the period, their followed participations, men and women apart.
struct SocialBalance
{
    QUuid employerUuid;
    QDate from;
    QDate to;
    // [category][0 = men, 1 = women]
    std::array<std::array<SocialBalanceFigures, 2>, kTrainingCategories> figures{};
    // Workers whose sex the INSZ does not tell (BIS numbers): counted apart, to be put right.
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
