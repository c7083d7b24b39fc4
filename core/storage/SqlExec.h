#pragma once

// Internal to the storage module: one statement run on a connection outside
// the statement cache (schema, migrations, session settings), for the drivers.

#include <QSqlDatabase>
#include <QString>

namespace fla::storage {

// Runs `sql` on `db`. False with the engine's text in *error when it fails;
// the first column of the first row in *firstValue when asked.
bool execStatement(QSqlDatabase &db, const QString &sql, QString *error, QString *firstValue = nullptr);

} // namespace fla::storage
