#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

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

qint64 peakRssMiB(MemoryOf whose)
{
#ifdef Q_OS_UNIX
    rusage usage{};
    getrusage(whose == MemoryOf::Children ? RUSAGE_CHILDREN : RUSAGE_SELF, &usage);
    return qint64(usage.ru_maxrss) / 1024; // KiB on Linux
#else
    Q_UNUSED(whose);
    return 0;
#endif
}

} // namespace fla::test
