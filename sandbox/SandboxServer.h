#pragma once

#include "HttpMessage.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <functional>
#include <memory>
#include <vector>

class QTcpServer;
class QTcpSocket;

namespace fla {
class Clock;
}

namespace fla::sandbox {

class SandboxServer;
class OidcProvider;

// A simulated person who can sign in on the sandbox's authorization page.
struct SandboxIdentity
{
    QString key;  // short handle used on the page and in ?identity=KEY ("an", "bram", ...)
    QString ssin; // synthetic INSZ (Ssin::compose)
    QString givenName;
    QString familyName;
    QStringList enterprises; // enterprise numbers (10 digits) this person may act for
    // The OpenID subject: an opaque pairwise identifier (never the INSZ itself).
    QString subject() const;
    QString name() const { return givenName + QLatin1Char(' ') + familyName; }
};

// A machine client (software of a mandatary) that signs in with a certificate.
struct SandboxMachineClient
{
    QString clientId;
    QByteArray certificatePem; // the X.509 certificate registered for it ("Chaman")
    QStringList enterprises;   // enterprises it may act for
};

struct SandboxConfig
{
    QString dataDir;                   // where modules may keep files (may be empty: memory only)
    QList<SandboxIdentity> identities; // empty: defaultIdentities()
    QStringList clientIds;             // public clients allowed in the code flow; empty = any
    QList<SandboxMachineClient> machineClients;
    int accessTokenSeconds = 600;
    int refreshTokenSeconds = 8 * 3600;
    const fla::Clock *clock = nullptr; // nullptr: the system clock
    // Limits on what a client may make the server hold (it runs inside the desktop app too):
    // a request must arrive whole within readTimeoutMs of the connection (else 408 and closed),
    // may carry at most maxBodyBytes (else 413), and at most maxConnections are open at once
    // (more: 503 and closed).
    int readTimeoutMs = 5000;
    qsizetype maxBodyBytes = 16 * 1024 * 1024;
    int maxConnections = 64;

    static QList<SandboxIdentity> defaultIdentities();
    // Reads identities from a JSON file:
    // {"identities":[{"key","ssin","givenName","familyName","enterprises":[]}]}
    static bool loadIdentities(const QString &path, QList<SandboxIdentity> *out, QString *error);
};

// What the sandbox knows about a Bearer token it was shown.
struct TokenInfo
{
    bool valid = false;
    QString error;    // why not valid (unknown, expired, scope missing)
    QString subject;  // the person's subject, or the machine's client id
    QString clientId; // the client the token was issued to
    QString ssin;     // the person's INSZ (empty for machines)
    QStringList scopes;
    QStringList enterprises; // the enterprises the token may act for (mandates)
    QDateTime expiresAt;
    bool machine = false; // issued by client credentials

    bool hasScope(const QString &scope) const { return scopes.contains(scope); }
    bool mayActFor(const QString &enterpriseNumber) const { return enterprises.contains(enterpriseNumber); }
};

// A part of the sandbox that brings its own routes (the FLA declaration API, ...).
class SandboxModule
{
public:
    virtual ~SandboxModule() = default;
    virtual void registerRoutes(SandboxServer &server) = 0;
};

// The local FLA platform: an HTTP/1.1 listener on 127.0.0.1 only, a router
// other modules add routes to, and the OpenID provider (discovery, JWKS,
// authorization page, token endpoint) that issues the tokens it validates.
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    explicit SandboxServer(SandboxConfig config = {}, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1 (never another interface); port 0 lets the system choose.
    bool listen(quint16 port = 0);
    void close();
    bool isListening() const;
    QString errorString() const;
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT
    QUrl issuer() const;  // the OpenID issuer (= baseUrl)
    QUrl tokenUrl() const;

    // Routes: method "GET"/"POST"/... or "*" for any; pattern segments in {braces}
    // capture into HttpRequest::pathArgs ("/REST/fla/v1/declarations/{id}").
    // Exact routes win over patterns; the first pattern added wins among patterns.
    void addRoute(const QByteArray &method, const QString &pathPattern, Handler handler);
    void addModule(std::unique_ptr<SandboxModule> module);

    // Token validation for the API modules: is this a token we issued, not
    // expired, and (when requiredScope is given) does it carry that scope?
    TokenInfo validateAccessToken(const QString &token, const QString &requiredScope = QString()) const;
    TokenInfo validateBearer(const HttpRequest &request, const QString &requiredScope = QString()) const;
    // The answer to give when validateBearer() says no (401 problem+json invalidAccessToken).
    static HttpResponse unauthorized(const TokenInfo &info);

    // For tests and modules: a token for an identity without running the browser flow.
    QString issueAccessToken(const SandboxIdentity &identity, const QStringList &scopes = QStringList());
    QString issueMachineToken(const SandboxMachineClient &client, const QStringList &scopes = QStringList());

    const SandboxConfig &config() const { return m_config; }
    const QList<SandboxIdentity> &identities() const { return m_config.identities; }
    const SandboxIdentity *identity(const QString &keyOrSubject) const;
    const fla::Clock &clock() const;
    OidcProvider &provider() { return *m_provider; }

    // Used by the provider to record what it issued.
    QString registerAccessToken(TokenInfo info);

signals:
    void requestHandled(const QByteArray &method, const QString &path, int status);

private:
    struct Route
    {
        QByteArray method;
        QStringList segments;
        bool hasPlaceholders = false;
        Handler handler;
    };
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    // Answers a request that cannot be served (408, 413, 503) and closes the connection.
    void refuse(QTcpSocket *socket, int status, const QString &detail);
    static QByteArray serialize(const HttpRequest &request, const HttpResponse &response);
    HttpResponse dispatch(HttpRequest &request) const;
    static bool matches(const Route &route, const QStringList &segments, QHash<QString, QString> *args);

    SandboxConfig m_config;
    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, QByteArray> m_buffers; // connections whose request is still arriving
    int m_openConnections = 0;
    std::vector<Route> m_routes;
    std::vector<std::unique_ptr<SandboxModule>> m_modules;
    QHash<QString, TokenInfo> m_accessTokens;
    std::unique_ptr<OidcProvider> m_provider;
};

} // namespace fla::sandbox
