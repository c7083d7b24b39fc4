#pragma once

#include "core/dataset/DataSet.h"
#include "core/obligations/EmployerSize.h"
#include "core/obligations/TrainingPlan.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <functional>

namespace fla {

// The deadlines of the training plan, as resources/obligations/training-plan.json
// gives them (each with whether it was confirmed and its source).
struct TrainingPlanRules
{
    int adviceMonth = 3, adviceDay = 15;
    int adoptMonth = 3, adoptDay = 31;
    int draftDaysBeforeAdvice = 15;
    int uploadWithinMonths = 1;
    bool uploadConfirmed = false;
    double minimumWorkers = 20;
    bool minimumConfirmed = false;
    int remindDaysBefore = 75;

    // The rules compiled into the program (a failure to read them is logged and
    // the figures above are used; tst_TrainingPlanDeadlines reads the file).
    static const TrainingPlanRules &builtIn();
    static bool parse(const QByteArray &json, TrainingPlanRules *out, QString *error);
};

enum class DeadlineState
{
    Done,     // logged on or before its deadline
    DoneLate, // logged after it
    Open,     // not yet, the deadline is further than the reminder period
    DueSoon,  // not yet, the deadline is within the reminder period
    Overdue   // not yet, the deadline has passed
};

struct PlanDeadline
{
    PlanStep step = PlanStep::DraftSent;
    QDate due;
    QDate done;
    DeadlineState state = DeadlineState::Open;
    qint64 daysLeft = 0;   // due - today (negative when overdue)
    bool confirmed = true; // false when the deadline rests on an unconfirmed rule
};

// A line on the company's page: something to do for a plan, or a plan that is missing.
struct PlanReminder
{
    int year = 0;
    PlanStep step = PlanStep::DraftSent;
    QDate due;
    qint64 daysLeft = 0;
    bool overdue = false;
    bool noPlan = false; // no plan covers the year yet
    bool confirmed = true;
    // "Training plan 2027: none yet; the draft goes for advice by 28 February 2027 (59 days left)."
    QString text() const;
};

namespace plandeadlines {

// The deadline of one step of a plan whose first year is firstYear. The upload's
// runs from the adoption day (adopted, when logged; else the adoption deadline).
QDate due(PlanStep step, int firstYear, const QDate &adoptedOn = {},
          const TrainingPlanRules &rules = TrainingPlanRules::builtIn());

// The four steps of a plan as they stand on today.
QList<PlanDeadline> forPlan(const TrainingPlan &plan, const QDate &today,
                            const TrainingPlanRules &rules = TrainingPlanRules::builtIn());

// Whether the employer must draw up a plan for year: 20 workers or more, counted as the
// FTE average of the training right's size class (whether headcount or FTE: unconfirmed).
bool required(const EmployerSize &size, const TrainingPlanRules &rules = TrainingPlanRules::builtIn());

// What to remind the employer of on today: the steps due soon or overdue of the plans
// starting this year or next year, and a plan that is missing for a year that needs one
// (requiredFor(year)). Older years are history, not reminders. Soonest first.
QList<PlanReminder> reminders(const QList<TrainingPlan> &plans, const std::function<bool(int)> &requiredFor,
                              const QDate &today,
                              const TrainingPlanRules &rules = TrainingPlanRules::builtIn());

// The reminders of one employer: whether a year needs a plan comes from the
// register's employments of its workers (data: at least that employer's records).
QList<PlanReminder> remindersFor(const Employer &employer, const DataSet &data,
                                 const QList<TrainingPlan> &plans, const QDate &today,
                                 const TrainingPlanRules &rules = TrainingPlanRules::builtIn());

} // namespace plandeadlines

} // namespace fla
