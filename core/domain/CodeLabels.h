#pragma once

#include "core/domain/Enums.h"

#include <QString>

namespace fla {

// What a person reads for a value of a code list (domain/Enums.h), in the
// interface's language: "Formal", "days", "Granted by the employer". One table
// for core's texts (the pull review, field values) and the ui's.
QString codeLabel(Language v);
QString codeLabel(SizeClass v);
QString codeLabel(TrainingKind v);
QString codeLabel(DurationUnit v);
QString codeLabel(TrainingStatus v);
QString codeLabel(RightType v);
QString codeLabel(RightOrigin v);
QString codeLabel(StatedCategory v);
QString codeLabel(CostSharing v);
QString codeLabel(TrainingLeave v);
QString codeLabel(StatedSex v);
// A code list without names of its own yet is read by its code.
template<typename E> QString codeLabel(E v)
{
    return toString(v);
}

} // namespace fla
