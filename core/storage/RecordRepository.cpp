#include "core/storage/RecordRepository.h"

#include "core/common/LogCategories.h"
#include "core/common/Translation.h"
#include "core/domain/FieldLabels.h"
#include "core/storage/AuditRepository.h"
#include "core/storage/OutboxRepository.h"
#include "core/storage/ReadFailure.h"
#include "core/storage/RecordReads.h"
#include "core/storage/RecordTraits.h"
#include "core/storage/StatementCache.h"
#include "core/storage/Transaction.h"
#include "core/storage/Workspace.h"
#include "core/storage/postgres/PostgresMessages.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <vector>

namespace fla {

using namespace storage;

namespace storage {

QString writeError(const QString &recordLabel, const QString &rawEngineText)
{
    const QString engineText = postgres::portableEngineText(rawEngineText);
    auto tr = [](const char *t) { return QCoreApplication::translate("Storage", t); };
    // A participation's training or worker is stored as a row id looked up
    // by uuid: an unknown uuid leaves it NULL.
    if (engineText.contains(QLatin1String("FOREIGN KEY")) ||
        engineText.contains(QLatin1String("NOT NULL constraint failed: participation.training_id")) ||
        engineText.contains(QLatin1String("NOT NULL constraint failed: participation.worker_id")))
        return tr("%1 cannot be saved: it refers to a record that does not exist for this employer, or other "
                  "records still refer to it.")
            .arg(recordLabel);
    if (engineText.contains(QLatin1String("UNIQUE constraint failed: participation.training_id")))
        return tr("%1 cannot be saved: the worker already takes part in this training.").arg(recordLabel);
    if (engineText.contains(QLatin1String("UNIQUE constraint failed")) &&
        engineText.contains(QLatin1String(".uuid")))
        return tr("%1 cannot be saved: another record already has this uuid.").arg(recordLabel);
    static const QRegularExpression check(QStringLiteral("CHECK constraint failed: ([a-z_]+)"));
    const QRegularExpressionMatch m = check.match(engineText);
    if (m.hasMatch())
        return tr("%1 cannot be saved: the field %2 holds a value that is not allowed.")
            .arg(recordLabel, m.captured(1));
    if (engineText.contains(QLatin1String("NOT NULL constraint failed"))) {
        const QString field = engineText.section(QLatin1Char('.'), 1).section(QLatin1Char(' '), 0, 0);
        return tr("%1 cannot be saved: the field %2 is required.").arg(recordLabel, field);
    }
    return tr("%1 cannot be saved: %2").arg(recordLabel, engineText);
}

} // namespace storage

namespace {

constexpr qsizetype kRebuildIndexesFrom = 5000;
// Rows per INSERT on the bulk path.
constexpr int kRowsPerStatement = 32;

QString tr(const char *text)
{
    return translateFrom({"fla::storage", "AuditRepository", "fla"}, text);
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    qCWarning(lcStorage).noquote() << message;
    return false;
}

QString prepareError(const QString &detail)
{
    return tr("The workspace cannot run a query: %1").arg(detail);
}

// The row id of every record of table in the employer's scope, by uuid.
bool rowIdsOfScope(Workspace &ws, const QString &table, const QUuid &employer, QHash<QUuid, qint64> *out,
                   QString *error)
{
    QSqlQuery q(ws.database());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT uuid, id FROM %1 WHERE employer_uuid = ?").arg(table))) {
        *error = q.lastError().text();
        return false;
    }
    q.addBindValue(v(employer));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        out->insert(QUuid::fromString(q.value(0).toString()), q.value(1).toLongLong());
    return true;
}

} // namespace

BulkStatements::BulkStatements() = default;
BulkStatements::~BulkStatements() = default;

BulkStatement *BulkStatements::get(Workspace &ws, const QString &sql, QString *detail)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        std::shared_ptr<BulkStatement> st = ws.driver().prepareBulk(ws.database(), sql, detail);
        if (!st)
            return nullptr;
        it = m_statements.insert(sql, st);
    }
    return it->get();
}

template<typename T> QString RecordRepository<T>::recordsText()
{
    return QCoreApplication::translate("fla::storage", "the %1 records of the company")
        .arg(recordKindLabel(toString(Traits<T>::type)));
}

