#pragma once

#include "core/obligations/TrainingAccount.h"

#include <QList>
#include <QString>

namespace fla {

// One line of a worker's training account as a person reads it: "Entitled", "5 d".
struct AccountLine
{
    QString label;
    QString value;
};

// The account as labelled lines, in the interface's language, numbers in the
// locale: the work regime and committee, the size class and days per FTE the
// right rests on, the rights, the credit (entitled, carried over, used, planned,
// remaining), the carry-over window and the year's trainings; unconfirmed figures
// marked. The one wording of the Training account view and `fladesk-cli
// training-account`; the yearly overview PDF takes its words from the worker's
// language (reports/StatementTexts) and its figures from the same CreditLine.
// Empty when the account has no line.
QList<AccountLine> accountLines(const TrainingAccount &account);
// "Unconfirmed (secondary sources): …." or empty when every figure is confirmed.
QString accountUnconfirmedNote(const TrainingAccount &account);

} // namespace fla
