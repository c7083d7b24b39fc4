#pragma once

#include <QByteArray>
#include <QString>

namespace fla {

class Workspace;

// Backups of a workspace: a consistent snapshot, optionally encrypted with
// AES-256-GCM under a key derived from a passphrase with scrypt (salt and
// parameters in an authenticated header). See docs/storage.md for the format.
namespace Backup {

// Writes a backup of the open workspace to outFile. An empty passphrase
// writes an unencrypted (but checksummed) backup.
bool create(Workspace &ws, const QString &outFile, const QByteArray &passphrase, QString *error);

// The same from the workspace file at workspacePath, through a connection
// of its own: works while another process (the desktop app) has the
// workspace open and keeps writing.
bool createFromFile(const QString &workspacePath, const QString &outFile, const QByteArray &passphrase,
                    QString *error);

// Checks a backup file and writes the database it holds to plainFile.
// Refuses a wrong passphrase, a truncated or a tampered file with a clear
// message.
bool extract(const QString &backupFile, const QByteArray &passphrase, const QString &plainFile,
             QString *error);

bool isEncrypted(const QString &backupFile);

// Wraps any file (a team workspace's pg_dump) into the backup format, as
// create() does a workspace's snapshot.
bool wrapFile(const QString &plainFile, const QString &outFile, const QByteArray &passphrase, QString *error);

// Replaces the workspace at workspacePath by the backup's content. The
// current workspace (if any) is kept as a copy next to it, named in keptCopy.
// Refused while another process has the workspace open.
bool restore(const QString &backupFile, const QByteArray &passphrase, const QString &workspacePath,
             QString *keptCopy, QString *error);

} // namespace Backup

} // namespace fla
