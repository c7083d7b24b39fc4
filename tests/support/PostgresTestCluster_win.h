#pragma once

#include <QString>

class QProcess;

namespace fla::test::pgplatform {

// The test cluster runs on Linux (CI); on Windows the PostgreSQL tests report
// that they cannot start it.
bool runningAsRoot();
bool giveToServerUser(const QString &path, QString *error);
void runAsServerUser(QProcess &process);
void askToStop(qint64 pid);

} // namespace fla::test::pgplatform
