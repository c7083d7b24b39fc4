#include "data/WorkspaceSource.h"

#include "common/Clock.h"
#include "data/StorageDataSource.h"
#include "generate/Generator.h"
#include "storage/BulkLoader.h"
#include "storage/EmployerRepository.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace fla::ui {

QString defaultWorkspaceFile()
{
    return Workspace::defaultPath();
}

std::unique_ptr<DataSource> openWorkspaceSource(const QString &path, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    return StorageDataSource::open(path, Clock::system(), error);
}

std::unique_ptr<DataSource> openDemoSource(QString *error)
{
    // A fresh demo workspace beside the default one, filled by the generator.
    const QString dir = QFileInfo(Workspace::defaultPath()).absolutePath();
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QStringLiteral("demo.fladesk"));
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    auto source = StorageDataSource::open(path, Clock::system(), error);
    if (!source)
        return nullptr;
    GeneratorOptions options;
    options.seed = 7;
    options.participations = 3000;
    options.invalidFraction = 0; // injected anomalies include values the workspace refuses
    options.referenceDate = Clock::system().today();
    const GeneratedSet generated = Generator::generate(options);
    const BulkLoadResult loaded = loadDataSet(source->workspace(), generated.set);
    if (!loaded.ok) {
        if (error)
            *error = loaded.error;
        return nullptr;
    }
    source->revalidateAll(error);
    return source;
}

} // namespace fla::ui
