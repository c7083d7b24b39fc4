#include "SandboxServer.h"

#include "OidcProvider.h"
#include "core/common/Clock.h"
#include "core/domain/EnterpriseNumber.h"
#include "core/domain/Ssin.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSandbox, "fladesk.sandbox", QtInfoMsg)

namespace fla::sandbox {

namespace {
constexpr qsizetype kMaxHeaderBytes = 64 * 1024;

QString randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(raw.data()),
                                         reinterpret_cast<quint32 *>(raw.data() + raw.size()));
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
} // namespace

QString SandboxIdentity::subject() const
{
    const QByteArray hash =
        QCryptographicHash::hash(QByteArray("fla-sandbox:" + ssin.toUtf8()), QCryptographicHash::Sha256);
    return QStringLiteral("sbx-") + QString::fromLatin1(hash.toHex().left(20));
}

QList<SandboxIdentity> SandboxConfig::defaultIdentities()
{
    // Synthetic people and companies only; the numbers are valid but made up.
    return {
        {QStringLiteral("an"),
         Ssin::compose(88, 3, 14, 123, false),
         QStringLiteral("An"),
         QStringLiteral("Peeters"),
         {EnterpriseNumber::compose(4211111)}},
        {QStringLiteral("bram"),
         Ssin::compose(92, 11, 2, 57, false),
         QStringLiteral("Bram"),
         QStringLiteral("Janssens"),
         {EnterpriseNumber::compose(4222222), EnterpriseNumber::compose(10000001)}},
        {QStringLiteral("chloe"),
         Ssin::compose(79, 1, 25, 210, false),
         QString::fromUtf8("Chlo\xc3\xa9"),
         QStringLiteral("Dubois"),
         {EnterpriseNumber::compose(4211111), EnterpriseNumber::compose(4222222),
          EnterpriseNumber::compose(4233333)}},
        {QStringLiteral("david"),
         Ssin::compose(1, 6, 9, 88, true),
         QStringLiteral("David"),
         QStringLiteral("Lambert"),
         {}},
    };
}

bool SandboxConfig::loadIdentities(const QString &path, QList<SandboxIdentity> *out, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QStringLiteral("%1: not a JSON object (%2)").arg(path, parseError.errorString());
        return false;
    }
    QList<SandboxIdentity> result;
    const QJsonArray array = doc.object().value(QStringLiteral("identities")).toArray();
    for (int i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        SandboxIdentity id;
        id.key = o.value(QStringLiteral("key")).toString();
        id.ssin = Ssin::parse(o.value(QStringLiteral("ssin")).toString()).normalized();
        id.givenName = o.value(QStringLiteral("givenName")).toString();
        id.familyName = o.value(QStringLiteral("familyName")).toString();
        if (id.key.isEmpty() || !Ssin::parse(id.ssin).isValid()) {
            *error = QStringLiteral("%1: identities[%2]: needs a key and a valid ssin").arg(path).arg(i);
            return false;
        }
        const QJsonArray enterprises = o.value(QStringLiteral("enterprises")).toArray();
        for (const auto &e : enterprises) {
            const EnterpriseNumber number = EnterpriseNumber::parse(e.toString());
            if (!number.isValid()) {
                *error = QStringLiteral("%1: identities[%2].enterprises: %3 is not a valid enterprise number")
                             .arg(path)
                             .arg(i)
                             .arg(e.toString());
                return false;
            }
            id.enterprises.append(number.normalized());
        }
        result.append(id);
    }
    if (result.isEmpty()) {
        *error = QStringLiteral("%1: no identities").arg(path);
        return false;
    }
    *out = result;
    return true;
}

