#pragma once

#include "core/anomaly/Anomaly.h"
#include "core/anomaly/Credit.h"
#include "core/common/Clock.h"
#include "core/dataset/DataSet.h"

#include <QList>
#include <QStringList>

namespace fla {

// What a single record is checked against when it is validated on its own
// (every keystroke in the UI): the records it names, where known.
struct RecordContext
{
    const Employer *employer = nullptr;          // the record's employer
    const Training *training = nullptr;          // for a participation
    const Worker *worker = nullptr;              // for a participation, employment or right
    QList<const Employment *> workerEmployments; // the worker's employments with this employer
};

// The anomaly engine: runs every rule of the catalogue over one record, a
// set (an import, a CSV set) or a whole company/workspace loaded as a set.
// Time-dependent rules ask the injected clock.
class AnomalyEngine
{
public:
    explicit AnomalyEngine(const Clock &clock = Clock::system());

    // The codes of every rule the engine implements (a test compares them with the catalogue).
    static QStringList implementedCodes();

    // One record: its own rules, plus those on the records in context
    // (references, employment, certificate, deadlines). Microseconds.
    QList<Anomaly> validate(const Employer &e) const;
    QList<Anomaly> validate(const Worker &w) const;
    QList<Anomaly> validate(const Employment &e, const RecordContext &context = {}) const;
    QList<Anomaly> validate(const Training &t) const;
    QList<Anomaly> validate(const Participation &p, const RecordContext &context = {}) const;
    QList<Anomaly> validate(const TrainingRight &r, const RecordContext &context = {}) const;

    // A whole set: every rule, cross-record ones included, in linear time.
    // The result can be grouped per record (AnomalyList::byRecord).
    AnomalyList validate(const DataSet &set) const;

    QDate today() const { return m_clock.today(); }

private:
    const Clock &m_clock;
};

} // namespace fla
