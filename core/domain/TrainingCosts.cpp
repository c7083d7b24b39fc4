#include "core/domain/TrainingCosts.h"

namespace fla {

std::optional<qint64> grossCostCents(const Training &t)
{
    if (!t.costCents && !t.traineePayCents && !t.travelCostCents)
        return std::nullopt;
    return t.costCents.value_or(0) + t.traineePayCents.value_or(0) + t.travelCostCents.value_or(0);
}

} // namespace fla
