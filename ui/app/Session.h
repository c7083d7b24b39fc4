#pragma once

#include "data/DataSource.h"

#include <QObject>
#include <QUndoStack>

namespace fla {

class Clock;

// What the windows of one open workspace share: the data source, the company
// being worked on, the undo stack every edit goes through and the clock.
// Every change is saved at once through an undo command; there is no Save.
class Session : public QObject
{
    Q_OBJECT

public:
    explicit Session(DataSource *source, const Clock &clock, QObject *parent = nullptr);

    DataSource *source() const { return m_source; }
    QUndoStack *undoStack() { return &m_undo; }
    const Clock &clock() const { return m_clock; }

    QUuid employer() const { return m_employer; }
    std::optional<Employer> currentEmployer() const;
    void setEmployer(const QUuid &employer);

    // Saves a new record (before empty) or a change, as one undo step. False when it failed
    // (reported through errorOccurred; the team server unreachable among others); a conflict
    // is true: the conflict dialog takes the change over (conflictOccurred).
    bool saveRecord(const std::optional<AnyRecord> &before, const AnyRecord &after, const QString &text);
    // Deletes a record as one undo step; undo restores it.
    void removeRecord(const AnyRecord &record, const QString &text);
    // Groups the following steps into one undo step.
    void beginGroup(const QString &text) { m_undo.beginMacro(text); }
    void endGroup() { m_undo.endMacro(); }

    // Saves the user's version of a record in conflict over the one stored now
    // ("keep mine"), as one undo step; another conflict is reported again.
    void keepMine(const RecordConflict &conflict);

    // Called by the undo commands when the data source refused a write.
    void reportError(const QString &message);
    void reportConflict(const RecordConflict &conflict);

signals:
    void employerChanged(const QUuid &employer);
    void errorOccurred(const QString &message);
    // An edit was refused because someone else changed the record since it was read.
    void conflictOccurred(const fla::RecordConflict &conflict);
    void saved(); // a write went through

private:
    DataSource *m_source;
    const Clock &m_clock;
    QUndoStack m_undo;
    QUuid m_employer;
    bool m_failed = false; // the step pushed last reported a failure
};

} // namespace fla
