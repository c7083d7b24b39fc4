#include "sync/UnansweredDeclarations.h"

#include "common/Clock.h"
#include "common/LogCategories.h"
#include "storage/StatementCache.h"
#include "storage/Workspace.h"

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
    QSqlQuery *q = m_ws.statements().get(
        QStringLiteral("INSERT OR IGNORE INTO sync_unanswered_declaration"
                       " (record_uuid, declaration_id, enterprise_number, sent_at) VALUES (?, ?, ?, ?)"),
        error);
    if (!q)
        return false;
    const QString now = m_ws.clock().nowUtc().toString(Qt::ISODateWithMs);
    for (const QUuid &record : records) {
        q->bindValue(0, record.toString(QUuid::WithoutBraces));
        q->bindValue(1, declarationId);
        q->bindValue(2, enterpriseNumber);
        q->bindValue(3, now);
        if (!q->exec()) {
            if (error)
                *error = q->lastError().text();
            q->finish();
            return false;
        }
    }
    q->finish();
    return true;
}

bool UnansweredDeclarations::forget(const QList<QUuid> &records, QString *error)
{
    QSqlQuery *q = m_ws.statements().get(
        QStringLiteral("DELETE FROM sync_unanswered_declaration WHERE record_uuid = ?"), error);
    if (!q)
        return false;
    for (const QUuid &record : records) {
        q->bindValue(0, record.toString(QUuid::WithoutBraces));
        if (!q->exec()) {
            if (error)
                *error = q->lastError().text();
            q->finish();
            return false;
        }
    }
    q->finish();
    return true;
}

} // namespace fla
