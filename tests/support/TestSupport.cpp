#include "TestSupport.h"

#include <QDir>

namespace fla::test {

QString artifactsDir()
{
    QString dir = qEnvironmentVariable("FLADESK_TEST_ARTIFACTS");
    if (dir.isEmpty())
        dir = QStringLiteral(FLADESK_TEST_ARTIFACTS);
    QDir().mkpath(dir);
    return dir;
}

QString executablePath(const QString &name)
{
    const QDir bin(QStringLiteral(FLADESK_BINARY_DIR));
    // Each executable is built in its own folder under app/.
    return bin.filePath(QStringLiteral("app/%1/%1").arg(name));
}

} // namespace fla::test
