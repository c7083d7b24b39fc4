#include "dataset/FieldText.h"

#include <cmath>

namespace fla::fieldtext {

QString fromDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString fromBool(bool b)
{
    return b ? QStringLiteral("true") : QStringLiteral("false");
}

QString fromDouble(double v)
{
    return QString::number(v, 'g', 12);
}

QString fromCents(const std::optional<qint64> &cents)
{
    if (!cents)
        return {};
    const qint64 c = *cents;
    const qint64 a = c < 0 ? -c : c;
    return QStringLiteral("%1%2.%3")
        .arg(c < 0 ? QStringLiteral("-") : QString())
        .arg(a / 100)
        .arg(a % 100, 2, 10, QLatin1Char('0'));
}

QString fromUuid(const QUuid &u)
{
    return u.toString(QUuid::WithoutBraces);
}

std::optional<QDate> toDate(QStringView s)
{
    const QStringView t = s.trimmed();
    if (t.size() != 10)
        return std::nullopt;
    const QDate d = QDate::fromString(t.toString(), Qt::ISODate);
    if (!d.isValid())
        return std::nullopt;
    return d;
}

std::optional<bool> toBool(QStringView s)
{
    const QStringView t = s.trimmed();
    if (t.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0 || t == QLatin1String("1"))
        return true;
    if (t.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0 || t == QLatin1String("0"))
        return false;
    return std::nullopt;
}

std::optional<double> toDouble(QStringView s)
{
    bool ok = false;
    const double v = s.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

std::optional<qint64> toCents(QStringView s)
{
    const auto v = toDouble(s);
    if (!v)
        return std::nullopt;
    return qint64(std::llround(*v * 100.0));
}

std::optional<QUuid> toUuid(QStringView s)
{
    const QUuid u = QUuid::fromString(s.trimmed());
    if (u.isNull())
        return std::nullopt;
    return u;
}

} // namespace fla::fieldtext
