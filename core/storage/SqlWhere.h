#pragma once

// Internal to the storage module: the WHERE clause of a filtered list (a view's
// search box, period and status), written once for every record kind's pages.

#include <QDate>
#include <QString>
#include <QUuid>
#include <QVariantList>

namespace fla::storage {

// " WHERE <employer> = ? AND …" and the values its placeholders take, in order.
class SqlWhere
{
public:
    // Every list is one employer's: the clause starts with it.
    SqlWhere(const QString &employerColumn, const QUuid &employer);

    // `condition` with its placeholders' values.
    void add(const QString &condition, const QVariantList &values);
    // A search box: a value in either column starts with `text` (any case).
    // Nothing for an empty search.
    void startsWith(const QString &text, const QString &column, const QString &otherColumn);
    // A period that overlaps [from, to]; an invalid date leaves that side open.
    void overlaps(const QDate &from, const QDate &to, const QString &startColumn, const QString &endColumn);

    const QString &clause() const { return m_clause; }
    const QVariantList &binds() const { return m_binds; }

private:
    QString m_clause;
    QVariantList m_binds;
};

} // namespace fla::storage
