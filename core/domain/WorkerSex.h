#pragma once

#include "core/domain/Entities.h"
#include "core/domain/Ssin.h"

namespace fla {

// A worker's sex for the social balance sheet's men/women split: as stated on
// the worker, else as the INSZ tells (odd sequence number men, even women); a
// BIS number issued without the sex, or a number not well formed, does not tell.
Ssin::Sex sexOf(const Worker &w);

} // namespace fla
