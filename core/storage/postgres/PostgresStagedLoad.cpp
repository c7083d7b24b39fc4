#include "core/storage/postgres/PostgresStagedLoad.h"

#include "core/common/LogCategories.h"
#include "core/common/Translation.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/OutboxRepository.h"
#include "core/storage/RecordTraits.h"
#include "core/storage/StatementCache.h"
#include "core/storage/Workspace.h"
#include "core/storage/postgres/PostgresCopy.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <atomic>

namespace fla::postgres {

using storage::Binder;
using storage::Traits;

namespace {

// A stage's gathered rows are sent when this much has gathered.
constexpr qsizetype kSendFrom = 8 << 20;

QString tr(const char *text)
{
    return translateFrom({"fla::postgres::StagedLoad::Private", "fla::postgres", "fla"}, text);
}

bool exec(QSqlQuery &q, QString *detail)
{
    if (q.exec())
        return true;
    *detail = q.lastError().text();
    return false;
}

bool exec(QSqlDatabase &db, const QString &sql, QString *detail)
{
    QSqlQuery q(db);
    return q.exec(sql) || (*detail = q.lastError().text(), false);
}

} // namespace

// One table's stage: a temporary table with the record's fields as columns()
// names them, and the rows gathered for it.
struct Stage
{
    QString name;
    QStringList columns;
    std::unique_ptr<CopyRows> rows;
    qint64 staged = 0;
};

struct StagedLoad::Private
{
    Private(Workspace &w, const BulkOptions &o)
        : ws(w)
        , options(o)
    {
        static std::atomic<int> loads{0};
        suffix = QString::number(++loads);
    }

    Workspace &ws;
    BulkOptions options;
    bool rebuild = false; // the record tables' checks may be dropped and added back (begin())
    // The record tables are locked for this load (dropChecks): the rows' ids
    // are taken from the table's sequence in one block, in the order the
    // records came, so the rows need no sort before they are written.
    bool idsInBlock = false;
    QString suffix; // a load's stages are its own, whatever came before in the session
    Stage workers, trainings, employments, participations, rights;

    template<typename T> Stage &stageOf()
    {
        if constexpr (std::is_same_v<T, Worker>)
            return workers;
        else if constexpr (std::is_same_v<T, Training>)
            return trainings;
        else if constexpr (std::is_same_v<T, Employment>)
            return employments;
        else if constexpr (std::is_same_v<T, Participation>)
            return participations;
        else
            return rights;
    }

    static QString table(const char *name) { return QString::fromLatin1(name); }

    // The temporary table, made on the first records: the record table's
    // columns and types without its keys, checks or indexes (a
    // participation's training and worker as uuids), dropped at commit.
    template<typename T> bool create(Stage &s, QString *detail)
    {
        const QString target = table(Traits<T>::table());
        s.name = QStringLiteral("fladesk_stage_%1_%2").arg(target, suffix);
        s.columns = Traits<T>::columns();
        QStringList select;
        for (const QString &c : std::as_const(s.columns)) {
            const bool byUuid = std::is_same_v<T, Participation> &&
                                (c == QLatin1String("training_uuid") || c == QLatin1String("worker_uuid"));
            select << (byUuid ? QStringLiteral("NULL::text AS %1").arg(c) : c);
        }
        if (!exec(ws.database(),
                  QStringLiteral("CREATE TEMP TABLE %1 ON COMMIT DROP AS SELECT %2 FROM %3 WITH NO DATA")
                      .arg(s.name, select.join(QStringLiteral(", ")), target),
                  detail) ||
            !exec(ws.database(),
                  QStringLiteral("ALTER TABLE %1 ADD COLUMN stage_order bigint GENERATED ALWAYS AS IDENTITY")
                      .arg(s.name),
                  detail))
            return false;
        s.rows = std::make_unique<CopyRows>(int(s.columns.size()));
        return true;
    }

    bool send(Stage &s, const char *target, QString *error)
    {
        if (!s.rows || s.rows->rows() == 0)
            return true;
        QString detail;
        if (!copyIn(ws.database(), s.name, s.columns, s.rows->text(), &detail)) {
            *error = storage::writeError(table(target), detail);
            return false;
        }
        s.rows->clear();
        return true;
    }

