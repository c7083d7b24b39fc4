#include "ui/widgets/Format.h"

#include "core/domain/CodeLabels.h"
#include "core/domain/FieldText.h"

#include <cmath>

#include <QApplication>
#include <QCoreApplication>
#include <QStyle>

namespace fla::ui {

QString dateFormat(const QLocale &locale)
{
    QString f = locale.dateFormat(QLocale::ShortFormat);
    // Two-digit day and month, four-digit year: 3/02/25 becomes 03/02/2025.
    QString out;
    for (int i = 0; i < f.size();) {
        const QChar c = f.at(i);
        int n = 1;
        while (i + n < f.size() && f.at(i + n) == c)
            ++n;
        if (c == QLatin1Char('d') && n <= 2)
            out += QLatin1String("dd");
        else if (c == QLatin1Char('M') && n <= 2)
            out += QLatin1String("MM");
        else if (c == QLatin1Char('y'))
            out += QLatin1String("yyyy");
        else
            out += f.mid(i, n);
        i += n;
    }
    return out;
}

QString formatDate(const QDate &d, const QLocale &locale)
{
    return d.isValid() ? locale.toString(d, dateFormat(locale)) : QString();
}

QString formatNumber(double v, int decimals, const QLocale &locale)
{
    return schema::numberText(v, decimals, locale);
}

QString formatDuration(double value, DurationUnit u)
{
    const double rounded = std::round(value);
    if (std::abs(value - rounded) < 1e-9 && std::abs(rounded) < 1e9) {
        const int n = int(rounded);
        return u == DurationUnit::Days
                   ? QCoreApplication::translate("fla::ui::Format", "%n day(s)", nullptr, n)
                   : QCoreApplication::translate("fla::ui::Format", "%n hour(s)", nullptr, n);
    }
    // A fraction: the form for its whole part (French says "1,5 jour").
    const int n = std::abs(value) < 2 ? 1 : 2;
    const QString text = u == DurationUnit::Days
                             ? QCoreApplication::translate("fla::ui::Format", "%1 day(s)", nullptr, n)
                             : QCoreApplication::translate("fla::ui::Format", "%1 hour(s)", nullptr, n);
    return text.arg(formatNumber(value));
}

QColor severityBackground(Severity s)
{
    switch (s) {
    case Severity::Blocking:
        return QColor(0xfd, 0xe2, 0xe1);
    case Severity::Warning:
        return QColor(0xff, 0xf3, 0xcd);
    case Severity::Information:
        return QColor(0xe3, 0xf0, 0xfb);
    }
    return {};
}

QColor severityForeground(Severity s)
{
    switch (s) {
    case Severity::Blocking:
        return QColor(0xa9, 0x1d, 0x16);
    case Severity::Warning:
        return QColor(0x8a, 0x5a, 0x00);
    case Severity::Information:
        return QColor(0x1f, 0x4e, 0x79);
    }
    return {};
}

QIcon severityIcon(Severity s)
{
    QStyle *st = QApplication::style();
    switch (s) {
    case Severity::Blocking:
        return st->standardIcon(QStyle::SP_MessageBoxCritical);
    case Severity::Warning:
        return st->standardIcon(QStyle::SP_MessageBoxWarning);
    case Severity::Information:
        return st->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}

QLocale localeForLanguage(const QString &language)
{
    if (language == QLatin1String("nl"))
        return QLocale(QLocale::Dutch, QLocale::Belgium);
    if (language == QLatin1String("fr"))
        return QLocale(QLocale::French, QLocale::Belgium);
    if (language == QLatin1String("de"))
        return QLocale(QLocale::German, QLocale::Belgium);
    return QLocale(QLocale::English, QLocale::Belgium);
}

} // namespace fla::ui
