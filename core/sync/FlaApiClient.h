#pragma once

#include "core/sync/TokenProvider.h"

#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;

namespace fla {

// One issue of an application/problem+json answer.
struct ProblemIssue
{
    QString type;
    QString title;
    QString detail;
    QString in;
    QString name; // items[3].data.ssin
    QJsonValue value;
};

// The platform's answer to one request, whatever it was.
struct ApiResponse
{
    int httpStatus = 0; // 0 when no HTTP answer came (connection refused, dropped, timed out)
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorText;
    QByteArray body;
    QJsonObject json; // the body when it is a JSON object
    QUrl location;    // resolved against the request URL
    QString etag;
    QString traceId;
    int retryAfterSeconds = -1;
    // problem+json
    QString problemType;
    QString problemTitle;
    QString problemDetail;
    QList<ProblemIssue> issues;
    bool authenticationRequired = false; // 401 even after one token refresh

    bool isSuccess() const { return httpStatus >= 200 && httpStatus < 300; }
    // Worth trying again later: no answer, 408, 429, 5xx.
    bool isTransient() const;
    QString describe() const; // short, for logs and the user (never holds a token)
};

// A thin client of the FLA API (docs/api/fla-v1.yaml) over an injected
// QNetworkAccessManager: Bearer token from a TokenProvider, BelGov-Trace-Id
// on every request, one token refresh on 401, problem+json parsed.
class FlaApiClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const ApiResponse &)>;

    // baseUrl is the API root, e.g. https://services.socialsecurity.be/REST/fla/v1
    FlaApiClient(QNetworkAccessManager *nam, QUrl baseUrl, TokenProvider *tokens, QObject *parent = nullptr);

    const QUrl &baseUrl() const { return m_baseUrl; }
    void setTransferTimeoutMs(int ms) { m_timeoutMs = ms; }

    // Absolute URL of a path below the API root ("/employers").
    QUrl url(const QString &path, const QList<QPair<QString, QString>> &query = {}) const;

    // Generic requests; `path` is relative to the API root or an absolute URL.
    QNetworkReply *get(const QUrl &url, Callback done);
    QNetworkReply *post(const QUrl &url, const QJsonObject &body, Callback done);
    // The same with the body already in JSON (compact UTF-8).
    QNetworkReply *post(const QUrl &url, QByteArray jsonBody, Callback done);
    QNetworkReply *put(const QUrl &url, const QJsonObject &body, const QString &ifMatch, Callback done);
    QNetworkReply *deleteResource(const QUrl &url, const QString &ifMatch, Callback done);

    // Operations of the contract (operationId in comments).
    QNetworkReply *listEmployers(int page, Callback done); // listEmployers
    QNetworkReply *createDeclaration(const QString &enterpriseNumber, const QJsonObject &body,
                                     Callback done); // createDeclaration
    QNetworkReply *createDeclaration(const QString &enterpriseNumber, QByteArray jsonBody, Callback done);
    QNetworkReply *getDeclaration(const QUrl &location, Callback done); // getDeclaration

    // Every request in flight is aborted; its callback is not called.
    void abortAll();

    static QString newTraceId();

private:
    struct Request
    {
        QByteArray verb;
        QUrl url;
        QByteArray body;
        QString ifMatch;
        Callback done;
        bool refreshed = false;
    };
    QNetworkReply *send(std::shared_ptr<Request> r);
    void finished(QNetworkReply *reply, std::shared_ptr<Request> r);

    QNetworkAccessManager *m_nam;
    QUrl m_baseUrl;
    TokenProvider *m_tokens;
    int m_timeoutMs = 30000;
    QList<QPointer<QNetworkReply>> m_inFlight;
};

ApiResponse parseApiResponse(QNetworkReply *reply);

} // namespace fla
