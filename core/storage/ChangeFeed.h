#pragma once

#include <QObject>
#include <QString>
#include <QUuid>

namespace fla {

class Workspace;

// Changes other desktops commit to a shared workspace, as they happen: on a
// team server (PostgreSQL) the workspace's connection listens to the
// server's notifications (LISTEN fladesk_change), sent by triggers once per
// table and company a statement changed, so open views can read again. A
// file workspace has one writer, this process: nothing to listen to.
// Lives in the workspace's thread and needs its event loop.
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    explicit ChangeFeed(Workspace &ws, QObject *parent = nullptr);
    ~ChangeFeed() override;

    // Starts listening. True on a file workspace too (nothing will come);
    // false with a translated message when the server refuses.
    bool start(QString *error = nullptr);
    bool isListening() const { return m_listening; }
    // After the workspace's connection was opened again (Workspace::reconnectCount
    // changed): the server forgot what the old session listened to. False with a
    // translated message when the server refuses.
    bool listenAgain(QString *error = nullptr);

signals:
    // Records of table ("worker", "training", "participation", "employment",
    // "training_right", "employer") of one company were changed by another
    // connection. This connection's own changes are not reported.
    void changed(const QString &table, const QUuid &employerUuid);

private:
    void onNotification(const QString &name, int source, const QVariant &payload);

    Workspace *m_ws;
    bool subscribe(QString *error);

    bool m_listening = false;
};

} // namespace fla
