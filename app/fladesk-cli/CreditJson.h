#pragma once

#include <QJsonObject>

namespace fla {
struct CreditLine;
}

namespace fla::cli {

// Adds a worker's credit figures for a year to `o`, as `credit --json` and
// `training-account --json` both print them (days; what remains in hours too).
void addCreditFigures(QJsonObject *o, const CreditLine &line);

} // namespace fla::cli
