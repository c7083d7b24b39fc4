#include "core/domain/JointCommittee.h"

namespace fla {

static QStringView stripCommitteePrefix(QStringView t)
{
    static const char *const prefixes[] = {"PSC", "SCP", "PSK", "PC", "CP", "PK"};
    for (const char *p : prefixes) {
        const QLatin1String prefix(p);
        if (t.startsWith(prefix, Qt::CaseInsensitive))
            return t.mid(prefix.size()).trimmed();
    }
    return t;
}

static bool isDigitGroup(QStringView s, int len)
{
    if (s.size() != len)
        return false;
    for (QChar c : s) {
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return false;
    }
    return true;
}

JointCommittee JointCommittee::parse(QStringView input)
{
    JointCommittee jc;
    jc.m_input = input.toString();
    QStringView t = stripCommitteePrefix(input.trimmed());
    QString code;
    code.reserve(t.size());
    for (QChar c : t) {
        if (!c.isSpace())
            code.append(c);
    }
    jc.m_code = code;
    const auto parts = QStringView(code).split(QLatin1Char('.'));
    bool ok = parts.size() >= 1 && parts.size() <= 3 && isDigitGroup(parts.at(0), 3);
    for (qsizetype i = 1; ok && i < parts.size(); ++i)
        ok = isDigitGroup(parts.at(i), 2);
    if (!ok)
        jc.m_check.add("ID-012", Severity::Blocking, "not of the form 999, 999.99 or 999.99.99");
    return jc;
}

} // namespace fla
