#pragma once

#include "core/domain/CodeLabels.h"
#include "core/domain/FieldLabels.h"
#include "core/domain/RecordSchema.h"

#include <QLocale>
#include <QString>
#include <type_traits>

namespace fla::schema {

// A field's value as a person reads it, in the interface's language, typed
// through the schema's member: a date dd/mm/yyyy, a number in the locale,
// yes/no, a code list's name, an INSZ in its display form, an amount in cents
// in euro, and emptyText() where there is none. Core makes these texts; the ui
// shows them (the pull review, conflicts).
QString emptyText();
// A number in the locale without trailing zeros (7,5 and 8), at most `decimals` decimals.
QString numberText(double v, int decimals = 2, const QLocale &locale = QLocale());
QString valueText(const FieldInfo &f, const QUuid &v);
QString valueText(const FieldInfo &f, const QString &v);
QString valueText(const FieldInfo &f, const QDate &v);
QString valueText(const FieldInfo &f, double v);
QString valueText(const FieldInfo &f, int v);
QString valueText(const FieldInfo &f, bool v);
QString valueText(const FieldInfo &f, const std::optional<double> &v);
QString valueText(const FieldInfo &f, const std::optional<qint64> &v);
QString valueText(const FieldInfo &f, const QStringList &v);
template<typename E, std::enable_if_t<std::is_enum_v<E>, int> = 0>
QString valueText(const FieldInfo &, E code)
{
    return codeLabel(code);
}

template<typename R> QString valueText(const R &record, const Field<R> &field)
{
    return std::visit([&](auto member) { return valueText(field.info, record.*member); }, field.member);
}

// "label value · label value …": the first `most` fields a form holds that
// have a value (not identifiers), for a record shown in one line.
template<typename R> QString summary(const R &record, const char *FieldInfo::*form, int most = 4)
{
    QStringList parts;
    for (const Field<R> &f : fields<R>()) {
        if (!(f.info.*form) || typeOf(f) == ValueType::Uuid)
            continue;
        const QString text = valueText(record, f);
        if (text == emptyText())
            continue;
        parts << fieldLabel(f.info) + QLatin1Char(' ') + text;
        if (parts.size() == most)
            break;
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace fla::schema
