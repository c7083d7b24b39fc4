#include "core/storage/WorkspaceCopy.h"

#include "core/common/LogCategories.h"
#include "core/common/Translation.h"
#include "core/storage/Workspace.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDateTime>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

namespace fla::WorkspaceCopy {

namespace {

QString tr(const char *text)
{
    return translateFrom({"fla::WorkspaceCopy", "fla"}, text);
}

// Rows read from the source per query: keeps memory flat on big tables
// (Qt's PostgreSQL driver holds a whole result in memory).
constexpr int kPage = 5000;

// Columns only one engine has, meaningless elsewhere: the server's claim of
// an outbox row by one desktop's connection.
bool engineLocal(const QString &table, const QString &column)
{
    return table == QLatin1String("outbox") && column == QLatin1String("claim_token");
}

// The audit trail's columns, as the digest reads them on both engines.
const char *const kAuditColumns = "id, at, user_profile, employer_uuid, entity, record_uuid, change_kind, "
                                  "change_set, before_json, after_json";
const char *const kLoadColumns = "id, at, user_profile, employer_uuid, entity, change_set, records";

QStringList columnsOf(QSqlDatabase &db, const QString &table)
{
    const QSqlRecord record = db.record(table);
    QStringList names;
    for (int i = 0; i < record.count(); ++i)
        names << record.fieldName(i).toLower();
    return names;
}

bool run(QSqlDatabase &db, const QString &sql, QString *error, QSqlQuery *out = nullptr)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql)) {
        if (error)
            *error = q.lastError().text();
        qCWarning(lcStorage).noquote() << "workspace copy:" << sql << q.lastError().text();
        return false;
    }
    if (out)
        *out = std::move(q);
    return true;
}

// A value as the other engine stores it: dates as ISO text (SQLite keeps
// them as text; PostgreSQL reads the text into its date column).
QVariant portable(const QVariant &v)
{
    if (v.isNull())
        return v;
    switch (v.metaType().id()) {
    case QMetaType::QDate:
        return v.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return v.toDateTime().toString(Qt::ISODateWithMs);
    default:
        return v;
    }
}

// Hashes the rows of query, every column, nulls told from empty text.
bool digestRows(QSqlQuery &q, QCryptographicHash &hash, qint64 *rows, qint64 *lastId)
{
    while (q.next()) {
        for (int i = 0; i < q.record().count(); ++i) {
            const QVariant v = q.value(i);
            if (v.isNull())
                hash.addData(QByteArrayView("\x01N", 2));
            else
                hash.addData(QByteArray("\x01T" + v.toString().toUtf8()));
        }
        hash.addData(QByteArrayView("\x02", 1));
        *lastId = q.value(0).toLongLong();
        ++*rows;
    }
    return true;
}

bool digestTable(QSqlDatabase &db, const QString &table, const char *columns, QCryptographicHash &hash,
                 qint64 *rows, QString *error)
{
    qint64 lastId = -1;
    for (;;) {
        QSqlQuery q;
        const qint64 before = *rows;
        if (!run(db,
                 QStringLiteral("SELECT %1 FROM %2 WHERE id > %3 ORDER BY id LIMIT %4")
                     .arg(QLatin1String(columns), table)
                     .arg(lastId)
                     .arg(kPage),
                 error, &q))
            return false;
        digestRows(q, hash, rows, &lastId);
        if (*rows - before < kPage)
            return true;
    }
}

