#pragma once

#include "core/sync/ConflictResolver.h"
#include "core/workspace/EditConflict.h"

namespace fla {

// A save refused because someone else changed the record since its editor read
// it (RecordWriter::saveEdit), as the conflict dialog shows it: the editor's
// version as "mine", the one stored now as "theirs" (platformHasIt is false
// when it was deleted meanwhile), field by field with the schema's labels.
template<typename T> ConflictCase editConflictCase(const EditConflict<T> &conflict);

} // namespace fla
