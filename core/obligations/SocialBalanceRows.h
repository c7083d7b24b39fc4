#pragma once

#include "core/dataset/DataSet.h"
#include "core/obligations/SocialBalanceCodes.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace fla {

// One line of the training block as the form lays it out: one measure of one
// category, the men's and the women's NBB item code and figure, and the total.
// The one layout of the Social balance view and the PDF (core computes every
// figure shown; the ui adds nothing up).
struct SocialBalanceRow
{
    TrainingCategory category = TrainingCategory::FormalContinuing;
    SocialBalanceItem::Measure measure = SocialBalanceItem::Measure::Workers;
    QString label;     // "Formal continuing training: hours of training", in the interface's language
    QString menCode;   // empty when the data file has no code for it
    QString womenCode; // idem
    double men = 0;
    double women = 0;
    double unknownSex = 0; // workers whose sex is not known: in neither code, counted here
    double total = 0;      // men, women and sex unknown
    bool confirmed = true; // every code of the row was confirmed from the NBB's model
    QStringList sources;   // where the codes not confirmed come from (addresses)
};

// A worker counted whose sex is neither stated nor told by the INSZ: to be put right.
struct UnknownSexWorker
{
    QUuid uuid;
    QString name;       // "family given"
    QString maskedSsin; // as logs and the CLI show it
};

namespace SocialBalanceRows {

// The rows in the data file's order of the items (a row where its first code comes).
QList<SocialBalanceRow> rows(const SocialBalance &balance, const QList<SocialBalanceItem> &items);
// The workers of balance.workersOfUnknownSex, in the register's order.
QList<UnknownSexWorker> unknownSexWorkers(const SocialBalance &balance, const DataSet &set);
// A figure as the files write it: counts whole, hours and euros with two decimals (C locale).
QString valueText(SocialBalanceItem::Measure measure, double value);

} // namespace SocialBalanceRows

} // namespace fla
