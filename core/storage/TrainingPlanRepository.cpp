#include "core/storage/TrainingPlanRepository.h"

#include "core/common/LogCategories.h"
#include "core/common/Translation.h"
#include "core/storage/Transaction.h"
#include "core/storage/Workspace.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace fla {

namespace {

QString tr(const char *text)
{
    return translateFrom({"fla::TrainingPlanRepository", "fla"}, text);
}

QString planName(const TrainingPlan &p)
{
    return p.firstYear == p.lastYear ? tr("training plan %1").arg(p.firstYear)
                                     : tr("training plan %1-%2").arg(p.firstYear).arg(p.lastYear);
}

// A null QString binds as NULL; the text columns are NOT NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString id(const QUuid &u)
{
    return u.toString(QUuid::WithoutBraces);
}

bool run(QSqlQuery &q, const QString &what, QString *error)
{
    if (q.exec())
        return true;
    const QString message = tr("The %1 could not be stored: %2").arg(what, q.lastError().text());
    qCWarning(lcStorage) << message;
    if (error)
        *error = message;
    return false;
}

} // namespace

QList<TrainingPlan> TrainingPlanRepository::all(QString *error) const
{
    QList<TrainingPlan> plans;
    QSqlQuery q(m_ws->database());
    q.prepare(QStringLiteral("SELECT uuid, first_year, last_year, consulted_body FROM training_plan "
                             "WHERE employer_uuid = ? ORDER BY first_year"));
    q.addBindValue(id(m_employer));
    if (!run(q, tr("list of training plans"), error))
        return plans;
    while (q.next()) {
        TrainingPlan p;
        p.uuid = QUuid::fromString(q.value(0).toString());
        p.employerUuid = m_employer;
        p.firstYear = q.value(1).toInt();
        p.lastYear = q.value(2).toInt();
        p.body = consultedBodyFromString(q.value(3).toString()).value_or(ConsultedBody::WorksCouncil);
        plans.append(p);
    }
    for (TrainingPlan &p : plans) {
        QSqlQuery items(m_ws->database());
        items.prepare(QStringLiteral("SELECT i.uuid, i.category, i.title, i.target_group, i.risk_group, "
                                     "i.planned_workers, i.planned_days FROM training_plan_item i "
                                     "JOIN training_plan p ON p.uuid = i.plan_uuid "
                                     "WHERE i.plan_uuid = ? AND p.employer_uuid = ? ORDER BY i.position"));
        items.addBindValue(id(p.uuid));
        items.addBindValue(id(m_employer));
        if (!run(items, planName(p), error))
            return {};
        while (items.next()) {
            TrainingPlanItem i;
            i.uuid = QUuid::fromString(items.value(0).toString());
            i.category = trainingCategoryFromString(items.value(1).toString())
                             .value_or(TrainingCategory::FormalContinuing);
            i.title = items.value(2).toString();
            i.targetGroup = items.value(3).toString();
            i.riskGroup = riskGroupFromString(items.value(4).toString()).value_or(RiskGroup::None);
            i.plannedWorkers = items.value(5).toInt();
            i.plannedDays = items.value(6).toDouble();
            p.items.append(i);
        }
        QSqlQuery events(m_ws->database());
        events.prepare(QStringLiteral("SELECT e.step, e.on_date, e.note FROM training_plan_event e "
                                      "JOIN training_plan p ON p.uuid = e.plan_uuid "
                                      "WHERE e.plan_uuid = ? AND p.employer_uuid = ? ORDER BY e.id"));
        events.addBindValue(id(p.uuid));
        events.addBindValue(id(m_employer));
        if (!run(events, planName(p), error))
            return {};
        while (events.next())
            p.events.append({planStepFromString(events.value(0).toString()).value_or(PlanStep::DraftSent),
                             QDate::fromString(events.value(1).toString(), Qt::ISODate),
                             events.value(2).toString()});
    }
    return plans;
}

std::optional<TrainingPlan> TrainingPlanRepository::startingIn(int firstYear, QString *error) const
{
    for (const TrainingPlan &p : all(error)) {
        if (p.firstYear == firstYear)
            return p;
    }
    return std::nullopt;
}

