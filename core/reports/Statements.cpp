#include "core/reports/Statements.h"

#include "core/anomaly/FlaRules.h"
#include "core/domain/FieldText.h"

#include "core/common/LogCategories.h"
#include "core/domain/EnterpriseNumber.h"
#include "core/domain/Ssin.h"
#include "core/reports/Credit.h"
#include "core/reports/PdfDocument.h"
#include "core/reports/StatementTexts.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSet>
#include <QTextDocument>
#include <algorithm>

namespace fla::reports {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// Keeps "7,6 heures" on one line.
QString nbsp(QString html)
{
    return html.replace(QLatin1Char(' '), QStringLiteral("&nbsp;"));
}

// Vertical space before a section: Qt's HTML subset ignores margins above headings that follow a table.
const QString kGap = QStringLiteral("<p style=\"margin:0; font-size:7pt\">&nbsp;</p>");

// 2, 7,5, 0,66: at most two decimals, no trailing zeros.
QString number(const StatementTexts &t, double v)
{
    return schema::numberText(v, 2, t.locale);
}

bool singular(const StatementTexts &t, double v)
{
    const double a = qAbs(v);
    return t.singularBelowTwo ? a < 2 : qFuzzyCompare(a, 1.0);
}

QString daysText(const StatementTexts &t, double days)
{
    return (singular(t, days) ? t.oneDay : t.days).arg(number(t, days));
}

QString hoursText(const StatementTexts &t, double hours)
{
    return (singular(t, hours) ? t.oneHour : t.hours).arg(number(t, hours));
}

QString daysAndHours(const StatementTexts &t, double days, double hoursPerDay)
{
    return t.daysAndHours.arg(daysText(t, days), hoursText(t, days * hoursPerDay));
}

QString durationText(const StatementTexts &t, double amount, DurationUnit unit)
{
    return unit == DurationUnit::Days ? daysText(t, amount) : hoursText(t, amount);
}

QString dateText(const StatementTexts &t, const QDate &d)
{
    return t.locale.toString(d, t.dateFormat);
}

QString periodText(const QDate &a, const QDate &b)
{
    const QString shortFormat = QStringLiteral("dd/MM/yyyy");
    if (a == b)
        return a.toString(shortFormat);
    return a.toString(shortFormat) + QStringLiteral(" – ") + b.toString(shortFormat);
}

// "5 days per FTE by law (your employer counted 20,5 FTE on average)", or the
// sector agreement's figure, marked when it is not confirmed.
QString accountBasis(const StatementTexts &t, const CreditLine &line)
{
    const QString days = daysText(t, line.daysPerFte());
    QString text;
    if (line.sectorRule())
        text = t.sectorBasis.arg(days, line.figures->agreement);
    else if (line.size.fromRegister)
        text = t.lawBasis.arg(days, number(t, line.size.fteAverage));
    else
        text = t.declaredBasis.arg(days);
    return line.figures->confirmed ? text : text + t.unconfirmed;
}

} // namespace