SandboxServer::SandboxServer(SandboxConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_server(new QTcpServer(this))
{
    if (m_config.identities.isEmpty())
        m_config.identities = SandboxConfig::defaultIdentities();
    connect(m_server, &QTcpServer::newConnection, this, &SandboxServer::onNewConnection);
    m_provider = std::make_unique<OidcProvider>(*this);
    m_provider->registerRoutes(*this);
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::listen(quint16 port)
{
    // Loopback only: the sandbox must never be reachable from the network.
    if (!m_server->listen(QHostAddress(QHostAddress::LocalHost), port)) {
        qCWarning(lcSandbox) << "cannot listen on 127.0.0.1:" << port << m_server->errorString();
        return false;
    }
    qCInfo(lcSandbox) << "listening on" << baseUrl().toString();
    return true;
}

void SandboxServer::close()
{
    m_server->close();
}

bool SandboxServer::isListening() const
{
    return m_server->isListening();
}

QString SandboxServer::errorString() const
{
    return m_server->errorString();
}

quint16 SandboxServer::port() const
{
    return m_server->serverPort();
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

QUrl SandboxServer::issuer() const
{
    return baseUrl();
}

QUrl SandboxServer::tokenUrl() const
{
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/oauth/token"));
    return url;
}

void SandboxServer::addRoute(const QByteArray &method, const QString &pathPattern, Handler handler)
{
    Route route;
    route.method = method.toUpper();
    route.segments = pathPattern.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &s : std::as_const(route.segments)) {
        if (s.startsWith(QLatin1Char('{')) && s.endsWith(QLatin1Char('}')))
            route.hasPlaceholders = true;
    }
    route.handler = std::move(handler);
    m_routes.push_back(std::move(route));
}

void SandboxServer::addModule(std::unique_ptr<SandboxModule> module)
{
    module->registerRoutes(*this);
    m_modules.push_back(std::move(module));
}

const fla::Clock &SandboxServer::clock() const
{
    return m_config.clock ? *m_config.clock : fla::Clock::system();
}

const SandboxIdentity *SandboxServer::identity(const QString &keyOrSubject) const
{
    for (const auto &id : m_config.identities) {
        if (id.key == keyOrSubject || id.subject() == keyOrSubject)
            return &id;
    }
    return nullptr;
}

QString SandboxServer::registerAccessToken(TokenInfo info)
{
    const QString token = m_provider ? m_provider->signAccessToken(info) : randomToken(32);
    info.valid = true;
    m_accessTokens.insert(token, info);
    return token;
}

QString SandboxServer::issueAccessToken(const SandboxIdentity &identity, const QStringList &scopes)
{
    TokenInfo info;
    info.subject = identity.subject();
    info.clientId = QStringLiteral("fladesk");
    info.ssin = identity.ssin;
    info.scopes = scopes.isEmpty() ? QStringList{QStringLiteral("openid"), QStringLiteral("fla")} : scopes;
    info.enterprises = identity.enterprises;
    info.expiresAt = clock().nowUtc().addSecs(m_config.accessTokenSeconds);
    return registerAccessToken(info);
}

QString SandboxServer::issueMachineToken(const SandboxMachineClient &client, const QStringList &scopes)
{
    TokenInfo info;
    info.subject = client.clientId;
    info.clientId = client.clientId;
    info.scopes = scopes.isEmpty() ? QStringList{QStringLiteral("fla")} : scopes;
    info.enterprises = client.enterprises;
    info.machine = true;
    info.expiresAt = clock().nowUtc().addSecs(m_config.accessTokenSeconds);
    return registerAccessToken(info);
}

TokenInfo SandboxServer::validateAccessToken(const QString &token, const QString &requiredScope) const
{
    TokenInfo info;
    if (token.isEmpty()) {
        info.error = QStringLiteral("no access token");
        return info;
    }
    const auto it = m_accessTokens.constFind(token);
    if (it == m_accessTokens.cend()) {
        info.error = QStringLiteral("unknown access token");
        return info;
    }
    info = it.value();
    if (clock().nowUtc() >= info.expiresAt) {
        info.valid = false;
        info.error = QStringLiteral("access token expired");
    } else if (!requiredScope.isEmpty() && !info.scopes.contains(requiredScope)) {
        info.valid = false;
        info.error = QStringLiteral("access token lacks scope %1").arg(requiredScope);
    }
    return info;
}

TokenInfo SandboxServer::validateBearer(const HttpRequest &request, const QString &requiredScope) const
{
    return validateAccessToken(request.bearerToken(), requiredScope);
}

HttpResponse SandboxServer::unauthorized(const TokenInfo &info)
{
    HttpResponse r = HttpResponse::problem(401, QStringLiteral("urn:problem-type:belgif:invalidAccessToken"),
                                           QStringLiteral("Invalid access token"), info.error);
    r.headers.append(
        {QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer error=\"invalid_token\"")});
    return r;
}

void SandboxServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        if (m_openConnections >= m_config.maxConnections) {
            qCWarning(lcSandbox) << "connection refused: already" << m_openConnections << "open";
            refuse(socket, 503, QStringLiteral("too many connections"));
            continue;
        }
        ++m_openConnections;
        m_buffers.insert(socket, QByteArray());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            --m_openConnections;
        });
        // A request that does not arrive whole in time does not hold the connection.
        QTimer::singleShot(m_config.readTimeoutMs, socket, [this, socket] {
            if (m_buffers.contains(socket))
                refuse(socket, 408,
                       QStringLiteral("the request did not arrive within %1 ms").arg(m_config.readTimeoutMs));
        });
    }
}

void SandboxServer::refuse(QTcpSocket *socket, int status, const QString &detail)
{
    m_buffers.remove(socket);
    const QString type = status == 408   ? QStringLiteral("urn:problem-type:belgif:requestTimeout")
                         : status == 413 ? QStringLiteral("urn:problem-type:belgif:payloadTooLarge")
                                         : QStringLiteral("urn:problem-type:belgif:serviceUnavailable");
    HttpResponse response =
        HttpResponse::problem(status, type, QString::fromLatin1(reasonPhrase(status)), detail);
    if (status == 503)
        response.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")});
    socket->write(serialize(HttpRequest(), response));
    socket->disconnectFromHost();
}

