#include "core/io/LocalValues.h"

#include <cmath>

namespace fla::localvalues {

namespace {

bool allDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

} // namespace

QDate fromExcelSerial(double serial)
{
    // Day 1 is 1900-01-01 and Excel counts a 29 February 1900 that never was:
    // from day 61 on, day 0 is 1899-12-30.
    const qint64 day = static_cast<qint64>(std::floor(serial));
    if (day < 61)
        return QDate(1899, 12, 31).addDays(day);
    return QDate(1899, 12, 30).addDays(day);
}

int yearFromTwoDigits(int twoDigits)
{
    return twoDigits < 69 ? 2000 + twoDigits : 1900 + twoDigits;
}

std::optional<QDate> parseDate(QStringView text)
{
    QStringView s = text.trimmed();
    if (s.isEmpty())
        return std::nullopt;
    // An ISO date-time: keep the date.
    const qsizetype t = s.indexOf(QLatin1Char('T'));
    if (t == 10)
        s = s.left(10);
    else if (s.size() > 10 && s.at(10) == QLatin1Char(' ') && s.at(4) == QLatin1Char('-'))
        s = s.left(10);

    // Fast path: d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy and yyyy-mm-dd, read in place.
    {
        int parts[3] = {0, 0, 0};
        int lengths[3] = {0, 0, 0};
        int part = 0;
        char16_t separator = 0;
        bool ok = true;
        for (qsizetype i = 0; ok && i < s.size(); ++i) {
            const char16_t c = s.at(i).unicode();
            if (c >= u'0' && c <= u'9') {
                parts[part] = parts[part] * 10 + (c - u'0');
                ok = ++lengths[part] <= 4;
            } else if ((c == u'/' || c == u'-' || c == u'.') && (separator == 0 || separator == c) &&
                       part < 2 && lengths[part] > 0) {
                separator = c;
                ++part;
            } else {
                ok = false;
            }
        }
        if (ok && part == 2 && lengths[2] > 0) {
            int y = 0, m = 0, d = 0;
            if (lengths[0] == 4 && lengths[1] <= 2 && lengths[2] <= 2) {
                y = parts[0];
                m = parts[1];
                d = parts[2];
            } else if (lengths[0] <= 2 && lengths[1] <= 2 && (lengths[2] == 4 || lengths[2] == 2)) {
                d = parts[0];
                m = parts[1];
                y = lengths[2] == 2 ? yearFromTwoDigits(parts[2]) : parts[2];
            } else {
                return std::nullopt;
            }
            const QDate date(y, m, d);
            if (!date.isValid())
                return std::nullopt;
            return date;
        }
    }

    // An Excel serial number (a date cell's raw value), within 1954..2119.
    if (const auto n = parseNumber(s);
        n && !s.contains(QLatin1Char('/')) && !s.contains(QLatin1Char('-')) && *n >= 20000 && *n < 80000)
        return fromExcelSerial(*n);

    QChar sep;
    for (const QChar c : s) {
        if (c == QLatin1Char('/') || c == QLatin1Char('-') || c == QLatin1Char('.')) {
            sep = c;
            break;
        }
    }
    if (sep.isNull())
        return std::nullopt;
    const auto parts = s.split(sep);
    if (parts.size() != 3)
        return std::nullopt;
    for (const auto &p : parts) {
        if (!allDigits(p))
            return std::nullopt;
    }
    int y = 0, m = 0, d = 0;
    if (parts.at(0).size() == 4) { // yyyy-mm-dd
        y = parts.at(0).toInt();
        m = parts.at(1).toInt();
        d = parts.at(2).toInt();
        if (parts.at(1).size() > 2 || parts.at(2).size() > 2)
            return std::nullopt;
    } else {
        if (parts.at(0).size() > 2 || parts.at(1).size() > 2)
            return std::nullopt;
        d = parts.at(0).toInt();
        m = parts.at(1).toInt();
        y = parts.at(2).toInt();
        if (parts.at(2).size() == 2)
            y = yearFromTwoDigits(y);
        else if (parts.at(2).size() != 4)
            return std::nullopt;
    }
    const QDate date(y, m, d);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

std::optional<double> parseNumber(QStringView text)
{
    const QStringView s = text.trimmed();
    if (s.isEmpty())
        return std::nullopt;
    // Fast path: digits with at most one ',' or '.' and a few decimals (7,5 / 38 / 1.25).
    {
        qint64 mantissa = 0;
        int decimals = -1;
        bool simple = s.size() <= 15;
        for (qsizetype i = 0; simple && i < s.size(); ++i) {
            const char16_t c = s.at(i).unicode();
            if (c >= u'0' && c <= u'9') {
                mantissa = mantissa * 10 + (c - u'0');
                if (decimals >= 0)
                    ++decimals;
            } else if ((c == u',' || c == u'.') && decimals < 0 && i > 0 && i + 1 < s.size()) {
                decimals = 0;
            } else {
                simple = false;
            }
        }
        if (simple && decimals <= 4) {
            static constexpr double kScale[] = {1, 10, 100, 1000, 10000};
            return double(mantissa) / kScale[decimals < 0 ? 0 : decimals];
        }
    }
    QString digits;
    digits.reserve(s.size());
    qsizetype lastComma = -1, lastDot = -1, commas = 0, dots = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c == QLatin1Char(',')) {
            lastComma = i;
            ++commas;
        } else if (c == QLatin1Char('.')) {
            lastDot = i;
            ++dots;
        }
    }
    // The decimal separator is the last of ',' and '.', unless it occurs
    // several times (then it groups thousands).
    QChar decimal;
    if (lastComma > lastDot && commas == 1)
        decimal = QLatin1Char(',');
    else if (lastDot > lastComma && dots == 1)
        decimal = QLatin1Char('.');
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.isDigit() && c.unicode() < 128) {
            digits.append(c);
        } else if (c == decimal) {
            digits.append(QLatin1Char('.'));
        } else if ((c == QLatin1Char('-') || c == QLatin1Char('+')) && i == 0) {
            digits.append(c);
        } else if (c == QLatin1Char(',') || c == QLatin1Char('.') || c == QLatin1Char(' ') ||
                   c == QChar(0x00A0) || c == QChar(0x202F) || c == QLatin1Char('\'')) {
            // a thousands separator: only between digits
            if (i == 0 || i + 1 >= s.size() || !s.at(i - 1).isDigit() || !s.at(i + 1).isDigit())
                return std::nullopt;
        } else {
            return std::nullopt;
        }
    }
    bool ok = false;
    const double v = digits.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

