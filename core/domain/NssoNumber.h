#pragma once

#include "core/domain/IdentifierCheck.h"

#include <QString>
#include <QStringView>

namespace fla {

// The NSSO (RSZ/ONSS) employer number: 9 digits (7 + 2 check digits) in
// [100006; 199999934], or a provisional 10-digit number in
// [5000000120; 5999999989]. The published bounds all satisfy
// number mod 97 == 96; that rule is inferred, so it only warns (ID-011).
class NssoNumber
{
public:
    NssoNumber() = default;
    static NssoNumber parse(QStringView input);
    // A definitive number (9 digits) for a 7-digit base, with mod 97 == 96.
    static QString compose(int base7);

    const QString &input() const { return m_input; }
    const QString &normalized() const { return m_digits; }
    QString display() const; // 0123456-78
    const IdentifierCheck &check() const { return m_check; }
    bool isValid() const { return m_check.isValid(); }
    bool isProvisional() const { return m_provisional; }

private:
    QString m_input;
    QString m_digits;
    IdentifierCheck m_check;
    bool m_wellFormed = false;
    bool m_provisional = false;
};

} // namespace fla
