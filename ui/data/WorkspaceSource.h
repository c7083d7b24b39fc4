#pragma once

#include "data/DataSource.h"

#include <memory>

namespace fla::ui {

// Where the app's data sources come from: the workspace file (the storage
// module's SQLite workspace) or the demo. The only place that knows which
// DataSource implementations exist.
QString defaultWorkspaceFile();
std::unique_ptr<DataSource> openWorkspaceSource(const QString &path, QString *error);
std::unique_ptr<DataSource> openDemoSource(QString *error);

} // namespace fla::ui
