#include "PlatformHttp.h"

#include "common/LogCategories.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>
#include <memory>

namespace fla::sandbox {

namespace {

QByteArray header(const QHttpServerRequest &r, const char *name)
{
    const QByteArray wanted(name);
    const auto headers = r.headers();
    for (const auto &h : headers) {
        if (h.first.compare(wanted, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

void dropConnection(QHttpServerResponder &responder)
{
    if (QTcpSocket *s = responder.socket())
        s->abort();
}

void writeResponse(QHttpServerResponder &responder, const PlatformResponse &resp, const QByteArray &traceId)
{
    QHttpServerResponder::HeaderList headers;
    headers.push_back({QByteArrayLiteral("BelGov-Trace-Id"), traceId});
    for (const auto &h : resp.headers)
        headers.push_back({h.first, h.second});
    if (!resp.contentType.isEmpty())
        headers.push_back({QByteArrayLiteral("Content-Type"), resp.contentType});
    responder.write(resp.body, headers, QHttpServerResponder::StatusCode(resp.status));
}

} // namespace

PlatformHttp::PlatformHttp(PlatformApi &api, Authenticator authenticate, FaultOptions faults, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_authenticate(std::move(authenticate))
    , m_faults(std::move(faults))
{}

void PlatformHttp::registerRoutes(QHttpServer &server)
{
    // One rule per depth: the API's paths have one to six segments below the root.
    const auto h = [this](const QHttpServerRequest &req, QHttpServerResponder &&resp) { serve(req, std::move(resp)); };
    server.route(apiPrefix() + QStringLiteral("/<arg>"),
                 [h](const QString &, const QHttpServerRequest &req, QHttpServerResponder &&resp) {
                     h(req, std::move(resp));
                 });
    server.route(apiPrefix() + QStringLiteral("/<arg>/<arg>"),
                 [h](const QString &, const QString &, const QHttpServerRequest &req, QHttpServerResponder &&resp) {
                     h(req, std::move(resp));
                 });
    server.route(apiPrefix() + QStringLiteral("/<arg>/<arg>/<arg>"),
                 [h](const QString &, const QString &, const QString &, const QHttpServerRequest &req,
                     QHttpServerResponder &&resp) { h(req, std::move(resp)); });
    server.route(apiPrefix() + QStringLiteral("/<arg>/<arg>/<arg>/<arg>"),
                 [h](const QString &, const QString &, const QString &, const QString &,
                     const QHttpServerRequest &req, QHttpServerResponder &&resp) { h(req, std::move(resp)); });
    server.route(apiPrefix() + QStringLiteral("/<arg>/<arg>/<arg>/<arg>/<arg>"),
                 [h](const QString &, const QString &, const QString &, const QString &, const QString &,
                     const QHttpServerRequest &req, QHttpServerResponder &&resp) { h(req, std::move(resp)); });
    server.route(apiPrefix() + QStringLiteral("/<arg>/<arg>/<arg>/<arg>/<arg>/<arg>"),
                 [h](const QString &, const QString &, const QString &, const QString &, const QString &,
                     const QString &, const QHttpServerRequest &req, QHttpServerResponder &&resp) {
                     h(req, std::move(resp));
                 });
}

void PlatformHttp::serve(const QHttpServerRequest &req, QHttpServerResponder &&responder)
{
    ++m_requests;
    QByteArray traceId = header(req, "BelGov-Trace-Id").left(36);
    if (traceId.isEmpty())
        traceId = QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();

    PlatformRequest pr;
    pr.method = methodName(req.method());
    pr.path = req.url().path().mid(apiPrefix().size());
    pr.query = req.query();
    pr.body = req.body();
    pr.ifMatch = header(req, "If-Match");
    QUrl root = req.url();
    root.setPath(apiPrefix());
    root.setQuery(QString());
    pr.apiRoot = root;

    const FaultKind fault = m_faults.next();
    const int retryAfter = m_faults.options().retryAfterSeconds;
    PlatformResponse resp;
    bool drop = false;
    switch (fault) {
    case FaultKind::Error500:
        resp = PlatformApi::problem(500, QStringLiteral("internalServerError"), QStringLiteral("Internal Server Error"),
                                    QStringLiteral("injected fault"));
        break;
    case FaultKind::Error503:
        resp = PlatformApi::problem(503, QStringLiteral("serviceUnavailable"), QStringLiteral("Service Unavailable"),
                                    QStringLiteral("injected fault"));
        resp.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter)});
        break;
    case FaultKind::TooManyRequests:
        resp = PlatformApi::problem(429, QStringLiteral("tooManyRequests"), QStringLiteral("Too Many Requests"),
                                    QStringLiteral("injected fault"));
        resp.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter)});
        break;
    case FaultKind::Drop:
        drop = true;
        break;
    case FaultKind::None:
    case FaultKind::LostReply: {
        QString problemType;
        const std::optional<PlatformIdentity> who = m_authenticate ? m_authenticate(req, &problemType) : std::nullopt;
        if (!who) {
            resp = PlatformApi::problem(401, problemType.isEmpty() ? QStringLiteral("noAccessToken") : problemType,
                                        QStringLiteral("Unauthorized"),
                                        QStringLiteral("A valid Bearer access token is required."));
            resp.headers.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer")});
        } else {
            pr.identity = *who;
            resp = m_api.handle(pr);
        }
        // The work is done and committed; the answer is lost on the way.
        drop = fault == FaultKind::LostReply;
        break;
    }
    }

    const int latency = m_faults.options().latencyMs;
    if (latency <= 0) {
        if (drop)
            dropConnection(responder);
        else
            writeResponse(responder, resp, traceId);
        return;
    }
    auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> socket(held->socket());
    QTimer::singleShot(latency, this, [held, socket, resp, traceId, drop] {
        if (!socket || socket->state() != QAbstractSocket::ConnectedState)
            return;
        if (drop)
            dropConnection(*held);
        else
            writeResponse(*held, resp, traceId);
    });
}

} // namespace fla::sandbox
