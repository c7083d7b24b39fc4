#include "storage/BulkLoader.h"

#include "common/LogCategories.h"
#include "storage/EmployerRepository.h"
#include "storage/EmploymentRepository.h"
#include "storage/ParticipationRepository.h"
#include "storage/RecordTraits.h"
#include "storage/TrainingRepository.h"
#include "storage/TrainingRightRepository.h"
#include "storage/Transaction.h"
#include "storage/WorkerRepository.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSqlQuery>

namespace fla {

qint64 BulkLoadResult::total() const
{
    qint64 n = 0;
    for (const BulkStats *s : {&employers, &workers, &employments, &trainings, &participations, &rights})
        n += s->inserted + s->updated + s->unchanged;
    return n;
}

namespace {

template<typename T> QHash<QUuid, QList<T>> byEmployer(const QList<T> &records)
{
    QHash<QUuid, QList<T>> out;
    for (const T &r : records)
        out[r.employerUuid].append(r);
    return out;
}

template<typename T, typename Repo>
bool loadGroup(Workspace &ws, const QList<T> &records, Repo (Workspace::*repo)(const QUuid &),
               const BulkOptions &options, BulkStats &stats, QString *error)
{
    if (records.isEmpty())
        return true;
    // Most sets hold one employer: no copy then.
    const QUuid first = records.constFirst().employerUuid;
    bool single = true;
    for (const T &r : records) {
        if (r.employerUuid != first) {
            single = false;
            break;
        }
    }
    if (single) {
        Repo r = (ws.*repo)(first);
        return r.upsertAll(records, options, &stats, error);
    }
    // Many employers into an empty table (an office's first load): the
    // table's indexes are built once after all of them, not kept up row by row.
    QList<IndexDefinition> dropped;
    if (!RecordRepository<T>::beginBigLoad(ws, records.size(), &dropped, error))
        return false;
    BulkOptions groupOptions = options;
    groupOptions.intoEmptyTable = !dropped.isEmpty();
    const QHash<QUuid, QList<T>> groups = byEmployer(records);
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        Repo r = (ws.*repo)(it.key());
        if (!r.upsertAll(it.value(), groupOptions, &stats, error))
            return false;
    }
    return RecordRepository<T>::finishBigLoad(ws, dropped, error);
}

// From this many records, references are checked once for the whole set.
constexpr qint64 kCheckReferencesOnceFrom = 5000;

template<typename T> QString labelOf(const QList<T> &records, const QUuid &uuid, const QString &table)
{
    for (const T &r : records) {
        if (r.uuid == uuid)
            return storage::Traits<T>::label(r);
    }
    return QStringLiteral("%1 %2").arg(table, uuid.toString(QUuid::WithoutBraces));
}

// Whether the tables the set's records go into are all empty.
bool holdsNoRecords(Workspace &ws, const DataSet &set)
{
    const std::pair<const char *, bool> tables[] = {{"worker", !set.workers.isEmpty()},
                                                    {"training", !set.trainings.isEmpty()},
                                                    {"employment", !set.employments.isEmpty()},
                                                    {"participation", !set.participations.isEmpty()},
                                                    {"training_right", !set.rights.isEmpty()}};
    for (const auto &[table, loaded] : tables) {
        if (!loaded)
            continue;
        QSqlQuery any(ws.database());
        if (!any.exec(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(QLatin1String(table))) || any.next())
            return false;
    }
    return true;
}

// Every reference of the tables a load wrote, checked in one pass per table
// inside the load's transaction: a broken one fails the load, naming the record.
bool checkReferences(Workspace &ws, const DataSet &set, const BulkLoadResult &result, QString *error)
{
    QStringList tables = {QStringLiteral("worker"), QStringLiteral("training"), QStringLiteral("employment"),
                          QStringLiteral("training_right")};
    // Participations bound with their training's and worker's row ids looked
    // up in the employer's own records are right by construction (and their
    // employer is their training's, checked above).
    const BulkStats &p = result.participations;
    if (p.resolvedInScope != p.inserted + p.updated + p.unchanged)
        tables << QStringLiteral("participation");
    for (const QString &table : tables) {
        QString detail;
        const QList<ForeignKeyViolation> found =
            ws.driver().foreignKeyViolations(ws.database(), table, 1, &detail);
        if (found.isEmpty())
            continue;
        const ForeignKeyViolation &v = found.constFirst();
        if (v.row < 0) {
            *error = storage::writeError(table, detail);
            return false;
        }
        QUuid uuid;
        QSqlQuery q(ws.database());
        q.prepare(QStringLiteral("SELECT uuid FROM %1 WHERE id = ?").arg(v.table));
        q.addBindValue(v.row);
        if (q.exec() && q.next())
            uuid = QUuid::fromString(q.value(0).toString());
        QString label;
        if (v.table == QLatin1String("participation"))
            label = labelOf(set.participations, uuid, v.table);
        else if (v.table == QLatin1String("worker"))
            label = labelOf(set.workers, uuid, v.table);
        else if (v.table == QLatin1String("training"))
            label = labelOf(set.trainings, uuid, v.table);
        else if (v.table == QLatin1String("employment"))
            label = labelOf(set.employments, uuid, v.table);
        else
            label = labelOf(set.rights, uuid, v.table);
        *error = storage::writeError(label, QStringLiteral("FOREIGN KEY constraint failed"));
        return false;
    }
    return true;
}

} // namespace