    template<typename T> bool add(const QList<T> &records, QString *error)
    {
        if (records.isEmpty())
            return true;
        Stage &s = stageOf<T>();
        QString detail;
        if (!s.rows && !create<T>(s, &detail)) {
            *error = storage::writeError(table(Traits<T>::table()), detail);
            return false;
        }
        Binder b(*s.rows);
        for (const T &r : records) {
            b.start();
            if constexpr (std::is_same_v<T, Participation>)
                Traits<T>::bindByUuid(r, b);
            else
                Traits<T>::bind(r, b);
            s.rows->step(nullptr);
        }
        s.staged += records.size();
        return s.rows->text().size() < kSendFrom || send(s, Traits<T>::table(), error);
    }

    bool sendAll(QString *error)
    {
        return send(workers, "worker", error) && send(trainings, "training", error) &&
               send(employments, "employment", error) && send(participations, "participation", error) &&
               send(rights, "training_right", error);
    }

    bool writeAll(QString *error)
    {
        // Each statement joins whole tables (the stage, a company's audit
        // entries, its trainings and workers): hash joins, in memory. The
        // planner's guess of the stage's rows joined on two columns at once
        // is far too low, and a nested loop over a million rows takes minutes.
        QString detail;
        if (!exec(ws.database(), QStringLiteral("SET LOCAL enable_nestloop = off"), &detail) ||
            !exec(ws.database(), QStringLiteral("SET LOCAL work_mem = '64MB'"), &detail)) {
            *error = storage::writeError(QStringLiteral("stage"), detail);
            return false;
        }
        const bool ok = write<Worker>(error) && write<Training>(error) && write<Employment>(error) &&
                        write<Participation>(error) && write<TrainingRight>(error);
        if (ok && (!exec(ws.database(), QStringLiteral("SET LOCAL enable_nestloop TO DEFAULT"), &detail) ||
                   !exec(ws.database(), QStringLiteral("SET LOCAL work_mem TO DEFAULT"), &detail))) {
            *error = storage::writeError(QStringLiteral("stage"), detail);
            return false;
        }
        return ok;
    }

    // For a big load into empty record tables by a user who owns them (the
    // office's administrator moving in): their references and secondary
    // indexes are dropped inside the load's transaction and added back after
    // the rows are in, which the server checks and builds once per table (a
    // join, a sort) instead of row by row. The tables are locked until the
    // commit meanwhile. The statements that add them back go to restore.
    // False (nothing changed) when the user does not own them, another
    // session holds them, or they are no longer empty.
    bool dropChecks(QStringList *restore)
    {
        const QString tables = QStringLiteral(
            "ARRAY['worker', 'training', 'employment', 'participation', 'training_right']::regclass[]");
        QSqlQuery q(ws.database());
        if (!q.exec(QStringLiteral(
                        "SELECT bool_and(pg_has_role(c.relowner, 'MEMBER')) FROM pg_class c WHERE c.oid = "
                        "ANY (%1)")
                        .arg(tables)) ||
            !q.next() || !q.value(0).toBool()) {
            qCDebug(lcStorage) << "checks kept row by row: the user does not own the record tables";
            return false;
        }
        QString detail;
        if (!exec(ws.database(), QStringLiteral("SAVEPOINT fladesk_rebuild"), &detail))
            return false;
        const auto keep = [&](const QString &why) {
            qCDebug(lcStorage).noquote() << "checks kept row by row:" << why;
            QString ignored;
            exec(ws.database(), QStringLiteral("ROLLBACK TO SAVEPOINT fladesk_rebuild"), &ignored);
            return false;
        };
        if (!exec(ws.database(),
                  QStringLiteral("LOCK TABLE worker, training, employment, participation, training_right IN "
                                 "ACCESS EXCLUSIVE MODE"),
                  &detail))
            return keep(detail);
        if (!q.exec(QStringLiteral(
                "SELECT NOT EXISTS (SELECT 1 FROM worker) AND NOT EXISTS (SELECT 1 FROM training) "
                "AND NOT EXISTS (SELECT 1 FROM employment) AND NOT EXISTS (SELECT 1 FROM "
                "participation) AND NOT EXISTS (SELECT 1 FROM training_right)")) ||
            !q.next() || !q.value(0).toBool())
            return keep(QStringLiteral("the record tables are not empty"));
        QStringList drop;
        // Every reference out of the record tables, and their indexes that
        // back no constraint (a key, a reference's target stays).
        if (!q.exec(QStringLiteral(
                        "SELECT format('ALTER TABLE %I DROP CONSTRAINT %I', t.relname, c.conname), "
                        "format('ALTER TABLE %I ADD CONSTRAINT %I ', t.relname, c.conname) || "
                        "pg_get_constraintdef(c.oid) FROM pg_constraint c JOIN pg_class t ON t.oid = "
                        "c.conrelid WHERE c.contype = 'f' AND t.oid = ANY (%1) UNION ALL SELECT "
                        "format('DROP INDEX %I', x.relname), pg_get_indexdef(i.indexrelid) FROM pg_index "
                        "i JOIN pg_class x ON x.oid = i.indexrelid WHERE i.indrelid = ANY (%1) AND NOT "
                        "i.indisprimary AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = "
                        "i.indexrelid)")
                        .arg(tables)))
            return keep(q.lastError().text());
        QStringList indexes, references;
        while (q.next()) {
            drop << q.value(0).toString();
            (drop.constLast().startsWith(QLatin1String("DROP INDEX")) ? indexes : references)
                << q.value(1).toString();
        }
        drop << QStringLiteral("SET LOCAL maintenance_work_mem = '256MB'");
        for (const QString &sql : std::as_const(drop)) {
            if (!exec(ws.database(), sql, &detail))
                return keep(detail);
        }
        ws.statements().clear(); // prepared statements refer to the schema before
        *restore = indexes + references;
        idsInBlock = true;
        qCDebug(lcStorage) << references.size() << "references and" << indexes.size()
                           << "indexes dropped until the rows are in";
        return true;
    }

