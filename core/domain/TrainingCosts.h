#pragma once

#include "core/domain/Entities.h"

#include <optional>

namespace fla {

// A training's gross cost directly linked to it (ICB; after-fla.md): its direct
// costs, the trainees' pay during it, travel and stay, summed over the parts
// recorded. Nothing when no part is recorded (anomaly TR-004).
std::optional<qint64> grossCostCents(const Training &t);

} // namespace fla
