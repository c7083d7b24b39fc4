#include "core/domain/NssoNumber.h"

#include "core/domain/IdentifierText.h"

namespace fla {

using namespace idtext;

namespace {
constexpr qint64 kDefinitiveMin = 100006;
constexpr qint64 kDefinitiveMax = 199999934;
constexpr qint64 kProvisionalMin = 5000000120LL;
constexpr qint64 kProvisionalMax = 5999999989LL;
} // namespace

QString NssoNumber::compose(int base7)
{
    // Two check digits cc in 0..96 such that (base7 * 100 + cc) mod 97 == 96.
    const qint64 shifted = qint64(base7) * 100;
    const int cc = int((96 - shifted % 97 + 97) % 97);
    return QStringLiteral("%1").arg(shifted + cc, 9, 10, QLatin1Char('0'));
}

NssoNumber NssoNumber::parse(QStringView input)
{
    NssoNumber n;
    n.m_input = input.toString();
    n.m_digits = stripSeparators(input.trimmed());
    if (!isAllDigits(n.m_digits) || n.m_digits.size() > 10 || n.m_digits.size() < 6) {
        n.m_check.add("ID-013", Severity::Blocking, "not 9 digits (or a provisional 10-digit number)");
        return n;
    }
    const qint64 value = digitsValue(n.m_digits);
    n.m_wellFormed = true;
    if (n.m_digits.size() == 10) {
        n.m_provisional = true;
        if (value < kProvisionalMin || value > kProvisionalMax)
            n.m_check.add("ID-011", Severity::Warning, "provisional number outside its domain");
    } else {
        n.m_digits = QStringLiteral("%1").arg(value, 9, 10, QLatin1Char('0'));
        if (value < kDefinitiveMin || value > kDefinitiveMax)
            n.m_check.add("ID-011", Severity::Warning, "number outside its domain");
    }
    if (value % 97 != 96)
        n.m_check.add("ID-011", Severity::Warning, "number mod 97 is not 96");
    return n;
}

QString NssoNumber::display() const
{
    if (!m_wellFormed)
        return m_digits;
    const QStringView d(m_digits);
    return d.left(d.size() - 2) % QLatin1Char('-') % d.right(2);
}

} // namespace fla
