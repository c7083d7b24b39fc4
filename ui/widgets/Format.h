#pragma once

#include "core/domain/Enums.h"
#include "core/domain/Severity.h"

#include <QColor>
#include <QDate>
#include <QIcon>
#include <QLocale>
#include <QString>

namespace fla::ui {

// The date format of the user's locale with a four-digit year and two-digit
// day and month: dd/MM/yyyy for Belgian users.
QString dateFormat(const QLocale &locale = QLocale());
QString formatDate(const QDate &d, const QLocale &locale = QLocale());
// A number in the user's locale (decimal comma for Belgian users), without
// trailing zeros.
QString formatNumber(double v, int decimals = 2, const QLocale &locale = QLocale());

// The translated names of the code lists are core's (domain/CodeLabels: codeLabel).

// An amount with its unit, singular or plural as the language wants:
// "1 day", "2 days", "1,5 days" (nl "1,5 dag"/"2 dagen", fr "1,5 jour").
QString formatDuration(double value, DurationUnit u);

// How blocking and warning findings look, everywhere: red with a stop sign,
// amber with a warning triangle.
QColor severityBackground(Severity s);
QColor severityForeground(Severity s);
QIcon severityIcon(Severity s);

// The locale for a user-interface language: Belgian usage (nl_BE, fr_BE, de_BE, en_BE).
QLocale localeForLanguage(const QString &language);

} // namespace fla::ui
