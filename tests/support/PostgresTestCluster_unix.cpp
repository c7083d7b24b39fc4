#include "PostgresTestCluster_unix.h"

#include <QDirIterator>
#include <QProcess>
#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace fla::test::pgplatform {

namespace {

struct ServerUser
{
    uid_t uid = 0;
    gid_t gid = 0;
    bool found = false;
};

ServerUser serverUser()
{
    ServerUser u;
    if (const passwd *pw = getpwnam("nobody")) {
        u.uid = pw->pw_uid;
        u.gid = pw->pw_gid;
        u.found = true;
    }
    return u;
}

} // namespace

bool runningAsRoot()
{
    return geteuid() == 0;
}

bool giveToServerUser(const QString &path, QString *error)
{
    if (!runningAsRoot())
        return true;
    const ServerUser u = serverUser();
    if (!u.found) {
        *error = QStringLiteral("running as root, and there is no user 'nobody' to run PostgreSQL as");
        return false;
    }
    QStringList paths{path};
    QDirIterator it(path, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        paths << it.next();
    for (const QString &p : paths) {
        if (chown(p.toLocal8Bit().constData(), u.uid, u.gid) != 0) {
            *error = QStringLiteral("cannot give %1 to the user 'nobody'").arg(p);
            return false;
        }
    }
    return true;
}

void runAsServerUser(QProcess &process)
{
    const bool root = runningAsRoot();
    const ServerUser u = serverUser();
    process.setChildProcessModifier([root, u]() {
        // In the child, between fork and exec: only async-signal-safe calls.
        if (root && u.found) {
            if (setgroups(0, nullptr) != 0 || setgid(u.gid) != 0 || setuid(u.uid) != 0)
                _exit(126);
        }
        // After the credentials change, which clears it.
        prctl(PR_SET_PDEATHSIG, SIGQUIT);
    });
}

void askToStop(qint64 pid)
{
    if (pid > 0)
        kill(pid_t(pid), SIGINT);
}

} // namespace fla::test::pgplatform
