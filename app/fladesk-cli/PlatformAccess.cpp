#include "PlatformAccess.h"
#include "WorkspaceOpening.h"

#include "core/common/Clock.h"

#include "StorageCommandSupport.h"
#include "core/auth/Environment.h"
#include "core/storage/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSettings>

namespace fla::cli {

void PlatformAccess::addCommonOptions(QCommandLineParser &parser, const QString &description)
{
    parser.setApplicationDescription(description);
    parser.addOption(workspaceOption());
    parser.addOptions(options());
}

std::unique_ptr<Workspace> PlatformAccess::openWorkspace(const QCommandLineParser &parser, CliIo &io)
{
    QString error;
    std::unique_ptr<Workspace> ws = openWorkspaceAt(workspacePath(parser), &error);
    if (!ws)
        io.err << error << '\n';
    return ws;
}

bool PlatformAccess::notBoth(const QCommandLineParser &parser, const QCommandLineOption &a,
                             const QCommandLineOption &b, const QString &message, CliIo &io)
{
    if (!parser.isSet(a) || !parser.isSet(b))
        return true;
    io.err << message << '\n';
    return false;
}

QList<QCommandLineOption> PlatformAccess::options()
{
    return {
        QCommandLineOption(
            QStringLiteral("environment"),
            QCoreApplication::translate("fla::cli::PlatformAccess", "sandbox, acceptance or production."),
            QStringLiteral("E")),
        QCommandLineOption(
            QStringLiteral("api-url"),
            QCoreApplication::translate("fla::cli::PlatformAccess", "The FLA API root (…/REST/fla/v1)."),
            QStringLiteral("url")),
        QCommandLineOption(QStringLiteral("token-file"),
                           QCoreApplication::translate("fla::cli::PlatformAccess",
                                                       "Read the access token from this file (else "
                                                       "FLADESK_ACCESS_TOKEN)."),
                           QStringLiteral("file")),
    };
}

bool platformClosed(auth::Environment env, CliIo &io)
{
    const QString closed = auth::closedReason(env, Clock::system().today());
    if (!closed.isEmpty())
        io.err << closed << '\n';
    return !closed.isEmpty();
}

std::optional<auth::Environment> chosenEnvironment(const QCommandLineParser &parser,
                                                   const QSettings &settings, CliIo &io)
{
    auth::Environment env = auth::EnvironmentSettings::current(settings);
    const QString named =
        parser.isSet(QStringLiteral("environment")) ? parser.value(QStringLiteral("environment")) : QString();
    if (!named.isEmpty() && !auth::environmentFromId(named, &env)) {
        io.err << QCoreApplication::translate("fla::cli::PlatformAccess",
                                              "--environment: unknown environment %1 (sandbox, acceptance, "
                                              "production)")
                      .arg(named)
               << '\n';
        return std::nullopt;
    }
    return env;
}

std::optional<int> PlatformAccess::read(const QCommandLineParser &parser, CliIo &io, Token need)
{
    const std::unique_ptr<QSettings> settings = auth::openAuthSettings();
    const std::optional<auth::Environment> env = chosenEnvironment(parser, *settings, io);
    if (!env)
        return ExitUsage;
    environment = *env;
    if (platformClosed(environment, io))
        return ExitFailure;
    apiUrl = parser.isSet(QStringLiteral("api-url"))
                 ? QUrl(parser.value(QStringLiteral("api-url")))
                 : auth::EnvironmentSettings::load(*settings, environment).apiBaseUrl;
    const bool loopback =
        apiUrl.host() == QLatin1String("127.0.0.1") || apiUrl.host() == QLatin1String("localhost");
    if (!apiUrl.isValid() || (apiUrl.scheme() != QLatin1String("https") && !loopback)) {
        io.err << QCoreApplication::translate("fla::cli::PlatformAccess",
                                              "--api-url: %1 is not an https address (plain http only on "
                                              "127.0.0.1).")
                      .arg(apiUrl.toString())
               << '\n';
        return ExitUsage;
    }
    token = qEnvironmentVariable("FLADESK_ACCESS_TOKEN");
    if (parser.isSet(QStringLiteral("token-file"))) {
        QFile f(parser.value(QStringLiteral("token-file")));
        if (!f.open(QIODevice::ReadOnly)) {
            io.err << QCoreApplication::translate("fla::cli::PlatformAccess", "--token-file: %1: %2")
                          .arg(f.fileName(), f.errorString())
                   << '\n';
            return ExitUsage;
        }
        token = QString::fromLatin1(f.readAll().trimmed());
    }
    if (token.isEmpty() && need == Token::Required) {
        io.err << QCoreApplication::translate("fla::cli::PlatformAccess",
                                              "Not signed in: set FLADESK_ACCESS_TOKEN or give --token-file.")
               << '\n';
        return ExitUsage;
    }
    return std::nullopt;
}

} // namespace fla::cli
