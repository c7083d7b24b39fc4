#pragma once

#include "core/domain/Severity.h"

#include <QList>
#include <QStringList>

namespace fla {

// One reason an identifier is not right, named by its anomaly code (ID-0xx).
// Codes and reasons are static strings: checking a million numbers must not allocate per finding.
struct IdentifierFinding
{
    const char *code;
    Severity severity;
    const char *reason; // short technical English; user texts come from the anomaly catalogue
};

enum class Validity
{
    Valid,
    Warning,
    Invalid
};

const char *validityName(Validity v);

// The outcome of checking one identifier.
class IdentifierCheck
{
public:
    void add(const char *code, Severity severity, const char *reason)
    {
        m_findings.append({code, severity, reason});
    }
    const QList<IdentifierFinding> &findings() const { return m_findings; }
    bool hasCode(const char *code) const;
    // Each code once, sorted.
    QStringList codes() const;
    Validity validity() const;
    bool isValid() const { return validity() != Validity::Invalid; }

private:
    QList<IdentifierFinding> m_findings;
};

} // namespace fla
