#pragma once

#include "core/sync/SyncEngine.h"
#include "core/sync/WorkspaceOutboxStore.h"

#include <QObject>
#include <memory>

class QNetworkAccessManager;

namespace fla {

class Workspace;

// One sync of a workspace, ready to wire to the Sync view:
//
//     auto *runner = new SyncRunner(ws, nam, envConfig.apiBaseUrl, tokens, this);
//     connect(runner, &SyncRunner::started, syncView, [=] {
//         syncView->setQueued(runner->queuedItems());
//         syncView->attach(runner->engine());
//     });
//     runner->start(&error);
//
// The engine and the outbox adapter live until the next start().
class SyncRunner : public QObject
{
    Q_OBJECT
public:
    SyncRunner(Workspace &ws, QNetworkAccessManager *nam, QUrl apiUrl, TokenProvider *tokens,
               QObject *parent = nullptr);
    ~SyncRunner() override;

    void setOptions(const SyncOptions &options) { m_options = options; }
    // Loads the outbox (of these employers; all when empty) and starts; false with a message.
    bool start(QString *error, const QList<QUuid> &employers = {});
    void cancel();
    bool isRunning() const { return m_engine && m_engine->isRunning(); }

    SyncEngine *engine() const { return m_engine.get(); }
    // The records waiting when the sync started (at most `limit`, with their labels).
    QList<SyncItem> queuedItems(int limit = 10000) const;

Q_SIGNALS:
    void started();
    void finished(const fla::SyncSummary &summary);

private:
    Workspace &m_ws;
    FlaApiClient m_client;
    SyncOptions m_options;
    std::unique_ptr<WorkspaceOutboxStore> m_store;
    std::unique_ptr<SyncEngine> m_engine;
};

} // namespace fla
