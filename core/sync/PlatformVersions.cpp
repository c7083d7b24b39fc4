#include "sync/PlatformVersions.h"

#include "common/Clock.h"
#include "common/LogCategories.h"
#include "storage/StatementCache.h"
#include "storage/Workspace.h"

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
        v.entity = entityTypeFromString(q->value(1).toString()).value_or(EntityType::Worker);
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
            v.entity = entityTypeFromString(q.value(1).toString()).value_or(EntityType::Worker);
            v.baseEtag = q.value(2).toString();
            v.theirEtag = q.value(3).toString();
            v.conflict = true;
            out.append(v);
        }
    }
    return out;
}

bool PlatformVersions::setBase(const QUuid &employerUuid, EntityType entity, const QUuid &recordUuid,
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

bool PlatformVersions::setConflict(const QUuid &employerUuid, EntityType entity, const QUuid &recordUuid,
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

bool PlatformVersions::forget(const QUuid &recordUuid, QString *error)
{
    return exec(QStringLiteral("DELETE FROM sync_platform_version WHERE record_uuid = ?"),
                {uuidText(recordUuid)}, error) &&
           exec(QStringLiteral("DELETE FROM sync_pull_rejection WHERE record_uuid = ?"),
                {uuidText(recordUuid)}, error);
}

bool PlatformVersions::reject(const QUuid &employerUuid, EntityType entity, const QUuid &recordUuid,
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
