#include "ui/app/Session.h"

#include "core/common/Clock.h"
#include "core/common/LogCategories.h"
#include "ui/data/FieldChecks.h"

#include <QUndoCommand>
#include <utility>

namespace fla::ui {

namespace {

int g_serverRetryIntervalMs = 5000;

// Each save is made at the version of the record this step last saw: the one
// the editor read, then the one its own redo or undo stored. So undo and redo
// never overwrite what someone else saved in between: that is a conflict too.
class SaveRecordCommand : public QUndoCommand
{
public:
    SaveRecordCommand(Session *s, std::optional<AnyRecord> before, AnyRecord after, const QString &text)
        : QUndoCommand(text)
        , m_session(s)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_version(rowVersionOf(m_after))
    {}
    void redo() override
    {
        AnyRecord record = m_after;
        setRowVersion(record, m_version);
        const bool first = !m_done;
        m_done = true;
        // Refused as a conflict, or the team server could not be reached, when first done:
        // nothing was written, no step to undo.
        if (!save(record) && first && (m_conflict || m_unreachable))
            setObsolete(true);
    }
    void undo() override
    {
        if (m_before) {
            AnyRecord record = *m_before;
            setRowVersion(record, m_version);
            save(record);
            return;
        }
        QString error;
        if (m_session->source()->remove(m_after, &error))
            m_version = 0; // redo creates it again
        else
            m_session->reportError(error);
    }

private:
    bool save(const AnyRecord &record)
    {
        const EditOutcome out = m_session->source()->saveEdit(record);
        if (out.ok()) {
            m_version = rowVersionOf(*out.saved);
            return true;
        }
        m_conflict = out.conflict.has_value();
        m_unreachable = out.unreachable;
        if (out.conflict)
            m_session->reportConflict(*out.conflict);
        else if (out.unreachable)
            m_session->reportUnreachable(out.error);
        else
            m_session->reportError(out.error);
        return false;
    }