template<typename T> Result<std::optional<T>> RecordRepository<T>::find(const QUuid &uuid) const
{
    return readFirstRecord<T>(*m_ws, Sql<T>::get().selectByUuid, {v(uuid), v(m_employer)}, recordsText());
}

template<typename T> Result<QList<T>> RecordRepository<T>::findAll() const
{
    return readRecords<T>(*m_ws, Sql<T>::get().selectAll, {v(m_employer)}, recordsText());
}

template<typename T> Result<SyncStatus> RecordRepository<T>::findSyncStatus(const QUuid &uuid) const
{
    return readSyncStatus(*m_ws, Sql<T>::get().syncStatus, {v(uuid), v(m_employer)}, recordsText());
}

template<typename T> Result<qint64> RecordRepository<T>::findVersionForChange(const QUuid &uuid) const
{
    const QString sql = Sql<T>::get().rowVersion + m_ws->driver().lockingRead();
    const Result<QSqlQuery *> q = runRead(*m_ws, sql, {v(uuid), v(m_employer)}, recordsText());
    if (!q)
        return q.failure();
    const qint64 version = (*q)->next() ? (*q)->value(0).toLongLong() : 0;
    (*q)->finish();
    return version;
}

template<typename T> Result<qint64> RecordRepository<T>::findCount() const
{
    return readCount(*m_ws, Sql<T>::get().countAll, {v(m_employer)}, recordsText());
}

template<typename T> bool RecordRepository<T>::keepLoadCreation(const QUuid &uuid, QString *error)
{
    if constexpr (std::is_same_v<T, Employer>) {
        Q_UNUSED(uuid);
        Q_UNUSED(error);
        return true; // employers are never bulk-created
    } else {
        return m_ws->audit(m_employer)
            .keepLoadCreation(Traits<T>::type, QString::fromLatin1(Traits<T>::table()), uuid, error);
    }
}

template<typename T>
bool RecordRepository<T>::writeOne(const T &record, const BulkOptions &options, BulkStats *stats, bool lookup,
                                   QString *error, bool restoring, qint64 createdIn)
{
    const Sql<T> &sql = Sql<T>::get();
    T rec = record;
    if (rec.uuid.isNull())
        return fail(error, tr("%1 cannot be saved: it has no uuid.").arg(Traits<T>::label(rec)));
    if (m_employer.isNull())
        return fail(error, tr("%1 cannot be saved without an employer.").arg(Traits<T>::label(rec)));
    if (Traits<T>::employerOf(rec).isNull())
        Traits<T>::setEmployer(rec, m_employer);
    if (Traits<T>::employerOf(rec) != m_employer)
        return fail(
            error,
            tr("%1 belongs to another employer than the one being edited.").arg(Traits<T>::label(rec)));

    QString detail;
    std::optional<T> before;
    if (lookup) {
        QSqlQuery *q = m_ws->statements().get(sql.ownerByUuid, &detail);
        if (!q)
            return fail(error, prepareError(detail));
        q->bindValue(0, v(rec.uuid));
        if (!q->exec())
            return fail(error, writeError(Traits<T>::label(rec), q->lastError().text()));
        const bool found = q->next();
        const QUuid owner = found ? uuidAt(*q, 0) : QUuid();
        q->finish();
        if (found && owner != m_employer)
            return fail(error, tr("%1 cannot be saved: its uuid belongs to a record of another employer.")
                                   .arg(Traits<T>::label(rec)));
        if (found) {
            Result<std::optional<T>> stored = find(rec.uuid);
            if (!stored)
                return fail(error, stored.error());
            before = std::move(stored).value();
        }
    }

    // A record created by a bulk load is audited by the load's entry.
    const bool audit = options.auditEachRecord && createdIn <= 0;
    QJsonObject afterJson, beforeJson;
    if (audit || before)
        afterJson = recordjson::toJson(rec);
    if (before) {
        beforeJson = recordjson::toJson(*before);
        if (beforeJson == afterJson) {
            if (stats)
                ++stats->unchanged;
            return true;
        }
    }

    Values vals;
    Traits<T>::values(rec, vals);
    const QString status = toString(options.queueForSync ? SyncStatus::Queued : SyncStatus::Draft);
    if (before && !keepLoadCreation(rec.uuid, error))
        return false;
    QSqlQuery *q = m_ws->statements().get(before ? sql.update : sql.insert, &detail);
    if (!q)
        return fail(error, prepareError(detail));
    if (before) {
        int i = 0;
        for (qsizetype c = 1; c < vals.size(); ++c)
            q->bindValue(i++, vals.at(c));
        q->bindValue(i++, status);
        q->bindValue(i, vals.at(0));
    } else {
        int i = 0;
        for (const QVariant &x : vals)
            q->bindValue(i++, x);
        q->bindValue(i++, status);
        if constexpr (!std::is_same_v<T, Employer>)
            q->bindValue(i, createdIn > 0 ? QVariant(createdIn) : QVariant());
    }
    if (!q->exec())
        return fail(error, writeError(Traits<T>::label(rec), q->lastError().text()));
    if (stats)
        ++(before ? stats->updated : stats->inserted);

    if (audit) {
        const ChangeKind kind = restoring ? ChangeKind::Restore
                                : before  ? ChangeKind::Update
                                          : ChangeKind::Create;
        if (!m_ws->audit(m_employer).append(Traits<T>::type, rec.uuid, kind, beforeJson, afterJson, error))
            return false;
    }
    if (options.queueForSync) {
        if (!m_ws->outbox(m_employer).enqueue(Traits<T>::type, rec.uuid, OutboxOperation::Upsert, error))
            return false;
    }
    return true;
}

