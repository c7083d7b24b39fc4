#pragma once

#include "core/domain/Enums.h"

#include <QLocale>
#include <QString>
#include <QStringList>

namespace fla::reports {

// The words of a yearly statement in the worker's own language, read from
// resources/reports/statement-texts.json. These are document texts chosen by
// the recipient's language, not the user's interface language, so they live
// in a data file of their own rather than in the .ts files.
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
    QString entitled, carriedOver, used, remaining, over;
    QString days, hours;           // %1 = number
    QString oneDay, oneHour;       // the singular forms
    bool singularBelowTwo = false; // French: 1,5 jour; others: only 1 is singular
    QString daysAndHours;          // %1 days (%2 hours)
    QString note;                  // explanation at the bottom
    QString dateFormat;            // for QLocale::toString
    // The individual training account (law of 3 October 2022, art. 55).
    QString workRegime, jointCommittee, basis, window, expired;
    QString lawBasis;      // %1 = days per FTE, %2 = the company's average FTE
    QString declaredBasis; // %1 = days per FTE (the employer's declared size class)
    QString sectorBasis;   // %1 = days per FTE, %2 = the sector agreement
    QString unconfirmed;   // added after a figure that rests on unconfirmed sources
    QString consult;       // the right to consult and correct the account
};

const StatementTexts &statementTexts(Language language);
// What the data file lacks (a text missing in a language is taken from
// English and logged); empty when every language has every text.
QStringList statementTextProblems();

} // namespace fla::reports