bool TrainingPlanRepository::save(const TrainingPlan &plan, QString *error)
{
    if (!plan.employerUuid.isNull() && plan.employerUuid != m_employer) {
        *error = tr("The %1 belongs to another company.").arg(planName(plan));
        return false;
    }
    if (plan.firstYear < 2000 || plan.lastYear < plan.firstYear || plan.lastYear > 2999) {
        *error = tr("The %1 has no valid years.").arg(planName(plan));
        return false;
    }
    for (const TrainingPlan &other : all(error)) {
        if (other.uuid != plan.uuid && other.firstYear <= plan.lastYear && plan.firstYear <= other.lastYear) {
            *error = tr("The %1 overlaps the %2 of this company.").arg(planName(plan), planName(other));
            return false;
        }
    }
    Transaction tx(*m_ws);
    QSqlQuery upsert(m_ws->database());
    upsert.prepare(QStringLiteral(
        "INSERT INTO training_plan (uuid, employer_uuid, first_year, last_year, consulted_body, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (uuid) DO UPDATE SET first_year = excluded.first_year, "
        "last_year = excluded.last_year, consulted_body = excluded.consulted_body "
        "WHERE training_plan.employer_uuid = excluded.employer_uuid"));
    upsert.addBindValue(id(plan.uuid));
    upsert.addBindValue(id(m_employer));
    upsert.addBindValue(plan.firstYear);
    upsert.addBindValue(plan.lastYear);
    upsert.addBindValue(toString(plan.body));
    upsert.addBindValue(m_ws->changeTime());
    if (!run(upsert, planName(plan), error))
        return false;
    if (upsert.numRowsAffected() != 1) {
        *error = tr("The %1 belongs to another company.").arg(planName(plan));
        return false;
    }
    for (const char *table : {"training_plan_item", "training_plan_event"}) {
        QSqlQuery clear(m_ws->database());
        clear.prepare(QStringLiteral("DELETE FROM %1 WHERE plan_uuid = ?").arg(QLatin1String(table)));
        clear.addBindValue(id(plan.uuid));
        if (!run(clear, planName(plan), error))
            return false;
    }
    for (qsizetype n = 0; n < plan.items.size(); ++n) {
        const TrainingPlanItem &i = plan.items.at(n);
        QSqlQuery q(m_ws->database());
        q.prepare(
            QStringLiteral("INSERT INTO training_plan_item (uuid, plan_uuid, position, category, title, "
                           "target_group, risk_group, planned_workers, planned_days) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(id(i.uuid.isNull() ? QUuid::createUuid() : i.uuid));
        q.addBindValue(id(plan.uuid));
        q.addBindValue(int(n));
        q.addBindValue(toString(i.category));
        q.addBindValue(text(i.title));
        q.addBindValue(text(i.targetGroup));
        q.addBindValue(toString(i.riskGroup));
        q.addBindValue(i.plannedWorkers);
        q.addBindValue(i.plannedDays);
        if (!run(q, tr("planned training \"%1\" of the %2").arg(i.title, planName(plan)), error))
            return false;
    }
    for (const PlanEvent &e : plan.events) {
        QSqlQuery q(m_ws->database());
        q.prepare(QStringLiteral(
            "INSERT INTO training_plan_event (plan_uuid, step, on_date, note) VALUES (?, ?, ?, ?)"));
        q.addBindValue(id(plan.uuid));
        q.addBindValue(toString(e.step));
        q.addBindValue(e.date.toString(Qt::ISODate));
        q.addBindValue(text(e.note));
        if (!run(q, tr("%1 of the %2").arg(label(e.step), planName(plan)), error))
            return false;
    }
    return tx.commit(error);
}

bool TrainingPlanRepository::remove(const QUuid &planUuid, QString *error)
{
    QSqlQuery q(m_ws->database());
    q.prepare(QStringLiteral("DELETE FROM training_plan WHERE uuid = ? AND employer_uuid = ?"));
    q.addBindValue(id(planUuid));
    q.addBindValue(id(m_employer));
    return run(q, tr("training plan"), error);
}

} // namespace fla