template<typename T> bool RecordRepository<T>::save(const T &record, QString *error)
{
    return saveAll(QList<T>{record}, error);
}

template<typename T> bool RecordRepository<T>::saveAll(const QList<T> &records, QString *error)
{
    Transaction tx(*m_ws);
    if (!tx.isActive())
        return fail(error, tr("The workspace is busy: the change could not start."));
    BulkOptions options;
    options.auditEachRecord = true;
    options.queueForSync = m_ws->queueChanges();
    for (const T &r : records) {
        if (!writeOne(r, options, nullptr, true, error))
            return false;
    }
    return tx.commit(error);
}

template<typename T>
bool RecordRepository<T>::upsertAll(const QList<T> &records, const BulkOptions &options, BulkStats *stats,
                                    QString *error)
{
    if (records.isEmpty())
        return true; // nothing to write, nothing to audit
    Transaction tx(*m_ws);
    if (!tx.isActive())
        return fail(error, tr("The workspace is busy: the change could not start."));
    bool lookup = !options.intoEmptyTable && !options.newInScope;
    if (lookup) {
        if (QSqlQuery *q = m_ws->statements().get(Sql<T>::get().anyOfScope)) {
            q->bindValue(0, v(m_employer));
            lookup = !q->exec() || q->next();
            q->finish();
        }
    }
    // A big load into an empty table: its secondary indexes are built once
    // at the end (a sort) instead of row by row.
    const QString table = QString::fromLatin1(Traits<T>::table());
    QList<IndexDefinition> rebuild;
    if (!lookup && !options.intoEmptyTable && !options.newInScope &&
        !beginBigLoad(*m_ws, records.size(), &rebuild, error))
        return false;
    QElapsedTimer phase;
    phase.start();
    // Nothing of this employer yet: the records' creation is audited by one
    // entry for the load, which each of them points to.
    qint64 load = options.auditLoad;
    const bool ownLoad = load <= 0;
    if (ownLoad && !lookup && options.auditEachRecord && !std::is_same_v<T, Employer>) {
        load = m_ws->audit(m_employer).beginLoad(Traits<T>::type, error);
        if (load <= 0)
            return false;
    }
    // Every record is an insert, bound through the engine's own API when the
    // driver has one (else through Qt SQL).
    const int native = lookup ? -1 : insertAllNative(records, options, stats, load, error);
    if (native == 0)
        return false;
    if (!lookup)
        qCDebug(lcStorage).noquote() << records.size() << table << "records bound through"
                                     << (native > 0 ? "the engine's API" : "Qt SQL") << "in"
                                     << phase.restart() << "ms";
    if (native < 0) {
        for (const T &r : records) {
            if (!writeOne(r, options, stats, lookup, error, false, load))
                return false;
        }
    }
    if (ownLoad && load > 0 && !m_ws->audit(m_employer).finishLoad(load, records.size(), error))
        return false;
    if (!finishBigLoad(*m_ws, rebuild, error))
        return false;
    return tx.commit(error);
}

