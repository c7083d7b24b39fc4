#pragma once

#include <QDate>
#include <QString>
#include <QStringView>
#include <QUuid>
#include <optional>

namespace fla::fieldtext {

// The machine text forms of field values in the CSV set and the API:
// ISO dates, true/false, a dot as decimal separator, UUIDs without braces.
QString fromDate(const QDate &d); // empty for an invalid date
QString fromBool(bool b);
QString fromDouble(double v);
QString fromCents(const std::optional<qint64> &cents); // 123.45
QString fromUuid(const QUuid &u);

// Each returns std::nullopt when the text is not of the form; an empty text
// is a valid "absent" where the field is optional (callers decide).
std::optional<QDate> toDate(QStringView s);
std::optional<bool> toBool(QStringView s);
std::optional<double> toDouble(QStringView s);
std::optional<qint64> toCents(QStringView s);
std::optional<QUuid> toUuid(QStringView s);

} // namespace fla::fieldtext
