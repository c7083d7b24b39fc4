#include "core/domain/FieldText.h"

#include "core/common/DisplayDate.h"
#include "core/domain/Ssin.h"

#include <QCoreApplication>
#include <QLocale>

namespace fla::schema {

namespace {

QString yesNo(bool v)
{
    return v ? QCoreApplication::translate("fla::FieldText", "yes")
             : QCoreApplication::translate("fla::FieldText", "no");
}

} // namespace

QString numberText(double v, int decimals, const QLocale &locale)
{
    QString s = locale.toString(v, 'f', decimals);
    const QString point = locale.decimalPoint();
    if (s.contains(point)) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(point))
            s.chop(point.size());
    }
    return s;
}

QString emptyText()
{
    return QCoreApplication::translate("fla::FieldText", "(empty)");
}

QString valueText(const FieldInfo &, const QUuid &v)
{
    return v.isNull() ? emptyText() : v.toString(QUuid::WithoutBraces);
}

QString valueText(const FieldInfo &f, const QString &v)
{
    if (v.isEmpty())
        return emptyText();
    // The INSZ is the one text field with a display form of its own.
    if (QLatin1String(f.key) == QLatin1String("ssin")) {
        const Ssin ssin = Ssin::parse(v);
        return ssin.isValid() ? ssin.display() : v;
    }
    return v;
}

QString valueText(const FieldInfo &, const QDate &v)
{
    return v.isValid() ? displayDate(v) : emptyText();
}

QString valueText(const FieldInfo &, double v)
{
    return numberText(v);
}

QString valueText(const FieldInfo &, int v)
{
    return QString::number(v);
}

QString valueText(const FieldInfo &, bool v)
{
    return yesNo(v);
}

QString valueText(const FieldInfo &, const std::optional<double> &v)
{
    return v ? numberText(*v) : emptyText();
}

QString valueText(const FieldInfo &, const std::optional<qint64> &v)
{
    // The schema's optional integer is an amount in cents.
    return v ? QLocale().toCurrencyString(double(*v) / 100.0, QStringLiteral("€")) : emptyText();
}

QString valueText(const FieldInfo &, const QStringList &v)
{
    return v.isEmpty() ? emptyText() : v.join(QStringLiteral(", "));
}

} // namespace fla::schema
