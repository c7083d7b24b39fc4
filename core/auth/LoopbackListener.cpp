#include "core/auth/LoopbackListener.h"

#include "core/common/LogCategories.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace fla::auth {

namespace {
const char kCallbackPath[] = "/callback";
constexpr qsizetype kMaxRequestBytes = 16 * 1024;
} // namespace

LoopbackListener::LoopbackListener(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackListener::onNewConnection);
}

LoopbackListener::~LoopbackListener() = default;

bool LoopbackListener::listen(const QHostAddress &address, quint16 port)
{
    if (!address.isLoopback()) {
        m_error = tr("Refusing to listen on %1: the sign-in listener may only use the loopback interface.")
                      .arg(address.toString());
        qCWarning(lcAuth) << "refused a sign-in listener beyond loopback:" << address.toString();
        return false;
    }
    m_done = false;
    if (!m_server->listen(address, port)) {
        m_error = m_server->errorString();
        return false;
    }
    qCDebug(lcAuth) << "loopback listener on port" << m_server->serverPort();
    return true;
}

bool LoopbackListener::isListening() const
{
    return m_server->isListening();
}

void LoopbackListener::close()
{
    m_server->close();
}

QHostAddress LoopbackListener::address() const
{
    return m_server->serverAddress();
}

quint16 LoopbackListener::port() const
{
    return m_server->serverPort();
}

QUrl LoopbackListener::redirectUri() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_server->serverAddress().protocol() == QAbstractSocket::IPv6Protocol
                    ? QStringLiteral("::1")
                    : QStringLiteral("127.0.0.1"));
    url.setPort(m_server->serverPort());
    url.setPath(QLatin1String(kCallbackPath));
    return url;
}

QByteArray LoopbackListener::page(bool success, const QString &message)
{
    const QString title = tr("FLA Desk sign-in");
    const QString heading = success ? tr("You are signed in.") : tr("The sign-in did not succeed.");
    const QString body =
        message.isEmpty() ? tr("You can close this window and return to FLA Desk.") : message;
    const QString html =
        QStringLiteral(
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title></head>"
            "<body style=\"font-family:sans-serif;margin:3em\"><h1 id=\"result\" data-success=\"%4\">%2</h1>"
            "<p>%3</p></body></html>")
            .arg(title.toHtmlEscaped(), heading.toHtmlEscaped(), body.toHtmlEscaped(),
                 success ? QStringLiteral("true") : QStringLiteral("false"));
    return html.toUtf8();
}

void LoopbackListener::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        // The socket outlives the listener, so that the page still reaches the
        // browser when the sign-in ends (and the listener goes) right away.
        socket->setParent(nullptr);
        QTimer::singleShot(30000, socket, &QTcpSocket::abort);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void LoopbackListener::onReadyRead(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    if (buffer.size() > kMaxRequestBytes) {
        socket->abort();
        return;
    }
    if (!buffer.contains("\r\n\r\n")) {
        socket->setProperty("buffer", buffer);
        return;
    }
    const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
    const auto respond = [socket](int status, const QByteArray &reason, const QByteArray &body) {
        socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                      "\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\n"
                      "Referrer-Policy: no-referrer\r\nConnection: close\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\n\r\n" + body);
        socket->disconnectFromHost();
    };
    if (requestLine.size() < 2 || requestLine.at(0) != "GET") {
        respond(405, "Method Not Allowed", QByteArray());
        return;
    }
    const QUrl target = QUrl::fromEncoded(requestLine.at(1));
    if (target.path() != QLatin1String(kCallbackPath)) {
        respond(404, "Not Found", QByteArray()); // favicon.ico and the like: not the callback
        return;
    }
    if (m_done) {
        // A second callback that raced in before the listener closed.
        qCWarning(lcAuth) << "refused a second sign-in callback";
        respond(400, "Bad Request", page(false, tr("This sign-in has already been completed.")));
        return;
    }
    const QUrlQuery query(target.query(QUrl::FullyEncoded));
    const Reply reply = m_inspector ? m_inspector(query) : Reply{};
    if (reply.keepWaiting) {
        qCWarning(lcAuth) << "ignored a sign-in callback that is not this sign-in's; still waiting";
        respond(400, "Bad Request", page(false, reply.message));
        return;
    }
    m_done = true;
    m_server->close(); // exactly one callback: nobody listens any more
    respond(reply.success ? 200 : 400, reply.success ? "OK" : "Bad Request",
            page(reply.success, reply.message));
    emit callbackReceived(query);
}

} // namespace fla::auth
