#include "core/sync/FlaApiClient.h"

#include "core/common/LogCategories.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QUrlQuery>
#include <QUuid>

namespace fla {

namespace {
const char kAbortedProperty[] = "fla_aborted";
const QByteArray kTraceHeader = QByteArrayLiteral("BelGov-Trace-Id");
} // namespace

bool ApiResponse::isTransient() const
{
    if (httpStatus == 0)
        return true;
    return httpStatus == 408 || httpStatus == 429 || httpStatus >= 500;
}

QString ApiResponse::describe() const
{
    QString s;
    if (httpStatus == 0)
        s = QStringLiteral("no answer (%1)").arg(networkErrorText);
    else
        s = QStringLiteral("HTTP %1").arg(httpStatus);
    if (!problemTitle.isEmpty())
        s += QStringLiteral(": ") + problemTitle;
    if (!problemDetail.isEmpty())
        s += QStringLiteral(" — ") + problemDetail;
    if (!traceId.isEmpty())
        s += QStringLiteral(" [trace %1]").arg(traceId);
    return s;
}

ApiResponse parseApiResponse(QNetworkReply *reply)
{
    ApiResponse r;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    r.httpStatus = status.isValid() ? status.toInt() : 0;
    r.networkError = reply->error();
    if (r.networkError != QNetworkReply::NoError)
        r.networkErrorText = reply->errorString();
    r.body = reply->readAll();
    if (r.httpStatus == 0)
        return r;
    if (!r.body.isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(r.body);
        if (doc.isObject())
            r.json = doc.object();
    }
    const QByteArray location = reply->rawHeader(QByteArrayLiteral("Location"));
    if (!location.isEmpty())
        r.location = reply->url().resolved(QUrl::fromEncoded(location));
    r.etag = QString::fromLatin1(reply->rawHeader(QByteArrayLiteral("ETag")));
    r.traceId = QString::fromLatin1(reply->rawHeader(kTraceHeader));
    const QByteArray retryAfter = reply->rawHeader(QByteArrayLiteral("Retry-After"));
    if (!retryAfter.isEmpty()) {
        bool ok = false;
        const int secs = retryAfter.trimmed().toInt(&ok);
        r.retryAfterSeconds = ok && secs >= 0 ? secs : -1;
    }
    const bool problem = reply->header(QNetworkRequest::ContentTypeHeader)
                             .toString()
                             .startsWith(QLatin1String("application/problem+json")) ||
                         (r.httpStatus >= 400 && r.json.contains(QLatin1String("type")));
    if (problem) {
        r.problemType = r.json.value(QLatin1String("type")).toString();
        r.problemTitle = r.json.value(QLatin1String("title")).toString();
        r.problemDetail = r.json.value(QLatin1String("detail")).toString();
        const QJsonArray issues = r.json.value(QLatin1String("issues")).toArray();
        for (const QJsonValue &v : issues) {
            const QJsonObject o = v.toObject();
            r.issues.append(
                {o.value(QLatin1String("type")).toString(), o.value(QLatin1String("title")).toString(),
                 o.value(QLatin1String("detail")).toString(), o.value(QLatin1String("in")).toString(),
                 o.value(QLatin1String("name")).toString(), o.value(QLatin1String("value"))});
        }
    }
    return r;
}

FlaApiClient::FlaApiClient(QNetworkAccessManager *nam, QUrl baseUrl, TokenProvider *tokens, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_baseUrl(std::move(baseUrl))
    , m_tokens(tokens)
{
    QString p = m_baseUrl.path();
    while (p.endsWith(QLatin1Char('/')))
        p.chop(1);
    m_baseUrl.setPath(p);
}

QString FlaApiClient::newTraceId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QUrl FlaApiClient::url(const QString &path, const QList<QPair<QString, QString>> &query) const
{
    QUrl u = m_baseUrl;
    u.setPath(m_baseUrl.path() + path);
    if (!query.isEmpty()) {
        QUrlQuery q;
        q.setQueryItems(query);
        u.setQuery(q);
    }
    return u;
}

QNetworkReply *FlaApiClient::get(const QUrl &url, Callback done)
{
    return send(std::make_shared<Request>(Request{QByteArrayLiteral("GET"), url, {}, {}, std::move(done)}));
}

QNetworkReply *FlaApiClient::post(const QUrl &url, const QJsonObject &body, Callback done)
{
    return send(std::make_shared<Request>(Request{QByteArrayLiteral("POST"),
                                                  url,
                                                  QJsonDocument(body).toJson(QJsonDocument::Compact),
                                                  {},
                                                  std::move(done)}));
}

QNetworkReply *FlaApiClient::post(const QUrl &url, QByteArray jsonBody, Callback done)
{
    return send(std::make_shared<Request>(
        Request{QByteArrayLiteral("POST"), url, std::move(jsonBody), {}, std::move(done)}));
}

QNetworkReply *FlaApiClient::put(const QUrl &url, const QJsonObject &body, const QString &ifMatch,
                                 Callback done)
{
    return send(std::make_shared<Request>(Request{QByteArrayLiteral("PUT"), url,
                                                  QJsonDocument(body).toJson(QJsonDocument::Compact), ifMatch,
                                                  std::move(done)}));
}

QNetworkReply *FlaApiClient::deleteResource(const QUrl &url, const QString &ifMatch, Callback done)
{
    return send(
        std::make_shared<Request>(Request{QByteArrayLiteral("DELETE"), url, {}, ifMatch, std::move(done)}));
}

QNetworkReply *FlaApiClient::listEmployers(int page, Callback done)
{
    return get(url(QStringLiteral("/employers"), {{QStringLiteral("page"), QString::number(page)},
                                                  {QStringLiteral("pageSize"), QStringLiteral("100")}}),
               std::move(done));
}

QNetworkReply *FlaApiClient::createDeclaration(const QString &enterpriseNumber, const QJsonObject &body,
                                               Callback done)
{
    return post(url(QStringLiteral("/employers/%1/declarations").arg(enterpriseNumber)), body,
                std::move(done));
}

QNetworkReply *FlaApiClient::createDeclaration(const QString &enterpriseNumber, QByteArray jsonBody,
                                               Callback done)
{
    return post(url(QStringLiteral("/employers/%1/declarations").arg(enterpriseNumber)), std::move(jsonBody),
                std::move(done));
}

QNetworkReply *FlaApiClient::getDeclaration(const QUrl &location, Callback done)
{
    return get(location, std::move(done));
}

void FlaApiClient::abortAll()
{
    const auto replies = m_inFlight;
    m_inFlight.clear();
    for (const QPointer<QNetworkReply> &r : replies) {
        if (r) {
            r->setProperty(kAbortedProperty, true);
            r->abort();
        }
    }
}

QNetworkReply *FlaApiClient::send(std::shared_ptr<Request> r)
{
    QNetworkRequest req(r->url);
    req.setRawHeader(kTraceHeader, newTraceId().toLatin1());
    req.setRawHeader(QByteArrayLiteral("Accept"),
                     QByteArrayLiteral("application/json, application/problem+json"));
    const QString token = m_tokens ? m_tokens->accessToken() : QString();
    if (!token.isEmpty())
        req.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + token.toLatin1());
    if (!r->ifMatch.isEmpty())
        req.setRawHeader(QByteArrayLiteral("If-Match"), r->ifMatch.toLatin1());
    if (!r->body.isEmpty() || r->verb == "POST" || r->verb == "PUT")
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (m_timeoutMs > 0)
        req.setTransferTimeout(m_timeoutMs);
    // A retry of a request is decided by the sync engine, never by Qt behind our back.
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    QNetworkReply *reply = nullptr;
    if (r->verb == "GET")
        reply = m_nam->get(req);
    else if (r->verb == "DELETE")
        reply = m_nam->sendCustomRequest(req, r->verb);
    else
        reply = m_nam->sendCustomRequest(req, r->verb, r->body);
    m_inFlight.append(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply, r] { finished(reply, r); });
    return reply;
}

void FlaApiClient::finished(QNetworkReply *reply, std::shared_ptr<Request> r)
{
    reply->deleteLater();
    m_inFlight.removeAll(reply);
    if (reply->property(kAbortedProperty).toBool())
        return;
    ApiResponse resp = parseApiResponse(reply);
    if (resp.httpStatus == 401) {
        if (!r->refreshed && m_tokens) {
            qCInfo(lcSync) << "401 from the platform: refreshing the access token once";
            r->refreshed = true;
            QPointer<FlaApiClient> self(this);
            m_tokens->refresh([self, r, resp](bool ok) mutable {
                if (!self)
                    return;
                if (ok) {
                    self->send(r);
                } else {
                    resp.authenticationRequired = true;
                    r->done(resp);
                }
            });
            return;
        }
        resp.authenticationRequired = true;
    }
    r->done(resp);
}

} // namespace fla
