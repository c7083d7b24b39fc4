#include "core/workspace/RecordWriter.h"

#include "core/anomaly/AffectedRecords.h"
#include "core/common/LogCategories.h"
#include "core/storage/AuditRepository.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/EmploymentRepository.h"
#include "core/storage/ParticipationRepository.h"
#include "core/storage/RecordTraits.h"
#include "core/storage/TrainingRepository.h"
#include "core/storage/TrainingRightRepository.h"
#include "core/storage/Transaction.h"
#include "core/storage/WorkerRepository.h"
#include "core/storage/Workspace.h"

#include <QCoreApplication>
#include <type_traits>

namespace fla {

namespace {

Failure failed(const QString &message)
{
    qCWarning(lcWorkspace).noquote() << message;
    return {message};
}

// The repository of T's records of one employer.
template<typename T> auto repositoryOf(Workspace &ws, const QUuid &employer)
{
    if constexpr (std::is_same_v<T, Employer>) {
        Q_UNUSED(employer);
        return ws.employers();
    } else if constexpr (std::is_same_v<T, Worker>) {
        return ws.workers(employer);
    } else if constexpr (std::is_same_v<T, Employment>) {
        return ws.employments(employer);
    } else if constexpr (std::is_same_v<T, Training>) {
        return ws.trainings(employer);
    } else if constexpr (std::is_same_v<T, Participation>) {
        return ws.participations(employer);
    } else {
        static_assert(std::is_same_v<T, TrainingRight>);
        return ws.rights(employer);
    }
}

template<typename T> QUuid employerOf(const T &record)
{
    if constexpr (std::is_same_v<T, Employer>)
        return record.uuid;
    else
        return record.employerUuid;
}

// Calls f with a value of the record type the entity names (only its type matters).
template<typename F> auto withType(RecordKind entity, F &&f)
{
    switch (entity) {
    case RecordKind::Employer:
        return f(Employer{});
    case RecordKind::Worker:
        return f(Worker{});
    case RecordKind::Employment:
        return f(Employment{});
    case RecordKind::Training:
        return f(Training{});
    case RecordKind::Participation:
        return f(Participation{});
    case RecordKind::TrainingRight:
        break;
    }
    return f(TrainingRight{});
}

// Runs write and the revalidation of what it reached in one transaction.
// what names the change in a message (a record's label), or is empty.
Result<void> inOneTransaction(Workspace &ws, const Clock &clock, const QString &what,
                              const std::function<bool(AffectedRecords &, QString *)> &write,
                              const bool *refusedBeforeWriting = nullptr)
{
    Transaction tx(ws);
    if (!tx.isActive())
        return failed(QCoreApplication::translate("fla::RecordWriter",
                                                  "The workspace is busy: the change could not start."));
    AffectedRecords affected;
    QString error;
    if (!write(affected, &error)) {
        // Refused before anything was written (an edit conflict): the transaction ends
        // cleanly, so a group this save is part of (a dialog's training and its
        // participants) keeps its other parts; the conflict is resolved on its own.
        if (refusedBeforeWriting && *refusedBeforeWriting)
            tx.commit();
        else
            tx.rollback();
        return failed(error);
    }
    if (const Result<void> checked = affected.revalidate(ws, clock); !checked) {
        tx.rollback();
        if (what.isEmpty())
            return failed(QCoreApplication::translate("fla::RecordWriter",
                                                      "The change was not saved: the anomalies of what it "
                                                      "changes could not be stored: %1")
                              .arg(checked.error()));
        return failed(QCoreApplication::translate(
                          "fla::RecordWriter", "%1 was not saved: the anomalies of what it changes could not "
                                               "be stored: %2")
                          .arg(what, checked.error()));
    }
    if (!tx.commit(&error))
        return failed(error);
    return {};
}

// The records of a save, in a message.
template<typename T> QString labelOf(const QList<T> &records)
{
    if (records.size() == 1)
        return storage::Traits<T>::label(records.first());
    return QCoreApplication::translate("fla::RecordWriter", "%n record(s)", nullptr, int(records.size()));
}

// Why an editor's save was refused: the record changed (or went) since it was read.
QString editConflictText(const QString &label, qint64 stored, qint64 read)
{
    if (stored == 0)
        return QCoreApplication::translate("fla::RecordWriter",
                                           "%1 was not saved: someone else deleted it after you opened it. "
                                           "Nothing was overwritten.")
            .arg(label);
    if (read == 0)
        return QCoreApplication::translate("fla::RecordWriter",
                                           "%1 was not saved: someone else created a record with the same "
                                           "identity meanwhile. Nothing was overwritten.")
            .arg(label);
    return QCoreApplication::translate(
               "fla::RecordWriter", "%1 was not saved: someone else changed it after you opened it (you "
                                    "edited version %2, version %3 is saved now). Nothing was overwritten.")
        .arg(label, QString::number(read), QString::number(stored));
}

// A record named by kind and uuid (a delete or restore, before it is read).
QString recordText(RecordKind entity, const QUuid &uuid)
{
    return toString(entity) + QLatin1Char(' ') + uuid.toString(QUuid::WithoutBraces);
}

// Adds the record as stored now (when it is) to what a change reaches, or says why it could not
// be read.
template<typename Repository>
bool addStored(const Repository &repository, const QUuid &uuid, AffectedRecords &affected, QString *error)
{
    const auto stored = repository.find(uuid);
    if (!stored.into(error))
        return false;
    if (*stored)
        affected.add(**stored);
    return true;
}

} // namespace

RecordWriter::RecordWriter(Workspace &ws, const Clock &clock)
    : m_ws(ws)
    , m_clock(clock)
{}

template<typename T> Result<void> RecordWriter::saveAll(const QList<T> &records)
{
    return inOneTransaction(m_ws, m_clock, labelOf(records), [&](AffectedRecords &affected, QString *error) {
        for (const T &record : records) {
            auto repository = repositoryOf<T>(m_ws, employerOf(record));
            // What the record was matters too: a participation moved to another worker, a
            // worker's former INSZ, a company's former enterprise number.
            if (!addStored(repository, record.uuid, affected, error) || !repository.save(record, error))
                return false;
            affected.add(record);
        }
        return true;
    });
}

template<typename T> EditResult<T> RecordWriter::saveEdit(const T &record)
{
    std::optional<EditConflict<T>> conflict;
    bool conflictFound = false;
    std::optional<T> saved;
    const QString label = storage::Traits<T>::label(record);
    const Result<void> written = inOneTransaction(
        m_ws, m_clock, label,
        [&](AffectedRecords &affected, QString *error) {
            auto repository = repositoryOf<T>(m_ws, employerOf(record));
            const Result<qint64> stored = repository.findVersionForChange(record.uuid);
            if (!stored) {
                *error = stored.error();
                return false;
            }
            if (*stored != record.rowVersion) {
                const Result<std::optional<T>> theirs = repository.find(record.uuid);
                if (!theirs) {
                    *error = theirs.error();
                    return false;
                }
                conflict = EditConflict<T>{record, *theirs};
                conflictFound = true;
                *error = editConflictText(label, *stored, record.rowVersion);
                return false;
            }
            if (!addStored(repository, record.uuid, affected, error) || !repository.save(record, error))
                return false;
            affected.add(record);
            const Result<std::optional<T>> after = repository.find(record.uuid);
            if (!after || !after->has_value()) {
                *error = after ? QCoreApplication::translate("fla::RecordWriter",
                                                             "%1 was not saved: it could not be read back.")
                                     .arg(label)
                               : after.error();
                return false;
            }
            saved = **after;
            return true;
        },
        &conflictFound);
    if (conflict)
        return EditResult<T>(*conflict, written.error());
    if (!written)
        return written.failure();
    return *saved;
}

Result<void> RecordWriter::remove(RecordKind entity, const QUuid &employer, const QUuid &uuid)
{
    return inOneTransaction(
        m_ws, m_clock, recordText(entity, uuid), [&](AffectedRecords &affected, QString *error) {
            return withType(entity, [&](auto type) {
                using T = decltype(type);
                auto repository = repositoryOf<T>(m_ws, employer);
                return addStored(repository, uuid, affected, error) && repository.remove(uuid, error);
            });
        });
}

Result<void> RecordWriter::restore(RecordKind entity, const QUuid &employer, const QUuid &uuid)
{
    return inOneTransaction(m_ws, m_clock, recordText(entity, uuid),
                            [&](AffectedRecords &affected, QString *error) {
                                if (!m_ws.audit(employer).restoreDeleted(uuid, error))
                                    return false;
                                // What was deleted with it (a training's participants) is reached through it.
                                return withType(entity, [&](auto type) {
                                    using T = decltype(type);
                                    return addStored(repositoryOf<T>(m_ws, employer), uuid, affected, error);
                                });
                            });
}

Result<void> RecordWriter::write(const std::function<bool(AffectedRecords &, QString *)> &write)
{
    return inOneTransaction(m_ws, m_clock, QString(), write);
}

Result<void> RecordWriter::writeCompanies(const QList<QUuid> &employers,
                                          const std::function<bool(QString *)> &write)
{
    return inOneTransaction(m_ws, m_clock, QString(), [&](AffectedRecords &affected, QString *error) {
        if (!write(error))
            return false;
        for (const QUuid &e : employers)
            affected.addEmployer(e);
        return true;
    });
}

Result<void> RecordWriter::revalidate(const QList<QUuid> &employers)
{
    return writeCompanies(employers, [](QString *) { return true; });
}

Result<void> RecordWriter::revalidateAll()
{
    const Result<QList<Employer>> employers = m_ws.employers().findAll();
    if (!employers)
        return employers.failure();
    QList<QUuid> all;
    for (const Employer &e : *employers)
        all.append(e.uuid);
    return revalidate(all);
}

template EditResult<Employer> RecordWriter::saveEdit(const Employer &);
template EditResult<Worker> RecordWriter::saveEdit(const Worker &);
template EditResult<Employment> RecordWriter::saveEdit(const Employment &);
template EditResult<Training> RecordWriter::saveEdit(const Training &);
template EditResult<Participation> RecordWriter::saveEdit(const Participation &);
template EditResult<TrainingRight> RecordWriter::saveEdit(const TrainingRight &);
template Result<void> RecordWriter::saveAll(const QList<Employer> &);
template Result<void> RecordWriter::saveAll(const QList<Worker> &);
template Result<void> RecordWriter::saveAll(const QList<Employment> &);
template Result<void> RecordWriter::saveAll(const QList<Training> &);
template Result<void> RecordWriter::saveAll(const QList<Participation> &);
template Result<void> RecordWriter::saveAll(const QList<TrainingRight> &);

} // namespace fla
