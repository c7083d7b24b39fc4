#pragma once

#include "core/dataset/DataSet.h"
#include "core/obligations/EmployerSize.h"
#include "core/obligations/TrainingRightRules.h"

#include <QList>
#include <QUuid>
#include <array>
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
    double expiredDays = 0;     // the balance of the window before, dropped when a new window starts
    // What the right rests on (docs/credit.md):
    EmployerSize size;                             // the employer's size class for the year
    const TrainingRightFigures *figures = nullptr; // days per FTE (law or sector) of the main employment
    const Employment *mainEmployment = nullptr;    // the longest employment in the year (weighted)
    int windowStart = 0, windowEnd = 0;            // the carry-over window holding the year
    bool carryOverConfirmed = false;
    double daysPerFte() const { return figures ? figures->days(size.sizeClass) : 0; }
    bool sectorRule() const { return figures && !figures->jointCommittee.isEmpty(); }
    // Whether a figure the line rests on is not confirmed (the ui and the CLI say "unconfirmed").
    bool unconfirmed() const { return (figures && !figures->confirmed) || !carryOverConfirmed; }
    double hours(double days) const { return days * hoursPerDay; }
    bool isOverused() const { return usedDays > 0 && usedDays > entitledDays + carriedOverDays + 0.005; }
};

// What the computed rights of one employer's workers rest on, year by year:
// its size class from the register (or its declared one) and the figures of
// the training right's data file.
struct CreditBasis
{
    static constexpr int kFirstYear = 2024;
    static constexpr int kYears = 7; // 2024..2030
    std::array<EmployerSize, kYears> size;
    const TrainingRightRules *rules = nullptr;
    // employments: all of the employer's workers.
    static CreditBasis compute(SizeClass declared, const QList<const Employment *> &employments,
                               const TrainingRightRules &rules = TrainingRightRules::builtIn());
};

// Adds up rights and trainings per worker and year. Used by the anomaly
// engine (CR-001, with indices it has already resolved) and by
// CreditCalculator; one formula for both.
class CreditAccumulator
{
public:
    static constexpr int kFirstYear = CreditBasis::kFirstYear;
    static constexpr int kYears = CreditBasis::kYears;

    void reset(qsizetype workers);
    static bool inRange(int year) { return year >= kFirstYear && year < kFirstYear + kYears; }
    void addRight(int worker, const TrainingRight &r, double hoursPerDay);
    // year: the training's start year (passed in, so it is computed once per training).
    void addParticipation(int worker, const Participation &p, const Training &t, double hoursPerDay,
                          int year);
    // Computes legal rights where none is declared, the carry-over within its
    // window and what remains. employments: the worker's.
    void finish(int worker, const CreditBasis &basis, const QList<const Employment *> &employments);
    CreditLine line(int worker, int year) const;
    bool hasActivity(int worker, int year) const;

private:
    struct Cell
    {
        double legal = 0, sectoral = 0, employer = 0, used = 0, planned = 0;
        double entitled = 0, carried = 0, remaining = 0, expired = 0;
        EmployerSize size;
        const TrainingRightFigures *figures = nullptr;
        const Employment *main = nullptr;
        int windowStart = 0, windowEnd = 0;
        bool carryConfirmed = false;
        bool legalDeclared = false, legalComputed = false, activity = false;
    };
    Cell &cell(int worker, int year)
    {
        return m_cells[std::size_t(worker) * kYears + std::size_t(year - kFirstYear)];
    }
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