namespace {

// The unit words of nl, fr, de and en, and what one of them is worth.
struct DurationWord
{
    const char *word;
    DurationUnit unit;
    double factor; // to the unit: 1, or 1/60 for minutes
};

constexpr DurationWord kDurationWords[] = {
    {"h", DurationUnit::Hours, 1},
    {"u", DurationUnit::Hours, 1},
    {"uur", DurationUnit::Hours, 1},
    {"uren", DurationUnit::Hours, 1},
    {"hr", DurationUnit::Hours, 1},
    {"hrs", DurationUnit::Hours, 1},
    {"hour", DurationUnit::Hours, 1},
    {"hours", DurationUnit::Hours, 1},
    {"heure", DurationUnit::Hours, 1},
    {"heures", DurationUnit::Hours, 1},
    {"std", DurationUnit::Hours, 1},
    {"stunde", DurationUnit::Hours, 1},
    {"stunden", DurationUnit::Hours, 1},
    {"d", DurationUnit::Days, 1},
    {"dag", DurationUnit::Days, 1},
    {"dagen", DurationUnit::Days, 1},
    {"dgn", DurationUnit::Days, 1},
    {"j", DurationUnit::Days, 1},
    {"jour", DurationUnit::Days, 1},
    {"jours", DurationUnit::Days, 1},
    {"day", DurationUnit::Days, 1},
    {"days", DurationUnit::Days, 1},
    {"tag", DurationUnit::Days, 1},
    {"tage", DurationUnit::Days, 1},
    {"min", DurationUnit::Hours, 1 / 60.0},
    {"mins", DurationUnit::Hours, 1 / 60.0},
    {"minuut", DurationUnit::Hours, 1 / 60.0},
    {"minuten", DurationUnit::Hours, 1 / 60.0},
    {"minute", DurationUnit::Hours, 1 / 60.0},
    {"minutes", DurationUnit::Hours, 1 / 60.0},
};

} // namespace

std::optional<TypedDuration> parseDuration(QStringView text)
{
    const QStringView s = text.trimmed();
    qsizetype letters = 0;
    while (letters < s.size() && !s.at(letters).isLetter())
        ++letters;
    const auto amount = parseNumber(s.left(letters));
    if (!amount)
        return std::nullopt;
    QString word = s.mid(letters).trimmed().toString().toCaseFolded();
    if (word.endsWith(QLatin1Char('.')))
        word.chop(1);
    if (word.isEmpty())
        return TypedDuration{*amount, std::nullopt};
    for (const DurationWord &w : kDurationWords) {
        if (word == QLatin1String(w.word))
            return TypedDuration{*amount * w.factor, w.unit};
    }
    return std::nullopt;
}

std::optional<bool> parseBool(QStringView text)
{
    const QString s = text.trimmed().toString().toLower();
    static const QStringList yes{QStringLiteral("ja"),   QStringLiteral("j"),    QStringLiteral("oui"),
                                 QStringLiteral("o"),    QStringLiteral("yes"),  QStringLiteral("y"),
                                 QStringLiteral("true"), QStringLiteral("waar"), QStringLiteral("vrai"),
                                 QStringLiteral("1"),    QStringLiteral("x"),    QStringLiteral("wahr")};
    static const QStringList no{QStringLiteral("nee"),    QStringLiteral("neen"),   QStringLiteral("n"),
                                QStringLiteral("non"),    QStringLiteral("nein"),   QStringLiteral("no"),
                                QStringLiteral("false"),  QStringLiteral("onwaar"), QStringLiteral("faux"),
                                QStringLiteral("falsch"), QStringLiteral("0"),      QStringLiteral("-")};
    if (yes.contains(s))
        return true;
    if (no.contains(s))
        return false;
    return std::nullopt;
}

