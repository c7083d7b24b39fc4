#pragma once

#include "CliCommand.h"
#include "core/storage/Workspace.h"

#include <QString>
#include <memory>

namespace fla::cli {

// Every command opens its workspace here: a team server's address without a
// password gets the one the system keychain keeps for it (what "Connect to a
// team server…" remembered: auth::openWithKeptPassword), unless
// FLADESK_NO_KEYCHAIN=1. ~/.pgpass and PGPASSWORD work as libpq has them.
std::unique_ptr<Workspace> openWorkspaceAt(const QString &location, QString *error,
                                           const WorkspaceOptions &options = {});

// The workspace at `location`, a file that exists or a team server's address,
// opened as above; nullptr after telling why (exit ExitFailure).
std::unique_ptr<Workspace> openExistingWorkspace(const QString &location, CliIo &io);

} // namespace fla::cli
