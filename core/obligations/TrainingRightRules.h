#pragma once

#include "core/domain/Enums.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <array>

namespace fla {

// The figures of the individual training right, as the data file
// resources/obligations/training-right.json gives them: days per FTE by size
// class (the law's, and a sector agreement's per joint committee) and the
// carry-over window. Every figure carries whether it was confirmed and its
// source, so the account can say "unconfirmed" where it rests on one.
struct TrainingRightFigures
{
    int fromYear = 0;
    int toYear = 0;
    std::array<double, 3> daysPerFte{}; // indexed by SizeClass
    bool confirmed = false;
    QString source;         // a public address
    QString jointCommittee; // empty for the law's figures
    QString agreement;      // the sector agreement, for a sector's figures
    double days(SizeClass c) const { return daysPerFte[std::size_t(c)]; }
};

class TrainingRightRules
{
public:
    // The rules compiled into the program. Reading them cannot fail once the
    // tests pass (tst_TrainingRightRules); if it did, the failure is logged
    // and only the law's figures of 2024 are used.
    static const TrainingRightRules &builtIn();
    // Reads a data file's bytes; false and a message in error when it cannot be used.
    static bool parse(const QByteArray &json, TrainingRightRules *out, QString *error);

    // The days per FTE for a year: the sector agreement of jointCommittee when
    // the file has one for that year, else the law's. Never null for a year
    // from 2023 on; null before (no individual right yet).
    const TrainingRightFigures *figures(const QString &jointCommittee, int year) const;

    // The carry-over window holding year: [windowStart, windowStart + windowYears - 1].
    int windowStart(int year) const;
    int windowYears() const { return m_windowYears; }
    bool carryOverConfirmed() const { return m_carryOverConfirmed; }
    QString carryOverSource() const { return m_carryOverSource; }
    const QList<TrainingRightFigures> &sectors() const { return m_sectors; }

private:
    QList<TrainingRightFigures> m_legal;
    QList<TrainingRightFigures> m_sectors;
    int m_windowYears = 5;
    int m_firstWindowStart = 2024;
    bool m_carryOverConfirmed = false;
    QString m_carryOverSource;
};

} // namespace fla
