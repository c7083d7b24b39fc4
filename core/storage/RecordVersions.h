#pragma once

#include "core/storage/StorageDriver.h"

namespace fla {

// Migration 10 of both engines: a version per record (row_version, 1 when the
// record is created, one more at each change of its fields) for optimistic
// locking: an editor saves with the version it read, and a save at a stale
// version is refused instead of overwriting a colleague's change
// (RecordWriter::saveEdit). integerType is the engine's 64-bit integer.
Migration recordVersionsMigration(const QString &integerType);

} // namespace fla
