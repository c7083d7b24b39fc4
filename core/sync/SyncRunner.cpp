#include "core/sync/SyncRunner.h"

#include "core/storage/Workspace.h"

namespace fla {

SyncRunner::SyncRunner(Workspace &ws, QNetworkAccessManager *nam, QUrl apiUrl, TokenProvider *tokens,
                       QObject *parent)
    : QObject(parent)
    , m_ws(ws)
    , m_client(nam, std::move(apiUrl), tokens)
{}

SyncRunner::~SyncRunner() = default;

bool SyncRunner::start(QString *error, const QList<QUuid> &employers)
{
    if (isRunning())
        return true;
    m_engine.reset();
    m_store = std::make_unique<WorkspaceOutboxStore>(m_ws, employers);
    if (!m_store->load(error))
        return false;
    m_engine = std::make_unique<SyncEngine>(&m_client, m_store.get(), m_ws.clock(), m_options);
    connect(m_engine.get(), &SyncEngine::finished, this, &SyncRunner::finished);
    Q_EMIT started();
    m_engine->start();
    return true;
}

void SyncRunner::cancel()
{
    if (m_engine)
        m_engine->cancel();
}

QList<SyncItem> SyncRunner::queuedItems(int limit) const
{
    return m_store ? m_store->items(limit) : QList<SyncItem>();
}

} // namespace fla
