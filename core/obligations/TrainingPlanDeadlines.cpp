#include "core/obligations/TrainingPlanDeadlines.h"

#include "core/common/LogCategories.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <algorithm>

namespace fla {

namespace {

QString fileError(const QString &what)
{
    return QCoreApplication::translate("fla::TrainingPlanRules",
                                       "The training plan's deadlines cannot be read: %1")
        .arg(what);
}

QString dateText(const QDate &d)
{
    return QLocale().toString(d, QStringLiteral("d MMMM yyyy"));
}

} // namespace

bool TrainingPlanRules::parse(const QByteArray &json, TrainingPlanRules *out, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        *error = fileError(parseError.errorString());
        return false;
    }
    const QJsonObject root = doc.object();
    TrainingPlanRules r;
    const auto number = [&](const char *entry, const char *field, double *value) {
        const QJsonValue v = root.value(QLatin1String(entry)).toObject().value(QLatin1String(field));
        if (!v.isDouble() || v.toDouble() < 0) {
            *error = fileError(QCoreApplication::translate("fla::TrainingPlanRules", "%1 has no valid %2")
                                   .arg(QLatin1String(entry), QLatin1String(field)));
            return false;
        }
        *value = v.toDouble();
        return true;
    };
    double am, ad, om, od, draft, upload, minimum, remind;
    if (!number("adviceBy", "month", &am) || !number("adviceBy", "day", &ad) ||
        !number("adoptBy", "month", &om) || !number("adoptBy", "day", &od) ||
        !number("draftDaysBeforeAdvice", "days", &draft) ||
        !number("uploadWithinMonths", "months", &upload) || !number("minimumWorkers", "workers", &minimum) ||
        !number("remindDaysBefore", "days", &remind))
        return false;
    r.adviceMonth = int(am);
    r.adviceDay = int(ad);
    r.adoptMonth = int(om);
    r.adoptDay = int(od);
    if (!QDate(2027, r.adviceMonth, r.adviceDay).isValid() ||
        !QDate(2027, r.adoptMonth, r.adoptDay).isValid()) {
        *error =
            fileError(QCoreApplication::translate("fla::TrainingPlanRules", "a deadline is not a valid day"));
        return false;
    }
    r.draftDaysBeforeAdvice = int(draft);
    r.uploadWithinMonths = int(upload);
    r.uploadConfirmed =
        root.value(QLatin1String("uploadWithinMonths")).toObject().value(QLatin1String("confirmed")).toBool();
    r.minimumWorkers = minimum;
    r.minimumConfirmed =
        root.value(QLatin1String("minimumWorkers")).toObject().value(QLatin1String("confirmed")).toBool();
    r.remindDaysBefore = int(remind);
    *out = r;
    return true;
}

const TrainingPlanRules &TrainingPlanRules::builtIn()
{
    static const TrainingPlanRules rules = [] {
        TrainingPlanRules r;
        QString error;
        QFile f(QStringLiteral(":/obligations/training-plan.json"));
        if (!f.open(QIODevice::ReadOnly))
            error = fileError(f.errorString());
        else if (TrainingPlanRules::parse(f.readAll(), &r, &error))
            return r;
        qCCritical(lcObligations) << error;
        return TrainingPlanRules{};
    }();
    return rules;
}

QString PlanReminder::text() const
{
    const auto days = [](qint64 n, const char *one, const char *many) {
        return n == 1 ? QCoreApplication::translate("fla::PlanReminder", one)
                      : QCoreApplication::translate("fla::PlanReminder", many).arg(n);
    };
    const QString when = overdue ? days(-daysLeft, QT_TRANSLATE_NOOP("fla::PlanReminder", "1 day late"),
                                        QT_TRANSLATE_NOOP("fla::PlanReminder", "%1 days late"))
                                 : days(daysLeft, QT_TRANSLATE_NOOP("fla::PlanReminder", "1 day left"),
                                        QT_TRANSLATE_NOOP("fla::PlanReminder", "%1 days left"));
    QString text;
    if (noPlan && step == PlanStep::DraftSent)
        text = QCoreApplication::translate(
                   "fla::PlanReminder", "Training plan %1: none yet; send the draft for advice by %2 (%3).")
                   .arg(year)
                   .arg(dateText(due), when);
    else if (noPlan && !overdue)
        text = QCoreApplication::translate("fla::PlanReminder",
                                           "Training plan %1: none yet; adopt it by %2 (%3).")
                   .arg(year)
                   .arg(dateText(due), when);
    else if (noPlan)
        text = QCoreApplication::translate("fla::PlanReminder",
                                           "Training plan %1: none adopted; it was due by %2 (%3).")
                   .arg(year)
                   .arg(dateText(due), when);
    else if (overdue)
        text = QCoreApplication::translate("fla::PlanReminder", "Training plan %1: %2 was due by %3 (%4).")
                   .arg(year)
                   .arg(label(step), dateText(due), when);
    else
        text = QCoreApplication::translate("fla::PlanReminder", "Training plan %1: %2 by %3 (%4).")
                   .arg(year)
                   .arg(action(step), dateText(due), when);
    if (!confirmed)
        text += QLatin1Char(' ') + QCoreApplication::translate("fla::PlanReminder", "(unconfirmed rule)");
    return text;
}

