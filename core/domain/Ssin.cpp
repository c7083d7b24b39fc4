#include "core/domain/Ssin.h"

#include "core/domain/IdentifierText.h"

namespace fla {

using namespace idtext;

int Ssin::checkDigitsFor(qint64 base9, bool bornFrom2000)
{
    return mod97CheckDigits(bornFrom2000 ? 2000000000LL + base9 : base9);
}

QString Ssin::compose(int yy, int mm, int dd, int sequence, bool bornFrom2000)
{
    const qint64 base = qint64(yy) * 10000000 + qint64(mm) * 100000 + qint64(dd) * 1000 + sequence;
    const int cc = checkDigitsFor(base, bornFrom2000);
    return QStringLiteral("%1%2").arg(base, 9, 10, QLatin1Char('0')).arg(cc, 2, 10, QLatin1Char('0'));
}

Ssin Ssin::parse(QStringView input)
{
    Ssin s;
    s.m_input = input.toString();
    s.m_digits = stripSeparators(input.trimmed());
    if (s.m_digits.size() != 11 || !isAllDigits(s.m_digits)) {
        s.m_check.add("ID-001", Severity::Blocking, "not 11 digits after removing separators");
        return s;
    }
    s.m_wellFormed = true;
    const QStringView d(s.m_digits);
    s.m_yy = int(digitsValue(d.mid(0, 2)));
    const int rawMonth = int(digitsValue(d.mid(2, 2)));
    s.m_day = int(digitsValue(d.mid(4, 2)));
    s.m_sequence = int(digitsValue(d.mid(6, 3)));
    const qint64 base = digitsValue(d.mid(0, 9));
    const int cc = int(digitsValue(d.mid(9, 2)));

    if (rawMonth <= 12) {
        s.m_kind = Kind::Insz;
        s.m_month = rawMonth;
    } else if (rawMonth >= 40 && rawMonth <= 52) {
        s.m_kind = Kind::BisSexKnown;
        s.m_month = rawMonth - 40;
    } else if (rawMonth >= 20 && rawMonth <= 32) {
        s.m_kind = Kind::BisSexUnknown;
        s.m_month = rawMonth - 20;
    } else {
        s.m_check.add("ID-003", Severity::Blocking, "month outside 00-12, 20-32 and 40-52");
    }
    if (s.m_day > 31)
        s.m_check.add("ID-003", Severity::Blocking, "day larger than 31");

    if (cc == checkDigitsFor(base, false))
        s.m_century = 1900;
    else if (cc == checkDigitsFor(base, true))
        s.m_century = 2000;
    else
        s.m_check.add("ID-002", Severity::Blocking, "check digits wrong under both century rules");

    if (s.m_sequence == 0 || s.m_sequence == 999)
        s.m_check.add("ID-004", Severity::Warning, "sequence 000 or 999 is never assigned");
    return s;
}

Ssin::Sex Ssin::sex() const
{
    if (!m_wellFormed || m_kind == Kind::Unknown || m_kind == Kind::BisSexUnknown)
        return Sex::Unknown;
    return (m_sequence % 2) ? Sex::Male : Sex::Female;
}

QDate Ssin::birthDate() const
{
    if (!m_century || m_month == 0 || m_day == 0 || m_kind == Kind::Unknown)
        return {};
    return QDate(birthYear(), m_month, m_day); // invalid for impossible days such as 30 February
}

QString Ssin::display() const
{
    if (!m_wellFormed)
        return m_digits;
    const QStringView d(m_digits);
    return d.mid(0, 2) % QLatin1Char('.') % d.mid(2, 2) % QLatin1Char('.') % d.mid(4, 2) % QLatin1Char('-') %
           d.mid(6, 3) % QLatin1Char('.') % d.mid(9, 2);
}

QString Ssin::masked() const
{
    if (!m_wellFormed)
        return QStringLiteral("xx.xx.xx-xxx.xx");
    const QStringView d(m_digits);
    return d.mid(0, 2) % QLatin1Char('.') % d.mid(2, 2) % QLatin1Char('.') % d.mid(4, 2) %
           QLatin1String("-xxx.xx");
}

QString Ssin::mask(QStringView anyInput)
{
    return parse(anyInput).masked();
}

} // namespace fla
