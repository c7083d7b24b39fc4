#pragma once

#include "sandbox/SandboxServer.h"

#include <QString>
#include <memory>

namespace fla::sandbox {

struct DemoPlatformOptions
{
    // 127.0.0.1 port; the Sandbox environment's default (auth::EnvironmentSettings::kSandboxPort) unless
    // set; 0 lets the system choose.
    int port = -1;
    // Where the platform keeps its SQLite file; default <AppDataLocation>/sandbox.
    QString dataDir;
    // The platform's clock (token lifetimes, the rules' "today"); nullptr: the system clock.
    const Clock *clock = nullptr;
};

// The built-in demo: the sandbox platform (OpenID provider with simulated
// identities + the FLA API of docs/api/fla-v1.yaml) running inside the calling
// process on loopback, so the app's default Sandbox environment works with no
// other program. Keep the returned server alive for as long as the app runs.
// nullptr with a translated message when the port is taken (another
// fla-sandbox may already serve it: the app can then simply use that one).
std::unique_ptr<SandboxServer> startDemoPlatform(QString *error, const DemoPlatformOptions &options = {});

} // namespace fla::sandbox