    bool restoreChecks(const QStringList &restore, QString *detail)
    {
        QElapsedTimer timer;
        timer.start();
        for (const QString &sql : restore) {
            if (!exec(ws.database(), sql, detail))
                return false;
        }
        ws.statements().clear();
        qCDebug(lcStorage) << "references checked and indexes built in" << timer.elapsed() << "ms";
        return true;
    }

    // The stored columns and what each is written from: a stage column, a
    // participation's training and worker by their row ids.
    template<typename T> std::pair<QStringList, QStringList> insertColumns(const Stage &s) const
    {
        QStringList into, from;
        for (const QString &c : s.columns) {
            if (std::is_same_v<T, Participation> && c == QLatin1String("training_uuid")) {
                into << QStringLiteral("training_id");
                from << QStringLiteral("t.id");
            } else if (std::is_same_v<T, Participation> && c == QLatin1String("worker_uuid")) {
                into << QStringLiteral("worker_id");
                from << QStringLiteral("w.id");
            } else {
                into << c;
                from << QStringLiteral("s.") + c;
            }
        }
        into << QStringLiteral("sync_status") << QStringLiteral("created_in");
        from << QStringLiteral("?")
             << (options.auditEachRecord ? QStringLiteral("l.id") : QStringLiteral("NULL"));
        return {into, from};
    }

