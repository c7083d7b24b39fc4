#pragma once

#include "core/domain/Enums.h"
#include "core/domain/RecordKind.h"
#include "core/domain/Severity.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QUuid>
#include <utility>

namespace fla {

struct AnomalyParameter
{
    QString name;
    QString value;
};

// One finding of the anomaly engine about one field of one record. The
// message is rendered from the catalogue in the language asked for, so
// anomalies can be kept (per record) and shown in any language later.
struct Anomaly
{
    QString code; // DT-001
    Severity severity = Severity::Blocking;
    RecordKind entity = RecordKind::Training;
    // A line of an imported file that could not be read: about no record (entity and
    // recordUuid mean nothing), its file named by the parameter "file".
    bool fileLine = false;
    QUuid recordUuid; // null for a file line
    QString field;    // endDate, jointCommittees[1], credit
    QList<AnomalyParameter> parameters;

    QString parameter(const QString &name) const;
    // The catalogue's message with the parameters filled in (language nl fr de en).
    QString message(Language language) const;
    QString howToFix(Language language) const;
    bool operator==(const Anomaly &o) const
    {
        return code == o.code && fileLine == o.fileLine && entity == o.entity && recordUuid == o.recordUuid &&
               field == o.field;
    }
};

// The anomalies of a set, kept per record so a view can show and filter them
// without validating everything again.
class AnomalyList
{
public:
    AnomalyList() = default;
    explicit AnomalyList(QList<Anomaly> items)
        : m_items(std::move(items))
    {}
    void append(Anomaly a) { m_items.append(std::move(a)); }
    const QList<Anomaly> &items() const { return m_items; }
    // The anomalies, the list left empty: for a consumer that moves them on.
    QList<Anomaly> takeItems() { return std::exchange(m_items, {}); }
    qsizetype size() const { return m_items.size(); }
    bool isEmpty() const { return m_items.isEmpty(); }
    qsizetype count(Severity s) const;
    bool hasBlocking() const { return count(Severity::Blocking) > 0; }
    // Anomalies grouped by record UUID.
    QHash<QUuid, QList<Anomaly>> byRecord() const;
    // Sorted by entity, record and code: a stable order for output.
    void sort();

private:
    QList<Anomaly> m_items;
};

} // namespace fla
