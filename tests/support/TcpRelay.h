#pragma once

#include <QString>
#include <QThread>

namespace fla::test {

class RelayWorker;

// A TCP port on 127.0.0.1 that relays every connection to a Unix socket (the
// test cluster's), on a thread of its own, so a window that waits on the
// database does not stop the relay. silence() turns it into a server the
// network no longer reaches: the relayed connections are cut and new ones
// are accepted and never answered (a client waits for its connect timeout).
// relay() lets connections through again and cuts the silent ones.
class TcpRelay
{
public:
    explicit TcpRelay(const QString &unixSocketPath);
    ~TcpRelay();
    TcpRelay(const TcpRelay &) = delete;
    TcpRelay &operator=(const TcpRelay &) = delete;

    // Listens on 127.0.0.1 (a port the system chooses); false with the reason.
    bool start(QString *error);
    quint16 port() const { return m_port; }
    void silence();
    void relay();

private:
    QThread m_thread;
    RelayWorker *m_worker = nullptr;
    quint16 m_port = 0;
};

} // namespace fla::test
