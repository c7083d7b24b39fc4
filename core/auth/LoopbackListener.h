#pragma once

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>
#include <functional>

class QTcpServer;
class QTcpSocket;

namespace fla::auth {

// The redirect target of a native app (RFC 8252 §7.3): an HTTP listener on
// 127.0.0.1 with a port the system chooses. It accepts exactly one callback
// (a GET on its path), answers it with a page telling the user to return to
// the app, and closes: later requests find nobody listening. A callback the
// inspector rejects with keepWaiting (e.g. another sign-in's state) gets its
// 400 page and does not end the wait.
class LoopbackListener : public QObject
{
    Q_OBJECT
public:
    struct Reply
    {
        bool success = true;
        QString message; // shown under the heading; empty: the default
        // Not this sign-in's callback: answer the browser, ignore it, and keep
        // waiting for the right one (no signal).
        bool keepWaiting = false;
    };
    using Inspector = std::function<Reply(const QUrlQuery &)>;

    explicit LoopbackListener(QObject *parent = nullptr);
    ~LoopbackListener() override;

    // Only loopback addresses are accepted; anything else (0.0.0.0, ::, a LAN
    // address) is refused and returns false without listening.
    bool listen(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost), quint16 port = 0);
    bool isListening() const;
    void close();
    QString errorString() const { return m_error; }
    QHostAddress address() const;
    quint16 port() const;
    QUrl redirectUri() const; // http://127.0.0.1:PORT/callback
    // Decides the page shown for the callback (called before the signal).
    void setInspector(Inspector inspector) { m_inspector = std::move(inspector); }

    // The page returned to the browser (translated; escaped).
    static QByteArray page(bool success, const QString &message);

signals:
    // Emitted once, with the callback's query (code, state, error, ...).
    void callbackReceived(const QUrlQuery &query);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);

    QTcpServer *m_server = nullptr;
    QString m_error;
    bool m_done = false;
    Inspector m_inspector;
};

} // namespace fla::auth