namespace {

// The text folded for comparing words: lower case, accents and separators gone.
QString folded(QStringView text)
{
    const QString decomposed = text.trimmed().toString().normalized(QString::NormalizationForm_D).toLower();
    QString out;
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber())
            out.append(c);
    }
    return out;
}

} // namespace

std::optional<StatedSex> parseSex(QStringView text)
{
    if (const auto code = statedSexFromString(text))
        return code;
    const QString s = folded(text);
    static const QStringList men{
        QStringLiteral("m"),         QStringLiteral("man"),      QStringLiteral("homme"),
        QStringLiteral("h"),         QStringLiteral("mann"),     QStringLiteral("male"),
        QStringLiteral("mannelijk"), QStringLiteral("masculin"), QStringLiteral("mannlich")};
    static const QStringList women{QStringLiteral("v"),       QStringLiteral("f"),
                                   QStringLiteral("w"),       QStringLiteral("vrouw"),
                                   QStringLiteral("femme"),   QStringLiteral("frau"),
                                   QStringLiteral("female"),  QStringLiteral("vrouwelijk"),
                                   QStringLiteral("feminin"), QStringLiteral("weiblich")};
    if (men.contains(s))
        return StatedSex::Male;
    if (women.contains(s))
        return StatedSex::Female;
    return std::nullopt;
}

std::optional<StatedCategory> parseCategory(QStringView text)
{
    if (const auto code = statedCategoryFromString(text))
        return code;
    const QString s = folded(text);
    if (s.startsWith(QLatin1String("inform")))
        return StatedCategory::InformalContinuing; // before "form": informeel, informel, informal
    if (s.startsWith(QLatin1String("form")))
        return StatedCategory::FormalContinuing;
    if (s.startsWith(QLatin1String("initi")) || s.startsWith(QLatin1String("erstausbildung")) ||
        s == QLatin1String("ausbildung"))
        return StatedCategory::Initial;
    return std::nullopt;
}

std::optional<TrainingLeave> parseLeave(QStringView text)
{
    if (const auto code = trainingLeaveFromString(text))
        return code;
    const QString s = folded(text);
    static const QStringList none{QStringLiteral("geen"), QStringLiteral("aucun"), QStringLiteral("kein"),
                                  QStringLiteral("none"), QStringLiteral("nee"),   QStringLiteral("non"),
                                  QStringLiteral("nein"), QStringLiteral("no")};
    if (none.contains(s))
        return TrainingLeave::None;
    if (s == QLatin1String("bev") || s == QLatin1String("cep") ||
        s.startsWith(QLatin1String("betaaldeducatief")) || s.startsWith(QLatin1String("congeeducation")) ||
        s.startsWith(QLatin1String("bezahlterbildungsurlaub")) ||
        s.startsWith(QLatin1String("paideducational")))
        return TrainingLeave::PaidEducationalLeave;
    if (s == QLatin1String("vov") || s.startsWith(QLatin1String("vlaamsopleidingsverlof")) ||
        s.startsWith(QLatin1String("congeformationflamand")) || s.startsWith(QLatin1String("flamischer")) ||
        s.startsWith(QLatin1String("flemishtraining")))
        return TrainingLeave::FlemishTrainingLeave;
    return std::nullopt;
}

std::optional<CostSharing> parseCostSharing(QStringView text)
{
    if (const auto code = costSharingFromString(text))
        return code;
    const QString s = folded(text);
    static const QStringList equally{QStringLiteral("gelijk"),           QStringLiteral("gelijkmatig"),
                                     QStringLiteral("gelijkeverdeling"), QStringLiteral("egal"),
                                     QStringLiteral("egalement"),        QStringLiteral("partsegales"),
                                     QStringLiteral("gleich"),           QStringLiteral("gleichmassig"),
                                     QStringLiteral("equally"),          QStringLiteral("equal")};
    if (equally.contains(s))
        return CostSharing::Equally;
    if (s.startsWith(QLatin1String("peruur")) || s.startsWith(QLatin1String("naaruren")) ||
        s.startsWith(QLatin1String("volgensuren")) || s.startsWith(QLatin1String("parheure")) ||
        s.startsWith(QLatin1String("auproratadesheures")) || s.startsWith(QLatin1String("selonlesheures")) ||
        s.startsWith(QLatin1String("nachstunden")) || s.startsWith(QLatin1String("prostunde")) ||
        s.startsWith(QLatin1String("byhours")) || s.startsWith(QLatin1String("perhour")))
        return CostSharing::ByHours;
    return std::nullopt;
}

} // namespace fla::localvalues
