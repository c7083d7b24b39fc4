#pragma once

#include "core/anomaly/Anomaly.h"
#include "core/common/Clock.h"
#include "ui/data/DataSource.h"

#include <QCoreApplication>

namespace fla {
struct DataSet;
} // namespace fla

namespace fla::ui {

// The checks the entry forms run while the user types, one record at a time.
// They are a thin adapter over the anomaly engine (core/anomaly): the codes,
// severities and messages are the catalogue's, so a mark while typing says the
// same as the Anomalies view and `fladesk-cli validate`. The message of a
// finding here names the record and the field ("worker Peeters Jan, INSZ: ...").
// Only what the engine cannot see (a date that cannot be read yet) is added by
// the forms themselves, with the code UI-001.
class FieldChecks
{
    Q_DECLARE_TR_FUNCTIONS(FieldChecks)

public:
    static QList<FieldAnomaly> check(const AnyRecord &record, const Clock &clock);
    static QList<FieldAnomaly> checkEmployer(const Employer &e);
    static QList<FieldAnomaly> checkWorker(const Worker &w, const Clock &clock = Clock::system());
    static QList<FieldAnomaly> checkEmployment(const Employment &e, const QString &workerName = {},
                                               const Employer *employer = nullptr);
    static QList<FieldAnomaly> checkTraining(const Training &t, const Clock &clock);
    static QList<FieldAnomaly> checkParticipation(const Participation &p, const QString &label = {},
                                                  const Training *training = nullptr);
    static QList<FieldAnomaly> checkRight(const TrainingRight &r, const QString &workerName = {},
                                          const Employer *employer = nullptr);

    // Every anomaly of the engine over a set (cross-record rules included), with
    // the catalogue's message only (the views add the record's name).
    static QList<FieldAnomaly> checkSet(const DataSet &set, const Clock &clock);

    // The engine's findings as the views show them: the field as the forms name
    // it (jointCommittees[1] -> jointCommittees, trainingUuid -> training) and
    // the catalogue's message in the interface language, prefixed by
    // "label, field: " when a label is given.
    static QList<FieldAnomaly> fromEngine(const QList<Anomaly> &found, const QString &label = {});
    static FieldAnomaly fromEngine(const Anomaly &a, const QString &label = {});
    static QString uiField(const QString &engineField);
    // The catalogue's message in the interface language, {field} named as the forms name it.
    static QString catalogueMessage(const Anomaly &a);
    // "label, Field: message" (the field's translated name, lower-cased after the comma).
    static QString withRecord(const QString &label, RecordKind kind, const QString &field,
                              const QString &message);
    // The catalogue's ISO dates (2025-07-15) in the user's format (15/07/2025).
    static QString localDates(QString message);
    // The language of the interface (QLocale's default), for the catalogue.
    static Language uiLanguage();

    // Names the record in each message that does not yet ("worker Peeters Jan,
    // INSZ: ..."), looking the records up in the source (participations one by
    // one, only those with an anomaly). Returns the labels by record UUID.
    static QHash<QUuid, QString> nameRecords(QList<FieldAnomaly> &list, const DataSource &source,
                                             const QUuid &employer);

    // The message for an identifier finding code (ID-001...), translated.
    static QString identifierMessage(const QString &code);
    // The schema's label of a field as a heading ("INSZ", "Start date"): core/domain/FieldLabels.
    static QString fieldName(RecordKind kind, const QString &field);
    // The label of a kind of record as a heading ("Worker", "Training").
    static QString kindName(RecordKind kind);
    // A short translated name of a record for messages: "worker Peeters Jan".
    static QString recordLabel(const AnyRecord &record);
    // A participation: "Peeters Jan in "First aid" (10/02/2025)".
    static QString participationLabel(const QString &workerName, const Training *training);
    static QString severityName(Severity s);

    // The worst severity of the findings about one field, if any.
    static std::optional<Severity> worstFor(const QList<FieldAnomaly> &list, const QString &field);
    // The messages about one field, one per line.
    static QString messagesFor(const QList<FieldAnomaly> &list, const QString &field);
};

} // namespace fla::ui
