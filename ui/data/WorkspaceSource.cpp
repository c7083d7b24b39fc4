#include "data/WorkspaceSource.h"

#include "data/DemoData.h"
#include "data/MemoryDataSource.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace fla::ui {

QString defaultWorkspaceFile()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("workspace.fladesk"));
}

std::unique_ptr<DataSource> openWorkspaceSource(const QString &path, QString *error)
{
    Q_UNUSED(path)
    Q_UNUSED(error)
    // Until the storage module is wired: a workspace in memory.
    return std::make_unique<MemoryDataSource>();
}

std::unique_ptr<DataSource> openDemoSource()
{
    return std::make_unique<MemoryDataSource>(demoDataSet());
}

} // namespace fla::ui
