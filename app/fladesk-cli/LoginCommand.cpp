#include "LoginCommand.h"
#include "PlatformAccess.h"

#include "core/auth/Environment.h"
#include "core/auth/MachineSignIn.h"
#include "core/auth/OidcSignIn.h"
#include "core/auth/SecretStore.h"
#include "core/auth/SessionStore.h"
#include "core/auth/SystemBrowser.h"
#include "core/common/Clock.h"
#include "core/common/Translation.h"
#include "core/domain/EnterpriseNumber.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTimer>

namespace fla::cli {

using namespace fla::auth;

namespace {

QString tr(const char *text)
{
    return translateFrom({"fla::cli::LoginCommand", "fla::cli"}, text);
}

void printSession(const Session &s, QTextStream &out)
{
    if (s.machine) {
        out << tr("Signed in as machine client %1 (%2).").arg(s.subject, s.environment) << '\n';
    } else {
        out << tr("Signed in: subject %1 (%2)").arg(s.subject, s.environment) << '\n';
        out << tr("Name: %1").arg(s.name) << '\n';
        if (!s.givenName.isEmpty() || !s.familyName.isEmpty())
            out << tr("Given name: %1; family name: %2").arg(s.givenName, s.familyName) << '\n';
        QStringList enterprises;
        for (const QString &e : s.enterprises)
            enterprises << EnterpriseNumber::parse(e).display();
        out << tr("May act for: %1")
                   .arg(enterprises.isEmpty() ? tr("no enterprise") : enterprises.join(QStringLiteral(", ")))
            << '\n';
    }
    out << tr("Access token valid until: %1").arg(s.accessTokenExpiresAt.toString(Qt::ISODate)) << '\n';
    out.flush();
}

} // namespace

QString LoginCommand::summary() const
{
    return tr("Sign in (browser, or a certificate) and show who signed in");
}

int LoginCommand::run(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Signs in with OpenID Connect in the browser (authorization code with PKCE, loopback redirect), or, "
        "with --certificate, as a machine with a JWT client assertion (RFC 7523). Prints who signed in and "
        "when "
        "the access token expires, never a token. The refresh token is kept in the system keychain; "
        "--no-keychain (or FLADESK_NO_KEYCHAIN=1) keeps nothing. $BROWSER, when set, opens the address."));
    parser.addHelpOption();
    const QCommandLineOption envOption(
        QStringLiteral("environment"),
        tr("sandbox, acceptance or production (default: the one chosen in Settings)."),
        QStringLiteral("name"));
    const QCommandLineOption issuerOption(QStringLiteral("issuer"), tr("The OpenID provider (issuer URL)."),
                                          QStringLiteral("url"));
    const QCommandLineOption clientOption(QStringLiteral("client-id"), tr("The client id."),
                                          QStringLiteral("id"));
    const QCommandLineOption scopeOption(QStringLiteral("scope"),
                                         tr("Scopes, space-separated (default: openid profile)."),
                                         QStringLiteral("scopes"));
    const QCommandLineOption certOption(
        QStringLiteral("certificate"),
        tr("PKCS#12 file with the machine's key and certificate; its password is read "
           "from FLADESK_P12_PASSWORD (empty when unset)."),
        QStringLiteral("file"));
    const QCommandLineOption tokenUrlOption(
        QStringLiteral("token-url"), tr("The token endpoint (machine sign-in)."), QStringLiteral("url"));
    const QCommandLineOption noKeychainOption(QStringLiteral("no-keychain"),
                                              tr("Do not remember the sign-in (nothing is stored)."));
    const QCommandLineOption noBrowserOption(QStringLiteral("no-browser"),
                                             tr("Only print the address to open."));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
                                           tr("Seconds to wait for the browser (default 300)."),
                                           QStringLiteral("s"), QStringLiteral("300"));
    parser.addOptions({envOption, issuerOption, clientOption, scopeOption, certOption, tokenUrlOption,
                       noKeychainOption, noBrowserOption, timeoutOption});
    if (const std::optional<int> stop = parseCommandLine(parser, args, io))
        return *stop;

    const std::unique_ptr<QSettings> settings = openAuthSettings();
    const std::optional<Environment> chosen = chosenEnvironment(parser, *settings, io);
    if (!chosen)
        return ExitUsage;
    const Environment environment = *chosen;
    if (platformClosed(environment, io))
        return ExitFailure;
    const EnvironmentConfig envConfig = EnvironmentSettings::load(*settings, environment);
    const bool noKeychain =
        parser.isSet(noKeychainOption) || qEnvironmentVariable("FLADESK_NO_KEYCHAIN") == QLatin1String("1");
    const int timeoutSeconds = qMax(1, parser.value(timeoutOption).toInt());

    QNetworkAccessManager network;
    QEventLoop loop;
    int status = ExitFailure;
    Session session;
    const auto onFailed = [&](AuthError error, const QString &detail) {
        io.err << tr("Sign-in failed: %1").arg(describe(error)) << '\n';
        if (!detail.isEmpty())
            io.err << tr("Detail: %1").arg(detail) << '\n';
        io.err.flush();
        status = ExitFailure;
        loop.quit();
    };
    const auto onSucceeded = [&](const Session &s) {
        session = s;
        status = ExitOk;
        loop.quit();
    };

    if (parser.isSet(certOption)) {
        const QString clientId = parser.value(clientOption);
        const QUrl tokenUrl =
            parser.isSet(tokenUrlOption) ? QUrl(parser.value(tokenUrlOption)) : envConfig.machineTokenUrl;
        if (clientId.isEmpty() || tokenUrl.isEmpty()) {
            io.err << tr("--certificate needs --client-id and --token-url.") << '\n';
            return ExitUsage;
        }
        if (!isAllowedEndpoint(tokenUrl)) {
            io.err << tr("--token-url: \"%1\" must use https (http is only allowed on this computer).")
                          .arg(tokenUrl.toDisplayString())
                   << '\n';
            return ExitUsage;
        }
        MachineSignIn machine(&network, fla::Clock::system());
        QString error;
        if (!machine.loadCertificate(parser.value(certOption), qEnvironmentVariable("FLADESK_P12_PASSWORD"),
                                     &error)) {
            io.err << error << '\n';
            return ExitFailure;
        }
        QObject::connect(&machine, &MachineSignIn::succeeded, &loop, onSucceeded);
        QObject::connect(&machine, &MachineSignIn::failed, &loop, onFailed);
        const QStringList scopes = parser.value(scopeOption).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        machine.start(environmentId(environment), clientId, tokenUrl, scopes);
        loop.exec();
        if (status == ExitOk)
            printSession(session, io.out);
        return status; // the machine's access token lives only in this process: nothing to remember
    }

    OidcConfig config;
    config.environment = environmentId(environment);
    config.issuer = parser.isSet(issuerOption) ? QUrl(parser.value(issuerOption)) : envConfig.issuer;
    config.clientId = parser.isSet(clientOption) ? parser.value(clientOption) : envConfig.clientId;
    if (parser.isSet(scopeOption))
        config.scopes = parser.value(scopeOption).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    else if (!parser.isSet(issuerOption))
        config.scopes = envConfig.scopes;
    if (!config.scopes.contains(QStringLiteral("openid")))
        config.scopes.prepend(QStringLiteral("openid"));
    if (!isAllowedEndpoint(config.issuer)) {
        io.err << tr("--issuer: \"%1\" must use https (http is only allowed on this computer).")
                      .arg(config.issuer.toDisplayString())
               << '\n';
        return ExitUsage;
    }

    OidcSignIn signIn(&network, fla::Clock::system());
    signIn.setSignInTimeoutMs(timeoutSeconds * 1000);
    const bool noBrowser = parser.isSet(noBrowserOption);
    signIn.setBrowserOpener(
        [noBrowser](const QUrl &url) { return !noBrowser && auth::openInSystemBrowser(url); });
    QObject::connect(&signIn, &OidcSignIn::authorizationUrlReady, &loop, [&io](const QUrl &url) {
        io.out << tr("Open this address in a browser to sign in:") << '\n'
               << QString::fromLatin1(url.toEncoded()) << '\n';
        io.out.flush();
    });
    QObject::connect(&signIn, &OidcSignIn::browserUnavailable, &loop, [&io](const QUrl &) {
        io.err << tr("No browser could be opened: copy the address above into one.") << '\n';
        io.err.flush();
    });
    QObject::connect(&signIn, &OidcSignIn::succeeded, &loop, onSucceeded);
    QObject::connect(&signIn, &OidcSignIn::failed, &loop, onFailed);
    signIn.start(config);
    loop.exec();
    if (status != ExitOk)
        return status;

    printSession(session, io.out);
    if (noKeychain) {
        io.out << tr("Not remembered (--no-keychain).") << '\n';
        return ExitOk;
    }
    KeychainSecretStore keychain;
    SessionStore store(keychain, settings.get());
    QString error;
    if (!store.save(session, &error)) {
        io.err << error << '\n' << tr("Use --no-keychain to sign in without remembering it.") << '\n';
        return ExitFailure;
    }
    io.out << tr("Remembered in the system keychain.") << '\n';
    return ExitOk;
}

} // namespace fla::cli
