#pragma once

#include "data/DataSource.h"

#include <memory>

namespace fla {
class Clock;
class StorageDataSource;
} // namespace fla

namespace fla::ui {

// Where the app's data sources come from: the workspace file (the storage
// module's SQLite workspace) or the demo. The only place that knows which
// DataSource implementations exist.
QString defaultWorkspaceFile();
std::unique_ptr<DataSource> openWorkspaceSource(const QString &path, QString *error);
// The demo workspace: a fresh file beside the default workspace (demo.fladesk).
std::unique_ptr<DataSource> openDemoSource(QString *error);
// Creates a fresh demo workspace at path (an existing file there is replaced):
// demoWorkspaceSet() loaded through the storage module with every record
// queued for declaration (its outbox row), and its anomalies checked.
std::unique_ptr<StorageDataSource> createDemoWorkspace(const QString &path, const Clock &clock,
                                                       int participations, QString *error);

} // namespace fla::ui
