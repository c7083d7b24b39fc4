#include "core/storage/BulkLoader.h"

#include "core/common/LogCategories.h"
#include "core/common/Translation.h"
#include "core/storage/AuditRepository.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/EmploymentRepository.h"
#include "core/storage/ParticipationRepository.h"
#include "core/storage/RecordTraits.h"
#include "core/storage/StatementCache.h"
#include "core/storage/TrainingRepository.h"
#include "core/storage/TrainingRightRepository.h"
#include "core/storage/Transaction.h"
#include "core/storage/WorkerRepository.h"
#include "core/storage/Workspace.h"
#include "core/storage/postgres/PostgresStagedLoad.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>

namespace fla {

qint64 BulkLoadResult::total() const
{
    qint64 n = 0;
    for (const BulkStats *s : {&employers, &workers, &employments, &trainings, &participations, &rights})
        n += s->inserted + s->updated + s->unchanged;
    return n;
}

namespace {

// From this many records, references are checked once for the whole set.
constexpr qint64 kCheckReferencesOnceFrom = 5000;

// Whether a table holds no records.
bool isEmpty(Workspace &ws, const char *table)
{
    QSqlQuery any(ws.database());
    return any.exec(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(QLatin1String(table))) && !any.next();
}

// Every reference of the tables a load wrote, checked in one pass per table
// inside the load's transaction: a broken one fails the load, naming the record.
bool checkReferences(Workspace &ws, const BulkLoadResult &result, QString *error)
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
        // Named by table and uuid: the parts written are no longer in memory.
        const QString label = QStringLiteral("%1 %2").arg(v.table, uuid.toString(QUuid::WithoutBraces));
        *error = storage::writeError(label, QStringLiteral("FOREIGN KEY constraint failed"));
        return false;
    }
    return true;
}

QString tr(const char *text)
{
    return translateFrom({"fla::BulkLoader", "fla::LoadableCheck", "fla"}, text);
}

QString uuidText(const QUuid &u)
{
    return u.toString(QUuid::WithoutBraces);
}

// What a load leaves out of a set, list by list: the records the workspace
// could not hold, and what depends on them. Kept over the parts of a load in
// parts: it remembers the uuids (not the records) of what it let through.
class LoadableCheck
{
public:
    // workersStored, trainingsStored: whether the workspace held any when the
    // load began; if not, they are looked for in what was let through only.
    LoadableCheck(Workspace *ws, bool workersStored, bool trainingsStored)
        : m_ws(ws)
        , m_workersStored(workersStored)
        , m_trainingsStored(trainingsStored)
    {}

    QList<BulkRefusal> takeOut(DataSet &set, const QHash<QUuid, QString> &refused, const RecordOrigin &origin,
                               DataSet *deferred = nullptr)
    {
        m_refused.insert(refused);
        m_origin = &origin;
        m_deferred = deferred;
        m_out.clear();
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
        m_origin = nullptr;
        m_deferred = nullptr;
        return std::move(m_out);
    }

private:
    static bool refuse(BulkRefusal &r, const char *field, const QString &message)
    {
        r.field = QString::fromLatin1(field);
        r.message = message;
        return false;
    }

