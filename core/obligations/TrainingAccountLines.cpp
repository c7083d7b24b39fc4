#include "core/obligations/TrainingAccountLines.h"

#include "core/common/DisplayDate.h"
#include "core/common/Translation.h"
#include "core/domain/CodeLabels.h"
#include "core/domain/FieldText.h"

namespace fla {

namespace {

QString tr(const char *text)
{
    return translateFrom({"fla"}, text);
}

QString days(double d)
{
    return tr("%1 d").arg(schema::numberText(d));
}

} // namespace

QList<AccountLine> accountLines(const TrainingAccount &account)
{
    QList<AccountLine> out;
    if (!account.hasLine)
        return out;
    const CreditLine &l = account.line;
    const QString unconfirmed = tr("unconfirmed");
    const auto row = [&out](const QString &label, const QString &value) { out.append({label, value}); };
    if (l.mainEmployment) {
        row(tr("Work regime"),
            QStringLiteral("%1 %").arg(schema::numberText(l.mainEmployment->workRegime * 100, 0)));
        row(tr("Joint committee"), l.mainEmployment->jointCommittee);
    }
    row(tr("Size class"), l.size.fromRegister
                              ? tr("%1 (average %2 FTE, Q4 %3 – Q3 %4)")
                                    .arg(codeLabel(l.size.sizeClass), schema::numberText(l.size.fteAverage))
                                    .arg(account.year - 2)
                                    .arg(account.year - 1)
                              : tr("%1 (declared: no employment in the register in Q4 %2 – Q3 %3)")
                                    .arg(codeLabel(l.size.sizeClass))
                                    .arg(account.year - 2)
                                    .arg(account.year - 1));
    if (l.figures) {
        QString basis = l.sectorRule()
                            ? tr("%1 (sector agreement %2)").arg(days(l.daysPerFte()), l.figures->agreement)
                            : tr("%1 (law)").arg(days(l.daysPerFte()));
        if (!l.figures->confirmed)
            basis += QStringLiteral(", ") + unconfirmed;
        row(tr("Days per FTE"), basis);
    }
    row(tr("Legal right"),
        days(l.legalDays) + QLatin1Char(' ') + (l.legalComputed ? tr("(computed)") : tr("(declared)")));
    row(tr("Sectoral right"), days(l.sectoralDays));
    row(tr("Granted by the employer"), days(l.employerDays));
    row(tr("Entitled"), days(l.entitledDays));
    row(tr("Carried over"), days(l.carriedOverDays));
    if (l.expiredDays > 0)
        row(tr("Expired when the window started"), days(l.expiredDays));
    row(tr("Used"), days(l.usedDays));
    row(tr("Planned"), days(l.plannedDays));
    row(tr("Remaining"),
        tr("%1 (%2 h)").arg(days(l.remainingDays), schema::numberText(l.hours(l.remainingDays), 1)));
    row(tr("Five-year window"), QStringLiteral("%1–%2").arg(l.windowStart).arg(l.windowEnd) +
                                    (l.carryOverConfirmed ? QString() : QStringLiteral(", ") + unconfirmed));
    for (const AccountTraining &t : account.trainings)
        row(tr("Training %1").arg(displayDate(t.training->startDate)),
            tr("%1: %2, %3")
                .arg(t.training->name, days(t.days),
                     !t.participation->followed ? tr("not followed")
                     : t.deducted               ? tr("deducted")
                                                : tr("not deducted")));
    return out;
}

QString accountUnconfirmedNote(const TrainingAccount &account)
{
    const QStringList parts = account.unconfirmedParts();
    return parts.isEmpty() ? QString()
                           : tr("Unconfirmed (secondary sources): %1.").arg(parts.join(QStringLiteral("; ")));
}

} // namespace fla
