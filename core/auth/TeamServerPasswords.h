#pragma once

#include "core/auth/SecretStore.h"
#include "core/storage/Workspace.h"

#include <QString>
#include <memory>

namespace fla {
struct PostgresLocation;
}

namespace fla::auth {

// The passwords of team servers (PostgreSQL workspaces) that "Connect to a
// team server…" keeps in the system keychain, apart from the sign-in's tokens.
QString teamServerPasswordKey(const PostgresLocation &location);

// Opens the workspace at location as Workspace::open does. When a team
// server refuses an address that holds no password, and the keychain keeps
// one for its user, server and database, it is opened once more with it: the
// desktop's `--workspace` and every `fladesk-cli --workspace` then need no
// password in the address (nor in a shell's history). The keychain is only
// asked after such a refusal; its own failure is logged, and the server's
// first answer is the message.
std::unique_ptr<Workspace> openWithKeptPassword(const QString &location, SecretStore &secrets, QString *error,
                                                const WorkspaceOptions &options = {});

} // namespace fla::auth
