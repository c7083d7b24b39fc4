#include "core/anomaly/FlaRules.h"

#include "core/obligations/TrainingRightRules.h"

#include <cmath>

namespace fla::flarules {

QDate quarterlyDeadline(const QDate &trainingEnd)
{
    if (!trainingEnd.isValid())
        return {};
    const int quarterLastMonth = ((trainingEnd.month() - 1) / 3 + 1) * 3;
    const QDate firstOfMonthAfter = QDate(trainingEnd.year(), quarterLastMonth, 1).addMonths(1);
    return firstOfMonthAfter.addMonths(1).addDays(-1);
}

QDate nextQuarterlyDeadline(const QDate &today)
{
    if (!today.isValid() || today >= flaClosingDay())
        return {};
    // The deadline of the quarter that ended last, or, once that one has passed, of this quarter.
    const QDate lastQuarterEnd = QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1).addDays(-1);
    QDate deadline = quarterlyDeadline(lastQuarterEnd);
    if (deadline < today)
        deadline = quarterlyDeadline(lastQuarterEnd.addDays(1));
    return qMin(deadline, flaClosingDay().addDays(-1)); // nothing reaches the FLA after its last day
}

double legalDaysPerYear(SizeClass sizeClass)
{
    // The law's figures of the FLA's years live in the training right's data file.
    const TrainingRightFigures *law = TrainingRightRules::builtIn().figures(QString(), kFirstFlaYear);
    return law ? law->days(sizeClass) : 0;
}

qint64 firstJulianOfYear(int year)
{
    static const qint64 base = QDate(kFirstFlaYear, 1, 1).toJulianDay();
    static const qint64 table[] = {base,
                                   base + 366,
                                   base + 366 + 365,
                                   base + 366 + 365 + 365,
                                   base + 366 + 365 + 365 + 365,
                                   base + 366 + 365 + 365 + 365 + 366,
                                   base + 366 + 365 + 365 + 365 + 366 + 365,
                                   base + 366 + 365 + 365 + 365 + 366 + 365 + 365};
    if (year >= kFirstFlaYear && year < kFirstFlaYear + 8)
        return table[year - kFirstFlaYear];
    return QDate(year, 1, 1).toJulianDay();
}

bool employedInYear(const Employment &e, int year)
{
    if (!e.startDate.isValid() || (e.endDate.isValid() && e.endDate < e.startDate))
        return false;
    return e.startDate.toJulianDay() < firstJulianOfYear(year + 1) &&
           (!e.endDate.isValid() || e.endDate.toJulianDay() >= firstJulianOfYear(year));
}

double employedShare(const QList<const Employment *> &employments, int year)
{
    const qint64 first = firstJulianOfYear(year);
    const qint64 last = first + daysInYear(year) - 1;
    double share = 0;
    for (const Employment *e : employments) {
        if (!e->startDate.isValid())
            continue;
        if (e->endDate.isValid() && e->endDate < e->startDate)
            continue;
        const qint64 from = std::max(first, e->startDate.toJulianDay());
        const qint64 to = e->endDate.isValid() ? std::min(last, e->endDate.toJulianDay()) : last;
        if (to < from)
            continue;
        const double regime = std::clamp(e->workRegime, 0.0, 1.0);
        share += regime * double(to - from + 1) / double(daysInYear(year));
    }
    return std::min(share, 1.0);
}

double proratedLegalDays(SizeClass sizeClass, const QList<const Employment *> &employments, int year)
{
    return std::round(legalDaysPerYear(sizeClass) * employedShare(employments, year) * 100.0) / 100.0;
}

double toDays(double amount, DurationUnit unit, double hoursPerDay)
{
    if (unit == DurationUnit::Days)
        return amount;
    return hoursPerDay > 0 ? amount / hoursPerDay : amount / 7.6;
}

qint64 calendarDays(const QDate &start, const QDate &end)
{
    if (!start.isValid() || !end.isValid() || end < start)
        return 0;
    return start.daysTo(end) + 1;
}

QString normalizedName(const QString &name)
{
    bool ascii = true;
    for (const QChar c : name)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii) { // the common case, without Unicode decomposition
        QString out;
        out.reserve(name.size());
        bool space = false;
        for (const QChar c : name) {
            const char16_t u = c.unicode();
            const bool alnum =
                (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
            if (!alnum) {
                space = true;
                continue;
            }
            if (space && !out.isEmpty())
                out.append(QLatin1Char(' '));
            space = false;
            out.append(QChar(u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u));
        }
        return out;
    }
    const QString decomposed = name.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    bool space = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber()) {
            if (space && !out.isEmpty())
                out.append(QLatin1Char(' '));
            space = false;
            out.append(c.toLower());
        } else {
            space = true;
        }
    }
    return out;
}

} // namespace fla::flarules