QByteArray SandboxServer::serialize(const HttpRequest &request, const HttpResponse &response)
{
    QByteArray out =
        "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    out += "Content-Type: " + response.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += "Connection: close\r\n";
    const QByteArray traceId = request.header(QByteArrayLiteral("belgov-trace-id"));
    bool hasTrace = false;
    for (const auto &h : std::as_const(response.headers)) {
        out += h.first + ": " + h.second + "\r\n";
        hasTrace = hasTrace || h.first.toLower() == "belgov-trace-id";
    }
    if (!traceId.isEmpty() && !hasTrace)
        out += "BelGov-Trace-Id: " + traceId.left(36) + "\r\n";
    out += "\r\n";
    if (request.method != "HEAD")
        out += response.body;
    return out;
}

void SandboxServer::onReadyRead(QTcpSocket *socket)
{
    if (!m_buffers.contains(socket))
        return;
    QByteArray &buffer = m_buffers[socket];
    buffer.append(socket->readAll());
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (buffer.size() > kMaxHeaderBytes)
            refuse(socket, 413, QStringLiteral("the request's headers exceed %1 bytes").arg(kMaxHeaderBytes));
        return;
    }
    HttpRequest request;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() < 2) {
        m_buffers.remove(socket);
        socket->abort();
        return;
    }
    request.method = requestLine.at(0).toUpper();
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    bool lengthOk = true;
    const QByteArray lengthText = request.header(QByteArrayLiteral("content-length"));
    const qsizetype length = lengthText.isEmpty() ? 0 : lengthText.toLongLong(&lengthOk);
    if (!lengthOk || length < 0 || length > m_config.maxBodyBytes) {
        // Said before the body is read: nothing of it is kept.
        refuse(socket, 413,
               QStringLiteral("a request body may hold at most %1 bytes").arg(m_config.maxBodyBytes));
        return;
    }
    if (buffer.size() < headerEnd + 4 + length)
        return; // wait for the rest of the body
    request.body = buffer.mid(headerEnd + 4, length);
    m_buffers.remove(socket);

    const QUrl target = QUrl::fromEncoded(requestLine.at(1));
    request.path = target.path(QUrl::FullyDecoded);
    request.query = QUrlQuery(target.query(QUrl::FullyEncoded));

    HttpResponse response = dispatch(request);
    qCDebug(lcSandbox) << request.method << request.path << response.status;

    const QByteArray out = serialize(request, response);
    const auto send = [this, socket, out, method = request.method, path = request.path, response] {
        if (response.dropConnection)
            socket->abort(); // fault injection: no answer at all
        else {
            socket->write(out);
            socket->disconnectFromHost();
        }
        emit requestHandled(method, path, response.dropConnection ? 0 : response.status);
    };
    if (response.delayMs > 0)
        QTimer::singleShot(response.delayMs, socket, send);
    else
        send();
}

bool SandboxServer::matches(const Route &route, const QStringList &segments, QHash<QString, QString> *args)
{
    if (route.segments.size() != segments.size())
        return false;
    QHash<QString, QString> captured;
    for (int i = 0; i < segments.size(); ++i) {
        const QString &p = route.segments.at(i);
        if (p.startsWith(QLatin1Char('{')) && p.endsWith(QLatin1Char('}')))
            captured.insert(p.mid(1, p.size() - 2), segments.at(i));
        else if (p != segments.at(i))
            return false;
    }
    *args = captured;
    return true;
}

HttpResponse SandboxServer::dispatch(HttpRequest &request) const
{
    const QStringList segments = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    bool pathKnown = false;
    for (int pass = 0; pass < 2; ++pass) {
        for (const Route &route : m_routes) {
            if (route.hasPlaceholders != (pass == 1))
                continue;
            QHash<QString, QString> args;
            if (!matches(route, segments, &args))
                continue;
            pathKnown = true;
            const QByteArray method = request.method == "HEAD" ? QByteArrayLiteral("GET") : request.method;
            if (route.method != "*" && route.method != method)
                continue;
            request.pathArgs = args;
            return route.handler(request);
        }
    }
    if (pathKnown)
        return HttpResponse::problem(405, QStringLiteral("urn:problem-type:belgif:methodNotAllowed"),
                                     QStringLiteral("Method not allowed"));
    return HttpResponse::problem(404, QStringLiteral("urn:problem-type:belgif:resourceNotFound"),
                                 QStringLiteral("Resource not found"), request.path);
}

} // namespace fla::sandbox
