#include "TrainingPlanCommand.h"

#include "CompanyOptions.h"

#include "IoCommandSupport.h"
#include "core/common/Translation.h"
#include "core/domain/EnterpriseNumber.h"
#include "core/obligations/TrainingPlanDeadlines.h"
#include "core/obligations/TrainingPlanRealised.h"
#include "core/reports/TrainingPlanPdf.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/TrainingPlanRepository.h"
#include "core/storage/Workspace.h"
#include "core/storage/WorkspaceRecords.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fla::cli {

namespace {

QString tr(const char *text)
{
    return translateFrom({"fla::cli::TrainingPlanCommand", "fla::cli"}, text);
}

const QStringList kActions = {QStringLiteral("create"), QStringLiteral("add"),   QStringLiteral("log"),
                              QStringLiteral("show"),   QStringLiteral("check"), QStringLiteral("pdf")};

QString stateName(DeadlineState s)
{
    switch (s) {
    case DeadlineState::Done:
        return QStringLiteral("done");
    case DeadlineState::DoneLate:
        return QStringLiteral("doneLate");
    case DeadlineState::Open:
        return QStringLiteral("open");
    case DeadlineState::DueSoon:
        return QStringLiteral("dueSoon");
    case DeadlineState::Overdue:
        return QStringLiteral("overdue");
    }
    return {};
}

QString stateText(DeadlineState s)
{
    switch (s) {
    case DeadlineState::Done:
        return tr("done on time");
    case DeadlineState::DoneLate:
        return tr("done late");
    case DeadlineState::Open:
        return tr("to do");
    case DeadlineState::DueSoon:
        return tr("due soon");
    case DeadlineState::Overdue:
        return tr("overdue");
    }
    return {};
}

QString yearsText(const TrainingPlan &p)
{
    return p.firstYear == p.lastYear ? QString::number(p.firstYear)
                                     : QStringLiteral("%1-%2").arg(p.firstYear).arg(p.lastYear);
}

QJsonObject planJson(const TrainingPlan &p, const DataSet &data, const QDate &today)
{
    QJsonArray items, deadlines, realised;
    for (const TrainingPlanItem &i : p.items)
        items.append(QJsonObject{{QStringLiteral("category"), toString(i.category)},
                                 {QStringLiteral("title"), i.title},
                                 {QStringLiteral("targetGroup"), i.targetGroup},
                                 {QStringLiteral("riskGroup"), toString(i.riskGroup)},
                                 {QStringLiteral("plannedWorkers"), i.plannedWorkers},
                                 {QStringLiteral("plannedDays"), i.plannedDays}});
    for (const PlanDeadline &d : plandeadlines::forPlan(p, today))
        deadlines.append(QJsonObject{{QStringLiteral("step"), toString(d.step)},
                                     {QStringLiteral("due"), d.due.toString(Qt::ISODate)},
                                     {QStringLiteral("done"), d.done.toString(Qt::ISODate)},
                                     {QStringLiteral("state"), stateName(d.state)},
                                     {QStringLiteral("daysLeft"), d.daysLeft},
                                     {QStringLiteral("confirmed"), d.confirmed}});
    for (const PlanRealisedRow &r : planrealised::compare(p, data)) {
        QJsonObject o{{QStringLiteral("category"), toString(r.category)},
                      {QStringLiteral("riskGroup"), toString(r.riskGroup)},
                      {QStringLiteral("plannedWorkers"), r.plannedWorkers},
                      {QStringLiteral("plannedDays"), r.plannedDays}};
        if (r.realisedKnown) {
            o.insert(QStringLiteral("realisedWorkers"), r.realisedWorkers);
            o.insert(QStringLiteral("realisedDays"), r.realisedDays);
        }
        realised.append(o);
    }
    return {{QStringLiteral("uuid"), p.uuid.toString(QUuid::WithoutBraces)},
            {QStringLiteral("firstYear"), p.firstYear},
            {QStringLiteral("lastYear"), p.lastYear},
            {QStringLiteral("consulted"), toString(p.body)},
            {QStringLiteral("items"), items},
            {QStringLiteral("deadlines"), deadlines},
            {QStringLiteral("realised"), realised}};
}

void printPlan(const TrainingPlan &p, const DataSet &data, const QDate &today, QTextStream &out)
{
    out << tr("Training plan %1 (consulted: %2)").arg(yearsText(p), label(p.body)) << '\n';
    out << tr("step\tdue by\tdone on\tstate") << '\n';
    for (const PlanDeadline &d : plandeadlines::forPlan(p, today))
        out << label(d.step) << '\t' << d.due.toString(Qt::ISODate)
            << (d.confirmed ? QString() : QLatin1Char(' ') + tr("(unconfirmed)")) << '\t'
            << (d.done.isValid() ? d.done.toString(Qt::ISODate) : QStringLiteral("-")) << '\t'
            << stateText(d.state) << '\n';
    out << tr("category\ttraining\ttarget group\trisk group\tworkers\tdays each") << '\n';
    for (const TrainingPlanItem &i : p.items)
        out << label(i.category) << '\t' << i.title << '\t' << i.targetGroup << '\t'
            << (i.riskGroup == RiskGroup::None ? QStringLiteral("-") : label(i.riskGroup)) << '\t'
            << i.plannedWorkers << '\t' << QString::number(i.plannedDays, 'f', 2) << '\n';
    out << tr("planned and realised\tplanned workers\tplanned days\trealised workers\trealised days") << '\n';
    for (const PlanRealisedRow &r : planrealised::compare(p, data)) {
        const QString what = r.riskGroup == RiskGroup::None
                                 ? label(r.category)
                                 : label(r.category) + QStringLiteral(", ") + label(r.riskGroup);
        out << what << '\t' << r.plannedWorkers << '\t' << QString::number(r.plannedDays, 'f', 2) << '\t'
            << (r.realisedKnown ? QString::number(r.realisedWorkers) : tr("not recorded")) << '\t'
            << (r.realisedKnown ? QString::number(r.realisedDays, 'f', 2) : tr("not recorded")) << '\n';
    }
}

} // namespace

