#include "LogoutCommand.h"

#include "core/auth/Environment.h"
#include "core/auth/SecretStore.h"
#include "core/auth/SessionStore.h"
#include "core/common/Translation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSettings>

namespace fla::cli {

using namespace fla::auth;

namespace {
QString tr(const char *text)
{
    return translateFrom({"fla::cli::LogoutCommand"}, text);
}
} // namespace

QString LogoutCommand::summary() const
{
    return tr("Sign out: forget the tokens kept in the system keychain");
}

int LogoutCommand::run(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Signs out of one environment: removes the refresh token from the system "
           "keychain and the sign-in from the list. Without --subject, signs out the "
           "only sign-in of the environment; --all signs out every one."));
    parser.addHelpOption();
    const QCommandLineOption envOption(QStringLiteral("environment"),
                                       tr("sandbox, acceptance or production."), QStringLiteral("name"));
    const QCommandLineOption subjectOption(QStringLiteral("subject"), tr("The subject to sign out."),
                                           QStringLiteral("sub"));
    const QCommandLineOption allOption(QStringLiteral("all"),
                                       tr("Sign out every identity of the environment."));
    parser.addOptions({envOption, subjectOption, allOption});
    if (const std::optional<int> stop = parseCommandLine(parser, args, io))
        return *stop;
    const std::unique_ptr<QSettings> settings = openAuthSettings();
    Environment environment = EnvironmentSettings::current(*settings);
    if (parser.isSet(envOption) && !environmentFromId(parser.value(envOption), &environment)) {
        io.err << tr("--environment: unknown environment \"%1\".").arg(parser.value(envOption)) << '\n';
        return ExitUsage;
    }
    const QString env = environmentId(environment);
    KeychainSecretStore keychain;
    SessionStore store(keychain, settings.get());
    QList<AccountInfo> targets;
    const QList<AccountInfo> accounts = store.accounts();
    for (const AccountInfo &a : accounts) {
        if (a.environment == env &&
            (!parser.isSet(subjectOption) || a.subject == parser.value(subjectOption)))
            targets << a;
    }
    if (targets.isEmpty()) {
        io.out << tr("Nobody is signed in to %1.").arg(env) << '\n';
        return ExitOk;
    }
    if (targets.size() > 1 && !parser.isSet(allOption)) {
        io.err << tr("Several identities are signed in to %1; name one with --subject or use --all:").arg(env)
               << '\n';
        for (const AccountInfo &a : std::as_const(targets))
            io.err << "  " << a.subject << "  " << a.name << '\n';
        return ExitUsage;
    }
    int status = ExitOk;
    for (const AccountInfo &a : std::as_const(targets)) {
        QString error;
        if (store.signOut(a.environment, a.subject, &error)) {
            io.out << tr("Signed out %1 (%2) from %3.").arg(a.subject, a.name, env) << '\n';
        } else {
            io.err << tr("Signed out %1 from %2, but the keychain entry could not be removed: %3")
                          .arg(a.subject, env, error)
                   << '\n';
            status = ExitFailure;
        }
    }
    return status;
}

} // namespace fla::cli
