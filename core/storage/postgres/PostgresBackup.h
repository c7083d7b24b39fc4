#pragma once

#include <QByteArray>
#include <QString>

namespace fla::PostgresBackup {

// Backups of a team workspace (a PostgreSQL database): the server's own
// consistent dump (`pg_dump --format=custom`, taken while desktops keep
// working), wrapped exactly as a SQLite workspace's backup is (Backup: the
// same header, AES-256-GCM under a scrypt key, or a SHA-256 when not
// encrypted). The tools are PostgreSQL's client programs, looked for in
// $FLADESK_PG_BIN when set (only there), else on the PATH, else in
// /usr/lib/postgresql/<version>/bin.

// Writes the backup of the workspace at location (postgresql://…) to
// outFile. False with a translated message when pg_dump is missing or fails.
bool create(const QString &location, const QString &outFile, const QByteArray &passphrase, QString *error);

// Restores the backup into the database at location, which must be empty
// (a new database: nothing of a workspace in it), in one transaction
// (`pg_restore --single-transaction`): whole or not at all. The database
// users the backup grants rights to must exist on the server.
bool restore(const QString &backupFile, const QByteArray &passphrase, const QString &location,
             QString *error);

// Whether the backup's content is a PostgreSQL dump (not a SQLite workspace).
bool holdsDump(const QString &plainFile);

} // namespace fla::PostgresBackup
