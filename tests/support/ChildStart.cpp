#include "ChildStart.h"

#include <QProcess>
#include <QThread>

namespace fla::test {

bool startChild(QProcess &child, int attempts)
{
    for (int attempt = 1; attempt <= attempts; ++attempt) {
        child.start();
        if (child.waitForStarted(30000))
            return true;
        qWarning("%s did not start (attempt %d of %d): %s", qPrintable(child.program()), attempt, attempts,
                 qPrintable(child.errorString()));
        if (child.state() != QProcess::NotRunning) {
            child.kill();
            child.waitForFinished(5000);
        }
        QThread::msleep(500);
    }
    return false;
}

} // namespace fla::test
