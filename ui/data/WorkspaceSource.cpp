#include "ui/data/WorkspaceSource.h"

#include "core/common/Clock.h"
#include "core/storage/BulkLoader.h"
#include "core/storage/Workspace.h"
#include "ui/data/DemoData.h"
#include "ui/data/StorageDataSource.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace fla::ui {

QString defaultWorkspaceFile()
{
    return Workspace::defaultPath();
}

std::unique_ptr<DataSource> openWorkspaceSource(const QString &path, QString *error)
{
    if (!isServerLocation(path)) // a team server's address is not a folder to create
        QDir().mkpath(QFileInfo(path).absolutePath());
    return StorageDataSource::open(path, Clock::system(), error);
}

QString demoWorkspaceFile()
{
    return QDir(QFileInfo(Workspace::defaultPath()).absolutePath()).filePath(QStringLiteral("demo.fladesk"));
}

std::unique_ptr<StorageDataSource> openDemoWorkspace(const QString &path, const Clock &clock, DemoStart start,
                                                     QString *error, int participations)
{
    if (start == DemoStart::AsLeft && QFileInfo::exists(path))
        return StorageDataSource::open(path, clock, error);
    return createDemoWorkspace(path, clock, participations, error);
}

std::unique_ptr<StorageDataSource> createDemoWorkspace(const QString &path, const Clock &clock,
                                                       int participations, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(path + suffix) && !QFile::remove(path + suffix)) {
            if (error)
                *error =
                    QCoreApplication::translate("fla::ui::WorkspaceSource",
                                                "The demo workspace %1 cannot be replaced (is it open in "
                                                "another window?).")
                        .arg(QDir::toNativeSeparators(path));
            return nullptr;
        }
    }
    auto source = StorageDataSource::open(path, clock, error);
    if (!source)
        return nullptr;
    const DemoWorkspaceSet demo = demoWorkspaceSet(participations);
    BulkOptions options;
    options.queueForSync = true; // every record waits in the outbox, ready to declare
    const BulkLoadResult loaded = loadDataSet(source->workspace(), demo.set, options);
    if (!loaded.ok) {
        if (error)
            *error = loaded.error;
        return nullptr;
    }
    if (!source->revalidateAll(error))
        return nullptr;
    return source;
}

} // namespace fla::ui
