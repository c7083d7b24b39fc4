#pragma once

#include "core/common/Result.h"

#include "core/storage/StorageTypes.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QUuid>

namespace fla {

class Workspace;
class BulkStatements;

enum class OutboxOperation
{
    Upsert,
    Delete
};
QString toString(OutboxOperation op); // upsert delete

enum class OutboxState
{
    Pending,
    InFlight,
    Done,
    Failed // given up: needs a person
};
QString toString(OutboxState s); // pending in_flight done failed

// One change waiting to be declared.
struct OutboxEntry
{
    qint64 id = 0;
    QUuid employerUuid;
    RecordKind entity = RecordKind::Employer;
    QUuid recordUuid;
    OutboxOperation operation = OutboxOperation::Upsert;
    QDateTime created;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastError;
    OutboxState state = OutboxState::Pending;
};

// The outbox of one employer. The repositories add a row in the same
// transaction as each record change; the sync engine takes batches from
// here and reports back.
class OutboxRepository
{
public:
    // Pending rows due at the clock's now, oldest first.
    Result<QList<OutboxEntry>> findPendingBatch(int limit) const;
    // Every pending row, taken for declaring by this desktop. On a shared
    // server this desktop first holds the employer (StorageDriver::holdEmployer:
    // its records then reach the platform in their order, workers before the
    // participations naming them) and claims the rows in one statement (in
    // flight, marked with this connection's token), so two desktops never
    // declare the same change. Empty with *heldElsewhere set when another
    // desktop is declaring this employer now. In a file (one process at a
    // time) they are read as they are.
    QList<OutboxEntry> claimPending(QString *error = nullptr, bool *heldElsewhere = nullptr);
    // Lets other desktops declare this employer again (the end of a sync).
    void releaseClaim();
    // Or why they could not be read (logged in fladesk.storage with the statement).
    Result<QList<OutboxEntry>> findEntries(std::optional<OutboxState> state = std::nullopt,
                                           int limit = 1000) const;
    Result<qint64> findCount(std::optional<OutboxState> state = std::nullopt) const;

    bool markInFlight(const QList<qint64> &ids, QString *error = nullptr);
    bool markDone(const QList<qint64> &ids, QString *error = nullptr);
    // attempts + 1 and last_error set; back to pending at retryAt, or Failed
    // for good when retryAt is invalid.
    bool markFailed(qint64 id, const QString &lastError, const QDateTime &retryAt, QString *error = nullptr);
    // In-flight rows of this employer back to pending (after a crash); on a
    // shared server only the rows this connection claimed.
    int resetInFlight();

    // Appends one row (used by the repositories; the caller holds the transaction).
    bool enqueue(RecordKind entity, const QUuid &recordUuid, OutboxOperation op, QString *error);
    // The same row for each of many records (the bulk load): through the
    // engine's own API, many rows per statement, when the driver has one
    // (statements: kept by the load, or null), else row by row.
    bool enqueueAll(RecordKind entity, const QList<QUuid> &recordUuids, OutboxOperation op,
                    BulkStatements *statements, QString *error);

    // The per-record declaration status, kept in the record's own row (a record not stored is a
    // draft), or why it could not be read.
    Result<SyncStatus> findSyncStatus(RecordKind entity, const QUuid &recordUuid) const;
    bool setSyncStatus(RecordKind entity, const QUuid &recordUuid, SyncStatus status,
                       QString *error = nullptr);
    // The same for many records of one kind, a few hundred per statement (the
    // caller holds the transaction). Records that no longer exist are skipped.
    bool setSyncStatuses(RecordKind entity, const QList<QUuid> &recordUuids, SyncStatus status,
                         QString *error = nullptr);
    // The records of this employer that carry anomalies the platform attached
    // (params.source = "platform"): one query instead of one per answer.
    Result<QSet<QUuid>> findRecordsWithPlatformFindings() const;
    // The current state of many records of one kind (Worker, Employment,
    // Training, Participation or TrainingRight) of this employer, read a few
    // hundred per statement: the sync builds its declarations from these
    // instead of one read per record. Missing records are absent.
    template<typename T> Result<QHash<QUuid, T>> findCurrentRecords(const QList<QUuid> &uuids) const;
    Result<qint64> findCountBySyncStatus(RecordKind entity, SyncStatus status) const;

private:
    OutboxRepository(Workspace &ws, const QUuid &employerUuid)
        : m_ws(&ws)
        , m_employer(employerUuid)
    {}
    Workspace *m_ws;
    QUuid m_employer;
    friend class Workspace;
};

} // namespace fla
