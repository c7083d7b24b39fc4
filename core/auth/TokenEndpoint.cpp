#include "core/auth/TokenEndpoint.h"

#include "core/common/LogCategories.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

namespace fla::auth {

namespace {

QNetworkRequest makeRequest(const QUrl &url, int timeoutMs)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setRawHeader("Accept", "application/json");
    return request;
}

AuthError classifyNetworkError(QNetworkReply::NetworkError error)
{
    return (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError)
               ? AuthError::Timeout
               : AuthError::Network;
}

// QNetworkReply reports HTTP error statuses as errors too; these are the transport failures.
bool isTransportError(QNetworkReply *reply)
{
    return reply->error() != QNetworkReply::NoError &&
           !reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid();
}

} // namespace

QByteArray formEncode(const QUrlQuery &form)
{
    QByteArray out;
    const auto items = form.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(item.first) + '=' + QUrl::toPercentEncoding(item.second);
    }
    return out;
}

void postTokenRequest(QNetworkAccessManager *network, const QUrl &endpoint, const QUrlQuery &form,
                      int timeoutMs, QObject *context, std::function<void(const TokenResponse &)> done)
{
    if (!isAllowedEndpoint(endpoint)) {
        TokenResponse r;
        r.error = AuthError::InsecureEndpoint;
        r.description = endpoint.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
        QTimer::singleShot(0, context, [done, r] { done(r); });
        return;
    }
    QNetworkRequest request = makeRequest(endpoint, timeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply *reply = network->post(request, formEncode(form));
    QObject::connect(reply, &QNetworkReply::finished, context, [reply, done] {
        reply->deleteLater();
        TokenResponse r;
        r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (isTransportError(reply)) {
            r.error = classifyNetworkError(reply->error());
            r.description = reply->errorString();
            done(r);
            return;
        }
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll(), &parseError);
        const QJsonObject body = doc.object();
        if (r.httpStatus == 200 && doc.isObject()) {
            r.json = body;
            done(r);
            return;
        }
        r.oauthError = body.value(QStringLiteral("error")).toString();
        r.description = body.value(QStringLiteral("error_description")).toString();
        r.error = r.oauthError == QLatin1String("invalid_grant") ? AuthError::InvalidGrant
                                                                 : AuthError::TokenEndpoint;
        done(r);
    });
}

void getJson(QNetworkAccessManager *network, const QUrl &url, int timeoutMs, QObject *context,
             std::function<void(AuthError, const QString &, const QJsonObject &)> done)
{
    if (!isAllowedEndpoint(url)) {
        QTimer::singleShot(0, context, [done, url] {
            done(AuthError::InsecureEndpoint, url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo),
                 QJsonObject());
        });
        return;
    }
    QNetworkReply *reply = network->get(makeRequest(url, timeoutMs));
    QObject::connect(reply, &QNetworkReply::finished, context, [reply, done] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError) {
            done(isTransportError(reply) ? classifyNetworkError(reply->error()) : AuthError::Discovery,
                 reply->errorString(), QJsonObject());
            return;
        }
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll(), &parseError);
        if (!doc.isObject()) {
            done(AuthError::Discovery, QStringLiteral("not a JSON object"), QJsonObject());
            return;
        }
        done(AuthError::None, QString(), doc.object());
    });
}

} // namespace fla::auth
