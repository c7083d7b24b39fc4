#include "core/storage/StatementCache.h"

#include "core/common/LogCategories.h"

#include <QSqlError>

namespace fla {

QSqlQuery *StatementCache::get(const QString &sql, QString *error)
{
    auto it = m_queries.find(sql);
    if (it != m_queries.end())
        return it->get();
    auto q = std::make_shared<QSqlQuery>(m_db);
    q->setForwardOnly(true);
    if (!q->prepare(sql)) {
        // Said here once for every caller (some only see nullptr): the engine's text and the statement.
        qCWarning(lcStorage).noquote() << "cannot prepare:" << q->lastError().text() << "in" << sql;
        if (error)
            *error = q->lastError().text();
        return nullptr;
    }
    m_queries.insert(sql, q);
    return q.get();
}

} // namespace fla
