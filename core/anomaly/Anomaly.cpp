#include "anomaly/Anomaly.h"

#include "anomaly/AnomalyCatalogue.h"

#include <algorithm>

namespace fla {

QString entityName(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Employer:
        return QStringLiteral("employer");
    case EntityKind::Worker:
        return QStringLiteral("worker");
    case EntityKind::Employment:
        return QStringLiteral("employment");
    case EntityKind::Training:
        return QStringLiteral("training");
    case EntityKind::Participation:
        return QStringLiteral("participation");
    case EntityKind::TrainingRight:
        return QStringLiteral("right");
    case EntityKind::File:
        return QStringLiteral("file");
    }
    return {};
}

QString entityFileName(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Employer:
        return QStringLiteral("employers.csv");
    case EntityKind::Worker:
        return QStringLiteral("workers.csv");
    case EntityKind::Employment:
        return QStringLiteral("employments.csv");
    case EntityKind::Training:
        return QStringLiteral("trainings.csv");
    case EntityKind::Participation:
        return QStringLiteral("participations.csv");
    case EntityKind::TrainingRight:
        return QStringLiteral("rights.csv");
    case EntityKind::File:
        break;
    }
    return {};
}

QString Anomaly::parameter(const QString &name) const
{
    for (const auto &p : parameters) {
        if (p.name == name)
            return p.value;
    }
    return {};
}

QString Anomaly::message(Language language) const
{
    return AnomalyCatalogue::instance().render(*this, language);
}

QString Anomaly::howToFix(Language language) const
{
    const AnomalyRule *r = AnomalyCatalogue::instance().rule(code);
    return r ? r->fix.value(language) : QString();
}

qsizetype AnomalyList::count(Severity s) const
{
    return std::count_if(m_items.cbegin(), m_items.cend(), [s](const Anomaly &a) { return a.severity == s; });
}

QHash<QUuid, QList<Anomaly>> AnomalyList::byRecord() const
{
    QHash<QUuid, QList<Anomaly>> out;
    for (const auto &a : m_items)
        out[a.recordUuid].append(a);
    return out;
}

void AnomalyList::sort()
{
    std::stable_sort(m_items.begin(), m_items.end(), [](const Anomaly &a, const Anomaly &b) {
        if (a.entity != b.entity)
            return a.entity < b.entity;
        if (a.recordUuid != b.recordUuid)
            return a.recordUuid < b.recordUuid;
        if (a.code != b.code)
            return a.code < b.code;
        return a.field < b.field;
    });
}

} // namespace fla
