#pragma once

#include "FaultInjector.h"
#include "PlatformApi.h"
#include "PlatformStore.h"
#include "sandbox/SandboxServer.h"

#include <QStringList>
#include <memory>

class QCommandLineParser;
class QTextStream;

namespace fla::sandbox {

struct PlatformOptions
{
    QString databasePath; // empty: <dataDir>/fla-platform.sqlite, or memory when there is no data dir
    FaultOptions faults;
    QStringList issueTokensFor; // identity keys: print an access token for each at start-up
};

// The FLA API of docs/api/fla-v1.yaml on the sandbox: its routes under
// /REST/fla/v1/, the Bearer tokens checked by the SandboxServer (subject,
// scopes, the enterprises the identity may act for), its state in its own
// SQLite file, and the faults asked for on the command line.
class PlatformModule final : public SandboxModule
{
public:
    explicit PlatformModule(PlatformOptions options);
    ~PlatformModule() override;

    // Opens the platform's database; false with a message.
    bool open(const SandboxConfig &config, QString *error);
    void registerRoutes(SandboxServer &server) override;

    PlatformStore &store() { return *m_store; }
    FaultInjector &faults() { return m_faults; }
    const QStringList &issuedTokens() const { return m_tokens; } // "key token" lines

    // Command line of fla-sandbox: the platform's options and their parsing.
    static void addOptions(QCommandLineParser &parser);
    static bool optionsFrom(const QCommandLineParser &parser, PlatformOptions *out, QString *error);
    // What --help says about the faults, also in the README.
    static QString faultHelp();

private:
    HttpResponse serve(SandboxServer &server, const HttpRequest &request);

    PlatformOptions m_options;
    std::unique_ptr<PlatformStore> m_store;
    std::unique_ptr<PlatformApi> m_api;
    FaultInjector m_faults;
    QStringList m_tokens;
    qint64 m_apiRequests = 0;
};

// For fla-sandbox's main(): adds the platform to a server built from the command
// line, prints the tokens asked for; false with a message on bad options.
bool installPlatform(SandboxServer &server, const QCommandLineParser &parser, QTextStream &out,
                     QString *error);

} // namespace fla::sandbox
