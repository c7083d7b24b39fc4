#pragma once

#include <QJsonArray>
#include <QJsonValue>
#include <QString>
#include <QUrlQuery>
#include <optional>

namespace fla::sandbox {

// The `issues[]` of a 400 problem+json answer (Belgif schemaViolation), for
// the parameters and body fields of one request, collected as they are read.
class InputIssues
{
public:
    // A whole number in [min, max] from the query (`fallback` when absent); an
    // issue naming the parameter otherwise. Checked before any arithmetic on it.
    int queryInteger(const QUrlQuery &query, const QString &name, int min, int max, int fallback);
    // The same for a path segment ({year}); nullopt and an issue when out of range.
    std::optional<int> pathInteger(const QString &name, const QString &text, int min, int max);

    void add(const QString &in, const QString &name, const QJsonValue &value, const QString &detail);
    bool isEmpty() const { return m_issues.isEmpty(); }
    const QJsonArray &issues() const { return m_issues; }

private:
    std::optional<int> integer(const QString &in, const QString &name, const QString &text, int min, int max);
    QJsonArray m_issues;
};

} // namespace fla::sandbox
