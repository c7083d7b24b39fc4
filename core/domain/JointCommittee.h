#pragma once

#include "core/domain/IdentifierCheck.h"

#include <QString>
#include <QStringView>

namespace fla {

// A joint committee (PC/CP/PK) number: 999, 999.99 or 999.99.99.
// Accepts the committee prefixes people write in front of it (PC 200, CP 200,
// PSC 140.03, SCP 140.03, PK 200) and spaces.
class JointCommittee
{
public:
    JointCommittee() = default;
    static JointCommittee parse(QStringView input);

    const QString &input() const { return m_input; }
    const QString &normalized() const { return m_code; } // 225.01
    QString display() const { return m_code; }
    const IdentifierCheck &check() const { return m_check; }
    bool isValid() const { return m_check.isValid(); }
    // The main committee (the first three digits): 225 for 225.01.
    QString mainCommittee() const { return isValid() ? m_code.left(3) : QString(); }

private:
    QString m_input;
    QString m_code;
    IdentifierCheck m_check;
};

} // namespace fla