bool copyTable(Workspace &source, Workspace &target, const QString &table, qint64 *copied, QString *error)
{
    QSqlDatabase &from = source.database();
    QSqlDatabase &to = target.database();
    const QStringList sourceColumns = columnsOf(from, table);
    const QStringList targetColumns = columnsOf(to, table);
    if (sourceColumns.isEmpty() || targetColumns.isEmpty()) {
        *error = tr("The table %1 is missing in the workspace %2.")
                     .arg(table, sourceColumns.isEmpty() ? source.path() : target.path());
        return false;
    }
    QStringList columns;
    for (const QString &c : sourceColumns) {
        if (targetColumns.contains(c))
            columns << c;
        else if (!engineLocal(table, c)) {
            *error = tr("The workspace %1 has no column %2 in its table %3: it cannot hold this copy.")
                         .arg(target.path(), c, table);
            return false;
        }
    }
    const bool paged = columns.contains(QLatin1String("id"));
    const int idColumn = int(columns.indexOf(QLatin1String("id")));
    QStringList marks;
    for (int i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    const QString list = columns.join(QStringLiteral(", "));
    QSqlQuery insert(to);
    if (!insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(table, list, marks.join(QStringLiteral(", "))))) {
        *error = insert.lastError().text();
        return false;
    }
    qint64 lastId = -1;
    for (;;) {
        QSqlQuery rows;
        const QString select = paged ? QStringLiteral("SELECT %1 FROM %2 WHERE id > %3 ORDER BY id LIMIT %4")
                                           .arg(list, table)
                                           .arg(lastId)
                                           .arg(kPage)
                                     : QStringLiteral("SELECT %1 FROM %2").arg(list, table);
        if (!run(from, select, error, &rows))
            return false;
        int read = 0;
        while (rows.next()) {
            for (int i = 0; i < columns.size(); ++i)
                insert.bindValue(i, portable(rows.value(i)));
            if (!insert.exec()) {
                *error = tr("Row %1 of the table %2 could not be copied: %3")
                             .arg(paged ? rows.value(idColumn).toString() : QString::number(*copied + 1),
                                  table, insert.lastError().text());
                return false;
            }
            if (paged)
                lastId = rows.value(idColumn).toLongLong();
            ++read;
            ++*copied;
        }
        if (!paged || read < kPage)
            return true;
    }
}

// The audit trail's triggers on a team server write the connected user into
// every new entry; a copy keeps the names the source recorded. Only the
// workspace's owner may switch them off, inside the copy's transaction.
bool setAuditTriggers(Workspace &target, bool on, QString *error)
{
    const QString verb = on ? QStringLiteral("ENABLE") : QStringLiteral("DISABLE");
    QString detail;
    if (run(target.database(), QStringLiteral("ALTER TABLE audit %1 TRIGGER audit_user").arg(verb),
            &detail) &&
        run(target.database(), QStringLiteral("ALTER TABLE audit_load %1 TRIGGER audit_load_user").arg(verb),
            &detail))
        return true;
    *error = detail.contains(QLatin1String("must be owner"))
                 ? tr("Only the owner of the team workspace %1 can copy a workspace into it (the audit trail "
                      "keeps the names of who made each change).")
                       .arg(target.path())
                 : tr("The audit trail of %1 cannot be prepared for the copy: %2").arg(target.path(), detail);
    return false;
}

bool emptyTarget(Workspace &target, bool replace, QString *error)
{
    const QStringList all = tables();
    for (const QString &table : all) {
        QSqlQuery q;
        if (!run(target.database(), QStringLiteral("SELECT count(*) FROM %1").arg(table), error, &q))
            return false;
        const qint64 rows = q.next() ? q.value(0).toLongLong() : 0;
        if (rows > 0 && !replace) {
            *error = tr("The workspace %1 is not empty (%2 rows in %3). Copy into a new, empty workspace, or "
                        "give --replace to empty it first.")
                         .arg(target.path())
                         .arg(rows)
                         .arg(table);
            return false;
        }
    }
    for (auto it = all.crbegin(); it != all.crend(); ++it)
        if (!run(target.database(), QStringLiteral("DELETE FROM %1").arg(*it), error))
            return false;
    return true;
}

bool resetIdentities(Workspace &target, QString *error)
{
    for (const QString &table : tables()) {
        if (!columnsOf(target.database(), table).contains(QLatin1String("id")))
            continue;
        if (!run(target.database(),
                 QStringLiteral(
                     "SELECT setval(pg_get_serial_sequence('%1', 'id'), m) FROM (SELECT max(id) AS m "
                     "FROM %1) s WHERE m IS NOT NULL")
                     .arg(table),
                 error))
            return false;
    }
    return true;
}

