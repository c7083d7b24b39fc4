#pragma once

// Helpers shared by the sign-in tests: a "browser" made of a real
// QNetworkAccessManager, a sign-in through it, and a log capture that proves
// no token is logged.

#include "core/auth/OidcSignIn.h"

#include <QEventLoop>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStringList>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>
#include <optional>

namespace fla::test {

// Follows the sign-in as a browser would: opens the authorization URL (with
// extra query items, e.g. identity=an) and follows the redirect to the app's
// loopback listener. Keeps the last page it got.
class FakeBrowser : public QObject
{
public:
    QNetworkAccessManager network;
    QList<QUrl> opened;
    QByteArray lastPage;
    int lastStatus = 0;
    QUrl lastUrl;
    QList<std::pair<QString, QString>> extra{{"identity", "an"}, {"key", "eid"}};
    bool follow = true;

    bool open(const QUrl &url)
    {
        opened << url;
        if (!follow)
            return true;
        QUrl target = url;
        QUrlQuery q(target.query(QUrl::FullyEncoded));
        for (const auto &e : extra)
            q.addQueryItem(e.first, e.second);
        target.setQuery(q.query(QUrl::FullyEncoded), QUrl::StrictMode);
        get(target);
        return true;
    }

    // GET with redirects followed; the answer lands in lastPage/lastStatus.
    void get(const QUrl &url)
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::NoLessSafeRedirectPolicy);
        QNetworkReply *reply = network.get(request);
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            lastPage = reply->readAll();
            lastStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            lastUrl = reply->url();
            reply->deleteLater();
        });
    }

    // A synchronous GET without following redirects: (status, Location or body, error).
    struct Answer
    {
        int status = 0;
        QByteArray location;
        QByteArray body;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
    };
    Answer getNow(const QUrl &url)
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = network.get(request);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.location = reply->rawHeader("Location");
        a.body = reply->readAll();
        a.error = reply->error();
        reply->deleteLater();
        return a;
    }
};

// Signs in at `issuer` (a sandbox's) through a FakeBrowser, as a user would:
// the session, or none when the sign-in did not succeed within five seconds.
inline std::optional<auth::Session> signInThroughBrowser(QNetworkAccessManager *network, const Clock &clock,
                                                         const QUrl &issuer)
{
    FakeBrowser browser;
    auth::OidcSignIn signIn(network, clock);
    signIn.setBrowserOpener([&browser](const QUrl &u) { return browser.open(u); });
    QSignalSpy ok(&signIn, &auth::OidcSignIn::succeeded);
    auth::OidcConfig c;
    c.issuer = issuer;
    c.clientId = QStringLiteral("fladesk");
    signIn.start(c);
    if (!QTest::qWaitFor([&ok] { return ok.count() == 1; }, 5000))
        return std::nullopt;
    return ok.at(0).at(0).value<auth::Session>();
}

// Captures every log message while alive.
class LogCapture
{
public:
    LogCapture()
    {
        s_self = this;
        m_previous = qInstallMessageHandler(&LogCapture::handler);
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        s_self = nullptr;
    }
    QString all() const
    {
        QMutexLocker lock(&m_mutex);
        return m_lines.join('\n');
    }
    int count() const
    {
        QMutexLocker lock(&m_mutex);
        return m_lines.size();
    }

private:
    static void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (s_self) {
            QMutexLocker lock(&s_self->m_mutex);
            s_self->m_lines << QString::fromLatin1(context.category ? context.category : "") + ": " + message;
        }
        if (s_self && s_self->m_previous)
            s_self->m_previous(type, context, message);
    }
    static inline LogCapture *s_self = nullptr;
    QtMessageHandler m_previous = nullptr;
    mutable QMutex m_mutex;
    QStringList m_lines;
};

} // namespace fla::test
