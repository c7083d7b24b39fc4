#include "core/domain/IdentifierRecognizer.h"

#include "core/domain/EnterpriseNumber.h"
#include "core/domain/IdentifierText.h"
#include "core/domain/JointCommittee.h"
#include "core/domain/NssoNumber.h"
#include "core/domain/Ssin.h"

namespace fla {

using namespace idtext;

const char *identifierKindName(IdentifierKind kind)
{
    switch (kind) {
    case IdentifierKind::Insz:
        return "INSZ";
    case IdentifierKind::Bis:
        return "BIS";
    case IdentifierKind::Enterprise:
        return "enterprise";
    case IdentifierKind::Nsso:
        return "NSSO";
    case IdentifierKind::JointCommittee:
        return "joint committee";
    case IdentifierKind::Unknown:
        return "unknown";
    }
    return "unknown";
}

template<typename Id> static RecognizedIdentifier fromParsed(IdentifierKind kind, const Id &id)
{
    RecognizedIdentifier r;
    r.kind = kind;
    r.input = id.input();
    r.normalized = id.normalized();
    r.display = id.display();
    r.check = id.check();
    return r;
}

static bool looksLikeJointCommittee(QStringView t)
{
    static const char *const prefixes[] = {"PSC", "SCP", "PSK", "PC", "CP", "PK"};
    for (const char *p : prefixes) {
        if (t.startsWith(QLatin1String(p), Qt::CaseInsensitive))
            return true;
    }
    // 225.01 or 305.02.09: three digits, then groups of two after dots.
    if (t.size() >= 6 && t.size() <= 9 && t.at(3) == QLatin1Char('.')) {
        const auto parts = t.split(QLatin1Char('.'));
        if (parts.size() > 3 || parts.at(0).size() != 3)
            return false;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            if (parts.at(i).size() != 2)
                return false;
        }
        return true;
    }
    return false;
}

RecognizedIdentifier recognizeIdentifier(QStringView input)
{
    const QStringView t = input.trimmed();
    if (looksLikeJointCommittee(t))
        return fromParsed(IdentifierKind::JointCommittee, JointCommittee::parse(t));
    if (t.startsWith(QLatin1String("BE"), Qt::CaseInsensitive))
        return fromParsed(IdentifierKind::Enterprise, EnterpriseNumber::parse(t));

    const QString digits = stripSeparators(t);
    if (isAllDigits(digits)) {
        switch (digits.size()) {
        case 11: {
            const Ssin s = Ssin::parse(t);
            return fromParsed(s.isBis() ? IdentifierKind::Bis : IdentifierKind::Insz, s);
        }
        case 10:
            if (digits.at(0) == QLatin1Char('5'))
                return fromParsed(IdentifierKind::Nsso, NssoNumber::parse(t));
            return fromParsed(IdentifierKind::Enterprise, EnterpriseNumber::parse(t));
        case 9:
            if (digitsValue(digits) > 199999934)
                return fromParsed(IdentifierKind::Enterprise, EnterpriseNumber::parse(t));
            return fromParsed(IdentifierKind::Nsso, NssoNumber::parse(t));
        case 6:
        case 7:
        case 8:
            return fromParsed(IdentifierKind::Nsso, NssoNumber::parse(t));
        case 3:
            return fromParsed(IdentifierKind::JointCommittee, JointCommittee::parse(t));
        default:
            break;
        }
    }
    RecognizedIdentifier r;
    r.input = input.toString();
    r.normalized = digits;
    r.display = digits;
    return r;
}

} // namespace fla
