#include "storage/StatementCache.h"

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
        if (error)
            *error = q->lastError().text();
        return nullptr;
    }
    m_queries.insert(sql, q);
    return q.get();
}

} // namespace fla
