#include "core/sync/PlatformVersions.h"

#include "core/common/Clock.h"
#include "core/common/LogCategories.h"
#include "core/storage/StatementCache.h"
#include "core/storage/Transaction.h"
#include "core/storage/Workspace.h"

#include <QSqlError>
#include <QSqlQuery>

namespace fla {

namespace {

QString uuidText(const QUuid &u)
{
    return u.toString(QUuid::WithoutBraces);
}

} // namespace

PlatformVersions::PlatformVersions(Workspace &ws)
    : m_ws(ws)
{}

bool PlatformVersions::exec(const QString &sql, const QVariantList &values, QString *error)
{
    QString detail;
    QSqlQuery *q = m_ws.statements().get(sql, &detail);
    if (!q) {
        if (error)
            *error = detail;
        return false;
    }
    for (int i = 0; i < values.size(); ++i)
        q->bindValue(i, values.at(i));
    const bool ok = q->exec();
    if (!ok) {
        if (error)
            *error = q->lastError().text();
        qCWarning(lcSync) << "platform versions:" << q->lastError().text();
    }
    q->finish();
    return ok;
}

std::optional<PlatformVersions::Version> PlatformVersions::version(const QUuid &recordUuid)
{
    QSqlQuery *q = m_ws.statements().get(QStringLiteral(
        "SELECT employer_uuid, entity, base_etag, their_etag, conflict FROM sync_platform_version"
        " WHERE record_uuid = ?"));
    if (!q)
        return std::nullopt;
    q->bindValue(0, uuidText(recordUuid));
    std::optional<Version> out;
    if (q->exec() && q->next()) {
        Version v;
        v.recordUuid = recordUuid;
        v.employerUuid = QUuid::fromString(q->value(0).toString());
        v.entity = recordKindFromString(q->value(1).toString()).value_or(RecordKind::Worker);
        v.baseEtag = q->value(2).toString();
        v.theirEtag = q->value(3).toString();
        v.conflict = q->value(4).toInt() != 0;
        out = v;
    }
    q->finish();
    return out;
}

QHash<QUuid, QString> PlatformVersions::baseEtags(const QUuid &employerUuid)
{
    QHash<QUuid, QString> out;
    QSqlQuery q(m_ws.database());
    q.prepare(QStringLiteral("SELECT record_uuid, base_etag FROM sync_platform_version"
                             " WHERE employer_uuid = ? AND base_etag IS NOT NULL AND base_etag <> ''"));
    q.bindValue(0, uuidText(employerUuid));
    if (q.exec()) {
        while (q.next())
            out.insert(QUuid::fromString(q.value(0).toString()), q.value(1).toString());
    }
    return out;
}

QList<PlatformVersions::Version> PlatformVersions::conflicts(const QUuid &employerUuid)
{
    QList<Version> out;
    QSqlQuery q(m_ws.database());
    q.prepare(QStringLiteral("SELECT record_uuid, entity, base_etag, their_etag FROM sync_platform_version"
                             " WHERE employer_uuid = ? AND conflict = 1 ORDER BY updated_at, record_uuid"));
    q.bindValue(0, uuidText(employerUuid));
    if (q.exec()) {
        while (q.next()) {
            Version v;
            v.recordUuid = QUuid::fromString(q.value(0).toString());
            v.employerUuid = employerUuid;
            v.entity = recordKindFromString(q.value(1).toString()).value_or(RecordKind::Worker);
            v.baseEtag = q.value(2).toString();
            v.theirEtag = q.value(3).toString();
            v.conflict = true;
            out.append(v);
        }
    }
    return out;
}

bool PlatformVersions::setBase(const QUuid &employerUuid, RecordKind entity, const QUuid &recordUuid,
                               const QString &etag, QString *error)
{
    return exec(
        QStringLiteral("INSERT INTO sync_platform_version"
                       " (record_uuid, employer_uuid, entity, base_etag, their_etag, conflict, updated_at)"
                       " VALUES (?, ?, ?, ?, NULL, 0, ?)"
                       " ON CONFLICT (record_uuid) DO UPDATE SET base_etag = excluded.base_etag,"
                       " their_etag = NULL, conflict = 0, updated_at = excluded.updated_at"),
        {uuidText(recordUuid), uuidText(employerUuid), toString(entity),
         etag.isEmpty() ? QVariant() : QVariant(etag), m_ws.clock().nowUtc().toString(Qt::ISODateWithMs)},
        error);
}

bool PlatformVersions::setConflict(const QUuid &employerUuid, RecordKind entity, const QUuid &recordUuid,
                                   const QString &theirEtag, QString *error)
{
    return exec(
        QStringLiteral("INSERT INTO sync_platform_version"
                       " (record_uuid, employer_uuid, entity, base_etag, their_etag, conflict, updated_at)"
                       " VALUES (?, ?, ?, NULL, ?, 1, ?)"
                       " ON CONFLICT (record_uuid) DO UPDATE SET their_etag = excluded.their_etag,"
                       " conflict = 1, updated_at = excluded.updated_at"),
        {uuidText(recordUuid), uuidText(employerUuid), toString(entity),
         theirEtag.isEmpty() ? QVariant() : QVariant(theirEtag),
         m_ws.clock().nowUtc().toString(Qt::ISODateWithMs)},
        error);
}

bool PlatformVersions::setBases(const QList<Entry> &entries, QString *error)
{
    return upsertMany(entries, false, error);
}

bool PlatformVersions::setConflicts(const QList<Entry> &entries, QString *error)
{
    return upsertMany(entries, true, error);
}

// Multi-row VALUES with the same ON CONFLICT clause as setBase / setConflict
// (SQLite 3.24+ and PostgreSQL 9.5+). A record appears once per statement (one
// statement cannot update a row twice on PostgreSQL): a later entry of the same
// record replaces the earlier one's ETag, which is what the single calls in
// order would leave (the first one's employer and entity are the ones inserted).
bool PlatformVersions::upsertMany(const QList<Entry> &entries, bool conflict, QString *error)
{
    if (entries.isEmpty())
        return true;
    QList<Entry> rows;
    rows.reserve(entries.size());
    QHash<QUuid, qsizetype> at;
    at.reserve(entries.size());
    for (const Entry &e : entries) {
        const auto seen = at.constFind(e.recordUuid);
        if (seen != at.cend()) {
            rows[*seen].etag = e.etag;
        } else {
            at.insert(e.recordUuid, rows.size());
            rows.append(e);
        }
    }

    const QString head = QStringLiteral(
        "INSERT INTO sync_platform_version"
        " (record_uuid, employer_uuid, entity, base_etag, their_etag, conflict, updated_at) VALUES ");
    const QString row =
        conflict ? QStringLiteral("(?, ?, ?, NULL, ?, 1, ?)") : QStringLiteral("(?, ?, ?, ?, NULL, 0, ?)");
    const QString tail =
        conflict ? QStringLiteral(" ON CONFLICT (record_uuid) DO UPDATE SET their_etag = excluded.their_etag,"
                                  " conflict = 1, updated_at = excluded.updated_at")
                 : QStringLiteral(" ON CONFLICT (record_uuid) DO UPDATE SET base_etag = excluded.base_etag,"
                                  " their_etag = NULL, conflict = 0, updated_at = excluded.updated_at");
    auto statement = [&](qsizetype n) -> QString {
        QString sql = head;
        sql.reserve(head.size() + n * (row.size() + 2) + tail.size());
        for (qsizetype i = 0; i < n; ++i) {
            if (i > 0)
                sql += QLatin1String(", ");
            sql += row;
        }
        return sql + tail;
    };
    const QString full = statement(kBatchRows);
    const QString now = m_ws.clock().nowUtc().toString(Qt::ISODateWithMs);

    // One transaction (the caller's when there is one). A failed statement does
    // not cancel the others nor the caller's transaction, as with the single calls.
    Transaction tx(m_ws);
    bool ok = true;
    QVariantList values;
    for (qsizetype from = 0; from < rows.size(); from += kBatchRows) {
        const qsizetype n = std::min<qsizetype>(kBatchRows, rows.size() - from);
        values.clear();
        values.reserve(n * 5);
        for (qsizetype i = from; i < from + n; ++i) {
            const Entry &e = rows.at(i);
            values << uuidText(e.recordUuid) << uuidText(e.employerUuid) << toString(e.entity)
                   << (e.etag.isEmpty() ? QVariant() : QVariant(e.etag)) << now;
        }
        QString detail;
        if (!exec(n == kBatchRows ? full : statement(n), values, &detail) && ok) {
            ok = false;
            if (error)
                *error = detail;
        }
    }
    QString detail;
    if (tx.isActive() && !tx.commit(&detail) && ok) {
        ok = false;
        if (error)
            *error = detail;
    }
    return ok;
}

bool PlatformVersions::forget(const QUuid &recordUuid, QString *error)
{
    return exec(QStringLiteral("DELETE FROM sync_platform_version WHERE record_uuid = ?"),
                {uuidText(recordUuid)}, error) &&
           exec(QStringLiteral("DELETE FROM sync_pull_rejection WHERE record_uuid = ?"),
                {uuidText(recordUuid)}, error);
}

bool PlatformVersions::reject(const QUuid &employerUuid, RecordKind entity, const QUuid &recordUuid,
                              const QString &field, const QString &platformHash, QString *error)
{
    return exec(QStringLiteral("INSERT INTO sync_pull_rejection"
                               " (record_uuid, field, employer_uuid, entity, platform_hash, rejected_at)"
                               " VALUES (?, ?, ?, ?, ?, ?)"
                               " ON CONFLICT (record_uuid, field) DO UPDATE SET"
                               " platform_hash = excluded.platform_hash, rejected_at = excluded.rejected_at"),
                {uuidText(recordUuid), field.isNull() ? QString(QLatin1String("")) : field,
                 uuidText(employerUuid), toString(entity),
                 platformHash.isNull() ? QString(QLatin1String("")) : platformHash,
                 m_ws.clock().nowUtc().toString(Qt::ISODateWithMs)},
                error);
}

bool PlatformVersions::clearRejection(const QUuid &recordUuid, const QString &field, QString *error)
{
    return exec(QStringLiteral("DELETE FROM sync_pull_rejection WHERE record_uuid = ? AND field = ?"),
                {uuidText(recordUuid), field.isNull() ? QString(QLatin1String("")) : field}, error);
}

QHash<QString, QString> PlatformVersions::rejections(const QUuid &employerUuid)
{
    QHash<QString, QString> out;
    QSqlQuery q(m_ws.database());
    q.prepare(QStringLiteral(
        "SELECT record_uuid, field, platform_hash FROM sync_pull_rejection WHERE employer_uuid = ?"));
    q.bindValue(0, uuidText(employerUuid));
    if (q.exec()) {
        while (q.next())
            out.insert(rejectionKey(QUuid::fromString(q.value(0).toString()), q.value(1).toString()),
                       q.value(2).toString());
    }
    return out;
}

QString PlatformVersions::rejectionKey(const QUuid &recordUuid, const QString &field)
{
    return uuidText(recordUuid) + QLatin1Char('/') + field;
}

} // namespace fla
