#include "storage/BulkLoader.h"

#include "common/LogCategories.h"
#include "common/Translation.h"
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
#include <QSet>
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

QString tr(const char *text)
{
    return translateFrom({"fla::BulkLoader", "fla"}, text);
}

QString uuidText(const QUuid &u)
{
    return u.toString(QUuid::WithoutBraces);
}

// What a load leaves out of a set, list by list: the records the workspace
// could not hold, and what depends on them.
class BulkLoader
{
public:
    BulkLoader(Workspace *ws, QHash<QUuid, QString> refused, const RecordOrigin &origin)
        : m_ws(ws)
        , m_refused(std::move(refused))
        , m_origin(origin)
    {}

    QList<BulkRefusal> takeOut(DataSet &set)
    {
        keepLoadable(set.employers, RecordKind::Employer, [&](const Employer &e, BulkRefusal &r) {
            // The schema's CHECK (hours_per_day > 0 AND hours_per_day <= 24).
            if (!(e.hoursPerDay > 0 && e.hoursPerDay <= 24))
                return refuse(r, "hoursPerDay",
                              tr("The hours in a working day must be more than 0 and at most 24."));
            return true;
        });
        for (const Employer &e : std::as_const(set.employers))
            m_employers.insert(e.uuid);
        keepLoadable(set.workers, RecordKind::Worker,
                     [&](const Worker &w, BulkRefusal &r) { return employerThere(w.employerUuid, r); });
        for (const Worker &w : std::as_const(set.workers))
            m_workers.insert(w.uuid, w.employerUuid);
        keepLoadable(set.trainings, RecordKind::Training, [&](const Training &t, BulkRefusal &r) {
            if (!employerThere(t.employerUuid, r))
                return false;
            // The schema's CHECK (cost_cents IS NULL OR cost_cents >= 0).
            if (t.costCents && *t.costCents < 0)
                return refuse(r, "cost", tr("A cost cannot be negative."));
            return true;
        });
        for (const Training &t : std::as_const(set.trainings))
            m_trainings.insert(t.uuid, t.employerUuid);
        keepLoadable(set.employments, RecordKind::Employment, [&](const Employment &e, BulkRefusal &r) {
            if (!employerThere(e.employerUuid, r) || !workerThere(e.workerUuid, e.employerUuid, r))
                return false;
            // The schema's CHECK (work_regime > 0 AND work_regime <= 1).
            if (!(e.workRegime > 0 && e.workRegime <= 1))
                return refuse(r, "workRegime", tr("The work regime must be more than 0 and at most 1."));
            return true;
        });
        keepLoadable(
            set.participations, RecordKind::Participation, [&](const Participation &p, BulkRefusal &r) {
                return employerThere(p.employerUuid, r) && trainingThere(p.trainingUuid, p.employerUuid, r) &&
                       workerThere(p.workerUuid, p.employerUuid, r);
            });
        keepLoadable(set.rights, RecordKind::TrainingRight, [&](const TrainingRight &t, BulkRefusal &r) {
            if (!employerThere(t.employerUuid, r) || !workerThere(t.workerUuid, t.employerUuid, r))
                return false;
            // The schema's CHECK (year BETWEEN 1900 AND 2999).
            if (t.year < 1900 || t.year > 2999)
                return refuse(r, "year", tr("The year must be from 1900 to 2999."));
            return true;
        });
        return m_out;
    }

private:
    static bool refuse(BulkRefusal &r, const char *field, const QString &message)
    {
        r.field = QString::fromLatin1(field);
        r.message = message;
        return false;
    }

    // Keeps the records check passes, in their order; each other one becomes
    // a refusal and, by its uuid, a refused record for what depends on it.
    template<typename T, typename Check> void keepLoadable(QList<T> &list, RecordKind type, Check check)
    {
        qsizetype kept = 0;
        for (qsizetype i = 0; i < list.size(); ++i) {
            BulkRefusal r;
            if (check(std::as_const(list)[i], r)) {
                if (kept != i)
                    list[kept] = std::move(list[i]);
                ++kept;
                continue;
            }
            r.entity = type;
            r.index = i;
            m_out.append(r);
            const QUuid &uuid = std::as_const(list)[i].uuid;
            m_refused.insert(uuid, m_origin ? m_origin(type, i)
                                            : QStringLiteral("%1 %2").arg(toString(type), uuidText(uuid)));
        }
        if (kept < list.size())
            list.resize(kept);
    }

