#include "core/domain/IdentifierCheck.h"

#include <cstring>

namespace fla {

const char *validityName(Validity v)
{
    switch (v) {
    case Validity::Valid:
        return "valid";
    case Validity::Warning:
        return "warning";
    case Validity::Invalid:
        return "invalid";
    }
    return "invalid";
}

bool IdentifierCheck::hasCode(const char *code) const
{
    for (const auto &f : m_findings) {
        if (std::strcmp(f.code, code) == 0)
            return true;
    }
    return false;
}

QStringList IdentifierCheck::codes() const
{
    QStringList out;
    out.reserve(m_findings.size());
    for (const auto &f : m_findings) {
        const QString code = QString::fromLatin1(f.code);
        if (!out.contains(code))
            out.append(code);
    }
    out.sort();
    return out;
}

Validity IdentifierCheck::validity() const
{
    Validity v = Validity::Valid;
    for (const auto &f : m_findings) {
        if (f.severity == Severity::Blocking)
            return Validity::Invalid;
        if (f.severity == Severity::Warning)
            v = Validity::Warning;
    }
    return v;
}

} // namespace fla