BulkLoadResult loadDataSet(Workspace &ws, const DataSet &set, const BulkOptions &options)
{
    BulkLoadResult result;
    QElapsedTimer timer;
    timer.start();
    const qint64 size = set.employers.size() + set.workers.size() + set.employments.size() +
                        set.trainings.size() + set.participations.size() + set.rights.size();
    // A big set into empty tables: references checked once per table before
    // the commit, not row by row (only possible outside an enclosing
    // transaction). Into tables that already hold records they stay checked
    // row by row: a whole-table check would cost what is there, not what is loaded.
    const bool outside = size >= kCheckReferencesOnceFrom && ws.transactionDepth() == 0;
    const bool checkOnce =
        outside && holdsNoRecords(ws, set) && ws.driver().setForeignKeyChecks(ws.database(), false);
    // ... and written through the engine's journal for big writes, when it
    // has one and this is the workspace's only connection.
    const bool bigWrites = outside && ws.driver().setBigWriteJournal(ws.database(), true);
    Transaction tx(ws);
    ws.driver().beginBulk(ws.database());
    QString error;
    bool ok = ws.employers().upsertAll(set.employers, options, &result.employers, &error) &&
              loadGroup(ws, set.workers, &Workspace::workers, options, result.workers, &error) &&
              loadGroup(ws, set.trainings, &Workspace::trainings, options, result.trainings, &error) &&
              loadGroup(ws, set.employments, &Workspace::employments, options, result.employments, &error) &&
              loadGroup(ws, set.participations, &Workspace::participations, options, result.participations,
                        &error) &&
              loadGroup(ws, set.rights, &Workspace::rights, options, result.rights, &error);
    QElapsedTimer phase;
    phase.start();
    if (ok && checkOnce) {
        ok = checkReferences(ws, set, result, &error);
        qCDebug(lcStorage) << "references checked in" << phase.restart() << "ms";
    }
    if (ok && tx.commit(&error)) {
        qCDebug(lcStorage) << "committed in" << phase.elapsed() << "ms";
        result.ok = true;
        qCInfo(lcStorage) << "loaded" << result.total() << "records in" << timer.elapsed() << "ms";
    } else {
        tx.rollback();
        result.ok = false;
        result.error = error;
    }
    ws.driver().endBulk(ws.database());
    if (bigWrites && !ws.driver().setBigWriteJournal(ws.database(), false))
        qCWarning(lcStorage) << "the workspace's usual journal could not be restored";
    if (checkOnce && !ws.driver().setForeignKeyChecks(ws.database(), true))
        qCWarning(lcStorage) << "foreign key checks could not be switched back on";
    return result;
}

} // namespace fla
