#include "TcpRelay.h"

#include <QLocalSocket>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace fla::test {

class RelayWorker : public QObject
{
public:
    explicit RelayWorker(const QString &path)
        : m_path(path)
    {}

    quint16 listen(QString *error)
    {
        m_server = new QTcpServer(this);
        if (!m_server->listen(QHostAddress::LocalHost, 0)) {
            *error = m_server->errorString();
            return 0;
        }
        QObject::connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server->nextPendingConnection())
                accept(client);
        });
        return m_server->serverPort();
    }

    void setSilent(bool silent)
    {
        m_silent = silent;
        // Silence cuts what was relayed (the client reads a reset); speaking again cuts
        // the connections that waited in silence, so their clients give up at once.
        const QList<QPointer<QTcpSocket>> cut = std::exchange(silent ? m_relayed : m_waiting, {});
        for (const QPointer<QTcpSocket> &c : cut) {
            if (c)
                c->abort();
        }
    }

private:
    void accept(QTcpSocket *client)
    {
        client->setParent(this);
        QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        if (m_silent) {
            QObject::connect(client, &QTcpSocket::readyRead, client, [client] { client->readAll(); });
            m_waiting.append(client);
            return;
        }
        auto *server = new QLocalSocket(client);
        QObject::connect(client, &QTcpSocket::readyRead, server,
                         [client, server] { server->write(client->readAll()); });
        QObject::connect(server, &QLocalSocket::readyRead, client,
                         [client, server] { client->write(server->readAll()); });
        QObject::connect(server, &QLocalSocket::disconnected, client, [client] { client->abort(); });
        QObject::connect(client, &QTcpSocket::disconnected, server, [server] { server->abort(); });
        server->connectToServer(m_path);
        m_relayed.append(client);
    }

    QString m_path;
    QTcpServer *m_server = nullptr;
    bool m_silent = false;
    QList<QPointer<QTcpSocket>> m_relayed;
    QList<QPointer<QTcpSocket>> m_waiting;
};

TcpRelay::TcpRelay(const QString &unixSocketPath)
    : m_worker(new RelayWorker(unixSocketPath))
{
    m_worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

TcpRelay::~TcpRelay()
{
    m_thread.quit();
    m_thread.wait();
}

bool TcpRelay::start(QString *error)
{
    QString why;
    QMetaObject::invokeMethod(
        m_worker, [this, &why] { m_port = m_worker->listen(&why); }, Qt::BlockingQueuedConnection);
    if (m_port == 0 && error)
        *error = why;
    return m_port != 0;
}

void TcpRelay::silence()
{
    QMetaObject::invokeMethod(
        m_worker, [this] { m_worker->setSilent(true); }, Qt::BlockingQueuedConnection);
}

void TcpRelay::relay()
{
    QMetaObject::invokeMethod(
        m_worker, [this] { m_worker->setSilent(false); }, Qt::BlockingQueuedConnection);
}

} // namespace fla::test
