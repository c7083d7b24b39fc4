#pragma once

#include "core/domain/IdentifierCheck.h"

#include <QString>
#include <QStringView>

namespace fla {

enum class IdentifierKind
{
    Insz,
    Bis,
    Enterprise,
    Nsso,
    JointCommittee,
    Unknown
};

const char *identifierKindName(IdentifierKind kind);

// What a bare number most likely is, checked as that kind. Used where the
// kind is not known from the field, e.g. `fladesk-cli check-id`.
struct RecognizedIdentifier
{
    IdentifierKind kind = IdentifierKind::Unknown;
    QString input;
    QString normalized;
    QString display;
    IdentifierCheck check;

    Validity validity() const
    {
        return kind == IdentifierKind::Unknown ? Validity::Invalid : check.validity();
    }
};

// Rules, in order: a committee prefix or 999.99-style grouping is a joint
// committee; a BE prefix is an enterprise number; 11 digits are an INSZ
// (BIS when the month says so); 10 digits beginning with 5 are a provisional
// NSSO number, other 10-digit numbers enterprise numbers; 6 to 9 digits up to
// 199999934 are NSSO numbers and larger 9-digit numbers old enterprise numbers;
// 3 digits are a joint committee.
RecognizedIdentifier recognizeIdentifier(QStringView input);

} // namespace fla