    bool employerThere(const QUuid &employer, BulkRefusal &r)
    {
        if (employer == m_lastEmployer && !employer.isNull())
            return true;
        bool there = m_employers.contains(employer);
        if (!there && !m_refused.contains(employer)) {
            auto it = m_employersInWorkspace.constFind(employer);
            if (it == m_employersInWorkspace.cend())
                it = m_employersInWorkspace.insert(employer, m_ws && m_ws->employers().get(employer));
            there = *it;
        }
        if (there) {
            m_lastEmployer = employer;
            return true;
        }
        if (const auto it = m_refused.constFind(employer); it != m_refused.cend())
            return refuse(r, "employerUuid",
                          tr("Its employer (%1) was refused, so it is refused too.").arg(*it));
        return refuse(
            r, "employerUuid",
            tr("Its employer %1 is neither in the set nor in the workspace.").arg(uuidText(employer)));
    }

    // Why a reference to a worker or training does not hold: translated only
    // for a refusal, not for each of a million participations.
    enum class Missing
    {
        WasRefused,
        NotThere,
        OtherEmployer
    };
    static QString workerMessage(Missing m)
    {
        switch (m) {
        case Missing::WasRefused:
            return tr("Its worker (%1) was refused, so it is refused too.");
        case Missing::NotThere:
            return tr("Its worker %1 is neither in the set nor in the workspace for its employer.");
        case Missing::OtherEmployer:
            break;
        }
        return tr("Its worker %1 belongs to another employer.");
    }
    static QString trainingMessage(Missing m)
    {
        switch (m) {
        case Missing::WasRefused:
            return tr("Its training (%1) was refused, so it is refused too.");
        case Missing::NotThere:
            return tr("Its training %1 is neither in the set nor in the workspace for its employer.");
        case Missing::OtherEmployer:
            break;
        }
        return tr("Its training %1 belongs to another employer.");
    }

    bool workerThere(const QUuid &worker, const QUuid &employer, BulkRefusal &r)
    {
        return recordThere(m_workers, m_storedWorkers, "worker", worker, employer, r, "workerUuid",
                           &workerMessage);
    }

    bool trainingThere(const QUuid &training, const QUuid &employer, BulkRefusal &r)
    {
        // A training's participants usually come one after another.
        if (training == m_lastTraining && employer == m_lastTrainingEmployer && !training.isNull())
            return true;
        if (!recordThere(m_trainings, m_storedTrainings, "training", training, employer, r, "trainingUuid",
                         &trainingMessage))
            return false;
        m_lastTraining = training;
        m_lastTrainingEmployer = employer;
        return true;
    }

    // A worker or training of the set (kept), else of the workspace, for the
    // record's own employer.
    bool recordThere(const QHash<QUuid, QUuid> &inSet, QHash<QUuid, QSet<QUuid>> &stored, const char *table,
                     const QUuid &uuid, const QUuid &employer, BulkRefusal &r, const char *field,
                     QString (*message)(Missing))
    {
        if (const auto it = inSet.constFind(uuid); it != inSet.cend()) {
            if (*it == employer)
                return true;
            return refuse(r, field, message(Missing::OtherEmployer).arg(uuidText(uuid)));
        }
        if (const auto it = m_refused.constFind(uuid); it != m_refused.cend())
            return refuse(r, field, message(Missing::WasRefused).arg(*it));
        auto it = stored.constFind(employer);
        if (it == stored.cend())
            it = stored.insert(employer, uuidsOf(table, employer));
        return it->contains(uuid) || refuse(r, field, message(Missing::NotThere).arg(uuidText(uuid)));
    }

    // The uuids of the employer's workers or trainings in the workspace, read
    // once (a set of new participations for stored workers asks for many).
    QSet<QUuid> uuidsOf(const char *table, const QUuid &employer) const
    {
        QSet<QUuid> uuids;
        if (!m_ws)
            return uuids;
        QSqlQuery q(m_ws->database());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT uuid FROM %1 WHERE employer_uuid = ?").arg(QLatin1String(table)));
        q.addBindValue(uuidText(employer));
        if (!q.exec())
            return uuids;
        while (q.next())
            uuids.insert(QUuid::fromString(q.value(0).toString()));
        return uuids;
    }

    Workspace *m_ws;
    QHash<QUuid, QString> m_refused;
    const RecordOrigin &m_origin;
    QList<BulkRefusal> m_out;
    QSet<QUuid> m_employers;
    QHash<QUuid, QUuid> m_workers, m_trainings; // uuid -> employer, of the set's kept records
    QHash<QUuid, bool> m_employersInWorkspace;
    QHash<QUuid, QSet<QUuid>> m_storedWorkers, m_storedTrainings; // by employer, read when first needed
    QUuid m_lastEmployer, m_lastTraining, m_lastTrainingEmployer;
};

} // namespace

QList<BulkRefusal> takeOutUnloadable(Workspace *ws, DataSet &set, QHash<QUuid, QString> refused,
                                     const RecordOrigin &origin)
{
    QElapsedTimer timer;
    timer.start();
    QList<BulkRefusal> out = BulkLoader(ws, std::move(refused), origin).takeOut(set);
    qCDebug(lcStorage) << "references and values checked in" << timer.elapsed() << "ms:" << out.size()
                       << "records taken out";
    return out;
}

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
