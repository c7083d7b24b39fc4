#include "CreditJson.h"

#include "core/anomaly/Credit.h"

namespace fla::cli {

void addCreditFigures(QJsonObject *o, const CreditLine &l)
{
    o->insert(QStringLiteral("legalDays"), l.legalDays);
    o->insert(QStringLiteral("legalComputed"), l.legalComputed);
    o->insert(QStringLiteral("sectoralDays"), l.sectoralDays);
    o->insert(QStringLiteral("employerDays"), l.employerDays);
    o->insert(QStringLiteral("entitledDays"), l.entitledDays);
    o->insert(QStringLiteral("carriedOverDays"), l.carriedOverDays);
    o->insert(QStringLiteral("usedDays"), l.usedDays);
    o->insert(QStringLiteral("plannedDays"), l.plannedDays);
    o->insert(QStringLiteral("remainingDays"), l.remainingDays);
    o->insert(QStringLiteral("remainingHours"), l.hours(l.remainingDays));
}

} // namespace fla::cli
