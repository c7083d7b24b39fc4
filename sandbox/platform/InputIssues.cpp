#include "InputIssues.h"

#include <QJsonObject>

namespace fla::sandbox {

void InputIssues::add(const QString &in, const QString &name, const QJsonValue &value, const QString &detail)
{
    m_issues.append(QJsonObject{
        {QStringLiteral("type"), QStringLiteral("urn:problem-type:belgif:input-validation:schemaViolation")},
        {QStringLiteral("in"), in},
        {QStringLiteral("name"), name},
        {QStringLiteral("value"), value},
        {QStringLiteral("detail"), detail}});
}

std::optional<int> InputIssues::integer(const QString &in, const QString &name, const QString &text, int min,
                                        int max)
{
    bool ok = false;
    const qlonglong v = text.toLongLong(&ok);
    if (!ok || v < min || v > max) {
        add(in, name, text.left(40), QStringLiteral("a whole number from %1 to %2").arg(min).arg(max));
        return std::nullopt;
    }
    return int(v);
}

int InputIssues::queryInteger(const QUrlQuery &query, const QString &name, int min, int max, int fallback)
{
    if (!query.hasQueryItem(name))
        return fallback;
    return integer(QStringLiteral("query"), name, query.queryItemValue(name, QUrl::FullyDecoded), min, max)
        .value_or(fallback);
}

std::optional<int> InputIssues::pathInteger(const QString &name, const QString &text, int min, int max)
{
    return integer(QStringLiteral("path"), name, text, min, max);
}

} // namespace fla::sandbox
