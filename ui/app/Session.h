#pragma once

#include "ui/data/DataSource.h"

#include <QObject>
#include <QTimer>
#include <QUndoStack>

namespace fla {
class Clock;
} // namespace fla

namespace fla::ui {

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
    // (reported through errorOccurred); a conflict is true: the conflict dialog takes the
    // change over (conflictOccurred). A single change (a table cell) that cannot reach the
    // team server is kept (keptUntilServerBack) and saved when the server answers again, at
    // the version it was typed over; inside a group (a dialog) it is reported as a failure
    // and the dialog keeps it.
    bool saveRecord(const std::optional<AnyRecord> &before, const AnyRecord &after, const QString &text);
    // Deletes a record as one undo step; undo restores it.
    void removeRecord(const AnyRecord &record, const QString &text);
    // Groups the following steps into one undo step, saved all together or not
    // at all (a training and its participants, a paste): one transaction of the
    // workspace. When a step fails (refused, the team server gone mid-way),
    // nothing of the group is kept, its undo step goes, and endGroup returns
    // false; the caller keeps what the user entered. A step in conflict writes
    // nothing and is resolved on its own (the conflict dialog); the rest is kept.
    void beginGroup(const QString &text);
    bool endGroup();
    // The last group failed because the team server could not be reached.
    bool groupMetUnreachableServer() const { return m_groupUnreachable; }
    // Changes kept because the team server could not be reached, not saved yet.
    int waitingCount() const { return int(m_waiting.size()); }
    // How often the server is asked again for them (tests shorten it).
    static void setServerRetryIntervalMs(int ms);

    // Saves the user's version of a record in conflict over the one stored now
    // ("keep mine"), as one undo step; another conflict is reported again.
    void keepMine(const RecordConflict &conflict);

    // Called by the undo commands when the data source refused a write.
    void reportError(const QString &message);
    void reportUnreachable(const QString &message);
    void reportConflict(const RecordConflict &conflict);

signals:
    void employerChanged(const QUuid &employer);
    void errorOccurred(const QString &message);
    // An edit was refused because someone else changed the record since it was read.
    void conflictOccurred(const fla::ui::RecordConflict &conflict);
    void saved(); // a write went through
    // A change could not reach the team server; it is kept and saved once the server is back
    // (message translated, names the record). Then savedWhenServerBack.
    void keptUntilServerBack(const QString &message);
    void savedWhenServerBack(const QString &message);

private:
    DataSource *m_source;
    const Clock &m_clock;
    QUndoStack m_undo;
    QUuid m_employer;
    bool m_failed = false;      // the step pushed last reported a failure
    bool m_unreachable = false; // ... because the team server could not be reached
    int m_groupDepth = 0;
    bool m_groupInTransaction = false; // the source opened a transaction for the outermost group
    bool m_groupFailed = false;        // a step of the current group failed
    bool m_groupUnreachable = false;
    int m_groupUndoIndex = 0; // the undo stack's index when the outermost group began
    bool m_pushing = false;   // inside saveRecord's push (not an undo or redo)
    // A change kept until the team server answers again.
    struct Waiting
    {
        std::optional<AnyRecord> before;
        AnyRecord after;
        QString text;
    };
    void saveWaiting();
    void saveWaitingNow(bool serverAnswers);
    QList<Waiting> m_waiting;
    QTimer m_retry;
};

} // namespace fla::ui
