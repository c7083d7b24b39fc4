#include "MemoryOutboxStore.h"

namespace fla::test {

qint64 MemoryOutboxStore::enqueue(SyncItem e)
{
    e.id = m_nextId++;
    m_records[e.recordUuid].status = SyncStatus::Queued;
    m_entries.insert(e.id, e);
    return e.id;
}

QList<SyncItem> MemoryOutboxStore::dueEntries(RecordKind type, qint64 afterId, const QDateTime &now,
                                              int limit)
{
    QList<SyncItem> out;
    for (auto it = m_entries.upperBound(afterId); it != m_entries.end() && out.size() < limit; ++it) {
        if (it->type == type && (!it->nextAttemptAt.isValid() || it->nextAttemptAt <= now))
            out.append(*it);
    }
    return out;
}

int MemoryOutboxStore::pendingCount(RecordKind type)
{
    int n = 0;
    for (const SyncItem &e : std::as_const(m_entries))
        n += e.type == type ? 1 : 0;
    return n;
}

QDateTime MemoryOutboxStore::nextAttemptAt(RecordKind type)
{
    QDateTime first;
    for (const SyncItem &e : std::as_const(m_entries)) {
        if (e.type == type && e.nextAttemptAt.isValid() && (!first.isValid() || e.nextAttemptAt < first))
            first = e.nextAttemptAt;
    }
    return first;
}

void MemoryOutboxStore::markSent(const QList<SyncItem> &entries)
{
    for (const SyncItem &e : entries)
        m_records[e.recordUuid].status = SyncStatus::Sent;
}

void MemoryOutboxStore::complete(const QList<Completion> &done)
{
    for (const Completion &c : done) {
        m_entries.remove(c.entry.id);
        RecordState &r = m_records[c.entry.recordUuid];
        r.status = statusForVerdict(c.outcome.verdict);
        if (!c.outcome.etag.isEmpty())
            r.etag = c.outcome.etag;
        r.anomalies = c.outcome.anomalies;
        r.heldReason.clear();
        m_unanswered.remove(c.entry.recordUuid);
    }
}

void MemoryOutboxStore::scheduleRetry(const QList<SyncItem> &entries)
{
    for (const SyncItem &e : entries) {
        auto it = m_entries.find(e.id);
        if (it == m_entries.end())
            continue;
        it->attempts = e.attempts;
        it->nextAttemptAt = e.nextAttemptAt;
        it->lastError = e.lastError;
        m_records[e.recordUuid].status = SyncStatus::Queued;
    }
}

void MemoryOutboxStore::hold(const QList<SyncItem> &entries, const QString &reason)
{
    for (const SyncItem &e : entries) {
        auto it = m_entries.find(e.id);
        if (it == m_entries.end())
            continue;
        it->lastError = reason;
        RecordState &r = m_records[e.recordUuid];
        r.status = SyncStatus::Queued;
        r.heldReason = reason;
    }
}

void MemoryOutboxStore::noteUnanswered(const QList<SyncItem> &entries, const QString &declarationId)
{
    for (const SyncItem &e : entries) {
        QStringList &ids = m_unanswered[e.recordUuid];
        if (!ids.contains(declarationId))
            ids.append(declarationId);
    }
}

QStringList MemoryOutboxStore::unansweredDeclarations(const SyncItem &entry)
{
    return m_unanswered.value(entry.recordUuid);
}

void MemoryOutboxStore::rebase(const QList<SyncItem> &entries)
{
    for (const SyncItem &e : entries) {
        m_unanswered.remove(e.recordUuid);
        m_records[e.recordUuid].etag = e.ifMatch;
        m_records[e.recordUuid].status = SyncStatus::Queued;
        auto it = m_entries.find(e.id);
        if (it == m_entries.end())
            continue;
        it->ifMatch = e.ifMatch;
        it->nextAttemptAt = QDateTime();
    }
}

} // namespace fla::test
