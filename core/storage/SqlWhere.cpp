#include "core/storage/SqlWhere.h"

#include "core/storage/RecordTraits.h"

namespace fla::storage {

SqlWhere::SqlWhere(const QString &employerColumn, const QUuid &employer)
    : m_clause(QStringLiteral(" WHERE ") + employerColumn + QStringLiteral(" = ?"))
    , m_binds{v(employer)}
{}

void SqlWhere::add(const QString &condition, const QVariantList &values)
{
    m_clause += QStringLiteral(" AND ") + condition;
    m_binds += values;
}

void SqlWhere::startsWith(const QString &text, const QString &column, const QString &otherColumn)
{
    const QString typed = text.trimmed();
    if (typed.isEmpty())
        return;
    const QString prefix = typed.toLower() + QStringLiteral("%");
    add(QStringLiteral("(lower(%1) LIKE ? OR lower(%2) LIKE ?)").arg(column, otherColumn), {prefix, prefix});
}

void SqlWhere::overlaps(const QDate &from, const QDate &to, const QString &startColumn,
                        const QString &endColumn)
{
    if (from.isValid())
        add(endColumn + QStringLiteral(" >= ?"), {v(from)});
    if (to.isValid())
        add(startColumn + QStringLiteral(" <= ?"), {v(to)});
}

} // namespace fla::storage
