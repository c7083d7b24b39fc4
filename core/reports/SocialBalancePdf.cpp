#include "reports/SocialBalancePdf.h"

#include "common/LogCategories.h"
#include "common/Translation.h"
#include "domain/EnterpriseNumber.h"
#include "reports/PdfDocument.h"

#include <QCoreApplication>
#include <QLocale>

namespace fla::reports {

namespace {

QString tr(const char *text)
{
    return translateFrom({"fla::reports::SocialBalancePdf", "fla::reports"}, text);
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString number(SocialBalanceItem::Measure measure, double v)
{
    return measure == SocialBalanceItem::Measure::Workers ? QLocale().toString(qRound(v))
                                                          : QLocale().toString(v, 'f', 2);
}

QString title(const SocialBalance &balance)
{
    return tr("Social balance sheet, training block: %1 to %2")
        .arg(QLocale().toString(balance.from, QLocale::ShortFormat),
             QLocale().toString(balance.to, QLocale::ShortFormat));
}

const QString kTable = QStringLiteral(
    "<table class=\"data\" border=\"0.5\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">");

} // namespace

QString socialBalanceHtml(const SocialBalance &balance, const QList<SocialBalanceItem> &items,
                          const Employer &employer, const DataSet &data)
{
    const QList<SocialBalanceRow> rows = SocialBalanceRows::rows(balance, items);
    const QList<UnknownSexWorker> unknown = SocialBalanceRows::unknownSexWorkers(balance, data);
    QString html = QStringLiteral("<h1>") + esc(title(balance)) + QStringLiteral("</h1>");
    html += QStringLiteral("<p class=\"intro\">") +
            esc(QStringLiteral("%1 (%2)").arg(employer.name,
                                              EnterpriseNumber::parse(employer.enterpriseNumber).display())) +
            QStringLiteral("<br/>") +
            esc(tr("Computed from the register: completed trainings that start in the financial year and "
                   "their followed participations.")) +
            QStringLiteral("</p>");
    const bool anyUnknown = !unknown.isEmpty();
    html += kTable + QStringLiteral("<tr><th>") + esc(tr("Item")) + QStringLiteral("</th><th>") +
            esc(tr("Code")) + QStringLiteral("</th><th class=\"num\">") + esc(tr("Men")) +
            QStringLiteral("</th><th>") + esc(tr("Code")) + QStringLiteral("</th><th class=\"num\">") +
            esc(tr("Women")) + QStringLiteral("</th>");
    if (anyUnknown)
        html += QStringLiteral("<th class=\"num\">") + esc(tr("Sex unknown")) + QStringLiteral("</th>");
    html += QStringLiteral("<th class=\"num\">") + esc(tr("Total")) + QStringLiteral("</th></tr>");
    QStringList sources;
    for (const SocialBalanceRow &r : rows) {
        const QString mark = r.confirmed ? QString() : QStringLiteral(" *");
        html += QStringLiteral("<tr><td>") + esc(r.label) + QStringLiteral("</td><td>") +
                esc(r.menCode + mark) + QStringLiteral("</td><td class=\"num\">") +
                esc(number(r.measure, r.men)) + QStringLiteral("</td><td>") + esc(r.womenCode + mark) +
                QStringLiteral("</td><td class=\"num\">") + esc(number(r.measure, r.women)) +
                QStringLiteral("</td>");
        if (anyUnknown)
            html += QStringLiteral("<td class=\"num\">") + esc(number(r.measure, r.unknownSex)) +
                    QStringLiteral("</td>");
        html += QStringLiteral("<td class=\"num\">") + esc(number(r.measure, r.total)) +
                QStringLiteral("</td></tr>");
        for (const QString &s : r.sources) {
            if (!sources.contains(s))
                sources << s;
        }
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p class=\"note\">") +
            esc(tr("%1 trainings counted; %2 of them have no cost in the register (counted as 0).")
                    .arg(balance.trainingsCounted)
                    .arg(balance.trainingsWithoutCost));
    if (!sources.isEmpty())
        html +=
            QStringLiteral("<br/>") +
            esc(tr("* The code follows the NBB's numbering but was not confirmed from its model. Source: %1")
                    .arg(sources.join(QStringLiteral(", "))));
    html += QStringLiteral("</p>");
    if (anyUnknown) {
        QStringList names;
        for (const UnknownSexWorker &w : unknown)
            names << w.name;
        html +=
            QStringLiteral("<p class=\"note\">") +
            esc(tr("Sex unknown (no sex stated, and the INSZ does not tell it): %1. They are in neither the "
                   "men's nor the women's figures; state it on the worker.")
                    .arg(names.join(QStringLiteral(", ")))) +
            QStringLiteral("</p>");
    }
    return html;
}

bool writeSocialBalancePdf(const SocialBalance &balance, const QList<SocialBalanceItem> &items,
                           const Employer &employer, const DataSet &data, const QString &path, QString *error)
{
    if (!renderPdf(path, {socialBalanceHtml(balance, items, employer, data)}, title(balance), error))
        return false;
    qCInfo(lcObligations) << "social balance sheet" << balance.from << balance.to << "written:" << path;
    return true;
}

} // namespace fla::reports
