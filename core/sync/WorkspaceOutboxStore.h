#pragma once

#include "core/domain/Entities.h"
#include "core/sync/OutboxStore.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QUuid>

namespace fla {

class Workspace;

// The sync engine's view of a workspace's outbox (core/storage): the pending
// rows of the chosen employers, one SyncItem per record (several changes of
// one record since the last sync are declared once, as its current state),
// each with its record in the API's JSON form. Retry state is written back to
// the outbox rows (attempts, next attempt, last error), so it survives a
// restart; rows left in flight by a crash are put back to pending on load().
class WorkspaceOutboxStore final : public OutboxStore
{
public:
    // employerUuids empty: every employer of the workspace.
    WorkspaceOutboxStore(Workspace &ws, QList<QUuid> employerUuids = {});

    ~WorkspaceOutboxStore() override;

    enum class Purpose
    {
        Declare, // the rows are claimed for this desktop's sync (on a team server)
        Show,    // only read, to show what waits: nothing is claimed or changed
    };
    // Reads the pending rows; false with a message.
    bool load(QString *error, Purpose purpose = Purpose::Declare);

    QStringList notices() const override { return m_notices; }
    QString stopReason() const override;
    void release() override;

    QList<SyncItem> dueEntries(RecordKind type, qint64 afterId, const QDateTime &now, int limit) override;
    int pendingCount() override;
    int pendingCount(RecordKind type) override;
    QDateTime nextAttemptAt(RecordKind type) override;
    void markSent(const QList<SyncItem> &entries) override;
    void complete(const QList<Completion> &done) override;
    void scheduleRetry(const QList<SyncItem> &entries) override;
    void hold(const QList<SyncItem> &entries, const QString &reason) override;
    void noteUnanswered(const QList<SyncItem> &entries, const QString &declarationId) override;
    QStringList unansweredDeclarations(const SyncItem &entry) override;
    void rebase(const QList<SyncItem> &entries) override;

    QString lastError() const { return m_error; }
    // The records still waiting, with their labels (at most `limit`).
    QList<SyncItem> items(int limit);

private:
    struct Pending
    {
        SyncItem item;
        QUuid employerUuid;
        QList<qint64> rowIds;
        bool built = false;
    };
    bool build(Pending &p);
    // Reads the records of these entries (and the workers and trainings their
    // labels name) a few hundred per statement, for build().
    void prefetch(const QList<Pending *> &entries);
    struct VersionOutcome
    {
        QUuid employerUuid;
        RecordKind entity;
        Completion completion;
    };
    void notePlatformVersions(const QList<VersionOutcome> &outcomes);
    QString ssinOf(const QUuid &employerUuid, const QUuid &workerUuid);
    // A record to declare could not be read: the first failure stops the sync (stopReason).
    void noteReadFailure(const QString &message);

    Workspace &m_ws;
    int m_reconnectsAtLoad = 0; // the workspace's connection count when this sync claimed its rows
    QList<QUuid> m_employers;
    QHash<QUuid, QString> m_enterpriseOf; // employer uuid → enterprise number
    QHash<QUuid, QString> m_ssinCache;    // worker uuid → INSZ
    QHash<QUuid, QString> m_trainingName;
    QSet<QUuid> m_platformFindings; // records carrying the platform's anomalies
    // Records read by prefetch(), consumed by build().
    QHash<QUuid, Worker> m_preWorkers;
    QHash<QUuid, Employment> m_preEmployments;
    QHash<QUuid, Training> m_preTrainings;
    QHash<QUuid, Participation> m_preParticipations;
    QHash<QUuid, TrainingRight> m_preRights;
    QHash<QUuid, QStringList> m_unanswered; // record uuid → declarations sent without an answer
    QHash<QUuid, QString> m_etags; // record uuid → the platform's version ours is based on (PlatformVersions)
    QMap<qint64, Pending> m_byType[kRecordKindCount];
    QHash<qint64, int> m_typeOf;
    QString m_error;
    QString m_readFailure; // why a record to declare could not be read (empty: all were)
    QStringList m_notices;
    QList<QUuid> m_claimed; // employers whose rows this store claimed (released by release())
};

} // namespace fla