bool beginBigTableLoad(Workspace &ws, const QString &table, qsizetype records,
                       QList<IndexDefinition> *dropped, QString *error, bool keepEmployerScope)
{
    dropped->clear();
    if (records < kRebuildIndexesFrom)
        return true;
    const QList<IndexDefinition> indexes = ws.driver().rebuildableIndexes(table);
    if (indexes.isEmpty())
        return true; // the engine keeps them (PostgreSQL)
    QSqlQuery any(ws.database());
    if (!any.exec(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(table)) || any.next())
        return true; // not empty (or unreadable: the ordinary path reports it)
    // A parent table (workers, trainings) keeps its indexes while references
    // are checked row by row: the engine needs the parent key's index for
    // every insert, into the parent as into its children ("foreign key mismatch").
    if (table == QLatin1String("worker") || table == QLatin1String("training")) {
        QSqlQuery fk(ws.database());
        if (!fk.exec(QStringLiteral("PRAGMA foreign_keys")) || !fk.next() || fk.value(0).toInt() != 0)
            return true;
    }
    bool scopeKept = !keepEmployerScope;
    for (const IndexDefinition &ix : indexes) {
        // Its rows go in one employer at a time, side by side in this index: cheap to keep up.
        if (!scopeKept && ix.createSql.contains(QStringLiteral("(employer_uuid"))) {
            scopeKept = true;
            continue;
        }
        QSqlQuery drop(ws.database());
        if (!drop.exec(QStringLiteral("DROP INDEX %1").arg(ix.name)))
            return fail(error, writeError(table, drop.lastError().text()));
        dropped->append(ix);
    }
    ws.statements().clear(); // prepared statements refer to the old schema
    return true;
}

bool finishBigTableLoad(Workspace &ws, const QString &table, const QList<IndexDefinition> &dropped,
                        QString *error)
{
    if (dropped.isEmpty())
        return true;
    QElapsedTimer timer;
    timer.start();
    for (const IndexDefinition &ix : dropped) {
        QSqlQuery create(ws.database());
        if (!create.exec(ix.createSql))
            return fail(error,
                        writeError(tr("The %1 records being loaded").arg(table), create.lastError().text()));
    }
    ws.statements().clear(); // prepared statements refer to the old schema
    qCDebug(lcStorage).noquote() << table << "indexes built in" << timer.elapsed() << "ms";
    return true;
}

template<typename T>
bool RecordRepository<T>::beginBigLoad(Workspace &ws, qsizetype records, QList<IndexDefinition> *dropped,
                                       QString *error, bool keepEmployerScope)
{
    return beginBigTableLoad(ws, QString::fromLatin1(Traits<T>::table()), records, dropped, error,
                             keepEmployerScope);
}

template<typename T>
bool RecordRepository<T>::finishBigLoad(Workspace &ws, const QList<IndexDefinition> &dropped, QString *error)
{
    return finishBigTableLoad(ws, QString::fromLatin1(Traits<T>::table()), dropped, error);
}

