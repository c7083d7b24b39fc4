#pragma once

#include "core/anomaly/Anomaly.h"
#include "core/domain/Entities.h"

#include <QDate>
#include <QList>

namespace fla::rules {

// Collects anomalies; the severity comes from the catalogue (data-driven).
class Sink
{
public:
    explicit Sink(QList<Anomaly> *out)
        : m_out(out)
    {}
    void add(const char *code, RecordKind entity, const QUuid &uuid, const QString &field,
             QList<AnomalyParameter> parameters = {});

private:
    QList<Anomaly> *m_out;
};

// The rules that need only the record itself (and, where given, the record it
// names). Cross-record rules (duplicates, overlaps, employment, credit) are in
// AnomalyEngine. Each takes microseconds: the UI runs them on every keystroke.
// "Today" and the dates derived from it, computed once per validation.
struct RuleDay
{
    explicit RuleDay(const QDate &day)
        : today(day)
        , year(day.year())
        , youngestBirth(day.addYears(-15))
    {}
    QDate today;
    int year;
    QDate youngestBirth; // a worker is at least 15
};

void checkEmployer(const Employer &e, Sink &sink);
void checkWorker(const Worker &w, const RuleDay &day, Sink &sink);
void checkEmployment(const Employment &e, const Employer *employer, Sink &sink);
void checkTraining(const Training &t, const RuleDay &day, Sink &sink);
void checkParticipation(const Participation &p, const Training *training, Sink &sink);
void checkRight(const TrainingRight &r, double hoursPerDay, const RuleDay &day, Sink &sink);

// Whether the employment's joint committee is one of the employer's (a
// sub-committee 140.03 matches an employer listing 140).
bool committeeMatches(const QString &committee, const QStringList &employerCommittees);

QString formatNumber(double v);

} // namespace fla::rules
