#pragma once

#include "core/obligations/SocialBalance.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>
#include <optional>

namespace fla {

// The yearly training plan of an employer (law of 3 October 2022, chapter 9;
// docs/obligations.md): planned trainings by category, target group and risk
// group, and the consultation log. Kept in the workspace (TrainingPlanRepository),
// never declared anywhere.

// Who gives advice on the draft: the works council, else the union delegation, else the workers.
enum class ConsultedBody
{
    WorksCouncil,
    UnionDelegation,
    Workers
};

// The steps of the consultation, in order.
enum class PlanStep
{
    DraftSent,      // the draft goes to the consulted body
    AdviceReceived, // their advice
    Adopted,        // the plan is adopted
    Uploaded        // the anonymised copy is uploaded to the FPS Employment
};
inline constexpr PlanStep kPlanSteps[] = {PlanStep::DraftSent, PlanStep::AdviceReceived, PlanStep::Adopted,
                                          PlanStep::Uploaded};

// Groups the plan pays attention to.
enum class RiskGroup
{
    None,
    Age50Plus,
    Disability,
    NonEuNationals,
    ShortageOccupations,
    Gender
};
inline constexpr RiskGroup kRiskGroups[] = {
    RiskGroup::None,           RiskGroup::Age50Plus,           RiskGroup::Disability,
    RiskGroup::NonEuNationals, RiskGroup::ShortageOccupations, RiskGroup::Gender};

// "draft-sent", "advice", "adopted", "uploaded"; "works-council", …; "age-50-plus", …
QString toString(PlanStep s);
QString toString(ConsultedBody b);
QString toString(RiskGroup g);
std::optional<PlanStep> planStepFromString(QStringView s);
std::optional<ConsultedBody> consultedBodyFromString(QStringView s);
std::optional<RiskGroup> riskGroupFromString(QStringView s);
// In the interface's language.
QString label(PlanStep s);
QString action(PlanStep s); // what to do: "adopt the plan"
QString label(ConsultedBody b);
QString label(RiskGroup g);
QString label(TrainingCategory c);

struct TrainingPlanItem
{
    QUuid uuid;
    TrainingCategory category = TrainingCategory::FormalContinuing;
    QString title;       // "Safety training for forklift drivers"
    QString targetGroup; // "warehouse staff"
    RiskGroup riskGroup = RiskGroup::None;
    int plannedWorkers = 0;
    double plannedDays = 0; // per worker
};

struct PlanEvent
{
    PlanStep step = PlanStep::DraftSent;
    QDate date;
    QString note;
};

struct TrainingPlan
{
    QUuid uuid;
    QUuid employerUuid;
    int firstYear = 0;
    int lastYear = 0; // the same as firstYear for a one-year plan
    ConsultedBody body = ConsultedBody::WorksCouncil;
    QList<TrainingPlanItem> items;
    QList<PlanEvent> events;

    bool covers(int year) const { return year >= firstYear && year <= lastYear; }
    // The date the step was logged on (the latest entry of it); invalid when not yet.
    QDate doneOn(PlanStep step) const;
    // The planned training with the item's uuid replaced by it, in its place; false when the plan has none.
    bool replaceItem(const TrainingPlanItem &item);
    // The planned training with that uuid taken out; false when the plan has none.
    bool removeItem(const QUuid &itemUuid);
};

} // namespace fla
