#pragma once

#include <QDate>

namespace fla {

// Sigedis keeps the FLA's data until 31 December 2026 and destroys it on
// 1 January 2027 (confirmed; sources in docs/obligations.md): from that day
// nothing can be declared to or read from the FLA's production platform.
inline QDate flaClosingDay()
{
    return QDate(2027, 1, 1);
}

} // namespace fla