QString statementHtml(const DataSet &data, const Worker &worker, int year, const QDate &issuedOn,
                      const CreditFigures *known)
{
    const StatementTexts &t = statementTexts(worker.language);
    Employer employer;
    for (const Employer &e : data.employers) {
        if (e.uuid == worker.employerUuid)
            employer = e;
    }
    const CreditFigures credit = known ? *known : creditFigures(data, year).value(worker.uuid);

    QString html;
    html += QStringLiteral("<h1>") + esc(t.title.arg(year)) + QStringLiteral("</h1>");
    html += QStringLiteral("<p class=\"intro\">") + esc(t.intro.arg(year)) + QStringLiteral("</p>");

    // Who and when
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\" width=\"100%\">");
    const auto row = [&](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td class=\"label\" width=\"36%\">") + esc(label) +
                QStringLiteral("</td><td>") + value + QStringLiteral("</td></tr>");
    };
    row(t.employer, QStringLiteral("<b>") + esc(employer.name) + QStringLiteral("</b>"));
    row(t.enterpriseNumber, esc(EnterpriseNumber::parse(employer.enterpriseNumber).display()));
    row(t.worker, QStringLiteral("<b>") + esc(worker.givenName + QLatin1Char(' ') + worker.familyName) +
                      QStringLiteral("</b>"));
    row(t.ssin, esc(Ssin::parse(worker.ssin).display()));
    const CreditLine &line = credit.line;
    if (line.mainEmployment) {
        row(t.workRegime, esc(t.locale.toString(line.mainEmployment->workRegime * 100, 'f', 0) +
                              QStringLiteral("\u00a0%")));
        if (!line.mainEmployment->jointCommittee.isEmpty())
            row(t.jointCommittee, esc(line.mainEmployment->jointCommittee));
    }
    // What the right rests on (art. 55): the figures per FTE and the carry-over window.
    if (line.figures)
        row(t.basis, esc(accountBasis(t, line)));
    if (line.windowStart > 0)
        row(t.window, esc(QStringLiteral("%1–%2").arg(line.windowStart).arg(line.windowEnd) +
                          (line.carryOverConfirmed ? QString() : t.unconfirmed)));
    row(t.issuedOn, esc(dateText(t, issuedOn)));
    html += QStringLiteral("</table>");

    // Rights
    html += kGap + QStringLiteral("<h2>") + esc(t.rightsHeading) + QStringLiteral("</h2>");
    QString rights;
    for (const TrainingRight &r : data.rights) {
        if (r.workerUuid != worker.uuid || r.year != year)
            continue;
        const QString kind = r.type == RightType::Legal ? t.legal
                             : r.type == RightType::Sectoral
                                 ? t.sectoral.arg(r.caoNumber.isEmpty() ? QStringLiteral("–") : r.caoNumber)
                                 : t.employerGranted;
        rights += QStringLiteral("<tr><td>") + esc(kind) + QStringLiteral("</td><td class=\"num\">") +
                  nbsp(esc(durationText(t, r.amount, r.unit))) + QStringLiteral("</td></tr>");
    }
    if (rights.isEmpty()) {
        html += QStringLiteral("<p>") + esc(t.noRights) + QStringLiteral("</p>");
    } else {
        html += QStringLiteral(
                    "<table class=\"data\" border=\"0.5\" cellspacing=\"0\" cellpadding=\"4\" width=\"60%\">"
                    "<tr><th>") +
                esc(t.rightType) + QStringLiteral("</th><th class=\"num\">") + esc(t.amount) +
                QStringLiteral("</th></tr>") + rights + QStringLiteral("</table>");
    }

    // Trainings followed
    html += kGap + QStringLiteral("<h2>") + esc(t.trainingsHeading) + QStringLiteral("</h2>");
    QHash<QUuid, const Training *> trainings;
    for (const Training &tr : data.trainings)
        trainings.insert(tr.uuid, &tr);
    QList<QPair<const Training *, const Participation *>> followed;
    for (const Participation &p : data.participations) {
        if (p.workerUuid != worker.uuid || !p.followed)
            continue;
        const Training *tr = trainings.value(p.trainingUuid);
        if (tr && tr->startDate.year() == year)
            followed.append({tr, &p});
    }
    std::sort(followed.begin(), followed.end(), [](const auto &a, const auto &b) {
        return a.first->startDate < b.first->startDate ||
               (a.first->startDate == b.first->startDate && a.first->name < b.first->name);
    });
    if (followed.isEmpty()) {
        html += QStringLiteral("<p>") + esc(t.noTrainings) + QStringLiteral("</p>");
    } else {
        html += QStringLiteral(
                    "<table class=\"data\" border=\"0.5\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"
                    "<tr><th>") +
                esc(t.training) + QStringLiteral("</th><th width=\"14%\">") + esc(t.kind) +
                QStringLiteral("</th><th width=\"23%\">") + esc(t.period) +
                QStringLiteral("</th><th class=\"num\" width=\"14%\">") + esc(t.duration) +
                QStringLiteral("</th><th width=\"12%\">") + esc(t.countsForCredit) +
                QStringLiteral("</th></tr>");
        for (const auto &[tr, p] : followed) {
            const double amount = p->durationOverride.value_or(tr->duration);
            QString name = QStringLiteral("<b>") + esc(tr->name) + QStringLiteral("</b>");
            if (!tr->provider.isEmpty())
                name += QStringLiteral("<br/><span style=\"color:#555555\">") + esc(tr->provider) +
                        QStringLiteral("</span>");
            const QString nowrap = QStringLiteral("<td style=\"white-space: nowrap\">");
            html += QStringLiteral("<tr><td>") + name + QStringLiteral("</td>") + nowrap +
                    esc(tr->kind == TrainingKind::Formal ? t.formal : t.informal) +
                    QStringLiteral("</td><td>") + esc(periodText(tr->startDate, tr->endDate)) +
                    QStringLiteral("</td><td class=\"num\" style=\"white-space: nowrap\">") +
                    esc(durationText(t, amount, tr->unit)) + QStringLiteral("</td>") + nowrap +
                    esc(flarules::usesTrainingRight(*tr) ? t.yes : t.no) + QStringLiteral("</td></tr>");
        }
        html += QStringLiteral("</table>");
    }

    // Credit
    html += kGap + QStringLiteral("<h2>") + esc(t.creditHeading) + QStringLiteral("</h2>");
    html += QStringLiteral(
        "<table class=\"data\" border=\"0.5\" cellspacing=\"0\" cellpadding=\"4\" width=\"60%\">");
    const auto creditRow = [&](const QString &label, double days, bool bold) {
        const QString b = bold ? QStringLiteral("<b>") : QString();
        const QString eb = bold ? QStringLiteral("</b>") : QString();
        html += QStringLiteral("<tr><td>") + b + esc(label) + eb + QStringLiteral("</td><td class=\"num\">") +
                b + esc(daysAndHours(t, days, credit.hoursPerDay)) + eb + QStringLiteral("</td></tr>");
    };
    creditRow(t.entitled, credit.entitledDays, false);
    if (credit.carriedOverDays > 0)
        creditRow(t.carriedOver, credit.carriedOverDays, false);
    creditRow(t.used, credit.usedDays, false);
    creditRow(t.remaining, credit.remainingDays, true);
    if (credit.overDays > 0)
        creditRow(t.over, credit.overDays, false);
    if (line.expiredDays > 0)
        creditRow(t.expired, line.expiredDays, false);
    html += QStringLiteral("</table>");
    html += kGap + QStringLiteral("<p class=\"note\">") + esc(t.note.arg(number(t, credit.hoursPerDay))) +
            QStringLiteral(" ") + esc(t.consult) + QStringLiteral("</p>");
    return html;
}

