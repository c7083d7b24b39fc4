#include "core/anomaly/AffectedRecords.h"

#include "core/anomaly/AnomalyEngine.h"
#include "core/anomaly/WorkspaceAnomalies.h"
#include "core/common/LogCategories.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/EmploymentRepository.h"
#include "core/storage/ParticipationRepository.h"
#include "core/storage/TrainingRepository.h"
#include "core/storage/TrainingRightRepository.h"
#include "core/storage/WorkerRepository.h"
#include "core/storage/Workspace.h"

#include <QElapsedTimer>

namespace fla {

namespace {

// From this many workers reached, a change validates their whole company (see revalidateScope).
constexpr qsizetype kWholeCompanyFrom = 24;

} // namespace

void AffectedRecords::add(const Employer &e)
{
    m_whole.insert(e.uuid);
    if (!e.enterpriseNumber.isEmpty())
        m_enterpriseNumbers.insert(e.enterpriseNumber);
}

void AffectedRecords::add(const Worker &w)
{
    Scope &s = scope(w.employerUuid);
    s.workers.insert(w.uuid);
    s.written.insert(w.uuid);
    if (!w.ssin.isEmpty())
        s.ssins.insert(w.ssin);
}

void AffectedRecords::add(const Employment &e)
{
    Scope &s = scope(e.employerUuid);
    s.workers.insert(e.workerUuid);
    s.written.insert(e.uuid);
}

void AffectedRecords::add(const Training &t)
{
    Scope &s = scope(t.employerUuid);
    s.trainings.insert(t.uuid);
    s.written.insert(t.uuid);
}

void AffectedRecords::add(const Participation &p)
{
    Scope &s = scope(p.employerUuid);
    s.workers.insert(p.workerUuid);
    s.trainings.insert(p.trainingUuid);
    s.written.insert(p.uuid);
}

void AffectedRecords::add(const TrainingRight &r)
{
    Scope &s = scope(r.employerUuid);
    s.workers.insert(r.workerUuid);
    s.written.insert(r.uuid);
}

void AffectedRecords::addEmployer(const QUuid &employer)
{
    m_whole.insert(employer);
}

Result<void> AffectedRecords::revalidate(Workspace &ws, const Clock &clock) const
{
    QList<QUuid> whole = m_whole.values();
    // A company whose enterprise number changed leaves the companies that shared its old one.
    if (!m_enterpriseNumbers.isEmpty()) {
        const Result<QList<Employer>> employers = ws.employers().findAll();
        if (!employers)
            return employers.failure();
        for (const Employer &e : *employers) {
            if (m_enterpriseNumbers.contains(e.enterpriseNumber) && !whole.contains(e.uuid))
                whole.append(e.uuid);
        }
    }
    QString error;
    if (!whole.isEmpty() && !WorkspaceAnomalies::revalidate(ws, whole, clock, &error))
        return Failure{error};
    for (auto it = m_scopes.cbegin(); it != m_scopes.cend(); ++it) {
        if (m_whole.contains(it.key()))
            continue; // done whole above
        if (const Result<void> done = revalidateScope(ws, clock, it.key(), it.value()); !done)
            return done;
    }
    return {};
}

Result<void> AffectedRecords::revalidateScope(Workspace &ws, const Clock &clock, const QUuid &employer,
                                              const Scope &scope) const
{
    QElapsedTimer timer;
    timer.start();
    const Result<std::optional<Employer>> stored = ws.employers().find(employer);
    if (!stored)
        return stored.failure();
    const std::optional<Employer> &company = *stored;
    if (!company)
        return {}; // the company itself is gone, and its anomalies with it
    QSet<QUuid> workers = scope.workers;
    ParticipationRepository participations = ws.participations(employer);
    // Everyone taking part in a changed training: its dates, kind and duration are theirs.
    for (const QUuid &t : scope.trainings) {
        const Result<QList<Participation>> taking = participations.findOfTraining(t);
        if (!taking)
            return taking.failure();
        for (const Participation &p : *taking)
            workers.insert(p.workerUuid);
    }
    // Reaching many workers, reading each one's records costs more than reading the company's
    // records in one go (bench_write_path): the company is validated whole instead.
    if (workers.size() > kWholeCompanyFrom) {
        QString error;
        if (!WorkspaceAnomalies::revalidate(ws, {employer}, clock, &error))
            return Failure{error};
        qCDebug(lcAnomaly) << "revalidated the company a change reached" << workers.size() << "workers of in"
                           << timer.elapsed() << "ms";
        return {};
    }
    // The set holds the workers in the order a whole company is read in (DP-002 flags all but
    // the first of an INSZ), with everyone sharing an INSZ with an affected worker.
    const Result<QList<Worker>> read = ws.workers(employer).findAll();
    if (!read)
        return read.failure();
    const QList<Worker> &all = read.value();
    QSet<QString> ssins = scope.ssins;
    for (const Worker &w : all) {
        if (workers.contains(w.uuid) && !w.ssin.isEmpty())
            ssins.insert(w.ssin);
    }
    DataSet set;
    set.employers.append(*company);
    for (const Worker &w : all) {
        if (workers.contains(w.uuid) || (!w.ssin.isEmpty() && ssins.contains(w.ssin))) {
            set.workers.append(w);
            workers.insert(w.uuid);
        }
    }
    QSet<QUuid> trainings = scope.trainings;
    EmploymentRepository employments = ws.employments(employer);
    TrainingRightRepository rights = ws.rights(employer);
    for (const Worker &w : std::as_const(set.workers)) {
        const Result<QList<Employment>> employed = employments.findOfWorker(w.uuid);
        const Result<QList<TrainingRight>> entitled = rights.findOfWorker(w.uuid);
        const Result<QList<Participation>> own = participations.findOfWorker(w.uuid);
        if (!employed)
            return employed.failure();
        if (!entitled)
            return entitled.failure();
        if (!own)
            return own.failure();
        set.employments += *employed;
        set.rights += *entitled;
        for (const Participation &p : *own)
            trainings.insert(p.trainingUuid);
        set.participations += *own;
    }
    TrainingRepository trainingRepository = ws.trainings(employer);
    for (const QUuid &t : std::as_const(trainings)) {
        const Result<std::optional<Training>> training = trainingRepository.find(t);
        if (!training)
            return training.failure();
        if (training.value())
            set.trainings.append(*training.value());
    }
    QString error;
    if (!WorkspaceAnomalies::storeRecords(ws, set, AnomalyEngine(clock).validate(set), scope.written, &error))
        return Failure{error};
    qCDebug(lcAnomaly) << "revalidated" << set.recordCount() - 1 << "records a change reached in"
                       << timer.elapsed() << "ms";
    return {};
}

} // namespace fla