    // The staged records into their table, one statement (with the
    // companies' audit entries for this kind when each record is audited),
    // then their outbox rows.
    template<typename T> bool write(QString *error)
    {
        Stage &s = stageOf<T>();
        if (s.staged == 0)
            return true;
        const char *target = Traits<T>::table();
        if (!send(s, target, error))
            return false;
        QElapsedTimer timer;
        timer.start();
        const auto [into, from] = insertColumns<T>(s);
        QString joins;
        if constexpr (std::is_same_v<T, Participation>)
            joins = QStringLiteral(
                " JOIN training t ON t.uuid = s.training_uuid AND t.employer_uuid = s.employer_uuid"
                " JOIN worker w ON w.uuid = s.worker_uuid AND w.employer_uuid = s.employer_uuid");
        QString sql;
        if (options.auditEachRecord) {
            // An entry per company, in the order its records came; the
            // server sets its user (fladesk_load_user).
            sql = QStringLiteral(
                      "WITH l AS (INSERT INTO audit_load (at, user_profile, employer_uuid, entity, "
                      "change_set, records) SELECT ?, ?, employer_uuid, ?, %1, count(*) FROM %2 "
                      "GROUP BY employer_uuid ORDER BY min(stage_order) RETURNING id, employer_uuid) ")
                      .arg(ws.currentChangeSet().isNull() ? QStringLiteral("gen_random_uuid()::text")
                                                          : QStringLiteral("?"),
                           s.name);
            joins.prepend(QStringLiteral(" JOIN l ON l.employer_uuid = s.employer_uuid"));
        }
        QString detail;
        QStringList intoColumns = into, fromColumns = from;
        QString order = QStringLiteral(" ORDER BY s.stage_order");
        if (idsInBlock) {
            qint64 first = 0;
            if (!firstOfIdBlock(s, target, &first, &detail)) {
                *error = storage::writeError(table(target), detail);
                return false;
            }
            intoColumns.prepend(QStringLiteral("id"));
            fromColumns.prepend(QStringLiteral("%1 + s.stage_order").arg(first - 1));
            order.clear();
        }
        sql += QStringLiteral("INSERT INTO %1 (%2) SELECT %3 FROM %4 s%5%6")
                   .arg(table(target), intoColumns.join(QStringLiteral(", ")),
                        fromColumns.join(QStringLiteral(", ")), s.name, joins, order);
        QSqlQuery q(ws.database());
        q.prepare(sql);
        if (options.auditEachRecord) {
            q.addBindValue(ws.changeTime());
            q.addBindValue(ws.userProfile());
            q.addBindValue(toString(Traits<T>::type));
            if (!ws.currentChangeSet().isNull())
                q.addBindValue(ws.currentChangeSet().toString(QUuid::WithoutBraces));
        }
        q.addBindValue(toString(options.queueForSync ? SyncStatus::Queued : SyncStatus::Draft));
        // A refusal leaves the stage readable, to name the record.
        if (!exec(ws.database(), QStringLiteral("SAVEPOINT fladesk_stage"), &detail) || !q.exec()) {
            if (detail.isEmpty())
                detail = q.lastError().text();
            const QString code = q.lastError().nativeErrorCode();
            QString ignored;
            exec(ws.database(), QStringLiteral("ROLLBACK TO SAVEPOINT fladesk_stage"), &ignored);
            *error = refusal<T>(s, detail, code);
            return false;
        }
        if (q.numRowsAffected() != s.staged) {
            *error = unresolved(s);
            return false;
        }
        qCDebug(lcStorage).noquote() << s.staged << target << "records written from the stage in"
                                     << timer.elapsed() << "ms";
        if (!options.queueForSync)
            return true;
        QSqlQuery o(ws.database());
        o.prepare(
            QStringLiteral("INSERT INTO outbox (employer_uuid, entity, record_uuid, operation, created_at, "
                           "attempts, next_attempt_at, state) SELECT employer_uuid, ?, uuid, ?, ?, 0, ?, "
                           "'pending' FROM %1 ORDER BY stage_order")
                .arg(s.name));
        const QString at = ws.changeTime();
        o.addBindValue(toString(Traits<T>::type));
        o.addBindValue(toString(OutboxOperation::Upsert));
        o.addBindValue(at);
        o.addBindValue(at);
        if (!exec(o, &detail)) {
            *error = storage::writeError(QStringLiteral("outbox"), detail);
            return false;
        }
        return true;
    }

    // The first of as many ids as the stage's ordinals, taken from the
    // table's sequence at once (the table is locked: nobody else takes any).
    bool firstOfIdBlock(const Stage &s, const char *target, qint64 *first, QString *detail)
    {
        QSqlQuery q(ws.database());
        if (!q.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                   "nextval(pg_get_serial_sequence('%1', 'id')) + n) - n FROM (SELECT "
                                   "max(stage_order) AS n FROM %2) o")
                        .arg(table(target), s.name)) ||
            !q.next()) {
            *detail = q.lastError().text();
            return false;
        }
        *first = q.value(0).toLongLong();
        return true;
    }

    // The server's refusal of a stage's rows, naming the record (by the uuid
    // its message quotes: the last staged one, a repeat within the load) or
    // the company the user may not change.
    template<typename T> QString refusal(const Stage &s, const QString &detail, const QString &code)
    {
        const QString target = table(Traits<T>::table());
        if (code == QLatin1String("42501") || detail.contains(QLatin1String("row-level security")))
            return companyNotGranted(s, detail);
        static const QRegularExpression uuid(
            QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
        QString label = target;
        const QRegularExpressionMatch m = uuid.match(detail);
        if (m.hasMatch()) {
            QSqlQuery q(ws.database());
            q.prepare(QStringLiteral("SELECT %1, 0 FROM %2 WHERE uuid = ? ORDER BY stage_order DESC LIMIT 1")
                          .arg(s.columns.join(QStringLiteral(", ")), s.name));
            q.addBindValue(m.captured(0));
            if (q.exec() && q.next())
                label = Traits<T>::label(Traits<T>::read(q));
            else
                label = QStringLiteral("%1 %2").arg(target, m.captured(0));
        }
        return storage::writeError(label, detail);
    }

    // A participation whose training or worker is not its company's.
    QString unresolved(const Stage &s)
    {
        QSqlQuery q(ws.database());
        Participation p;
        if (q.exec(
                QStringLiteral(
                    "SELECT s.uuid, s.training_uuid, s.worker_uuid FROM %1 s LEFT JOIN training t ON t.uuid "
                    "= "
                    "s.training_uuid AND t.employer_uuid = s.employer_uuid LEFT JOIN worker w ON w.uuid = "
                    "s.worker_uuid AND w.employer_uuid = s.employer_uuid WHERE t.id IS NULL OR w.id IS NULL "
                    "ORDER BY s.stage_order LIMIT 1")
                    .arg(s.name)) &&
            q.next()) {
            p.uuid = QUuid::fromString(q.value(0).toString());
            p.trainingUuid = QUuid::fromString(q.value(1).toString());
            p.workerUuid = QUuid::fromString(q.value(2).toString());
        }
        return storage::writeError(Traits<Participation>::label(p),
                                   QStringLiteral("FOREIGN KEY constraint failed"));
    }

    // The first staged company the user was not given (team_grant).
    QString companyNotGranted(const Stage &s, const QString &detail)
    {
        QSqlQuery q(ws.database());
        QString company, user;
        if (q.exec(QStringLiteral(
                       "SELECT s.employer_uuid, current_user FROM %1 s WHERE NOT EXISTS (SELECT 1 FROM "
                       "team_grant g WHERE g.employer_uuid = s.employer_uuid AND g.role_name = "
                       "current_user) ORDER BY s.stage_order LIMIT 1")
                       .arg(s.name)) &&
            q.next()) {
            const QUuid uuid = QUuid::fromString(q.value(0).toString());
            user = q.value(1).toString();
            company = uuid.toString(QUuid::WithoutBraces);
            // The company's name only makes the refusal clearer: without it the uuid names it.
            if (const Result<std::optional<Employer>> e = ws.employers().find(uuid); e && *e)
                company = QStringLiteral("%1 (%2)").arg((*e)->name, company);
        }
        if (company.isEmpty())
            return storage::writeError(s.name, detail);
        qCWarning(lcStorage).noquote() << "load refused by row-level security:" << detail;
        return tr("The user %1 may not load records of the company %2: the office's administrator has not "
                  "given them this company (fladesk-cli team grant).")
            .arg(user, company);
    }
};

