#include "DemoPlatform.h"

#include "PlatformModule.h"
#include "core/auth/Environment.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace fla::sandbox {

std::unique_ptr<SandboxServer> startDemoPlatform(QString *error, const DemoPlatformOptions &options)
{
    sandbox::SandboxConfig config;
    config.dataDir = options.dataDir.isEmpty()
                         ? QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                               .filePath(QStringLiteral("sandbox"))
                         : options.dataDir;
    config.clock = options.clock;
    auto server = std::make_unique<sandbox::SandboxServer>(config);
    auto platform = std::make_unique<sandbox::PlatformModule>(sandbox::PlatformOptions{});
    QString why;
    if (!platform->open(server->config(), &why)) {
        if (error)
            *error = QCoreApplication::translate("DemoPlatform",
                                                 "The demo platform cannot keep its data in %1: %2")
                         .arg(config.dataDir, why);
        return nullptr;
    }
    server->addModule(std::move(platform));
    const quint16 port = options.port >= 0 ? quint16(options.port) : auth::EnvironmentSettings::kSandboxPort;
    if (!server->listen(port)) {
        if (error)
            *error = QCoreApplication::translate("DemoPlatform",
                                                 "The demo platform cannot listen on 127.0.0.1:%1: %2")
                         .arg(port)
                         .arg(server->errorString());
        return nullptr;
    }
    return server;
}

} // namespace fla::sandbox