namespace plandeadlines {

QDate due(PlanStep step, int firstYear, const QDate &adoptedOn, const TrainingPlanRules &rules)
{
    const QDate advice(firstYear, rules.adviceMonth, rules.adviceDay);
    const QDate adopt(firstYear, rules.adoptMonth, rules.adoptDay);
    switch (step) {
    case PlanStep::DraftSent:
        return advice.addDays(-rules.draftDaysBeforeAdvice);
    case PlanStep::AdviceReceived:
        return advice;
    case PlanStep::Adopted:
        return adopt;
    case PlanStep::Uploaded:
        // The plan takes effect on adoption (this program's reading, unconfirmed).
        return (adoptedOn.isValid() ? adoptedOn : adopt).addMonths(rules.uploadWithinMonths);
    }
    return {};
}

QList<PlanDeadline> forPlan(const TrainingPlan &plan, const QDate &today, const TrainingPlanRules &rules)
{
    QList<PlanDeadline> out;
    for (PlanStep step : kPlanSteps) {
        PlanDeadline d;
        d.step = step;
        d.due = due(step, plan.firstYear, plan.doneOn(PlanStep::Adopted), rules);
        d.done = plan.doneOn(step);
        d.daysLeft = today.daysTo(d.due);
        d.confirmed = step != PlanStep::Uploaded || rules.uploadConfirmed;
        if (d.done.isValid())
            d.state = d.done <= d.due ? DeadlineState::Done : DeadlineState::DoneLate;
        else if (today > d.due)
            d.state = DeadlineState::Overdue;
        else if (d.daysLeft <= rules.remindDaysBefore)
            d.state = DeadlineState::DueSoon;
        else
            d.state = DeadlineState::Open;
        out.append(d);
    }
    return out;
}

bool required(const EmployerSize &size, const TrainingPlanRules &rules)
{
    if (size.fromRegister)
        return size.fteAverage >= rules.minimumWorkers - 1e-9;
    return size.sizeClass == SizeClass::From20;
}

QList<PlanReminder> reminders(const QList<TrainingPlan> &plans, const std::function<bool(int)> &requiredFor,
                              const QDate &today, const TrainingPlanRules &rules)
{
    QList<PlanReminder> out;
    for (int year : {today.year(), today.year() + 1}) {
        const TrainingPlan *covering = nullptr;
        for (const TrainingPlan &p : plans) {
            if (p.covers(year) && (!covering || p.firstYear == year))
                covering = &p;
        }
        if (covering && covering->firstYear == year) {
            for (const PlanDeadline &d : forPlan(*covering, today, rules)) {
                if (d.state != DeadlineState::DueSoon && d.state != DeadlineState::Overdue)
                    continue;
                out.append(
                    {year, d.step, d.due, d.daysLeft, d.state == DeadlineState::Overdue, false, d.confirmed});
            }
        } else if (!covering && requiredFor && requiredFor(year)) {
            // Missing: remind of the draft while it can still be on time, then of the adoption.
            const QDate draft = due(PlanStep::DraftSent, year, {}, rules);
            const QDate adopt = due(PlanStep::Adopted, year, {}, rules);
            const bool pastDraft = today > draft;
            const QDate d = pastDraft ? adopt : draft;
            const qint64 left = today.daysTo(d);
            if (left <= rules.remindDaysBefore)
                out.append({year, pastDraft ? PlanStep::Adopted : PlanStep::DraftSent, d, left, today > d,
                            true, rules.minimumConfirmed});
        }
    }
    std::sort(out.begin(), out.end(),
              [](const PlanReminder &a, const PlanReminder &b) { return a.due < b.due; });
    return out;
}

QList<PlanReminder> remindersFor(const Employer &employer, const DataSet &data,
                                 const QList<TrainingPlan> &plans, const QDate &today,
                                 const TrainingPlanRules &rules)
{
    QSet<QUuid> workers;
    for (const Worker &w : data.workers) {
        if (w.employerUuid == employer.uuid)
            workers.insert(w.uuid);
    }
    QList<const Employment *> employments;
    for (const Employment &e : data.employments) {
        if (workers.contains(e.workerUuid))
            employments.append(&e);
    }
    const auto requiredFor = [&](int year) {
        return required(employersize::forYear(employer.sizeClass, employments, year), rules);
    };
    return reminders(plans, requiredFor, today, rules);
}

} // namespace plandeadlines

} // namespace fla
