#pragma once

#include <QObject>
#include <QString>

namespace fla {

class Workspace;

// Asks a team server whether it answers a new connection now, on a thread of
// its own, so that a server the network no longer reaches (connecting waits
// for the connect timeout) never freezes the window that asks. The answer
// comes back as answered() on the thread that started the probe. A file
// workspace always answers.
class ServerProbe : public QObject
{
    Q_OBJECT

public:
    explicit ServerProbe(QObject *parent = nullptr);
    ~ServerProbe() override;

    // Starts a probe of ws's server with the address and credentials of its
    // connection, unless one is still running (its answer will do).
    void start(Workspace &ws);
    bool isRunning() const { return m_running; }

    // How long a probe's connection waits for the server, in seconds (libpq's
    // connect_timeout; at least 2). Tests shorten it.
    static void setConnectTimeoutSeconds(int seconds);
    static int connectTimeoutSeconds();

signals:
    // The server accepted a new connection and ran a statement (true), or
    // not, with the engine's reason (false).
    void answered(bool answers, const QString &reason);

private:
    bool m_running = false;
};

} // namespace fla
