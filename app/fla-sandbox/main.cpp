#include "SandboxServer.h"
#include "common/Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
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
        QCoreApplication::translate("fla-sandbox", "Port on 127.0.0.1 (0: the system chooses)."),
        QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("fla-sandbox",
                                    "Folder where the sandbox keeps its data (default: memory only)."),
        QStringLiteral("dir"));
    const QCommandLineOption identitiesOption(
        QStringLiteral("identities"),
        QCoreApplication::translate("fla-sandbox", "JSON file of simulated identities (default: built in)."),
        QStringLiteral("file"));
    parser.addOptions({portOption, dataDirOption, identitiesOption});
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
    return app.exec();
}
