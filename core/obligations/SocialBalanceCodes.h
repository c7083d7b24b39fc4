#pragma once

#include "core/domain/Ssin.h"
#include "core/obligations/SocialBalance.h"

#include <QList>
#include <QString>
#include <variant>

namespace fla {

// One item of the social balance sheet's training block, as the data file
// resources/obligations/social-balance-codes.json describes it (the NBB's
// code, what it counts, whether the code was confirmed, and its source).
struct SocialBalanceItem
{
    enum class Measure
    {
        Workers,
        Hours,
        NetCost,
        GrossCost,
        Contributions,
        Subsidies
    };
    QString code;
    TrainingCategory category = TrainingCategory::FormalContinuing;
    Measure measure = Measure::Workers;
    Ssin::Sex sex = Ssin::Sex::Male;
    bool confirmed = false;
    QString source; // a public address
};

namespace SocialBalanceCodes {

// The items of the data file compiled into the program; an empty list and a
// message in error when the file cannot be read (never a guessed code).
QList<SocialBalanceItem> load(QString *error);
// Reads items from a data file's bytes (for tests and a corrected file).
QList<SocialBalanceItem> parse(const QByteArray &json, QString *error);

// The item's value in the balance: a count of workers, hours, or euros.
double value(const SocialBalance &balance, const SocialBalanceItem &item);
// A measure of a set of figures: a count of workers, hours, or euros.
double figure(const SocialBalanceFigures &f, SocialBalanceItem::Measure measure);
// "Formal continuing training", "hours of training", in the interface's language.
QString categoryText(TrainingCategory category);
QString measureText(SocialBalanceItem::Measure measure);
// What the item counts, in the interface's language: "Formal continuing training, women: hours".
QString describe(const SocialBalanceItem &item);
// "workers", "hours", "netCost", … as in the data file.
QString measureName(SocialBalanceItem::Measure m);

} // namespace SocialBalanceCodes

} // namespace fla