QString TrainingPlanCommand::summary() const
{
    return tr("Keep an employer's yearly training plan: create, add, log, show, check, pdf.");
}

int TrainingPlanCommand::run(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() + QLatin1Char('\n') +
        tr("create --year Y [--last-year Y2] [--consulted works-council|union-delegation|workers]\n"
           "add --year Y --category formal|informal|initial --title T [--target-group G] [--risk-group "
           "age-50-plus|disability|non-eu-nationals|shortage-occupations|gender] [--workers N] [--days D]\n"
           "log --year Y --step draft-sent|advice|adopted|uploaded --date yyyy-mm-dd [--note TEXT]\n"
           "show --year Y [--json]; check [--json] (exit 1 when a deadline has passed); pdf --year Y --out "
           "FILE"));
    parser.addPositionalArgument(QStringLiteral("action"), kActions.join(QLatin1Char('|')));
    const CompanyOptions companyOptions;
    const QCommandLineOption year(QStringLiteral("year"), tr("A year of the plan."), QStringLiteral("Y"));
    const QCommandLineOption lastYear(QStringLiteral("last-year"),
                                      tr("The plan's last year (several years)."), QStringLiteral("Y"));
    const QCommandLineOption consulted(QStringLiteral("consulted"), tr("Who gives advice on the draft."),
                                       QStringLiteral("BODY"), QStringLiteral("works-council"));
    const QCommandLineOption category(QStringLiteral("category"), tr("formal, informal or initial."),
                                      QStringLiteral("C"));
    const QCommandLineOption title(QStringLiteral("title"), tr("What the training is."), QStringLiteral("T"));
    const QCommandLineOption targetGroup(QStringLiteral("target-group"), tr("For whom."),
                                         QStringLiteral("G"));
    const QCommandLineOption riskGroup(QStringLiteral("risk-group"), tr("A risk group it pays attention to."),
                                       QStringLiteral("R"), QStringLiteral("none"));
    const QCommandLineOption workers(QStringLiteral("workers"), tr("How many workers."), QStringLiteral("N"),
                                     QStringLiteral("0"));
    const QCommandLineOption days(QStringLiteral("days"), tr("Days per worker."), QStringLiteral("D"),
                                  QStringLiteral("0"));
    const QCommandLineOption step(QStringLiteral("step"), tr("The consultation step logged."),
                                  QStringLiteral("S"));
    const QCommandLineOption date(QStringLiteral("date"), tr("The day of the step (yyyy-mm-dd)."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption note(QStringLiteral("note"), tr("A note with the step."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption json(QStringLiteral("json"), tr("JSON instead of text."));
    const QCommandLineOption out(QStringLiteral("out"), tr("The PDF file to write."), QStringLiteral("FILE"));
    companyOptions.addTo(parser);
    parser.addOptions({year, lastYear, consulted, category, title, targetGroup, riskGroup, workers, days,
                       step, date, note, json, out, todayOption()});
    parser.addHelpOption();
    if (const std::optional<int> stop = parseCommandLine(parser, args, io))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (positional.size() != 1 || !kActions.contains(action)) {
        io.err << tr("Give one action: %1.").arg(kActions.join(QStringLiteral(", "))) << '\n';
        return ExitUsage;
    }
    const std::optional<EnterpriseNumber> en = companyNumber(parser, companyOptions, io);
    if (!en)
        return ExitUsage;
    bool yearOk = false;
    const int y = parser.value(year).toInt(&yearOk);
    if (action != QLatin1String("check") && (!yearOk || y < 2000 || y > 2999)) {
        io.err << tr("training-plan %1: give the plan's year with --year Y.").arg(action) << '\n';
        return ExitUsage;
    }
    QString error;
    QDate today;
    if (!todayFrom(parser, &today, io))
        return ExitUsage;
    const std::optional<OpenCompany> opened = openCompany(parser, companyOptions, *en, io);
    if (!opened)
        return ExitFailure;
    Workspace &ws = *opened->workspace;
    const Employer &company = opened->employer;
    TrainingPlanRepository plans = ws.trainingPlans(company.uuid);
    const QList<TrainingPlan> all = plans.all(&error);
    if (!error.isEmpty()) {
        io.err << error << '\n';
        return ExitFailure;
    }

    if (action == QLatin1String("create")) {
        TrainingPlan p;
        p.uuid = QUuid::createUuid();
        p.employerUuid = company.uuid;
        p.firstYear = y;
        p.lastYear = parser.isSet(lastYear) ? parser.value(lastYear).toInt() : y;
        const auto body = consultedBodyFromString(parser.value(consulted));
        if (!body) {
            io.err << tr("--consulted: works-council, union-delegation or workers, not \"%1\".")
                          .arg(parser.value(consulted))
                   << '\n';
            return ExitUsage;
        }
        p.body = *body;
        if (!plans.save(p, &error)) {
            io.err << error << '\n';
            return ExitFailure;
        }
        io.out << tr("Training plan %1 created for %2.").arg(yearsText(p), company.name) << '\n';
        return ExitOk;
    }
    if (action == QLatin1String("check")) {
        const std::optional<DataSet> read = readOrTell(readWorkspaceRecords(ws, {company.uuid}), io);
        if (!read)
            return ExitFailure;
        const DataSet &data = *read;
        const QList<PlanReminder> reminders = plandeadlines::remindersFor(company, data, all, today);
        bool overdue = false;
        QJsonArray list;
        for (const PlanReminder &r : reminders) {
            overdue = overdue || r.overdue;
            if (parser.isSet(json))
                list.append(QJsonObject{{QStringLiteral("year"), r.year},
                                        {QStringLiteral("step"), toString(r.step)},
                                        {QStringLiteral("due"), r.due.toString(Qt::ISODate)},
                                        {QStringLiteral("daysLeft"), r.daysLeft},
                                        {QStringLiteral("overdue"), r.overdue},
                                        {QStringLiteral("noPlan"), r.noPlan},
                                        {QStringLiteral("confirmed"), r.confirmed},
                                        {QStringLiteral("text"), r.text()}});
            else
                io.out << r.text() << '\n';
        }
        if (parser.isSet(json))
            io.out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)) << '\n';
        else if (reminders.isEmpty())
            io.out << tr("Nothing due for the training plan of %1.").arg(company.name) << '\n';
        return overdue ? ExitFindings : ExitOk;
    }

    const TrainingPlan *found = nullptr;
    for (const TrainingPlan &p : all) {
        if (p.covers(y))
            found = &p;
    }
    if (!found) {
        io.err << tr("%1 has no training plan for %2: create it with training-plan create.")
                      .arg(company.name)
                      .arg(y)
               << '\n';
        return ExitFailure;
    }
    TrainingPlan plan = *found;
    if (action == QLatin1String("add")) {
        TrainingPlanItem item;
        item.uuid = QUuid::createUuid();
        const auto c = trainingCategoryFromString(parser.value(category));
        const auto g = riskGroupFromString(parser.value(riskGroup));
        bool workersOk = false, daysOk = false;
        item.plannedWorkers = parser.value(workers).toInt(&workersOk);
        item.plannedDays = parser.value(days).toDouble(&daysOk);
        if (!c || !g || parser.value(title).trimmed().isEmpty() || !workersOk || !daysOk ||
            item.plannedWorkers < 0 || item.plannedDays < 0) {
            io.err << tr("training-plan add: give --category formal|informal|initial, --title, and "
                         "--workers and --days as numbers of 0 or more (--risk-group: one of the listed "
                         "groups).")
                   << '\n';
            return ExitUsage;
        }
        item.category = *c;
        item.riskGroup = *g;
        item.title = parser.value(title).trimmed();
        item.targetGroup = parser.value(targetGroup).trimmed();
        plan.items.append(item);
    } else if (action == QLatin1String("log")) {
        const auto s = planStepFromString(parser.value(step));
        const QDate d = QDate::fromString(parser.value(date), Qt::ISODate);
        if (!s || !d.isValid()) {
            io.err << tr("training-plan log: give --step draft-sent|advice|adopted|uploaded and --date "
                         "yyyy-mm-dd.")
                   << '\n';
            return ExitUsage;
        }
        plan.events.append({*s, d, parser.value(note)});
    } else {
        const std::optional<DataSet> read = readOrTell(readWorkspaceRecords(ws, {company.uuid}), io);
        if (!read)
            return ExitFailure;
        const DataSet &data = *read;
        if (action == QLatin1String("pdf")) {
            if (!parser.isSet(out)) {
                io.err << tr("training-plan pdf: give --out FILE.") << '\n';
                return ExitUsage;
            }
            if (!reports::writeTrainingPlanPdf(plan, company, data, today, parser.value(out), &error)) {
                io.err << error << '\n';
                return ExitFailure;
            }
            io.out << QDir::toNativeSeparators(parser.value(out)) << '\n';
        } else if (parser.isSet(json)) {
            io.out << QString::fromUtf8(
                          QJsonDocument(planJson(plan, data, today)).toJson(QJsonDocument::Compact))
                   << '\n';
        } else {
            printPlan(plan, data, today, io.out);
        }
        return ExitOk;
    }
    if (!plans.save(plan, &error)) {
        io.err << error << '\n';
        return ExitFailure;
    }
    io.out << tr("Training plan %1 saved.").arg(yearsText(plan)) << '\n';
    return ExitOk;
}

} // namespace fla::cli
