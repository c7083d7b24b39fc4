#pragma once

#include "data/DataSource.h"

#include <QCoreApplication>

namespace fla {

class Clock;

// The checks the entry forms run while the user types, one record at a time,
// each finding named by its anomaly code and the field it concerns. They are
// the identifier, date and duration rules of the catalogue; the anomaly engine
// adds the rules that need other records (duplicates, employment, credit).
class FieldChecks
{
    Q_DECLARE_TR_FUNCTIONS(FieldChecks)

public:
    static QList<FieldAnomaly> check(const AnyRecord &record, const Clock &clock);
    static QList<FieldAnomaly> checkEmployer(const Employer &e);
    static QList<FieldAnomaly> checkWorker(const Worker &w);
    static QList<FieldAnomaly> checkEmployment(const Employment &e, const QString &workerName = {});
    static QList<FieldAnomaly> checkTraining(const Training &t, const Clock &clock);
    static QList<FieldAnomaly> checkParticipation(const Participation &p, const QString &label = {});
    static QList<FieldAnomaly> checkRight(const TrainingRight &r, const QString &workerName = {});

    // The message for an identifier finding code (ID-001...), translated.
    static QString identifierMessage(const QString &code);
    // The translated name of a field of a kind of record ("INSZ", "Start date").
    static QString fieldName(RecordKind kind, const QString &field);
    // The translated name of a kind of record ("Worker", "Training").
    static QString kindName(RecordKind kind);
    // A short translated name of a record for messages: "worker Peeters Jan".
    static QString recordLabel(const AnyRecord &record);
    static QString severityName(Severity s);

    // The worst severity of the findings about one field, if any.
    static std::optional<Severity> worstFor(const QList<FieldAnomaly> &list, const QString &field);
    // The messages about one field, one per line.
    static QString messagesFor(const QList<FieldAnomaly> &list, const QString &field);
};

} // namespace fla
