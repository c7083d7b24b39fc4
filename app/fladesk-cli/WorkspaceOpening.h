#pragma once

#include "storage/Workspace.h"

#include <QString>
#include <memory>

namespace fla::cli {

// Every command opens its workspace here: a team server's address without a
// password gets the one the system keychain keeps for it (what "Connect to a
// team server…" remembered: auth::openWithKeptPassword), unless
// FLADESK_NO_KEYCHAIN=1. ~/.pgpass and PGPASSWORD work as libpq has them.
std::unique_ptr<Workspace> openWorkspaceAt(const QString &location, QString *error,
                                           const WorkspaceOptions &options = {});

} // namespace fla::cli
