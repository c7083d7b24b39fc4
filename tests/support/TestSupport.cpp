#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
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

void makeRemovable(const QString &dir)
{
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile entry(it.next());
        entry.setPermissions(entry.permissions() | QFileDevice::WriteOwner | QFileDevice::ReadOwner |
                             QFileDevice::ExeOwner);
    }
}

} // namespace fla::test
