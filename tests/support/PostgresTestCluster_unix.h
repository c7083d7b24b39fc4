#pragma once

#include <QString>

class QProcess;

namespace fla::test::pgplatform {

// Whether this process runs as root (PostgreSQL refuses to run as root).
bool runningAsRoot();
// Gives path (a folder, recursively) to the unprivileged user the server runs as.
bool giveToServerUser(const QString &path, QString *error);
// The child runs as that user when this process is root, and is killed
// (SIGQUIT: the server's immediate shutdown) when this process dies.
void runAsServerUser(QProcess &process);
// Asks the server for a fast shutdown (SIGINT): sessions are ended.
void askToStop(qint64 pid);

} // namespace fla::test::pgplatform