bool copyAll(Workspace &source, Workspace &target, const Options &options, Report *report, QString *error)
{
    if (!fingerprint(source, &report->counts, &report->sourceAuditDigest, &report->auditEntries, error))
        return false;
    if (!emptyTarget(target, options.replace, error))
        return false;
    const bool server = target.driver().isServer();
    if (server && !setAuditTriggers(target, false, error))
        return false;
    for (TableCount &count : report->counts) {
        qint64 copied = 0;
        if (!copyTable(source, target, count.table, &copied, error))
            return false;
        qCDebug(lcStorage) << "workspace copy:" << count.table << copied << "rows";
    }
    if (server && (!setAuditTriggers(target, true, error) || !resetIdentities(target, error)))
        return false;
    QList<TableCount> targetCounts;
    qint64 targetAudit = 0;
    if (!fingerprint(target, &targetCounts, &report->targetAuditDigest, &targetAudit, error))
        return false;
    for (int i = 0; i < report->counts.size(); ++i)
        report->counts[i].target = targetCounts.value(i).source;
    if (!report->verified()) {
        *error = tr("The copy does not match its source (rows counted and audit trail compared after "
                    "copying); nothing was kept.");
        return false;
    }
    return true;
}

} // namespace

QStringList tables()
{
    return {QStringLiteral("employer"),
            QStringLiteral("audit_load"),
            QStringLiteral("worker"),
            QStringLiteral("employment"),
            QStringLiteral("training"),
            QStringLiteral("participation"),
            QStringLiteral("training_right"),
            QStringLiteral("audit"),
            QStringLiteral("outbox"),
            QStringLiteral("anomaly"),
            QStringLiteral("sync_platform_version"),
            QStringLiteral("sync_pull_rejection"),
            QStringLiteral("sync_unanswered_declaration"),
            QStringLiteral("training_plan"),
            QStringLiteral("training_plan_item"),
            QStringLiteral("training_plan_event"),
            QStringLiteral("certificate_file")};
}

bool Report::verified() const
{
    for (const TableCount &c : counts)
        if (c.source != c.target)
            return false;
    return !sourceAuditDigest.isEmpty() && sourceAuditDigest == targetAuditDigest;
}

bool fingerprint(Workspace &ws, QList<TableCount> *counts, QByteArray *auditDigest, qint64 *auditEntries,
                 QString *error)
{
    counts->clear();
    for (const QString &table : tables()) {
        QSqlQuery q;
        if (!run(ws.database(), QStringLiteral("SELECT count(*) FROM %1").arg(table), error, &q))
            return false;
        counts->append({table, q.next() ? q.value(0).toLongLong() : 0, 0});
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 loads = 0;
    *auditEntries = 0;
    if (!digestTable(ws.database(), QStringLiteral("audit_load"), kLoadColumns, hash, &loads, error) ||
        !digestTable(ws.database(), QStringLiteral("audit"), kAuditColumns, hash, auditEntries, error))
        return false;
    *auditDigest = hash.result().toHex();
    return true;
}

bool copy(Workspace &source, Workspace &target, const Options &options, Report *report, QString *error)
{
    *report = {};
    // One snapshot of the source: a team server keeps serving its desktops
    // while the copy reads.
    const QString snapshot = source.driver().isServer()
                                 ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                                 : QStringLiteral("BEGIN");
    QString detail;
    if (!run(source.database(), snapshot, &detail)) {
        *error = tr("The workspace %1 cannot be read: %2").arg(source.path(), detail);
        return false;
    }
    if (!target.beginTransaction(&detail)) {
        run(source.database(), QStringLiteral("ROLLBACK"), nullptr);
        *error = tr("The workspace %1 cannot be written: %2").arg(target.path(), detail);
        return false;
    }
    bool ok = copyAll(source, target, options, report, &detail) && target.commitTransaction(&detail);
    if (!ok) {
        target.rollbackTransaction();
        *error = tr("The workspace %1 was not copied into %2: %3").arg(source.path(), target.path(), detail);
    }
    run(source.database(), QStringLiteral("ROLLBACK"), nullptr);
    qCInfo(lcStorage).noquote() << "workspace copy" << source.path() << "->" << target.path()
                                << (ok ? QStringLiteral("verified") : *error);
    return ok;
}

} // namespace fla::WorkspaceCopy
