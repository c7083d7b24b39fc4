#pragma once

#include <QString>
#include <QStringView>

namespace fla::idtext {

// Removes what people type or paste between digits: dots, dashes, slashes,
// spaces (also the non-breaking ones spreadsheets produce) and tabs.
QString stripSeparators(QStringView input);

// True when every character is an ASCII digit (and there is at least one).
bool isAllDigits(QStringView s);

// The value of a run of ASCII digits; the caller checks isAllDigits first.
qint64 digitsValue(QStringView s);

// Belgian mod-97 check digits: 97 - (base mod 97), giving 1..97.
inline int mod97CheckDigits(qint64 base)
{
    return int(97 - (base % 97));
}

} // namespace fla::idtext
