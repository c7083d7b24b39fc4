#pragma once

#include "core/domain/Entities.h"
#include "core/domain/RecordKind.h"
#include "core/domain/Severity.h"
#include "core/obligations/TrainingPlan.h"
#include "core/sync/ConflictResolver.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QUuid>
#include <functional>
#include <optional>
#include <variant>

namespace fla::ui {

// Any one record; what undo steps keep as "before" and "after".
using AnyRecord = std::variant<Employer, Worker, Employment, Training, Participation, TrainingRight>;

RecordKind kindOf(const AnyRecord &r);
QUuid uuidOf(const AnyRecord &r);
QUuid employerOf(const AnyRecord &r);

// A save refused because someone else changed (or deleted) the record since
// its editor read it (optimistic locking, RecordWriter::saveEdit): nothing was
// written. Both versions, and the two field by field as the conflict dialog shows them.
struct RecordConflict
{
    AnyRecord mine;                  // at the version its editor read
    std::optional<AnyRecord> theirs; // as stored now; nullopt when it was deleted meanwhile
    ConflictCase shown;
    QString message; // translated, names the record
};

// What the save of an edit did.
struct EditOutcome
{
    std::optional<AnyRecord> saved; // as stored, with its new version
    std::optional<RecordConflict> conflict;
    QString error; // translated, names the record; empty when saved
    // Nothing was written because the team server could not be reached.
    bool unreachable = false;
    bool ok() const { return saved.has_value(); }
};

qint64 rowVersionOf(const AnyRecord &r);
void setRowVersion(AnyRecord &r, qint64 version);

// One finding about one field of one record, as the views show it.
struct FieldAnomaly
{
    QString code; // DT-001
    Severity severity = Severity::Warning;
    RecordKind kind = RecordKind::Worker;
    QUuid recordUuid;
    QString field;   // ssin, startDate, duration ...
    QString message; // translated, names the record and the field
};

// A participation with what the flat participations table shows beside it.
struct ParticipationLine
{
    Participation participation;
    QString workerName;
    QString ssin;
    QString trainingName;
    QDate startDate;
    QDate endDate;
    double duration = 0;
    DurationUnit unit = DurationUnit::Hours;
};

// How the flat participations table asks for a page.
struct ParticipationQuery
{
    QString filter; // matches worker name, INSZ or training name; empty: all
    int sortColumn = -1;
    Qt::SortOrder order = Qt::AscendingOrder;
};

// Columns of the flat participations table; the data source sorts by them.
enum class ParticipationColumn
{
    Worker,
    Ssin,
    Training,
    Start,
    End,
    Duration,
    Followed,
    Certificate,
    Count
};

// Where the desktop app reads and writes its records: the seam between the
// widgets and the SQLite workspace (StorageDataSource, also what the widget
// tests run on); writes are saved at once.
class DataSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual QString location() const = 0; // the workspace file, or empty

    virtual QList<Employer> employers() const = 0;
    virtual QList<Worker> workers(const QUuid &employer) const = 0;
    virtual QList<Employment> employments(const QUuid &employer) const = 0;
    virtual QList<Training> trainings(const QUuid &employer) const = 0;
    virtual QList<Participation> participantsOf(const QUuid &employer, const QUuid &training) const = 0;
    virtual QList<TrainingRight> rights(const QUuid &employer) const = 0;
    // Number of participants of one training.
    virtual int participantCount(const QUuid &employer, const QUuid &training) const = 0;

    // The flat participations table, read a page at a time.
    virtual qint64 participationCount(const QUuid &employer, const ParticipationQuery &query) const = 0;
    virtual QList<ParticipationLine> participationPage(const QUuid &employer, const ParticipationQuery &query,
                                                       qint64 offset, int limit) const = 0;

    // Saves a new or changed record at once, whatever is stored (the demo, tests). False
    // with a translated message naming the record and the field when it cannot be saved.
    virtual bool save(const AnyRecord &record, QString *error) = 0;
    // Saves what a user edited, at the version the record was read (its rowVersion; 0 for
    // a new record): refused with both versions when someone else changed it since.
    virtual EditOutcome saveEdit(const AnyRecord &record) = 0;
    // Whether writes can be made now. On a team server the connection is asked (a round
    // trip) and opened again when it was lost; false with a translated message when the
    // server cannot be reached. A file is always writable here.
    virtual bool ensureWritable(QString *error)
    {
        Q_UNUSED(error);
        return true;
    }
    // A group of changes saved together (a training and its participants, a
    // paste): one transaction, every part or none. endChanges(true) keeps it
    // (false with a translated message when it could not be written);
    // endChanges(false) undoes every part. False from beginChanges: the parts
    // are saved one by one.
    virtual bool beginChanges(QString *error)
    {
        Q_UNUSED(error);
        return false;
    }
    virtual bool endChanges(bool keep, QString *error)
    {
        Q_UNUSED(error);
        return keep;
    }
    // Asks a team server that could not be reached whether it answers again,
    // off the window's thread (a server the network does not reach makes a
    // connection wait for its timeout), and calls answered with the result
    // on context's thread; never if context is gone by then. A file: at once, true.
    virtual void askServer(QObject *context, std::function<void(bool answers)> answered)
    {
        QMetaObject::invokeMethod(
            context, [answered = std::move(answered)] { answered(true); }, Qt::QueuedConnection);
    }
    // Deletes a record; the full record is kept so it can be restored (undo).
    virtual bool remove(const AnyRecord &record, QString *error) = 0;
    virtual bool restore(const AnyRecord &record, QString *error) = 0;

    // The stored anomalies of a company (every record), and of one record.
    virtual QList<FieldAnomaly> anomalies(const QUuid &employer) const = 0;
    virtual QList<FieldAnomaly> anomaliesOf(const AnyRecord &record) const = 0;

    // Reads one record back (for undo and for opening it from the anomalies).
    virtual std::optional<AnyRecord> find(RecordKind kind, const QUuid &employer,
                                          const QUuid &uuid) const = 0;

    // The company's training plans (docs/obligations.md), and saving one whole.
    virtual QList<TrainingPlan> trainingPlans(const QUuid &employer, QString *error) const = 0;
    virtual bool saveTrainingPlan(const TrainingPlan &plan, QString *error) = 0;

signals:
    // The company's training plans changed.
    void trainingPlansChanged(const QUuid &employer);
    // A record of this kind of this employer changed (saved, removed, restored).
    void changed(fla::RecordKind kind, const QUuid &employer);
    // Records could not be read (the workspace refused the query): the views show nothing for
    // them, and the window tells the user what could not be read and why (translated).
    void readFailed(const QString &message);
};

} // namespace fla::ui
