#pragma once

#include <QDate>
#include <QString>

namespace fla {

// A date as Belgian users write it, whatever the interface language:
// dd/mm/yyyy. For texts of core that name a record ("training X of 12/04/2025").
inline QString displayDate(const QDate &date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

// The same for a date the platform sent as yyyy-mm-dd; other text is kept as is.
inline QString displayDate(const QString &isoDate)
{
    const QDate d = QDate::fromString(isoDate, Qt::ISODate);
    return d.isValid() ? displayDate(d) : isoDate;
}

} // namespace fla
