#pragma once

#include "core/storage/StorageDriver.h"

namespace fla::postgres {

// The workspace schema in PostgreSQL's dialect. A PostgreSQL workspace is
// created at the SQLite schema's version 6 in one step (it had no history
// to migrate), then the SQLite schema's later steps one by one: the same tables, columns, keys, references
// and rules, with the engine's own types (bigint identities, double precision, date) and named CHECKs, whose
// names the error messages read.
QList<Migration> migrations();

} // namespace fla::postgres
