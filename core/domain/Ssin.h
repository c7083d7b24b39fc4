#pragma once

#include "core/domain/IdentifierCheck.h"

#include <QDate>
#include <QString>
#include <QStringView>

namespace fla {

// The INSZ/NISS (national register number) or BIS number of a person:
// YYMMDD SSS CC. Parses every common input form, validates with the
// ID-001..ID-004 anomaly codes, and tells what the number itself says.
class Ssin
{
public:
    enum class Sex
    {
        Unknown,
        Male,
        Female
    };
    enum class Kind
    {
        Unknown,
        Insz,
        BisSexKnown,
        BisSexUnknown
    };

    Ssin() = default;
    static Ssin parse(QStringView input);

    // The 11 digits of a number with the given parts; the check digits follow
    // the rule of the century (the "2" prefix for births from 2000).
    static QString compose(int yy, int mm, int dd, int sequence, bool bornFrom2000);
    // Check digits for the first nine digits under one century rule.
    static int checkDigitsFor(qint64 base9, bool bornFrom2000);

    const QString &input() const { return m_input; }
    // The digits without separators (what was typed, if it is not 11 digits).
    const QString &normalized() const { return m_digits; }
    // 85.07.30-033.28, or the normalised text when the number is malformed.
    QString display() const;
    // 85.07.30-xxx.xx: the form for logs, which must never hold a full INSZ.
    QString masked() const;
    static QString mask(QStringView anyInput);

    const IdentifierCheck &check() const { return m_check; }
    bool isValid() const { return m_check.isValid(); }
    bool isWellFormed() const { return m_wellFormed; }

    Kind kind() const { return m_kind; }
    bool isBis() const { return m_kind == Kind::BisSexKnown || m_kind == Kind::BisSexUnknown; }
    Sex sex() const;
    // 1900 or 2000 when the check digits tell the century, 0 otherwise.
    int century() const { return m_century; }
    int birthYear() const { return m_century ? m_century + m_yy : 0; }
    int birthMonth() const { return m_month; } // 0 when unknown
    int birthDay() const { return m_day; }     // 0 when unknown
    // The full birth date when every part is known and forms a real date.
    QDate birthDate() const;
    int sequence() const { return m_sequence; }

private:
    QString m_input;
    QString m_digits;
    IdentifierCheck m_check;
    Kind m_kind = Kind::Unknown;
    bool m_wellFormed = false;
    int m_century = 0;
    int m_yy = 0;
    int m_month = 0;
    int m_day = 0;
    int m_sequence = -1;
};

} // namespace fla
