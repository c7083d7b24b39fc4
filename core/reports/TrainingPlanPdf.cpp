#include "core/reports/TrainingPlanPdf.h"

#include "core/common/LogCategories.h"
#include "core/common/Translation.h"
#include "core/domain/EnterpriseNumber.h"
#include "core/obligations/TrainingPlanDeadlines.h"
#include "core/obligations/TrainingPlanRealised.h"
#include "core/reports/PdfDocument.h"

#include <QCoreApplication>
#include <QLocale>

namespace fla::reports {

namespace {

QString tr(const char *text)
{
    return translateFrom({"fla::reports::TrainingPlanPdf", "fla::reports"}, text);
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString dateText(const QDate &d)
{
    return d.isValid() ? QLocale().toString(d, QStringLiteral("d MMMM yyyy")) : QStringLiteral("–");
}

QString number(double v)
{
    QString s = QLocale().toString(v, 'f', 2);
    const QString point = QLocale().decimalPoint();
    while (s.contains(point) && s.endsWith(QLatin1Char('0')))
        s.chop(1);
    if (s.endsWith(point))
        s.chop(point.size());
    return s;
}

QString yearsText(const TrainingPlan &p)
{
    return p.firstYear == p.lastYear ? QString::number(p.firstYear)
                                     : QStringLiteral("%1–%2").arg(p.firstYear).arg(p.lastYear);
}

QString stateText(const PlanDeadline &d)
{
    switch (d.state) {
    case DeadlineState::Done:
        return tr("on time");
    case DeadlineState::DoneLate:
        return tr("late");
    case DeadlineState::Open:
    case DeadlineState::DueSoon:
        return tr("to do");
    case DeadlineState::Overdue:
        return tr("overdue");
    }
    return {};
}

const QString kTable = QStringLiteral(
    "<table class=\"data\" border=\"0.5\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">");

} // namespace

QString trainingPlanHtml(const TrainingPlan &plan, const Employer &employer, const DataSet &data,
                         const QDate &today)
{
    QString html;
    html +=
        QStringLiteral("<h1>") + esc(tr("Training plan %1").arg(yearsText(plan))) + QStringLiteral("</h1>");
    html +=
        QStringLiteral("<p class=\"intro\">") +
        esc(tr("Training plan of the company (law of 3 October 2022, chapter 9). This copy holds no personal "
               "data: workers are counted, never named.")) +
        QStringLiteral("</p>");
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\" width=\"100%\">");
    const auto row = [&](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td class=\"label\" width=\"36%\">") + esc(label) +
                QStringLiteral("</td><td>") + esc(value) + QStringLiteral("</td></tr>");
    };
    row(tr("Company"), employer.name);
    row(tr("Enterprise number"), EnterpriseNumber::parse(employer.enterpriseNumber).display());
    row(tr("Joint committees"), employer.jointCommittees.join(QStringLiteral(", ")));
    row(tr("Period"), yearsText(plan));
    row(tr("Consulted"), label(plan.body));
    row(tr("Drawn up on"), dateText(today));
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h2>") + esc(tr("Consultation")) + QStringLiteral("</h2>") + kTable +
            QStringLiteral("<tr><th>") + esc(tr("Step")) + QStringLiteral("</th><th>") + esc(tr("Due by")) +
            QStringLiteral("</th><th>") + esc(tr("Done on")) + QStringLiteral("</th><th>") +
            esc(tr("State")) + QStringLiteral("</th></tr>");
    bool unconfirmed = false;
    for (const PlanDeadline &d : plandeadlines::forPlan(plan, today)) {
        unconfirmed = unconfirmed || !d.confirmed;
        html += QStringLiteral("<tr><td>") + esc(label(d.step)) + QStringLiteral("</td><td>") +
                esc(dateText(d.due) + (d.confirmed ? QString() : QStringLiteral(" *"))) +
                QStringLiteral("</td><td>") + esc(dateText(d.done)) + QStringLiteral("</td><td>") +
                esc(stateText(d)) + QStringLiteral("</td></tr>");
    }
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h2>") + esc(tr("Planned trainings")) + QStringLiteral("</h2>");
    if (plan.items.isEmpty()) {
        html += QStringLiteral("<p>") + esc(tr("No trainings planned yet.")) + QStringLiteral("</p>");
    } else {
        html += kTable + QStringLiteral("<tr><th>") + esc(tr("Category")) + QStringLiteral("</th><th>") +
                esc(tr("Training")) + QStringLiteral("</th><th>") + esc(tr("Target group")) +
                QStringLiteral("</th><th>") + esc(tr("Risk group")) +
                QStringLiteral("</th><th class=\"num\">") + esc(tr("Workers")) +
                QStringLiteral("</th><th class=\"num\">") + esc(tr("Days each")) +
                QStringLiteral("</th></tr>");
        for (const TrainingPlanItem &i : plan.items)
            html += QStringLiteral("<tr><td>") + esc(label(i.category)) + QStringLiteral("</td><td>") +
                    esc(i.title) + QStringLiteral("</td><td>") + esc(i.targetGroup) +
                    QStringLiteral("</td><td>") +
                    esc(i.riskGroup == RiskGroup::None ? QString() : label(i.riskGroup)) +
                    QStringLiteral("</td><td class=\"num\">") + QString::number(i.plannedWorkers) +
                    QStringLiteral("</td><td class=\"num\">") + esc(number(i.plannedDays)) +
                    QStringLiteral("</td></tr>");
        html += QStringLiteral("</table>");
    }

