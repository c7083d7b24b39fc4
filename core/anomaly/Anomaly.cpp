#include "core/anomaly/Anomaly.h"

#include "core/anomaly/AnomalyCatalogue.h"

#include <algorithm>

namespace fla {

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
        if (a.fileLine != b.fileLine)
            return b.fileLine; // the lines of files after the records
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
