#include "core/domain/IdentifierText.h"

namespace fla::idtext {

static bool isSeparator(QChar c)
{
    switch (c.unicode()) {
    case u'.':
    case u'-':
    case u'/':
    case u' ':
    case u'\t':
    case 0x00A0: // no-break space
    case 0x202F: // narrow no-break space
    case 0x2007: // figure space
        return true;
    default:
        return false;
    }
}

QString stripSeparators(QStringView input)
{
    QString out;
    out.reserve(input.size());
    for (QChar c : input) {
        if (!isSeparator(c))
            out.append(c);
    }
    return out;
}

bool isAllDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return false;
    }
    return true;
}

qint64 digitsValue(QStringView s)
{
    qint64 v = 0;
    for (QChar c : s)
        v = v * 10 + (c.unicode() - u'0');
    return v;
}

} // namespace fla::idtext
