#pragma once

#include "ui/data/DataSource.h"

#include <memory>

namespace fla {
class Clock;
} // namespace fla
namespace fla::ui {
class StorageDataSource;
} // namespace fla::ui

namespace fla::ui {

// Where the app's data sources come from: the workspace file (the storage
// module's SQLite workspace) or the demo. The only place that knows which
// DataSource implementations exist.
QString defaultWorkspaceFile();
std::unique_ptr<DataSource> openWorkspaceSource(const QString &path, QString *error);
// The demo workspace's file, beside the default workspace (demo.fladesk).
QString demoWorkspaceFile();
// How the demo workspace opens when it is there already.
enum class DemoStart
{
    AsLeft, // with what the user entered in it
    Fresh   // replaced by a new demo: what was entered in it is lost
};
// Opens the demo workspace at path; creates it when there is none (or anew when start is Fresh).
std::unique_ptr<StorageDataSource> openDemoWorkspace(const QString &path, const Clock &clock, DemoStart start,
                                                     QString *error, int participations = 1200);
// Creates a fresh demo workspace at path (an existing file there is replaced):
// demoWorkspaceSet() loaded through the storage module with every record
// queued for declaration (its outbox row), and its anomalies checked.
std::unique_ptr<StorageDataSource> createDemoWorkspace(const QString &path, const Clock &clock,
                                                       int participations, QString *error);

} // namespace fla::ui