template<typename T>
int RecordRepository<T>::insertAllNative(const QList<T> &records, const BulkOptions &options,
                                         BulkStats *stats, qint64 createdIn, QString *error)
{
    if constexpr (std::is_same_v<T, Employer>) {
        return -1; // few, and scoped by their own uuid: the ordinary path
    } else {
        if (m_employer.isNull())
            return -1;
        StorageDriver &driver = m_ws->driver();
        QString detail;
        // Prepared here for this group, or kept by the load for all of them.
        std::unique_ptr<BulkStatement> ownInsert, ownMany;
        const auto prepare = [&](const QString &sql, std::unique_ptr<BulkStatement> &own) -> BulkStatement * {
            if (options.statements)
                return options.statements->get(*m_ws, sql, &detail);
            own = driver.prepareBulk(m_ws->database(), sql, &detail);
            return own.get();
        };
        BulkStatement *insert = prepare(Sql<T>::get().insertResolved, ownInsert);
        if (!insert)
            return detail.isEmpty() ? -1 : (fail(error, prepareError(detail)), 0);
        const QByteArray status =
            toString(options.queueForSync ? SyncStatus::Queued : SyncStatus::Draft).toUtf8();
        const int statusColumn = int(Traits<T>::columns().size());
        const int rowColumns = statusColumn + 2; // the record's, its sync status, created_in
        // Many rows per statement: SQLite runs one statement per row through
        // its whole prologue and epilogue; the tail goes row by row.
        BulkStatement *many = nullptr;
        if (records.size() >= kRowsPerStatement) {
            many = prepare(Sql<T>::get().insertResolvedRows(kRowsPerStatement), ownMany);
            if (!many)
                return fail(error, prepareError(detail)), 0;
        }
        // The same for every row (bindings stay across steps): the status,
        // and the load's audit entry or none (the caller audits nothing).
        for (BulkStatement *st : {insert, many}) {
            for (int row = 0; st && row < (st == many ? kRowsPerStatement : 1); ++row) {
                const int at = row * rowColumns + statusColumn;
                st->bindText(at, status.constData(), int(status.size()));
                if (createdIn > 0)
                    st->bindInt(at + 1, createdIn);
                else
                    st->bindNull(at + 1);
            }
        }
        QHash<QUuid, qint64> trainingIds, workerIds;
        if constexpr (std::is_same_v<T, Participation>) {
            if (!rowIdsOfScope(*m_ws, QStringLiteral("training"), m_employer, &trainingIds, &detail) ||
                !rowIdsOfScope(*m_ws, QStringLiteral("worker"), m_employer, &workerIds, &detail))
                return fail(error, prepareError(detail)), 0;
        }
        QUuid lastTraining;
        qint64 lastTrainingId = -1;
        Binder single(*insert);
        std::vector<Binder> rows;
        if (many) {
            rows.reserve(kRowsPerStatement);
            for (int row = 0; row < kRowsPerStatement; ++row)
                rows.emplace_back(*many, row * rowColumns);
        }
        // Binds one record; false with error set when it cannot be stored.
        auto bindRecord = [&](const T &original, Binder &b) {
            const T *rec = &original;
            std::optional<T> scoped;
            if (Traits<T>::employerOf(original).isNull()) {
                scoped = original;
                Traits<T>::setEmployer(*scoped, m_employer);
                rec = &*scoped;
            }
            if (rec->uuid.isNull())
                return fail(error, tr("%1 cannot be saved: it has no uuid.").arg(Traits<T>::label(*rec)));
            if (Traits<T>::employerOf(*rec) != m_employer)
                return fail(error, tr("%1 belongs to another employer than the one being edited.")
                                       .arg(Traits<T>::label(*rec)));
            b.start();
            if constexpr (std::is_same_v<T, Participation>) {
                // Resolved within the employer: a reference to another
                // employer's record is as unknown as a missing one.
                // A training's participants usually come one after another.
                if (rec->trainingUuid != lastTraining) {
                    lastTraining = rec->trainingUuid;
                    lastTrainingId = trainingIds.value(lastTraining, -1);
                }
                const qint64 training = lastTrainingId, worker = workerIds.value(rec->workerUuid, -1);
                if (training < 0 || worker < 0)
                    return fail(error, writeError(Traits<T>::label(*rec),
                                                  QStringLiteral("FOREIGN KEY constraint failed")));
                Traits<T>::bind(*rec, training, worker, b);
            } else {
                Traits<T>::bind(*rec, b);
            }
            return true;
        };
        // One by one: the engine's refusal then names its record.
        auto insertEach = [&](qsizetype from, qsizetype to) {
            for (qsizetype i = from; i < to; ++i) {
                if (!bindRecord(records.at(i), single))
                    return false;
                if (!insert->step(&detail))
                    return fail(error, writeError(Traits<T>::label(records.at(i)), detail));
            }
            return true;
        };
        // A streamed load (PostgreSQL's COPY) is ended on every way out: no
        // other statement may run on the connection while it is open.
        struct StreamEnd
        {
            BulkStatement *statement;
            ~StreamEnd()
            {
                QString ignored;
                qint64 row = -1;
                statement->finish(&ignored, &row);
            }
        } streamEnd{insert};
        QList<QUuid> queued; // their outbox rows, written after them
        if (options.queueForSync)
            queued.reserve(records.size());
        qsizetype done = 0;
        while (done < records.size()) {
            qsizetype next = done + 1;
            if (many && records.size() - done >= kRowsPerStatement) {
                next = done + kRowsPerStatement;
                for (qsizetype i = done; i < next; ++i) {
                    if (!bindRecord(records.at(i), rows[size_t(i - done)]))
                        return 0;
                }
                // A refused row aborts only this statement: find it.
                if (!many->step(&detail) && !insertEach(done, next))
                    return 0;
            } else if (!insertEach(done, next)) {
                return 0;
            }
            for (qsizetype i = done; i < next; ++i) {
                if (stats) {
                    ++stats->inserted;
                    if constexpr (std::is_same_v<T, Participation>)
                        ++stats->resolvedInScope;
                }
                if (options.queueForSync)
                    queued.append(records.at(i).uuid);
            }
            done = next;
        }
        qint64 refused = -1;
        if (!insert->finish(&detail, &refused))
            return fail(error, writeError(refused >= 0 && refused < records.size()
                                              ? Traits<T>::label(records.at(refused))
                                              : QString::fromLatin1(Traits<T>::table()),
                                          detail)),
                   0;
        if (!queued.isEmpty() &&
            !m_ws->outbox(m_employer)
                 .enqueueAll(Traits<T>::type, queued, OutboxOperation::Upsert, options.statements, error))
            return 0;
        return 1;
    }
}

