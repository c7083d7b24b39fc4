#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <memory>

namespace fla {

// Prepared statements of one connection, prepared once and reused.
class StatementCache
{
public:
    explicit StatementCache(QSqlDatabase db)
        : m_db(std::move(db))
    {}
    // The prepared statement for sql; nullptr (with the engine's text in
    // error, and logged with the statement in fladesk.storage) when it cannot be prepared.
    QSqlQuery *get(const QString &sql, QString *error = nullptr);
    void clear() { m_queries.clear(); }

private:
    QSqlDatabase m_db;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_queries;
};

} // namespace fla
