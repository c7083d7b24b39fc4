#include "core/reports/SocialBalancePdf.h"

#include "core/common/LogCategories.h"
#include "core/common/Translation.h"
#include "core/domain/EnterpriseNumber.h"
#include "core/reports/PdfDocument.h"

#include <QCoreApplication>
#include <QLocale>
#include <optional>

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

QString number(const QLocale &locale, SocialBalanceItem::Measure measure, double v)
{
    return measure == SocialBalanceItem::Measure::Workers ? locale.toString(qRound(v))
                                                          : locale.toString(v, 'f', 2);
}

QString title(const SocialBalance &balance, const QLocale &locale)
{
    const QString format = QStringLiteral("d MMMM yyyy");
    return tr("Social balance sheet, training block: %1 to %2")
        .arg(locale.toString(balance.from, format), locale.toString(balance.to, format));
}

const QString kTable = QStringLiteral(
    "<table class=\"data\" border=\"0.5\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">");

} // namespace

QString socialBalanceHtml(const SocialBalance &balance, const QList<SocialBalanceItem> &items,
                          const Employer &employer, const DataSet &data, const QLocale &locale)
{
    const QList<SocialBalanceRow> rows = SocialBalanceRows::rows(balance, items);
    const QList<UnknownSexWorker> unknown = SocialBalanceRows::unknownSexWorkers(balance, data);
    QString html = QStringLiteral("<h1>") + esc(title(balance, locale)) + QStringLiteral("</h1>");
    html += QStringLiteral("<p class=\"intro\">") +
            esc(QStringLiteral("%1 (%2)").arg(employer.name,
                                              EnterpriseNumber::parse(employer.enterpriseNumber).display())) +
            QStringLiteral("<br/>") +
            esc(tr("Computed from the register: completed trainings that start in the financial year and "
                   "their followed participations.")) +
            QStringLiteral("</p>");
    const bool anyUnknown = !unknown.isEmpty();
    // Codes and figures stay on one line; the item's label wraps in what is left.
    const auto head = [](const QString &text, const char *cls) -> QString {
        return QStringLiteral("<th class=\"%1\" style=\"white-space: nowrap\">").arg(QLatin1String(cls)) +
               esc(text) + QStringLiteral("</th>");
    };
    const auto cell = [](const QString &text, const char *cls) -> QString {
        return QStringLiteral("<td class=\"%1\" style=\"white-space: nowrap\">").arg(QLatin1String(cls)) +
               esc(text) + QStringLiteral("</td>");
    };
    html += kTable + QStringLiteral("<tr><th>") + esc(tr("Item")) + QStringLiteral("</th>") +
            head(tr("Code"), "") + head(tr("Men"), "num") + head(tr("Code"), "") + head(tr("Women"), "num");
    if (anyUnknown)
        html += head(tr("Sex unknown"), "num");
    html += head(tr("Total"), "num") + QStringLiteral("</tr>");
    QStringList sources;
    std::optional<TrainingCategory> category;
    for (const SocialBalanceRow &r : rows) {
        // Each category heads its measures, as on the form and in the view.
        if (category != r.category) {
            category = r.category;
            html += QStringLiteral("<tr><td colspan=\"%1\"><b>").arg(anyUnknown ? 7 : 6) +
                    esc(SocialBalanceCodes::categoryText(r.category)) + QStringLiteral("</b></td></tr>");
        }
        QString measure = SocialBalanceCodes::measureText(r.measure);
        if (!measure.isEmpty())
            measure[0] = measure.at(0).toUpper();
        const QString mark = r.confirmed ? QString() : QStringLiteral(" *");
        html += QStringLiteral("<tr><td>&nbsp;&nbsp;&nbsp;") + esc(measure) + QStringLiteral("</td>") +
                cell(r.menCode + mark, "") + cell(number(locale, r.measure, r.men), "num") +
                cell(r.womenCode + mark, "") + cell(number(locale, r.measure, r.women), "num");
        if (anyUnknown)
            html += cell(number(locale, r.measure, r.unknownSex), "num");
        html += cell(number(locale, r.measure, r.total), "num") + QStringLiteral("</tr>");
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
                           const Employer &employer, const DataSet &data, const QLocale &locale,
                           const QString &path, QString *error)
{
    if (!renderPdf(path, {socialBalanceHtml(balance, items, employer, data, locale)}, title(balance, locale),
                   error))
        return false;
    qCInfo(lcObligations) << "social balance sheet" << balance.from << balance.to << "written:" << path;
    return true;
}

} // namespace fla::reports
