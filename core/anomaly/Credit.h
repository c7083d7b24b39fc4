#pragma once

#include "dataset/DataSet.h"

#include <QList>
#include <QUuid>
#include <vector>

namespace fla {

// The training credit of one worker for one year (docs/credit.md), in days;
// hours are days x the employer's hours per day.
struct CreditLine
{
    QUuid employerUuid;
    QUuid workerUuid;
    int year = 0;
    double hoursPerDay = 7.6;
    double legalDays = 0;       // declared, or computed (prorated) when none is declared
    bool legalComputed = false; // true when legalDays is the computed prorated right
    double sectoralDays = 0;
    double employerDays = 0;
    double entitledDays = 0;    // legal + sectoral + employer
    double carriedOverDays = 0; // remaining of the year before, when positive
    double usedDays = 0;        // completed, followed, counting for the FLA and deducted
    double plannedDays = 0;     // planned trainings that will be deducted
    double remainingDays = 0;   // entitled + carried over - used
    double hours(double days) const { return days * hoursPerDay; }
    bool isOverused() const { return usedDays > 0 && usedDays > entitledDays + carriedOverDays + 0.005; }
};

// Adds up rights and trainings per worker and year. Used by the anomaly
// engine (CR-001, with indices it has already resolved) and by
// CreditCalculator; one formula for both.
class CreditAccumulator
{
public:
    static constexpr int kFirstYear = 2024;
    static constexpr int kYears = 7; // 2024..2030

    void reset(qsizetype workers);
    static bool inRange(int year) { return year >= kFirstYear && year < kFirstYear + kYears; }
    void addRight(int worker, const TrainingRight &r, double hoursPerDay);
    // year: the training's start year (passed in, so it is computed once per training).
    void addParticipation(int worker, const Participation &p, const Training &t, double hoursPerDay, int year);
    // Computes legal rights where none is declared, the carry-over and what remains.
    void finish(int worker, SizeClass sizeClass, const QList<const Employment *> &employments);
    CreditLine line(int worker, int year) const;
    bool hasActivity(int worker, int year) const;

private:
    struct Cell
    {
        double legal = 0, sectoral = 0, employer = 0, used = 0, planned = 0;
        double entitled = 0, carried = 0, remaining = 0;
        bool legalDeclared = false, legalComputed = false, activity = false;
    };
    Cell &cell(int worker, int year) { return m_cells[std::size_t(worker) * kYears + std::size_t(year - kFirstYear)]; }
    const Cell &cell(int worker, int year) const
    {
        return m_cells[std::size_t(worker) * kYears + std::size_t(year - kFirstYear)];
    }
    std::vector<Cell> m_cells;
};

class CreditCalculator
{
public:
    // Every worker who is employed in year, or has rights or trainings in it.
    static QList<CreditLine> compute(const DataSet &set, int year);
};

} // namespace fla
