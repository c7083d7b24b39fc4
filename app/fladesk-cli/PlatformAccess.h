#pragma once

#include "CliCommand.h"
#include "core/auth/Environment.h"
#include "core/sync/FlaApiClient.h"
#include "core/sync/TokenProvider.h"

#include <QCommandLineOption>
#include <QList>
#include <QNetworkAccessManager>
#include <QUrl>
#include <memory>
#include <optional>

class QCommandLineParser;
class QSettings;

namespace fla {
class Workspace;
}

namespace fla::cli {

// True (and the reason written to err) when the environment is the FLA's
// production platform and it has closed (auth::closedReason): the command
// then stops before it reaches for the network.
bool platformClosed(auth::Environment env, CliIo &io);

// The environment of --environment, else the one chosen in Settings; nullopt
// (with the message written to io.err) when --environment names none.
std::optional<auth::Environment> chosenEnvironment(const QCommandLineParser &parser,
                                                   const QSettings &settings, CliIo &io);

// Where and as whom every platform command (sync, pull, review-pull, resolve)
// talks to the platform: --environment E | --api-url URL, --token-file FILE
// (else FLADESK_ACCESS_TOKEN). Read in one place so that every command refuses
// the same things the same way (a closed platform, plain http off loopback).
struct PlatformAccess
{
    // Whether the command may go on without a token of --token-file or
    // FLADESK_ACCESS_TOKEN (sync then uses the session of `fladesk-cli login`).
    enum class Token
    {
        Required,
        Optional
    };

    static QList<QCommandLineOption> options();
    // The set-up the review commands (review-pull, resolve) share, in their --help order:
    // the description, --workspace, then options(). The caller adds its own and --help.
    static void addCommonOptions(QCommandLineParser &parser, const QString &description);
    // The workspace of --workspace (else the default one), opened; nullptr when it cannot
    // be (the message written to io.err).
    static std::unique_ptr<Workspace> openWorkspace(const QCommandLineParser &parser, CliIo &io);
    // False (with `message` written to io.err) when both of two exclusive options are given.
    static bool notBoth(const QCommandLineParser &parser, const QCommandLineOption &a,
                        const QCommandLineOption &b, const QString &message, CliIo &io);

    // Reads the options; the exit status (with the message written to io.err)
    // when they do not name a usable environment, API root and token.
    std::optional<int> read(const QCommandLineParser &parser, CliIo &io, Token need = Token::Required);

    auth::Environment environment = auth::Environment::Sandbox;
    QUrl apiUrl;
    QString token; // empty only with Token::Optional
};

// A client of the platform that PlatformAccess names, for one command (its event loop runs it).
class PlatformConnection
{
public:
    explicit PlatformConnection(const PlatformAccess &access)
        : m_tokens(access.token)
        , m_client(&m_nam, access.apiUrl, &m_tokens)
    {}
    FlaApiClient *client() { return &m_client; }

private:
    QNetworkAccessManager m_nam;
    StaticTokenProvider m_tokens;
    FlaApiClient m_client;
};

} // namespace fla::cli
