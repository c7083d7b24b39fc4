#pragma once

#include "core/sync/OutboxStore.h"

#include <QHash>
#include <QMap>
#include <QUuid>

namespace fla::test {

// An OutboxStore in memory: the sync engine's tests drive it without a workspace.
class MemoryOutboxStore : public OutboxStore
{
public:
    struct RecordState
    {
        SyncStatus status = SyncStatus::Queued;
        QString etag;
        QList<PlatformAnomaly> anomalies;
        QString heldReason;
    };

    // Adds an entry (its id is assigned) and returns the id.
    qint64 enqueue(SyncItem e);

    QList<SyncItem> dueEntries(RecordKind type, qint64 afterId, const QDateTime &now, int limit) override;
    int pendingCount() override { return int(m_entries.size()); }
    int pendingCount(RecordKind type) override;
    QDateTime nextAttemptAt(RecordKind type) override;
    void markSent(const QList<SyncItem> &entries) override;
    void complete(const QList<Completion> &done) override;
    void scheduleRetry(const QList<SyncItem> &entries) override;
    void hold(const QList<SyncItem> &entries, const QString &reason) override;
    void noteUnanswered(const QList<SyncItem> &entries, const QString &declarationId) override;
    QStringList unansweredDeclarations(const SyncItem &entry) override;
    void rebase(const QList<SyncItem> &entries) override;

    const QMap<qint64, SyncItem> &entries() const { return m_entries; }
    RecordState record(const QUuid &uuid) const { return m_records.value(uuid); }
    const QHash<QUuid, RecordState> &records() const { return m_records; }

private:
    qint64 m_nextId = 1;
    QMap<qint64, SyncItem> m_entries;
    QHash<QUuid, RecordState> m_records;
    QHash<QUuid, QStringList> m_unanswered;
};

} // namespace fla::test