QString statementFileName(const Worker &worker, int year)
{
    QString who = QString(worker.familyName + QLatin1Char('-') + worker.givenName)
                      .normalized(QString::NormalizationForm_D)
                      .toLower();
    QString safe;
    for (const QChar c : who) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            safe.append(c);
        else if ((c == QLatin1Char('-') || c.isSpace()) && !safe.endsWith(QLatin1Char('-')))
            safe.append(QLatin1Char('-'));
    }
    return QStringLiteral("%1-%2-%3.pdf")
        .arg(year)
        .arg(safe)
        .arg(worker.uuid.toString(QUuid::WithoutBraces).left(8));
}

QList<Worker> workersForYear(const DataSet &data, int year)
{
    QSet<QUuid> active;
    for (const TrainingRight &r : data.rights) {
        if (r.year == year)
            active.insert(r.workerUuid);
    }
    QSet<QUuid> trainingsOfYear;
    for (const Training &t : data.trainings) {
        if (t.startDate.year() == year)
            trainingsOfYear.insert(t.uuid);
    }
    for (const Participation &p : data.participations) {
        if (trainingsOfYear.contains(p.trainingUuid))
            active.insert(p.workerUuid);
    }
    const QDate first(year, 1, 1), last(year, 12, 31);
    for (const Employment &m : data.employments) {
        if (m.startDate <= last && (!m.endDate.isValid() || m.endDate >= first))
            active.insert(m.workerUuid);
    }
    QList<Worker> result;
    for (const Worker &w : data.workers) {
        if (active.contains(w.uuid))
            result.append(w);
    }
    std::sort(result.begin(), result.end(), [](const Worker &a, const Worker &b) {
        return QString::localeAwareCompare(a.familyName + a.givenName, b.familyName + b.givenName) < 0;
    });
    return result;
}

bool writeStatement(const DataSet &data, const Worker &worker, int year, const QDate &issuedOn,
                    const QString &path, QString *error)
{
    const StatementTexts &t = statementTexts(worker.language);
    if (!renderPdf(path, {statementHtml(data, worker, year, issuedOn)}, t.title.arg(year), error))
        return false;
    qCInfo(lcIo) << "statement for" << year << "written:" << path;
    return true;
}

bool writeStatements(const DataSet &data, int year, const QDate &issuedOn, const QString &outDir, bool merged,
                     QStringList *written, QString *error)
{
    if (!QDir().mkpath(outDir)) {
        *error = QCoreApplication::translate("Statements", "Cannot create the folder %1.")
                     .arg(QDir::toNativeSeparators(outDir));
        return false;
    }
    const QList<Worker> workers = workersForYear(data, year);
    const QHash<QUuid, CreditFigures> credits = creditFigures(data, year);
    const QDir dir(outDir);
    if (merged) {
        QStringList pages;
        for (const Worker &w : workers) {
            const CreditFigures c = credits.value(w.uuid);
            pages.append(statementHtml(data, w, year, issuedOn, &c));
        }
        if (pages.isEmpty()) {
            *error = QCoreApplication::translate("Statements",
                                                 "No worker has rights, trainings or an employment in %1.")
                         .arg(year);
            return false;
        }
        const QString path = dir.filePath(QStringLiteral("statements-%1.pdf").arg(year));
        if (!renderPdf(path, pages, QStringLiteral("FLA Desk %1").arg(year), error))
            return false;
        written->append(path);
    } else {
        for (const Worker &w : workers) {
            const QString path = dir.filePath(statementFileName(w, year));
            const StatementTexts &t = statementTexts(w.language);
            const CreditFigures c = credits.value(w.uuid);
            if (!renderPdf(path, {statementHtml(data, w, year, issuedOn, &c)}, t.title.arg(year), error))
                return false;
            written->append(path);
        }
    }
    qCInfo(lcIo) << "statements for" << year << ":" << written->size() << "files," << workers.size()
                 << "workers";
    return true;
}

} // namespace fla::reports
