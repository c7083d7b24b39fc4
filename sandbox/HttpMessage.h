#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace fla::sandbox {

// One HTTP request as the sandbox's router hands it to a route handler.
struct HttpRequest
{
    QByteArray method;                     // "GET", "POST", ...
    QString path;                          // percent-decoded, without the query
    QUrlQuery query;                       // the query string
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QHash<QString, QString> pathArgs; // the {placeholders} of the matched route pattern

    QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }
    // application/x-www-form-urlencoded body (token endpoint).
    QUrlQuery formBody() const;
    // JSON body; *ok (when given) tells whether it was a JSON object.
    QJsonObject jsonBody(bool *ok = nullptr) const;
    // The value of "Authorization: Bearer X", empty when absent.
    QString bearerToken() const;
};

// What a handler answers. Helpers build the usual kinds.
struct HttpResponse
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("text/plain; charset=utf-8");
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // extra headers (Location, BelGov-Trace-Id, ...)
    // Fault injection (the FLA platform module): answer after delayMs, or
    // close the connection without answering.
    int delayMs = 0;
    bool dropConnection = false;

    HttpResponse &withHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
        return *this;
    }

    static HttpResponse json(int status, const QJsonObject &object);
    static HttpResponse html(int status, const QString &html);
    static HttpResponse text(int status, const QString &text);
    static HttpResponse redirect(const QByteArray &location); // 302
    // RFC 9457 application/problem+json (Belgif style: type is a URN).
    static HttpResponse problem(int status, const QString &type, const QString &title,
                                const QString &detail = QString());
    // RFC 6749 §5.2 token endpoint error {"error": ..., "error_description": ...}.
    static HttpResponse oauthError(int status, const QString &error, const QString &description);
};

QByteArray reasonPhrase(int status);

} // namespace fla::sandbox
