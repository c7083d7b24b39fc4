#pragma once

#include "storage/StorageDriver.h"

namespace fla::postgres {

// The workspace schema in PostgreSQL's dialect. A PostgreSQL workspace is
// created at the SQLite schema's latest version in one step (it has no
// history to migrate): the same tables, columns, keys, references and
// rules, with the engine's own types (bigint identities, double precision,
// date) and named CHECKs, whose names the error messages read.
QList<Migration> migrations();

} // namespace fla::postgres
