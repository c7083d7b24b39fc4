#include "core/obligations/TrainingPlan.h"

#include <QCoreApplication>

namespace fla {

namespace {

template<typename E, std::size_t N>
std::optional<E> fromTable(QStringView s, const std::pair<E, const char *> (&table)[N])
{
    for (const auto &[value, name] : table) {
        if (s == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

template<typename E, std::size_t N> QString toTable(E v, const std::pair<E, const char *> (&table)[N])
{
    for (const auto &[value, name] : table) {
        if (value == v)
            return QString::fromLatin1(name);
    }
    return {};
}

constexpr std::pair<PlanStep, const char *> kSteps[] = {{PlanStep::DraftSent, "draft-sent"},
                                                        {PlanStep::AdviceReceived, "advice"},
                                                        {PlanStep::Adopted, "adopted"},
                                                        {PlanStep::Uploaded, "uploaded"}};
constexpr std::pair<ConsultedBody, const char *> kBodies[] = {
    {ConsultedBody::WorksCouncil, "works-council"},
    {ConsultedBody::UnionDelegation, "union-delegation"},
    {ConsultedBody::Workers, "workers"}};
constexpr std::pair<RiskGroup, const char *> kGroups[] = {
    {RiskGroup::None, "none"},
    {RiskGroup::Age50Plus, "age-50-plus"},
    {RiskGroup::Disability, "disability"},
    {RiskGroup::NonEuNationals, "non-eu-nationals"},
    {RiskGroup::ShortageOccupations, "shortage-occupations"},
    {RiskGroup::Gender, "gender"}};

} // namespace

QString toString(PlanStep s)
{
    return toTable(s, kSteps);
}
QString toString(ConsultedBody b)
{
    return toTable(b, kBodies);
}
QString toString(RiskGroup g)
{
    return toTable(g, kGroups);
}
std::optional<PlanStep> planStepFromString(QStringView s)
{
    return fromTable(s, kSteps);
}
std::optional<ConsultedBody> consultedBodyFromString(QStringView s)
{
    return fromTable(s, kBodies);
}
std::optional<RiskGroup> riskGroupFromString(QStringView s)
{
    return fromTable(s, kGroups);
}

QString label(PlanStep s)
{
    switch (s) {
    case PlanStep::DraftSent:
        return QCoreApplication::translate("fla::TrainingPlan", "draft sent for advice");
    case PlanStep::AdviceReceived:
        return QCoreApplication::translate("fla::TrainingPlan", "advice received");
    case PlanStep::Adopted:
        return QCoreApplication::translate("fla::TrainingPlan", "plan adopted");
    case PlanStep::Uploaded:
        return QCoreApplication::translate("fla::TrainingPlan", "anonymised copy uploaded");
    }
    return {};
}

QString action(PlanStep s)
{
    switch (s) {
    case PlanStep::DraftSent:
        return QCoreApplication::translate("fla::TrainingPlan", "send the draft for advice");
    case PlanStep::AdviceReceived:
        return QCoreApplication::translate("fla::TrainingPlan", "receive the advice");
    case PlanStep::Adopted:
        return QCoreApplication::translate("fla::TrainingPlan", "adopt the plan");
    case PlanStep::Uploaded:
        return QCoreApplication::translate("fla::TrainingPlan", "upload the anonymised copy");
    }
    return {};
}

QString label(ConsultedBody b)
{
    switch (b) {
    case ConsultedBody::WorksCouncil:
        return QCoreApplication::translate("fla::TrainingPlan", "works council");
    case ConsultedBody::UnionDelegation:
        return QCoreApplication::translate("fla::TrainingPlan", "union delegation");
    case ConsultedBody::Workers:
        return QCoreApplication::translate("fla::TrainingPlan", "the workers");
    }
    return {};
}

QString label(RiskGroup g)
{
    switch (g) {
    case RiskGroup::None:
        return QCoreApplication::translate("fla::TrainingPlan", "no particular group");
    case RiskGroup::Age50Plus:
        return QCoreApplication::translate("fla::TrainingPlan", "workers aged 50 or more");
    case RiskGroup::Disability:
        return QCoreApplication::translate("fla::TrainingPlan", "workers with a disability");
    case RiskGroup::NonEuNationals:
        return QCoreApplication::translate("fla::TrainingPlan", "non-EU nationals");
    case RiskGroup::ShortageOccupations:
        return QCoreApplication::translate("fla::TrainingPlan", "shortage occupations");
    case RiskGroup::Gender:
        return QCoreApplication::translate("fla::TrainingPlan", "gender balance");
    }
    return {};
}

QString label(TrainingCategory c)
{
    switch (c) {
    case TrainingCategory::FormalContinuing:
        return QCoreApplication::translate("fla::TrainingPlan", "formal continuing training");
    case TrainingCategory::InformalContinuing:
        return QCoreApplication::translate("fla::TrainingPlan", "informal continuing training");
    case TrainingCategory::Initial:
        return QCoreApplication::translate("fla::TrainingPlan", "initial training");
    }
    return {};
}

QDate TrainingPlan::doneOn(PlanStep step) const
{
    QDate latest;
    for (const PlanEvent &e : events) {
        if (e.step == step && e.date.isValid() && (!latest.isValid() || e.date > latest))
            latest = e.date;
    }
    return latest;
}

bool TrainingPlan::replaceItem(const TrainingPlanItem &item)
{
    for (TrainingPlanItem &i : items) {
        if (i.uuid == item.uuid) {
            i = item;
            return true;
        }
    }
    return false;
}

bool TrainingPlan::removeItem(const QUuid &itemUuid)
{
    return items.removeIf([&itemUuid](const TrainingPlanItem &i) { return i.uuid == itemUuid; }) > 0;
}

} // namespace fla
