#pragma once

#include "core/domain/Enums.h"

#include <QString>

namespace fla {

// The text a user reads for one finding of the platform, in their language.
// The platform answers in English; its codes are stable, so the client says it
// itself: a rule of our catalogue (DT-001 …) by the rule's title in the
// catalogue, the platform's own checks (PF-001 … PF-008, docs/api/fla-v1.yaml)
// by a translated text; an unknown code keeps what the platform said.
QString platformFindingText(const QString &code, const QString &platformMessage, Language language);

} // namespace fla
