#include "PostgresTestCluster_win.h"

#include <QProcess>

namespace fla::test::pgplatform {

bool runningAsRoot()
{
    return false;
}

bool giveToServerUser(const QString &path, QString *error)
{
    Q_UNUSED(path);
    Q_UNUSED(error);
    return true;
}

void runAsServerUser(QProcess &process)
{
    Q_UNUSED(process);
}

void askToStop(qint64 pid)
{
    Q_UNUSED(pid);
}

} // namespace fla::test::pgplatform
