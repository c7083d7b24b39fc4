#pragma once

#include "storage/StorageDriver.h"
#include "storage/StorageTypes.h"

#include <QList>
#include <QString>
#include <QUuid>
#include <optional>

namespace fla {

class Workspace;

// What a bulk write did.
struct BulkStats
{
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    // Records whose references the write resolved itself, inside the
    // employer's scope: they need no reference check afterwards.
    qint64 resolvedInScope = 0;
};

struct BulkOptions
{
    // One audit entry per created or changed record (else none: the caller
    // audits the load as a whole).
    bool auditEachRecord = true;
    // Add outbox rows and mark the records queued (else they stay draft).
    bool queueForSync = false;
    // Set by a load of many employers into an empty table (beginBigLoad): the
    // employer has none of these records yet and the table's indexes are built
    // once after every employer's records, so no look-up and no index upkeep per group.
    bool intoEmptyTable = false;
    // Set by a load in parts (BulkLoad) for an employer that held none of
    // these records when the load began: the records are all new (no look-up
    // per record), and auditLoad is the load's audit entry for the employer
    // and kind, kept over every part (0: upsertAll makes and finishes its own).
    bool newInScope = false;
    qint64 auditLoad = 0;
};

// The operations every record type shares, bound to one employer. T is one
// of the entities of domain/Entities.h. Every write runs in one transaction
// with its audit entry and (when the workspace queues changes) its outbox
// row. A record of another employer is neither read nor written: save()
// refuses it with a message naming the record.
template<typename T> class RecordRepository
{
public:
    QUuid employerUuid() const { return m_employer; }

    std::optional<T> get(const QUuid &uuid) const;
    bool contains(const QUuid &uuid) const;
    // Every record of the employer, in creation order. For big tables use the
    // paged reads of the derived repositories.
    QList<T> list() const;
    qint64 count() const;

    // Creates or updates (by uuid). An unchanged record writes nothing.
    bool save(const T &record, QString *error = nullptr);
    // Many records in one transaction; all or nothing.
    bool saveAll(const QList<T> &records, QString *error = nullptr);
    // The bulk path (imports): reused statements, one transaction, upsert by
    // uuid so a second load of the same records changes nothing.
    bool upsertAll(const QList<T> &records, const BulkOptions &options, BulkStats *stats,
                   QString *error = nullptr);
    // Deletes the record (audited with its last state, so it can be restored).
    bool remove(const QUuid &uuid, QString *error = nullptr);

    // A load of `records` records of many employers: when the table is empty
    // and the load big, its secondary indexes are dropped now (returned in
    // dropped) and built by finishBigLoad after every employer's upsertAll
    // with BulkOptions::intoEmptyTable, one sort each instead of upkeep row by row.
    static bool beginBigLoad(Workspace &ws, qsizetype records, QList<IndexDefinition> *dropped,
                             QString *error);
    static bool finishBigLoad(Workspace &ws, const QList<IndexDefinition> &dropped, QString *error);

    SyncStatus syncStatus(const QUuid &uuid) const;

protected:
    RecordRepository(Workspace &ws, const QUuid &employerUuid)
        : m_ws(&ws)
        , m_employer(employerUuid)
    {}
    // The write path without its own transaction (the caller holds one).
    // createdIn: the bulk load's audit entry that covers this record's
    // creation (then no entry of its own), or 0.
    bool writeOne(const T &record, const BulkOptions &options, BulkStats *stats, bool lookup, QString *error,
                  bool restoring = false, qint64 createdIn = 0);
    bool removeOne(const QUuid &uuid, QString *error);
    // Inserts every record (none exists yet) through the driver's native
    // bulk statements: 1 done, 0 failed (error set), -1 no native path.
    int insertAllNative(const QList<T> &records, const BulkOptions &options, BulkStats *stats,
                        qint64 createdIn, QString *error);
    // Before a record created by a bulk load changes for the first time, its
    // creation is copied into the audit trail (AuditRepository).
    bool keepLoadCreation(const QUuid &uuid, QString *error);

    Workspace *m_ws;
    QUuid m_employer;

    friend class Workspace;
    friend class AuditRepository;
    friend class TrainingRepository;
    friend class EmployerRepository;
};

} // namespace fla
