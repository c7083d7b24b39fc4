#include "core/domain/EnterpriseNumber.h"

#include "core/domain/IdentifierText.h"

namespace fla {

using namespace idtext;

QString EnterpriseNumber::compose(qint64 first8)
{
    return QStringLiteral("%1%2")
        .arg(first8, 8, 10, QLatin1Char('0'))
        .arg(mod97CheckDigits(first8), 2, 10, QLatin1Char('0'));
}

EnterpriseNumber EnterpriseNumber::parse(QStringView input)
{
    EnterpriseNumber e;
    e.m_input = input.toString();
    QStringView t = input.trimmed();
    if (t.startsWith(QLatin1String("BE"), Qt::CaseInsensitive))
        t = t.mid(2);
    e.m_digits = stripSeparators(t);
    if (!isAllDigits(e.m_digits) || (e.m_digits.size() != 9 && e.m_digits.size() != 10)) {
        e.m_check.add("ID-010", Severity::Blocking, "not 10 digits (or an old 9-digit number)");
        return e;
    }
    if (e.m_digits.size() == 9)
        e.m_digits.prepend(QLatin1Char('0'));
    e.m_wellFormed = true;
    const QChar first = e.m_digits.at(0);
    if (first != QLatin1Char('0') && first != QLatin1Char('1')) {
        e.m_establishmentUnit = first != QLatin1Char('9');
        e.m_check.add("ID-010", Severity::Blocking,
                      e.m_establishmentUnit ? "an establishment unit number, not an enterprise number"
                                            : "first digit must be 0 or 1");
        return e;
    }
    const QStringView d(e.m_digits);
    if (int(digitsValue(d.mid(8, 2))) != mod97CheckDigits(digitsValue(d.mid(0, 8))))
        e.m_check.add("ID-010", Severity::Blocking, "check digits wrong");
    return e;
}

QString EnterpriseNumber::display() const
{
    if (!m_wellFormed)
        return m_digits;
    const QStringView d(m_digits);
    return d.mid(0, 4) % QLatin1Char('.') % d.mid(4, 3) % QLatin1Char('.') % d.mid(7, 3);
}

} // namespace fla