    template<typename T> static QList<T> &listOf(DataSet &set)
    {
        if constexpr (std::is_same_v<T, Employer>)
            return set.employers;
        else if constexpr (std::is_same_v<T, Worker>)
            return set.workers;
        else if constexpr (std::is_same_v<T, Employment>)
            return set.employments;
        else if constexpr (std::is_same_v<T, Training>)
            return set.trainings;
        else if constexpr (std::is_same_v<T, Participation>)
            return set.participations;
        else
            return set.rights;
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
            if (r.deferred) {
                listOf<T>(*m_deferred).append(std::move(list[i]));
                continue;
            }
            const QUuid &uuid = std::as_const(list)[i].uuid;
            m_refused.insert(uuid, m_origin && *m_origin
                                       ? (*m_origin)(type, i)
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
            if (it == m_employersInWorkspace.cend()) {
                bool stored = false;
                if (m_ws) {
                    const Result<std::optional<Employer>> found = m_ws->employers().find(employer);
                    if (!found)
                        return refuse(r, "employerUuid", found.error());
                    stored = found->has_value();
                }
                it = m_employersInWorkspace.insert(employer, stored);
            }
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
        if (it->contains(uuid))
            return true;
        r.deferred = m_deferred != nullptr;
        return refuse(r, field, message(Missing::NotThere).arg(uuidText(uuid)));
    }

    // The uuids of the employer's workers or trainings in the workspace, read
    // once (a set of new participations for stored workers asks for many).
    QSet<QUuid> uuidsOf(const char *table, const QUuid &employer) const
    {
        QSet<QUuid> uuids;
        const bool stored = qstrcmp(table, "worker") == 0 ? m_workersStored : m_trainingsStored;
        if (!m_ws || !stored)
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
    bool m_workersStored, m_trainingsStored;
    DataSet *m_deferred = nullptr; // where records waiting for their worker or training go
    QHash<QUuid, QString> m_refused;
    const RecordOrigin *m_origin = nullptr;
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
    QList<BulkRefusal> out = LoadableCheck(ws, true, true).takeOut(set, refused, origin);
    qCDebug(lcStorage) << "references and values checked in" << timer.elapsed() << "ms:" << out.size()
                       << "records taken out";
    return out;
}

// One table's part of a load: the indexes it dropped, and per employer that
// held none of its records when the load began, the load's audit entry and
// how many records it wrote (an employer's records may come in many parts).
struct TableLoad
{
    bool dropped = false;
    QList<IndexDefinition> indexes;
    QHash<QUuid, bool> newScope;                   // employer -> held none of these records when first met
    QHash<QUuid, std::pair<qint64, qint64>> audit; // employer -> (audit_load id, records)
};

struct BulkLoad::Private
{
    Private(Workspace &w, const BulkOptions &o)
        : ws(w)
        , options(o)
    {
        options.statements = &statements;
    }

    Workspace &ws;
    BulkStatements statements;
    BulkOptions options;
    BulkLoadResult result;
    std::unique_ptr<Transaction> tx;
    std::unique_ptr<LoadableCheck> check;
    QString beginError;
    bool checkOnce = false, bigWrites = false, bulk = false, finished = false, over = false;
    // Every part went through the check (add): each reference it let through
    // is to a record of the set or of the workspace, for the record's own
    // employer, as the foreign keys ask; no second check by the engine then.
    bool everyPartChecked = true;
    TableLoad workers, trainings, employments, participations, rights;
    // The queue rows and anomalies the load writes (after finish() too: its
    // companies are validated then): their index by record is built at commit.
    TableLoad outbox, anomalies;
    QSet<QUuid> newEmployers;
    // On a team server: the records of companies that held none gather in
    // the load's temporary tables and are written at finish(), a statement
    // per table (every company at once) instead of a COPY per company and kind.
    std::unique_ptr<postgres::StagedLoad> staged;
    bool stageEveryCompany = false; // the record tables were empty when the load began
    QElapsedTimer timer;

    // Whether the employer holds records of T (before this load wrote any).
    template<typename T> bool holdsAny(const QUuid &employer)
    {
        QSqlQuery *q = ws.statements().get(storage::Sql<T>::get().anyOfScope);
        if (!q)
            return true; // the ordinary path then looks up every record (and reports)
        q->bindValue(0, storage::v(employer));
        const bool any = !q->exec() || q->next();
        q->finish();
        return any;
    }

    template<typename T, typename Repo>
    bool writeKind(const QList<T> &records, Repo (Workspace::*repo)(const QUuid &), TableLoad &table,
                   BulkStats &stats, QString *error)
    {
        if (records.isEmpty())
            return true;
        // Most parts hold one employer: no copy then.
        const QUuid first = records.constFirst().employerUuid;
        const bool single = std::all_of(records.cbegin(), records.cend(),
                                        [&first](const T &r) { return r.employerUuid == first; });
        if (single)
            return writeGroup(first, records, repo, table, stats, error);
        QHash<QUuid, QList<T>> groups;
        QList<QUuid> order; // as the part has them
        for (const T &r : records) {
            auto it = groups.find(r.employerUuid);
            if (it == groups.end()) {
                order.append(r.employerUuid);
                it = groups.insert(r.employerUuid, {});
            }
            it->append(r);
        }
        for (const QUuid &employer : std::as_const(order)) {
            if (!writeGroup(employer, groups.value(employer), repo, table, stats, error))
                return false;
        }
        return true;
    }

    template<typename T, typename Repo>
    bool writeGroup(const QUuid &employer, const QList<T> &records, Repo (Workspace::*repo)(const QUuid &),
                    TableLoad &table, BulkStats &stats, QString *error)
    {
        if (staged && !employer.isNull() && (stageEveryCompany || newEmployers.contains(employer))) {
            if (!staged->add(records, error))
                return false;
            stats.inserted += records.size();
            if constexpr (std::is_same_v<T, Participation>)
                stats.resolvedInScope += records.size();
            return true;
        }
        BulkOptions o = options;
        auto scope = table.newScope.find(employer);
        if (scope == table.newScope.end())
            scope = table.newScope.insert(employer, table.dropped || !holdsAny<T>(employer));
        o.intoEmptyTable = table.dropped;
        o.newInScope = *scope;
        // An employer new to the table: one audit entry for all it gets in
        // this load, however many parts bring its records.
        if (*scope && options.auditEachRecord && !employer.isNull()) {
            auto entry = table.audit.find(employer);
            if (entry == table.audit.end()) {
                const qint64 id = ws.audit(employer).beginLoad(storage::Traits<T>::type, error);
                if (id <= 0)
                    return false;
                entry = table.audit.insert(employer, {id, 0});
            }
            o.auditLoad = entry->first;
            entry->second += records.size();
        }
        Repo r = (ws.*repo)(employer);
        return r.upsertAll(records, o, &stats, error);
    }

    // The audit entries of the load finished with their counts, the dropped
    // indexes built.
    template<typename T> bool finishTable(TableLoad &table, QString *error)
    {
        for (auto it = table.audit.cbegin(); it != table.audit.cend(); ++it) {
            if (!ws.audit(it.key()).finishLoad(it->first, it->second, error))
                return false;
        }
        table.audit.clear();
        if (!table.dropped)
            return true;
        table.dropped = false;
        return RecordRepository<T>::finishBigLoad(ws, table.indexes, error);
    }

    // The driver's settings for the load back as they were.
    void restore()
    {
        if (bulk)
            ws.driver().endBulk(ws.database());
        bulk = false;
        if (bigWrites && !ws.driver().setBigWriteJournal(ws.database(), false))
            qCWarning(lcStorage) << "the workspace's usual journal could not be restored";
        bigWrites = false;
        if (checkOnce && !ws.driver().setForeignKeyChecks(ws.database(), true))
            qCWarning(lcStorage) << "foreign key checks could not be switched back on";
        checkOnce = false;
    }
};

BulkLoad::BulkLoad(Workspace &ws, const BulkOptions &options, qint64 expectedRecords)
    : d(std::make_unique<Private>(ws, options))
{
    d->timer.start();
    const bool workersStored = !isEmpty(ws, "worker"), trainingsStored = !isEmpty(ws, "training");
    const bool nothingStored = !workersStored && !trainingsStored && isEmpty(ws, "employment") &&
                               isEmpty(ws, "participation") && isEmpty(ws, "training_right");
    // A big load into empty tables: references checked once per table before
    // the commit, not row by row (only possible outside an enclosing
    // transaction). Into tables that already hold records they stay checked
    // row by row: a whole-table check would cost what is there, not what is loaded.
    const bool outside = expectedRecords >= kCheckReferencesOnceFrom && ws.transactionDepth() == 0;
    d->checkOnce = outside && nothingStored && ws.driver().setForeignKeyChecks(ws.database(), false);
    // ... and written through the engine's journal for big writes, when it
    // has one and this is the workspace's only connection.
    d->bigWrites = outside && ws.driver().setBigWriteJournal(ws.database(), true);
    d->tx = std::make_unique<Transaction>(ws);
    if (!d->tx->isActive()) {
        d->beginError = QCoreApplication::translate("fla::BulkLoader",
                                                    "The workspace is busy: the load could not start.");
        d->over = true;
        d->restore();
        return;
    }
    ws.driver().beginBulk(ws.database());
    d->bulk = true;
    QString why;
    d->staged = postgres::StagedLoad::begin(
        ws, options, nothingStored && expectedRecords >= kCheckReferencesOnceFrom, &why);
    d->stageEveryCompany = nothingStored;
    if (!d->staged && ws.driver().isServer())
        qCDebug(lcStorage).noquote() << "records written company by company:" << why;
    d->check = std::make_unique<LoadableCheck>(&ws, workersStored, trainingsStored);
    // Many records into an empty table (an office's first load): its indexes
    // are built once after every part, not kept up row by row; but for one by
    // employer of workers and trainings, which participations of the parts to
    // come look up by employer.
    QString error;
    const bool dropped =
        RecordRepository<Worker>::beginBigLoad(ws, expectedRecords, &d->workers.indexes, &error, true) &&
        RecordRepository<Training>::beginBigLoad(ws, expectedRecords, &d->trainings.indexes, &error, true) &&
        RecordRepository<Employment>::beginBigLoad(ws, expectedRecords, &d->employments.indexes, &error) &&
        RecordRepository<Participation>::beginBigLoad(ws, expectedRecords, &d->participations.indexes,
                                                      &error) &&
        RecordRepository<TrainingRight>::beginBigLoad(ws, expectedRecords, &d->rights.indexes, &error);
    if (!dropped) {
        d->beginError = error;
        rollback();
        return;
    }
    for (TableLoad *t : {&d->workers, &d->trainings, &d->employments, &d->participations, &d->rights})
        t->dropped = !t->indexes.isEmpty();
    // The same for the load's queue rows and its companies' anomalies, but for
    // their index by employer; one that cannot be dropped now (a statement
    // still reading the schema) is kept up row by row instead.
    for (auto [table, load] : {std::pair{"outbox", &d->outbox}, std::pair{"anomaly", &d->anomalies}}) {
        if (!beginBigTableLoad(ws, QString::fromLatin1(table), expectedRecords, &load->indexes, &error, true))
            qCDebug(lcStorage).noquote() << table << "indexes kept:" << error;
    }
}

BulkLoad::~BulkLoad()
{
    if (!d->over)
        rollback();
}

bool BulkLoad::isActive(QString *error) const
{
    if (d->over && error)
        *error = d->beginError;
    return !d->over;
}

bool BulkLoad::add(DataSet &part, QList<BulkRefusal> *refusals, const QHash<QUuid, QString> &refused,
                   const RecordOrigin &origin, QString *error, DataSet *deferred)
{
    if (d->over) {
        *error = d->beginError;
        return false;
    }
    const QList<BulkRefusal> out = d->check->takeOut(part, refused, origin, deferred);
    if (refusals)
        refusals->append(out);
    const bool checked = d->everyPartChecked;
    const bool ok = write(part, error);
    d->everyPartChecked = checked;
    return ok;
}

bool BulkLoad::write(const DataSet &part, QString *error)
{
    if (d->over || d->finished) {
        *error = d->beginError;
        return false;
    }
    d->everyPartChecked = false;
    for (const Employer &e : part.employers) {
        if (d->newEmployers.contains(e.uuid))
            continue;
        const Result<std::optional<Employer>> stored = d->ws.employers().find(e.uuid);
        if (!stored.into(error))
            return false;
        if (!*stored)
            d->newEmployers.insert(e.uuid);
    }
    BulkLoadResult &r = d->result;
    const bool ok =
        d->ws.employers().upsertAll(part.employers, d->options, &r.employers, error) &&
        d->writeKind(part.workers, &Workspace::workers, d->workers, r.workers, error) &&
        d->writeKind(part.trainings, &Workspace::trainings, d->trainings, r.trainings, error) &&
        d->writeKind(part.employments, &Workspace::employments, d->employments, r.employments, error) &&
        d->writeKind(part.participations, &Workspace::participations, d->participations, r.participations,
                     error) &&
        d->writeKind(part.rights, &Workspace::rights, d->rights, r.rights, error);
    if (!ok) {
        d->beginError = *error;
        rollback();
    }
    return ok;
}

bool BulkLoad::finish(QString *error)
{
    if (d->over) {
        *error = d->beginError;
        return false;
    }
    if (d->finished)
        return true;
    QElapsedTimer phase;
    phase.start();
    if (d->staged) {
        const bool written = d->staged->finish(error);
        d->staged.reset();
        qCDebug(lcStorage) << "staged records written in" << phase.restart() << "ms";
        if (!written) {
            d->beginError = *error;
            rollback();
            return false;
        }
    }
    bool ok = d->finishTable<Worker>(d->workers, error) && d->finishTable<Training>(d->trainings, error) &&
              d->finishTable<Employment>(d->employments, error) &&
              d->finishTable<Participation>(d->participations, error) &&
              d->finishTable<TrainingRight>(d->rights, error);
    qCDebug(lcStorage) << "load's tables finished in" << phase.restart() << "ms";
    if (ok && d->checkOnce && !d->everyPartChecked) {
        ok = checkReferences(d->ws, d->result, error);
        qCDebug(lcStorage) << "references checked in" << phase.restart() << "ms";
    }
    if (!ok) {
        d->beginError = *error;
        rollback();
        return false;
    }
    d->finished = true;
    return true;
}

bool BulkLoad::commit(QString *error)
{
    if (!finish(error))
        return false;
    QElapsedTimer phase;
    phase.start();
    if (!finishBigTableLoad(d->ws, QStringLiteral("outbox"), d->outbox.indexes, error) ||
        !finishBigTableLoad(d->ws, QStringLiteral("anomaly"), d->anomalies.indexes, error)) {
        d->beginError = *error;
        rollback();
        return false;
    }
    d->outbox.indexes.clear();
    d->anomalies.indexes.clear();
    if (!d->tx->commit(error)) {
        d->beginError = *error;
        rollback();
        return false;
    }
    d->over = true;
    d->result.ok = true;
    d->restore();
    qCDebug(lcStorage) << "committed in" << phase.elapsed() << "ms";
    qCInfo(lcStorage) << "loaded" << d->result.total() << "records in" << d->timer.elapsed() << "ms";
    return true;
}

void BulkLoad::rollback()
{
    d->staged.reset(); // its temporary tables go with the transaction
    if (d->tx && d->tx->isActive())
        d->tx->rollback();
    d->over = true;
    d->result.ok = false;
    d->result.error = d->beginError;
    d->restore();
}

const BulkLoadResult &BulkLoad::result() const
{
    return d->result;
}

bool BulkLoad::isNewEmployer(const QUuid &employer) const
{
    return d->newEmployers.contains(employer);
}

bool BulkLoad::holdsRecords(const QUuid &employer)
{
    return d->holdsAny<Worker>(employer) || d->holdsAny<Employment>(employer) ||
           d->holdsAny<Training>(employer) || d->holdsAny<Participation>(employer) ||
           d->holdsAny<TrainingRight>(employer);
}

BulkLoadResult loadDataSet(Workspace &ws, const DataSet &set, const BulkOptions &options)
{
    BulkLoad load(ws, options, set.recordCount());
    QString error;
    if (load.isActive(&error) && load.write(set, &error))
        load.commit(&error);
    BulkLoadResult result = load.result();
    result.error = error;
    if (result.ok)
        result.error.clear();
    return result;
}

} // namespace fla
