#include "HttpMessage.h"

namespace fla::sandbox {

QUrlQuery HttpRequest::formBody() const
{
    // '+' means space in form bodies; QUrlQuery does not know that.
    QByteArray b = body;
    b.replace('+', ' ');
    return QUrlQuery(QString::fromUtf8(b));
}

QJsonObject HttpRequest::jsonBody(bool *ok) const
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (ok)
        *ok = error.error == QJsonParseError::NoError && doc.isObject();
    return doc.object();
}

QString HttpRequest::bearerToken() const
{
    const QByteArray value = header(QByteArrayLiteral("authorization")).trimmed();
    if (value.size() > 7 && value.left(7).compare(QByteArrayLiteral("bearer "), Qt::CaseInsensitive) == 0)
        return QString::fromLatin1(value.mid(7).trimmed());
    return QString();
}

HttpResponse HttpResponse::json(int status, const QJsonObject &object)
{
    HttpResponse r;
    r.status = status;
    r.contentType = QByteArrayLiteral("application/json");
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

HttpResponse HttpResponse::html(int status, const QString &html)
{
    HttpResponse r;
    r.status = status;
    r.contentType = QByteArrayLiteral("text/html; charset=utf-8");
    r.body = html.toUtf8();
    return r;
}

HttpResponse HttpResponse::text(int status, const QString &text)
{
    HttpResponse r;
    r.status = status;
    r.body = text.toUtf8();
    return r;
}

HttpResponse HttpResponse::redirect(const QByteArray &location)
{
    HttpResponse r;
    r.status = 302;
    r.headers.append({QByteArrayLiteral("Location"), location});
    return r;
}

HttpResponse HttpResponse::problem(int status, const QString &type, const QString &title,
                                   const QString &detail)
{
    QJsonObject o{
        {QStringLiteral("type"), type}, {QStringLiteral("title"), title}, {QStringLiteral("status"), status}};
    if (!detail.isEmpty())
        o.insert(QStringLiteral("detail"), detail);
    HttpResponse r = json(status, o);
    r.contentType = QByteArrayLiteral("application/problem+json");
    return r;
}

HttpResponse HttpResponse::oauthError(int status, const QString &error, const QString &description)
{
    HttpResponse r = json(status, QJsonObject{{QStringLiteral("error"), error},
                                              {QStringLiteral("error_description"), description}});
    r.headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")});
    return r;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 202:
        return QByteArrayLiteral("Accepted");
    case 204:
        return QByteArrayLiteral("No Content");
    case 302:
        return QByteArrayLiteral("Found");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 412:
        return QByteArrayLiteral("Precondition Failed");
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    default:
        return QByteArrayLiteral("Status");
    }
}

} // namespace fla::sandbox