    Session *m_session;
    std::optional<AnyRecord> m_before;
    AnyRecord m_after;
    qint64 m_version;
    bool m_done = false;
    bool m_conflict = false;
    bool m_unreachable = false;
};

class RemoveRecordCommand : public QUndoCommand
{
public:
    RemoveRecordCommand(Session *s, AnyRecord record, const QString &text)
        : QUndoCommand(text)
        , m_session(s)
        , m_record(std::move(record))
    {}
    void redo() override
    {
        QString error;
        if (!m_session->source()->remove(m_record, &error))
            m_session->reportError(error);
    }
    void undo() override
    {
        QString error;
        if (!m_session->source()->restore(m_record, &error))
            m_session->reportError(error);
    }

private:
    Session *m_session;
    AnyRecord m_record;
};

} // namespace

Session::Session(DataSource *source, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_source(source)
    , m_clock(clock)
{
    connect(m_source, &DataSource::changed, this, &Session::saved);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &Session::saveWaiting);
    const QList<Employer> employers = m_source->employers();
    if (!employers.isEmpty())
        m_employer = employers.first().uuid;
}

std::optional<Employer> Session::currentEmployer() const
{
    const auto rec = m_source->find(RecordKind::Employer, m_employer, m_employer);
    if (rec && std::holds_alternative<Employer>(*rec))
        return std::get<Employer>(*rec);
    return std::nullopt;
}

void Session::setEmployer(const QUuid &employer)
{
    if (employer == m_employer)
        return;
    m_employer = employer;
    emit employerChanged(employer);
}

void Session::setServerRetryIntervalMs(int ms)
{
    g_serverRetryIntervalMs = ms;
}

bool Session::saveRecord(const std::optional<AnyRecord> &before, const AnyRecord &after, const QString &text)
{
    m_failed = false;
    m_unreachable = false;
    m_pushing = true;
    m_undo.push(new SaveRecordCommand(this, before, after, text));
    m_pushing = false;
    if (m_unreachable && m_groupDepth == 0) {
        m_waiting.append(Waiting{before, after, text});
        if (!m_retry.isActive())
            m_retry.start(g_serverRetryIntervalMs);
        qCInfo(lcStorage) << "the team server cannot be reached:" << m_waiting.size()
                          << "change(s) kept until it is back";
        emit keptUntilServerBack(
            tr("The team server cannot be reached; your change to %1 is kept. It will be "
               "saved when the server is back.")
                .arg(FieldChecks::recordLabel(before ? *before : after)));
    }
    return !m_failed;
}

// The server is asked off the window's thread; only once it answers is the
// connection opened again here and the kept changes saved.
void Session::saveWaiting()
{
    m_source->askServer(this, [this](bool answers) { saveWaitingNow(answers); });
}

void Session::saveWaitingNow(bool serverAnswers)
{
    QString error;
    if (m_waiting.isEmpty())
        return;
    if (!serverAnswers || !m_source->ensureWritable(&error)) {
        m_retry.start(g_serverRetryIntervalMs);
        return;
    }
    const QList<Waiting> waiting = std::exchange(m_waiting, {});
    qCInfo(lcStorage) << "the team server is back: saving" << waiting.size() << "kept change(s)";
    for (const Waiting &w : waiting) {
        // At the version it was typed over: a colleague's save meanwhile is a conflict.
        if (saveRecord(w.before, w.after, w.text) && !m_unreachable)
            emit savedWhenServerBack(
                tr("Saved now that the team server is back: %1").arg(FieldChecks::recordLabel(w.after)));
    }
}

void Session::removeRecord(const AnyRecord &record, const QString &text)
{
    m_undo.push(new RemoveRecordCommand(this, record, text));
}

void Session::keepMine(const RecordConflict &conflict)
{
    AnyRecord mine = conflict.mine;
    setRowVersion(mine, conflict.theirs ? rowVersionOf(*conflict.theirs) : 0);
    saveRecord(conflict.theirs, mine, tr("Keep my version of %1").arg(conflict.shown.label));
}

void Session::beginGroup(const QString &text)
{
    if (m_groupDepth++ == 0) {
        m_groupFailed = m_groupUnreachable = false;
        m_groupUndoIndex = m_undo.index();
        QString error;
        m_groupInTransaction = m_source->beginChanges(&error);
        if (!m_groupInTransaction)
            qCWarning(lcStorage).noquote() << "the group" << text << "is saved step by step:" << error;
    }
    m_undo.beginMacro(text);
}

bool Session::endGroup()
{
    m_undo.endMacro();
    if (--m_groupDepth > 0)
        return !m_groupFailed;
    if (!m_groupInTransaction)
        return !m_groupFailed;
    m_groupInTransaction = false;
    QString error;
    if (m_source->endChanges(!m_groupFailed, &error))
        return true;
    // Nothing of the group was kept: its undo step goes without being run (obsolete).
    if (m_undo.index() == m_groupUndoIndex + 1) {
        // The stack owns the step; only its obsolete flag is set.
        auto *step = const_cast<QUndoCommand *>(m_undo.command(m_undo.index() - 1));
        step->setObsolete(true);
        m_undo.undo();
    }
    if (!m_groupFailed)
        reportError(error); // the commit itself failed
    m_groupFailed = true;
    return false;
}

void Session::reportError(const QString &message)
{
    m_failed = true;
    if (m_groupDepth > 0)
        m_groupFailed = true;
    emit errorOccurred(message);
}

void Session::reportUnreachable(const QString &message)
{
    m_failed = true;
    m_unreachable = true;
    if (m_groupDepth > 0)
        m_groupFailed = m_groupUnreachable = true;
    // A single change is kept (saveRecord); a group's (a dialog's) is the dialog's to keep, and
    // an undo or redo is said like any failure.
    if (!m_pushing || m_groupDepth > 0)
        emit errorOccurred(message);
}

// A conflict wrote nothing and is resolved on its own (the conflict dialog):
// the group's other parts are kept.
void Session::reportConflict(const RecordConflict &conflict)
{
    emit conflictOccurred(conflict);
}

} // namespace fla::ui
