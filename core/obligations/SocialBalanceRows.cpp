#include "core/obligations/SocialBalanceRows.h"

#include "core/domain/Ssin.h"

#include <QCoreApplication>

namespace fla::SocialBalanceRows {

QList<SocialBalanceRow> rows(const SocialBalance &balance, const QList<SocialBalanceItem> &items)
{
    QList<SocialBalanceRow> out;
    for (const SocialBalanceItem &item : items) {
        auto it = std::find_if(out.begin(), out.end(), [&](const SocialBalanceRow &r) {
            return r.category == item.category && r.measure == item.measure;
        });
        if (it == out.end()) {
            const auto c = std::size_t(item.category);
            SocialBalanceRow row;
            row.category = item.category;
            row.measure = item.measure;
            row.label = QCoreApplication::translate("fla::SocialBalanceRows", "%1: %2")
                            .arg(SocialBalanceCodes::categoryText(item.category),
                                 SocialBalanceCodes::measureText(item.measure));
            const SocialBalanceFigures &men = balance.figures[c][0];
            const SocialBalanceFigures &women = balance.figures[c][1];
            const SocialBalanceFigures &unknown = balance.unknownSex[c];
            row.men = SocialBalanceCodes::figure(men, item.measure);
            row.women = SocialBalanceCodes::figure(women, item.measure);
            row.unknownSex = SocialBalanceCodes::figure(unknown, item.measure);
            // Added up in whole cents and hours, so the total is exact (the sexes are apart: no one twice).
            SocialBalanceFigures all;
            for (const SocialBalanceFigures *f : {&men, &women, &unknown}) {
                all.workers += f->workers;
                all.hours += f->hours;
                all.grossCostCents += f->grossCostCents;
                all.contributionsCents += f->contributionsCents;
                all.subsidiesCents += f->subsidiesCents;
            }
            row.total = SocialBalanceCodes::figure(all, item.measure);
            out.append(row);
            it = std::prev(out.end());
        }
        (item.sex == Ssin::Sex::Female ? it->womenCode : it->menCode) = item.code;
        if (!item.confirmed) {
            it->confirmed = false;
            if (!it->sources.contains(item.source))
                it->sources.append(item.source);
        }
    }
    return out;
}

QList<UnknownSexWorker> unknownSexWorkers(const SocialBalance &balance, const DataSet &set)
{
    QList<UnknownSexWorker> out;
    for (const Worker &w : set.workers) {
        if (balance.workersOfUnknownSex.contains(w.uuid))
            out.append({w.uuid, QStringLiteral("%1 %2").arg(w.familyName, w.givenName).trimmed(),
                        Ssin::mask(w.ssin)});
    }
    return out;
}

QString valueText(SocialBalanceItem::Measure measure, double value)
{
    return measure == SocialBalanceItem::Measure::Workers ? QString::number(qRound(value))
                                                          : QString::number(value, 'f', 2);
}

} // namespace fla::SocialBalanceRows
