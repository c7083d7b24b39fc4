#pragma once

#include "core/common/Result.h"
#include "core/storage/StorageDriver.h"
#include "core/storage/StorageTypes.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QUuid>
#include <memory>
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

// Bulk statements prepared once for every group a load writes (BulkLoad
// keeps them): preparing a statement of 32 rows costs what binding a few
// hundred rows does, and an office's employers are many small groups.
class BulkStatements
{
public:
    BulkStatements();
    ~BulkStatements();
    // The statement for sql, prepared on first use; null with detail set
    // when it cannot be prepared, null with detail empty when the driver has
    // no native path.
    BulkStatement *get(Workspace &ws, const QString &sql, QString *detail);

private:
    QHash<QString, std::shared_ptr<BulkStatement>> m_statements;
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
    // Where the bulk statements are kept over the groups of a load (null:
    // prepared for each group).
    BulkStatements *statements = nullptr;
};

// A load of `records` rows into table: when the table is empty and the load
// big, its secondary indexes are dropped now (returned in dropped), to be
// built by finishBigTableLoad once the rows are in, one sort each instead of
// upkeep row by row. keepEmployerScope: one index led by the employer is kept
// (the load reads the table by employer between its parts). The schema after
// finishBigTableLoad is the one before.
bool beginBigTableLoad(Workspace &ws, const QString &table, qsizetype records,
                       QList<IndexDefinition> *dropped, QString *error, bool keepEmployerScope = false);
bool finishBigTableLoad(Workspace &ws, const QString &table, const QList<IndexDefinition> &dropped,
                        QString *error);

// The operations every record type shares, bound to one employer. T is one
// of the entities of domain/Entities.h. Every write runs in one transaction
// with its audit entry and (when the workspace queues changes) its outbox
// row. A record of another employer is neither read nor written: save()
// refuses it with a message naming the record.
template<typename T> class RecordRepository
{
public:
    QUuid employerUuid() const { return m_employer; }

    // The record (nullopt when the employer has none with this uuid), or why it could not be
    // read (logged in fladesk.storage with the statement).
    Result<std::optional<T>> find(const QUuid &uuid) const;
    // Every record of the employer, in creation order, or why they could not be read. For big
    // tables use the paged reads of the derived repositories.
    Result<QList<T>> findAll() const;
    Result<SyncStatus> findSyncStatus(const QUuid &uuid) const;
    // The record's stored version (T::rowVersion; 0 when the employer has none with this
    // uuid), or why it could not be read. Inside a write transaction, another connection's
    // change of the record waits until this transaction ends (StorageDriver::lockingRead).
    Result<qint64> findVersionForChange(const QUuid &uuid) const;

    // How many records the employer has, or why they could not be counted.
    Result<qint64> findCount() const;

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
    // keepEmployerScope: one index led by the employer is kept (a load in
    // parts reads an employer's rows of the table between its parts).
    static bool beginBigLoad(Workspace &ws, qsizetype records, QList<IndexDefinition> *dropped,
                             QString *error, bool keepEmployerScope = false);
    static bool finishBigLoad(Workspace &ws, const QList<IndexDefinition> &dropped, QString *error);

    // What a read of this kind of record is called in a message ("the trainings of the company").
    static QString recordsText();

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
