#include "app/Session.h"

#include "common/Clock.h"
#include "common/LogCategories.h"

#include <QUndoCommand>

namespace fla {

namespace {

class SaveRecordCommand : public QUndoCommand
{
public:
    SaveRecordCommand(Session *s, std::optional<AnyRecord> before, AnyRecord after, const QString &text)
        : QUndoCommand(text)
        , m_session(s)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {}
    void redo() override
    {
        QString error;
        if (!m_session->source()->save(m_after, &error))
            m_session->reportError(error);
    }
    void undo() override
    {
        QString error;
        const bool ok = m_before ? m_session->source()->save(*m_before, &error)
                                 : m_session->source()->remove(m_after, &error);
        if (!ok)
            m_session->reportError(error);
    }

private:
    Session *m_session;
    std::optional<AnyRecord> m_before;
    AnyRecord m_after;
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

void Session::saveRecord(const std::optional<AnyRecord> &before, const AnyRecord &after, const QString &text)
{
    m_undo.push(new SaveRecordCommand(this, before, after, text));
}

void Session::removeRecord(const AnyRecord &record, const QString &text)
{
    m_undo.push(new RemoveRecordCommand(this, record, text));
}

void Session::reportError(const QString &message)
{
    emit errorOccurred(message);
}

} // namespace fla
