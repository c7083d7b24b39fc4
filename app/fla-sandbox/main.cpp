#include "core/common/Version.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/platform/PlatformModule.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

using namespace fla::sandbox;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fla-sandbox"));
    QCoreApplication::setOrganizationName(QStringLiteral("FLA Desk"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(fla::kVersion));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "fla-sandbox", "A local FLA platform for tests and demos: an OpenID provider (discovery, JWKS, "
                       "an authorization page with simulated identities, a token endpoint) and the FLA API. "
                       "It listens on 127.0.0.1 only."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(
        QStringLiteral("port"),
        QCoreApplication::translate(
            "fla-sandbox",
            "Port on 127.0.0.1 (default 8765, the Sandbox environment's; 0: the system chooses)."),
        QStringLiteral("port"), QString::number(8765));
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("fla-sandbox",
                                    "Folder where the sandbox keeps its data (default: memory only)."),
        QStringLiteral("dir"));
    const QCommandLineOption identitiesOption(
        QStringLiteral("identities"),
        QCoreApplication::translate("fla-sandbox", "JSON file of simulated identities (default: built in)."),
        QStringLiteral("file"));
    const QCommandLineOption clientOption(
        QStringLiteral("client-id"),
        QCoreApplication::translate(
            "fla-sandbox", "A public client id allowed to sign in users (repeatable; default: any)."),
        QStringLiteral("id"));
    const QCommandLineOption machineOption(
        QStringLiteral("machine-client"),
        QCoreApplication::translate(
            "fla-sandbox",
            "A machine client for certificate sign-in: ID=CERT.pem[=ENTERPRISE,...] (repeatable). "
            "Its JWT assertions must be signed with the key of that certificate."),
        QStringLiteral("spec"));
    const QCommandLineOption accessLifetimeOption(
        QStringLiteral("access-token-seconds"),
        QCoreApplication::translate("fla-sandbox", "Lifetime of access tokens in seconds (default 600)."),
        QStringLiteral("seconds"), QStringLiteral("600"));
    parser.addOptions(
        {portOption, dataDirOption, identitiesOption, clientOption, machineOption, accessLifetimeOption});
    parser.setApplicationDescription(
        parser.applicationDescription() + QLatin1Char('\n') +
        QCoreApplication::translate(
            "fla-sandbox",
            "Identities JSON: {\"identities\":[{\"key\":\"an\",\"ssin\":\"...\",\"givenName\":\"An\","
            "\"familyName\":\"Peeters\",\"enterprises\":[\"0123456749\"]}]}. "
            "The authorization page can be completed without clicking by adding "
            "identity=KEY&key=eid|itsme to the authorization URL."));
    fla::sandbox::PlatformModule::addOptions(parser); // the FLA API and its fault injection
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    SandboxConfig config;
    config.dataDir = parser.value(dataDirOption);
    if (parser.isSet(identitiesOption)) {
        QString error;
        if (!SandboxConfig::loadIdentities(parser.value(identitiesOption), &config.identities, &error)) {
            err << error << Qt::endl;
            return 64;
        }
    }
    config.clientIds = parser.values(clientOption);
    config.accessTokenSeconds = qMax(1, parser.value(accessLifetimeOption).toInt());
    const QStringList machines = parser.values(machineOption);
    for (const QString &spec : machines) {
        const QStringList parts = spec.split(QLatin1Char('='));
        QFile file(parts.value(1));
        if (parts.size() < 2 || parts.at(0).isEmpty() || !file.open(QIODevice::ReadOnly)) {
            err << QCoreApplication::translate(
                       "fla-sandbox", "--machine-client %1: expected ID=CERT.pem with a readable file")
                       .arg(spec)
                << Qt::endl;
            return 64;
        }
        SandboxMachineClient client;
        client.clientId = parts.at(0);
        client.certificatePem = file.readAll();
        if (parts.size() > 2)
            client.enterprises = parts.at(2).split(QLatin1Char(','), Qt::SkipEmptyParts);
        config.machineClients.append(client);
    }
    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535) {
        err << QCoreApplication::translate("fla-sandbox", "--port: not a port number: %1")
                   .arg(parser.value(portOption))
            << Qt::endl;
        return 64;
    }

    SandboxServer server(config);
    if (!server.listen(static_cast<quint16>(port))) {
        err << QCoreApplication::translate("fla-sandbox", "Cannot listen on 127.0.0.1:%1: %2")
                   .arg(port)
                   .arg(server.errorString())
            << Qt::endl;
        return 70;
    }
    // The first line is machine-readable: scripts and tests read the URL from it.
    out << "fla-sandbox listening on " << server.baseUrl().toString() << Qt::endl;
    QString platformError;
    if (!fla::sandbox::installPlatform(server, parser, out, &platformError)) {
        err << platformError << Qt::endl;
        return 64;
    }
    return app.exec();
}
