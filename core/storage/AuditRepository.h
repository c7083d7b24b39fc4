#pragma once

#include "storage/RecordRepository.h"
#include "storage/StorageTypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QUuid>

namespace fla {

class Workspace;

// One change of one record.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; // UTC
    QString userProfile;
    QUuid employerUuid;
    EntityType entity = EntityType::Employer;
    QUuid recordUuid;
    ChangeKind change = ChangeKind::Create;
    QUuid changeSet;    // shared by the entries of one transaction
    QJsonObject before; // empty for a create
    QJsonObject after;  // empty for a delete
};

// The audit trail of one employer: append-only, written by the repositories
// in the same transaction as the change.
class AuditRepository
{
public:
    // Oldest first. The after-state of a bulk load's compact create entry
    // is filled in (see completeCreates).
    QList<AuditEntry> history(const QUuid &recordUuid) const;
    // Newest first.
    QList<AuditEntry> recent(int limit = 100) const;
    qint64 count() const;

    // Whether the record is deleted now and its last state is in the trail.
    bool canRestore(const QUuid &recordUuid) const;
    // Restores a deleted record to its state before the delete, with every
    // record deleted in the same change set (a training's participations),
    // in one transaction. Audited as "restore" and queued like any change.
    bool restoreDeleted(const QUuid &recordUuid, QString *error = nullptr);

    // Appends one entry (used by the repositories; the caller holds the
    // transaction).
    bool append(EntityType entity, const QUuid &recordUuid, ChangeKind change, const QJsonObject &before,
                const QJsonObject &after, QString *error);

private:
    AuditRepository(Workspace &ws, const QUuid &employerUuid)
        : m_ws(&ws)
        , m_employer(employerUuid)
    {}
    QList<AuditEntry> historyAsStored(const QUuid &recordUuid) const;
    void completeCreates(QList<AuditEntry> &entries) const;
    QJsonObject currentState(EntityType entity, const QUuid &recordUuid) const;
    template<typename T>
    static bool restoreRecord(RecordRepository<T> &repo, const QJsonObject &before, QString *error);

    Workspace *m_ws;
    QUuid m_employer;
    friend class Workspace;
};

} // namespace fla
