#include "core/dataset/FieldText.h"

#include <QtEndian>
#include <cmath>
#include <cstring>

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
    const QDate d = QDate::fromString(t, Qt::ISODate);
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

namespace {

// A plain decimal (-?digits[.digits], at most 15 digits, no superfluous
// leading zero) read as QStringView::toDouble reads it, only faster: its
// digits as an integer (exact below 2^53) divided by a power of ten (exact
// up to 10^22) is one correctly rounded operation, as Qt's reading is.
std::optional<double> plainDecimal(QStringView t)
{
    static constexpr double kPowers[] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                         1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    const qsizetype n = t.size();
    qsizetype i = 0;
    const bool negative = n > 0 && t[0] == u'-';
    if (negative)
        ++i;
    quint64 mantissa = 0;
    int digits = 0;
    const qsizetype integerStart = i;
    while (i < n && t[i] >= u'0' && t[i] <= u'9') {
        mantissa = mantissa * 10 + (t[i].unicode() - u'0');
        ++digits;
        ++i;
    }
    const qsizetype integerDigits = i - integerStart;
    if (integerDigits == 0 || (integerDigits > 1 && t[integerStart] == u'0'))
        return std::nullopt;
    int fraction = 0;
    if (i < n && t[i] == u'.') {
        ++i;
        while (i < n && t[i] >= u'0' && t[i] <= u'9') {
            mantissa = mantissa * 10 + (t[i].unicode() - u'0');
            ++digits;
            ++fraction;
            ++i;
        }
        if (fraction == 0)
            return std::nullopt;
    }
    if (i != n || digits > 15)
        return std::nullopt;
    const double v = double(mantissa) / kPowers[fraction];
    return negative ? -v : v;
}

} // namespace

std::optional<double> toDouble(QStringView s)
{
    if (const auto plain = plainDecimal(s.trimmed()))
        return plain;
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

namespace {

// The ASCII characters QChar::isSpace() takes for white space (what
// QString::trimmed() removes): tab, line feed, vertical tab, form feed,
// carriage return and space.
inline bool isAsciiSpace(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

bool isAscii(QByteArrayView s)
{
    for (const char c : s) {
        if (uchar(c) >= 0x80)
            return false;
    }
    return true;
}

// Trimmed as QString::trimmed() does: a view that was not null stays so.
QByteArrayView trimmedAscii(QByteArrayView s)
{
    const char *begin = s.data();
    const char *end = begin + s.size();
    while (begin < end && isAsciiSpace(*begin))
        ++begin;
    while (end > begin && isAsciiSpace(end[-1]))
        --end;
    if (begin == s.data() && end == s.data() + s.size())
        return s;
    return QByteArrayView(begin, end - begin);
}

// The value of a hex digit, -1 for any other byte.
constexpr int hexValue(char c)
{
    return (c >= '0' && c <= '9')   ? c - '0'
           : (c >= 'a' && c <= 'f') ? c - 'a' + 10
           : (c >= 'A' && c <= 'F') ? c - 'A' + 10
                                    : -1;
}

struct HexTable
{
    signed char value[256];
    constexpr HexTable()
        : value{}
    {
        for (int i = 0; i < 256; ++i)
            value[i] = static_cast<signed char>(hexValue(static_cast<char>(i)));
    }
};
constexpr HexTable kHex;

// xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx (36 bytes), hex digits in either
// case: what QUuid::fromString reads to the same value. *isNull as
// QUuid::isNull().
bool readCanonicalUuid(const char *s, QUuid *u, bool *isNull)
{
    if (s[8] != '-' || s[13] != '-' || s[18] != '-' || s[23] != '-')
        return false;
    static constexpr signed char kDigits[32] = {0,  1,  2,  3,  4,  5,  6,  7,  9,  10, 11,
                                                12, 14, 15, 16, 17, 19, 20, 21, 22, 24, 25,
                                                26, 27, 28, 29, 30, 31, 32, 33, 34, 35};
    uchar b[16];
    int bad = 0;
    int any = 0;
    for (int i = 0; i < 16; ++i) {
        const int hi = kHex.value[uchar(s[kDigits[2 * i]])];
        const int lo = kHex.value[uchar(s[kDigits[2 * i + 1]])];
        bad |= hi | lo;
        b[i] = uchar(((hi & 0xf) << 4) | (lo & 0xf));
        any |= b[i];
    }
    if (bad < 0)
        return false;
    u->data1 = qFromBigEndian<quint32>(b);
    u->data2 = qFromBigEndian<quint16>(b + 4);
    u->data3 = qFromBigEndian<quint16>(b + 6);
    std::memcpy(u->data4, b + 8, 8);
    *isNull = any == 0;
    return true;
}

} // namespace

std::optional<QUuid> toUuid(QByteArrayView utf8)
{
    QUuid u;
    bool isNull = false;
    if (utf8.size() == 36 && readCanonicalUuid(utf8.data(), &u, &isNull)) {
        if (isNull)
            return std::nullopt;
        return u;
    }
    return toUuid(Utf8Field(utf8).view());
}

Utf8Field::Utf8Field(QByteArrayView utf8)
{
    if (isAscii(utf8)) {
        m_isAscii = true;
        m_ascii = trimmedAscii(utf8);
        if (m_ascii.size() <= kInline) {
            const char *in = m_ascii.data();
            for (qsizetype i = 0; i < m_ascii.size(); ++i)
                m_inline[i] = char16_t(uchar(in[i]));
            m_view = QStringView(m_inline, m_ascii.size());
            return;
        }
        m_decoded = QString::fromLatin1(m_ascii);
    } else {
        m_decoded = QString::fromUtf8(utf8).trimmed();
    }
    m_view = m_decoded;
}

QString Utf8Field::toString() const
{
    if (m_isAscii && m_ascii.size() <= kInline)
        return QString::fromLatin1(m_ascii);
    return m_decoded;
}

qsizetype asciiTrimmedSize(QByteArrayView utf8)
{
    return isAscii(utf8) ? trimmedAscii(utf8).size() : -1;
}

QString trimmedText(QByteArrayView utf8)
{
    if (isAscii(utf8))
        return QString::fromLatin1(trimmedAscii(utf8));
    return QString::fromUtf8(utf8).trimmed();
}

} // namespace fla::fieldtext
