#pragma once

// A QNetworkAccessManager that never touches the network: every request is
// answered by a handler (Nextcloud's FakeQNAM idea), after an optional delay.

#include <QBuffer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <functional>

namespace fla::test {

struct FakeRequest
{
    QByteArray verb;
    QUrl url;
    QByteArray body;
    QNetworkRequest request;
};

struct FakeResponse
{
    int status = 200; // 0: no HTTP answer (connection dropped)
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray contentType = "application/json";
    int delayMs = 0;
};

class FakeReply final : public QNetworkReply
{
public:
    FakeReply(const FakeRequest &req, const FakeResponse &resp, QObject *parent)
        : QNetworkReply(parent)
        , m_body(resp.body)
    {
        setRequest(req.request);
        setUrl(req.url);
        setOperation(QNetworkAccessManager::CustomOperation);
        open(QIODevice::ReadOnly);
        if (resp.status > 0) {
            setAttribute(QNetworkRequest::HttpStatusCodeAttribute, resp.status);
            for (const auto &h : resp.headers)
                setRawHeader(h.first, h.second);
            if (!resp.body.isEmpty())
                setHeader(QNetworkRequest::ContentTypeHeader, resp.contentType);
            if (resp.status >= 400)
                setError(QNetworkReply::ProtocolInvalidOperationError, QStringLiteral("HTTP error"));
        } else {
            setError(QNetworkReply::RemoteHostClosedError, QStringLiteral("Connection closed"));
            m_body.clear();
        }
        QTimer::singleShot(resp.delayMs, this, [this] {
            if (m_aborted)
                return;
            if (!m_body.isEmpty())
                Q_EMIT readyRead();
            Q_EMIT finished();
        });
    }
    void abort() override
    {
        if (m_aborted)
            return;
        m_aborted = true;
        setError(QNetworkReply::OperationCanceledError, QStringLiteral("aborted"));
        Q_EMIT finished();
    }
    qint64 bytesAvailable() const override { return m_body.size() - m_pos + QIODevice::bytesAvailable(); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin(maxSize, qint64(m_body.size()) - m_pos);
        if (n <= 0)
            return m_pos >= m_body.size() ? -1 : 0;
        memcpy(data, m_body.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }

private:
    QByteArray m_body;
    qint64 m_pos = 0;
    bool m_aborted = false;
};

class FakeQnam final : public QNetworkAccessManager
{
public:
    using Handler = std::function<FakeResponse(const FakeRequest &)>;
    explicit FakeQnam(Handler h, QObject *parent = nullptr)
        : QNetworkAccessManager(parent)
        , m_handler(std::move(h))
    {}
    QList<FakeRequest> requests;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override
    {
        FakeRequest r;
        switch (op) {
        case GetOperation:
            r.verb = "GET";
            break;
        case PostOperation:
            r.verb = "POST";
            break;
        case PutOperation:
            r.verb = "PUT";
            break;
        case DeleteOperation:
            r.verb = "DELETE";
            break;
        default:
            r.verb = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        }
        r.url = request.url();
        r.request = request;
        if (outgoingData)
            r.body = outgoingData->readAll();
        requests.append(r);
        return new FakeReply(r, m_handler(r), this);
    }

private:
    Handler m_handler;
};

} // namespace fla::test