    if (today.year() >= plan.firstYear) {
        // Two-line headers: the table keeps to the page's width.
        const auto head = [](const QString &top, const QString &bottom) -> QString {
            return QStringLiteral("<th class=\"num\" width=\"15%\">") + esc(top) + QStringLiteral("<br/>") +
                   esc(bottom) + QStringLiteral("</th>");
        };
        html += QStringLiteral("<h2>") + esc(tr("Planned and realised")) + QStringLiteral("</h2>") + kTable +
                QStringLiteral("<tr><th>") + esc(tr("Category")) + QStringLiteral("</th>") +
                head(tr("Planned"), tr("workers")) + head(tr("Planned"), tr("days")) +
                head(tr("Realised"), tr("workers")) + head(tr("Realised"), tr("days")) +
                QStringLiteral("</tr>");
        for (const PlanRealisedRow &r : planrealised::compare(plan, data)) {
            const QString what = r.riskGroup == RiskGroup::None ? label(r.category)
                                                                : QStringLiteral("– ") + label(r.riskGroup);
            const QString notKnown = tr("not recorded");
            html += QStringLiteral("<tr><td>") + esc(what) + QStringLiteral("</td><td class=\"num\">") +
                    QString::number(r.plannedWorkers) + QStringLiteral("</td><td class=\"num\">") +
                    esc(number(r.plannedDays)) + QStringLiteral("</td><td class=\"num\">") +
                    esc(r.realisedKnown ? QString::number(r.realisedWorkers) : notKnown) +
                    QStringLiteral("</td><td class=\"num\">") +
                    esc(r.realisedKnown ? number(r.realisedDays) : notKnown) + QStringLiteral("</td></tr>");
        }
        html += QStringLiteral("</table>");
    }
    if (unconfirmed)
        html += QStringLiteral("<p class=\"note\">") +
                esc(tr("* Unconfirmed: this deadline rests on a reading of the rules that is not confirmed "
                       "(resources/obligations/training-plan.json).")) +
                QStringLiteral("</p>");
    return html;
}

bool writeTrainingPlanPdf(const TrainingPlan &plan, const Employer &employer, const DataSet &data,
                          const QDate &today, const QString &path, QString *error)
{
    if (!renderPdf(path, {trainingPlanHtml(plan, employer, data, today)},
                   tr("Training plan %1").arg(yearsText(plan)), error))
        return false;
    qCInfo(lcIo) << "training plan" << yearsText(plan) << "written:" << path;
    return true;
}

} // namespace fla::reports
