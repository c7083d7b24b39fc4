#pragma once

#include "core/common/Result.h"

#include "core/storage/RecordRepository.h"
#include "core/storage/StorageTypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QUuid>
#include <optional>

namespace fla {

class Workspace;

// One change of one record.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; // UTC
    QString userProfile;
    QUuid employerUuid;
    RecordKind entity = RecordKind::Employer;
    QUuid recordUuid;
    ChangeKind change = ChangeKind::Create;
    QUuid changeSet;    // shared by the entries of one transaction
    QJsonObject before; // empty for a create
    QJsonObject after;  // empty for a delete
    // A bulk load's entry in recent(): the number of records it created
    // (recordUuid is then null). 1 for every other entry.
    qint64 records = 1;
};

// The audit trail of one employer: append-only, written by the repositories
// in the same transaction as the change.
class AuditRepository
{
public:
    // Oldest first. A record created by a bulk load starts with the load's
    // entry; the after-state of a create entry without one (bulk creates)
    // is filled in (see completeCreates).
    // Or why it could not be read (logged in fladesk.storage with the statement).
    Result<QList<AuditEntry>> findHistory(const QUuid &recordUuid) const;
    // Newest first; a bulk load is one entry.
    Result<QList<AuditEntry>> findRecent(int limit = 100) const;
    // Entries stored: one per change, one per bulk load.
    Result<qint64> findCount() const;

    // Whether the record is deleted now and its last state is in the trail.
    Result<bool> canRestore(const QUuid &recordUuid) const;
    // Restores a deleted record to its state before the delete, with every
    // record deleted in the same change set (a training's participations),
    // in one transaction. Audited as "restore" and queued like any change.
    bool restoreDeleted(const QUuid &recordUuid, QString *error = nullptr);

    // Appends one entry (used by the repositories; the caller holds the
    // transaction).
    bool append(RecordKind entity, const QUuid &recordUuid, ChangeKind change, const QJsonObject &before,
                const QJsonObject &after, QString *error);

    // A bulk load's one entry for the records of one kind it creates (who,
    // when, which employer, which change set): its id, which those records
    // store (created_in), or 0 with error set. finishLoad records how many.
    qint64 beginLoad(RecordKind entity, QString *error);
    bool finishLoad(qint64 load, qint64 records, QString *error);
    // Before the first change of a record that a bulk load created: its
    // creation becomes an entry of its own (the load's time, user and change
    // set), so it stays in the history in order, also once the record is
    // deleted. Nothing for other records.
    bool keepLoadCreation(RecordKind entity, const QString &table, const QUuid &recordUuid, QString *error);

private:
    AuditRepository(Workspace &ws, const QUuid &employerUuid)
        : m_ws(&ws)
        , m_employer(employerUuid)
    {}
    Result<QList<AuditEntry>> historyAsStored(const QUuid &recordUuid) const;
    // The creation of a record that a bulk load created and that has not
    // changed since.
    Result<std::optional<AuditEntry>> loadCreation(const QUuid &recordUuid) const;
    Result<void> completeCreates(QList<AuditEntry> &entries) const;
    // The record as stored now, as audit JSON ({}: not stored).
    Result<QJsonObject> currentState(RecordKind entity, const QUuid &recordUuid) const;
    template<typename T>
    static bool restoreRecord(RecordRepository<T> &repo, const QJsonObject &before, QString *error);

    Workspace *m_ws;
    QUuid m_employer;
    friend class Workspace;
};

} // namespace fla