StagedLoad::StagedLoad(std::unique_ptr<Private> p)
    : d(std::move(p))
{}

StagedLoad::~StagedLoad() = default;

std::unique_ptr<StagedLoad> StagedLoad::begin(Workspace &ws, const BulkOptions &options, bool rebuild,
                                              QString *why)
{
    if (!ws.driver().isServer()) {
        *why = QStringLiteral("not a team server");
        return nullptr;
    }
    if (!canCopy(ws.database())) {
        *why = QStringLiteral("no COPY on this connection");
        return nullptr;
    }
    QSqlQuery q(ws.database());
    if (!q.exec(QStringLiteral("SELECT has_database_privilege(current_database(), 'TEMP')")) || !q.next() ||
        !q.value(0).toBool()) {
        *why = QStringLiteral("no right to temporary tables");
        return nullptr;
    }
    auto d = std::make_unique<Private>(ws, options);
    d->rebuild = rebuild;
    return std::unique_ptr<StagedLoad>(new StagedLoad(std::move(d)));
}

bool StagedLoad::add(const QList<Worker> &records, QString *error)
{
    return d->add(records, error);
}
bool StagedLoad::add(const QList<Training> &records, QString *error)
{
    return d->add(records, error);
}
bool StagedLoad::add(const QList<Employment> &records, QString *error)
{
    return d->add(records, error);
}
bool StagedLoad::add(const QList<Participation> &records, QString *error)
{
    return d->add(records, error);
}
bool StagedLoad::add(const QList<TrainingRight> &records, QString *error)
{
    return d->add(records, error);
}

bool StagedLoad::finish(QString *error)
{
    // Whole tables are joined and checked now: the server's own cost of a
    // random page, not the desktop's (PostgresDriver::configure), until the
    // load's transaction ends.
    if (!d->sendAll(error) ||
        !exec(d->ws.database(), QStringLiteral("SET LOCAL random_page_cost TO DEFAULT"), error))
        return false;
    QStringList restore;
    if (d->rebuild && d->dropChecks(&restore)) {
        QString detail;
        if (d->writeAll(&detail) && d->restoreChecks(restore, &detail))
            return true;
        // Refused: written again with every check row by row, which names
        // the record at fault.
        qCDebug(lcStorage).noquote() << "the rows written with checks dropped were refused:" << detail;
        d->idsInBlock = false; // the lock goes with the savepoint
        if (!exec(d->ws.database(), QStringLiteral("ROLLBACK TO SAVEPOINT fladesk_rebuild"), error))
            return false;
        d->ws.statements().clear();
    }
    return d->writeAll(error);
}

} // namespace fla::postgres
