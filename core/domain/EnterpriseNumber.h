#pragma once

#include "core/domain/IdentifierCheck.h"

#include <QString>
#include <QStringView>

namespace fla {

// The KBO/BCE enterprise number: 10 digits, first 0 or 1, mod-97 check on the
// last two. Accepts a BE prefix, separators and old 9-digit numbers.
class EnterpriseNumber
{
public:
    EnterpriseNumber() = default;
    static EnterpriseNumber parse(QStringView input);
    // The full number for the first eight digits (first digit 0 or 1).
    static QString compose(qint64 first8);

    const QString &input() const { return m_input; }
    // 10 digits when well formed, otherwise the stripped input.
    const QString &normalized() const { return m_digits; }
    QString display() const; // 0566.988.259
    const IdentifierCheck &check() const { return m_check; }
    bool isValid() const { return m_check.isValid(); }
    // 10 digits beginning with 2..8: an establishment unit, not an enterprise.
    bool isEstablishmentUnit() const { return m_establishmentUnit; }

private:
    QString m_input;
    QString m_digits;
    IdentifierCheck m_check;
    bool m_wellFormed = false;
    bool m_establishmentUnit = false;
};

} // namespace fla
