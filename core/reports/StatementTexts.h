#pragma once

#include "domain/Enums.h"

#include <QLocale>
#include <QString>

namespace fla::reports {

// The words of a yearly statement in the worker's own language. These are
// document texts chosen by the recipient's language, not the user's
// interface language, so they live here rather than in the .ts files.
struct StatementTexts
{
    QLocale locale;
    QString title; // %1 = year
    QString intro; // %1 = year
    QString employer;
    QString enterpriseNumber;
    QString worker;
    QString ssin;
    QString issuedOn;
    QString rightsHeading;
    QString rightType;
    QString amount;
    QString noRights;
    QString legal, sectoral, employerGranted;
    QString trainingsHeading;
    QString training, provider, kind, period, duration, countsForCredit;
    QString formal, informal;
    QString yes, no;
    QString noTrainings;
    QString creditHeading;
    QString entitled, used, remaining, over;
    QString days, hours;           // %1 = number
    QString oneDay, oneHour;       // the singular forms
    bool singularBelowTwo = false; // French: 1,5 jour; others: only 1 is singular
    QString daysAndHours;          // %1 days (%2 hours)
    QString note;                  // explanation at the bottom
    QString dateFormat;            // for QLocale::toString
};

const StatementTexts &statementTexts(Language language);

} // namespace fla::reports