template<typename T> bool RecordRepository<T>::removeOne(const QUuid &uuid, QString *error)
{
    const Result<std::optional<T>> stored = find(uuid);
    if (!stored)
        return fail(error, stored.error());
    const std::optional<T> &before = *stored;
    if (!before)
        return fail(error, tr("The %1 %2 does not exist for this employer.")
                               .arg(toString(Traits<T>::type), uuid.toString(QUuid::WithoutBraces)));
    if (!keepLoadCreation(uuid, error))
        return false;
    QString detail;
    QSqlQuery *q = m_ws->statements().get(Sql<T>::get().remove, &detail);
    if (!q)
        return fail(error, prepareError(detail));
    q->bindValue(0, v(uuid));
    q->bindValue(1, v(m_employer));
    if (!q->exec()) {
        const QString engine = postgres::portableEngineText(q->lastError().text());
        if (engine.contains(QLatin1String("FOREIGN KEY")))
            return fail(error, tr("%1 cannot be deleted: other records (participations, employments, rights) "
                                  "still refer to it.")
                                   .arg(Traits<T>::label(*before)));
        return fail(error, writeError(Traits<T>::label(*before), engine));
    }
    QSqlQuery *a = m_ws->statements().get(
        QStringLiteral("DELETE FROM anomaly WHERE record_uuid = ? AND employer_uuid = ?"), &detail);
    if (!a)
        return fail(error, prepareError(detail));
    a->bindValue(0, v(uuid));
    a->bindValue(1, v(m_employer));
    if (!a->exec())
        return fail(error, writeError(Traits<T>::label(*before), a->lastError().text()));
    if (!m_ws->audit(m_employer)
             .append(Traits<T>::type, uuid, ChangeKind::Delete, recordjson::toJson(*before), QJsonObject(),
                     error))
        return false;
    if (m_ws->queueChanges() && Traits<T>::type != RecordKind::Employer &&
        !m_ws->outbox(m_employer).enqueue(Traits<T>::type, uuid, OutboxOperation::Delete, error))
        return false;
    return true;
}

template<typename T> bool RecordRepository<T>::remove(const QUuid &uuid, QString *error)
{
    Transaction tx(*m_ws);
    if (!tx.isActive())
        return fail(error, tr("The workspace is busy: the change could not start."));
    if (!removeOne(uuid, error))
        return false;
    return tx.commit(error);
}

template class RecordRepository<Employer>;
template class RecordRepository<Worker>;
template class RecordRepository<Employment>;
template class RecordRepository<Training>;
template class RecordRepository<Participation>;
template class RecordRepository<TrainingRight>;

} // namespace fla
