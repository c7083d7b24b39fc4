#include "core/sync/UnansweredDeclarations.h"

#include "core/common/Clock.h"
#include "core/common/LogCategories.h"
#include "core/storage/StatementCache.h"
#include "core/storage/Workspace.h"

#include <QSqlError>
#include <QSqlQuery>

namespace fla {

UnansweredDeclarations::UnansweredDeclarations(Workspace &ws)
    : m_ws(ws)
{}

QHash<QUuid, QStringList> UnansweredDeclarations::all()
{
    QHash<QUuid, QStringList> out;
    QSqlQuery q(m_ws.database());
    if (!q.exec(QStringLiteral("SELECT record_uuid, declaration_id FROM sync_unanswered_declaration"
                               " ORDER BY sent_at, declaration_id"))) {
        qCWarning(lcSync) << "cannot read the unanswered declarations:" << q.lastError().text();
        return out;
    }
    while (q.next())
        out[QUuid::fromString(q.value(0).toString())].append(q.value(1).toString());
    return out;
}

bool UnansweredDeclarations::note(const QList<QUuid> &records, const QString &declarationId,
                                  const QString &enterpriseNumber, QString *error)
{
    const QString now = m_ws.clock().nowUtc().toString(Qt::ISODateWithMs);
    return forEachRecord(QStringLiteral("INSERT INTO sync_unanswered_declaration"
                                        " (record_uuid, declaration_id, enterprise_number, sent_at)"
                                        " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                         records, {declarationId, enterpriseNumber, now}, error);
}

bool UnansweredDeclarations::forget(const QList<QUuid> &records, QString *error)
{
    return forEachRecord(QStringLiteral("DELETE FROM sync_unanswered_declaration WHERE record_uuid = ?"),
                         records, {}, error);
}

bool UnansweredDeclarations::forEachRecord(const QString &sql, const QList<QUuid> &records,
                                           const QVariantList &more, QString *error)
{
    QSqlQuery *q = m_ws.statements().get(sql, error);
    if (!q)
        return false;
    bool ok = true;
    for (const QUuid &record : records) {
        q->bindValue(0, record.toString(QUuid::WithoutBraces));
        for (int i = 0; i < more.size(); ++i)
            q->bindValue(i + 1, more.at(i));
        if (!q->exec()) {
            if (error)
                *error = q->lastError().text();
            ok = false;
            break;
        }
    }
    q->finish();
    return ok;
}

} // namespace fla
