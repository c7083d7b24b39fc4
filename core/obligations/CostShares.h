#pragma once

#include <QList>
#include <QtGlobal>

namespace fla {

// An amount in cents shared over participants in proportion to their weights
// (all 1 to share equally, their hours to share by hours), in whole cents that
// add up to the amount: each gets the floor of its part and the cents left go
// one each to the participants with the largest fractions left (earliest first
// on a tie). No weight above zero shares equally. Empty weights: no shares.
QList<qint64> shareCents(qint64 amountCents, const QList<double> &weights);

} // namespace fla
