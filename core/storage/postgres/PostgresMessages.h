#pragma once

#include <QString>

namespace fla::postgres {

// PostgreSQL's refusal of a write, rewritten in the terms the storage module
// reads from SQLite's messages ("UNIQUE constraint failed: table.column",
// "CHECK constraint failed: column", "NOT NULL constraint failed:
// table.column", "FOREIGN KEY constraint failed"), so one function turns
// both engines' refusals into the message that names the record and field.
// It reads the constraint and column names (quoted in every language the
// server may speak), never the English wording. Other text is returned as is.
QString portableEngineText(const QString &engineText);

} // namespace fla::postgres
