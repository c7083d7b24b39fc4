#include "core/sync/PlatformArchive.h"

#include "core/anomaly/AffectedRecords.h"
#include "core/common/LogCategories.h"
#include "core/domain/EnterpriseNumber.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/EmploymentRepository.h"
#include "core/storage/ParticipationRepository.h"
#include "core/storage/TrainingRepository.h"
#include "core/storage/TrainingRightRepository.h"
#include "core/storage/WorkerRepository.h"
#include "core/storage/Workspace.h"
#include "core/workspace/RecordWriter.h"

#include <QCoreApplication>
#include <QTimer>

namespace fla {

namespace PlatformArchive {

Result<QUuid> bind(Workspace &ws, const QString &enterpriseNumber, PullResult &pulled)
{
    const Result<std::optional<Employer>> employer = ws.employers().findByEnterpriseNumber(enterpriseNumber);
    if (!employer)
        return employer.failure();
    const QUuid employerUuid = *employer ? (*employer)->uuid : QUuid();
    QHash<QUuid, QUuid> workerMap;
    if (*employer) {
        WorkerRepository workers = ws.workers(employerUuid);
        for (Worker &w : pulled.data.workers) {
            const Result<std::optional<Worker>> mine = workers.findBySsin(w.ssin);
            if (!mine)
                return mine.failure();
            if (*mine) {
                workerMap.insert(w.uuid, (*mine)->uuid);
                w.uuid = (*mine)->uuid;
            }
        }
    }
    DataSet &d = pulled.data;
    for (Worker &w : d.workers)
        w.employerUuid = employerUuid;
    for (Employment &e : d.employments) {
        e.employerUuid = employerUuid;
        e.workerUuid = workerMap.value(e.workerUuid, e.workerUuid);
    }
    for (Training &t : d.trainings)
        t.employerUuid = employerUuid;
    for (Participation &p : d.participations) {
        p.employerUuid = employerUuid;
        p.workerUuid = workerMap.value(p.workerUuid, p.workerUuid);
    }
    for (TrainingRight &r : d.rights) {
        r.employerUuid = employerUuid;
        r.workerUuid = workerMap.value(r.workerUuid, r.workerUuid);
    }
    return employerUuid;
}

namespace {

// Only the records the workspace lacks; those it has count as unchanged.
template<typename T, typename Repo>
bool keepNew(QList<T> &list, const Repo &repo, BulkStats &stats, QString *error)
{
    QList<T> fresh;
    for (const T &r : std::as_const(list)) {
        const Result<std::optional<T>> stored = repo.find(r.uuid);
        if (!stored.into(error))
            return false;
        if (!*stored)
            fresh.append(r);
    }
    stats.unchanged += list.size() - fresh.size();
    list = fresh;
    return true;
}

} // namespace

Outcome store(Workspace &ws, const QString &enterpriseNumber, PullResult pulled, bool overwrite,
              const Clock &clock)
{
    Outcome out;
    const bool queued = ws.queueChanges();
    ws.setQueueChanges(false); // it comes from the platform: nothing to declare
    // The records and the company's anomalies, in one transaction (core/workspace).
    const Result<void> stored = RecordWriter(ws, clock).write([&](AffectedRecords &affected, QString *error) {
        const Result<std::optional<Employer>> known = ws.employers().findByEnterpriseNumber(enterpriseNumber);
        if (!known.into(error))
            return false;
        if (!*known) {
            Employer e;
            e.uuid = QUuid::createUuid();
            e.enterpriseNumber = enterpriseNumber;
            e.name = EnterpriseNumber::parse(enterpriseNumber).display();
            if (!ws.employers().save(e, error))
                return false;
            out.employerCreated = true;
        }
        const Result<QUuid> bound = bind(ws, enterpriseNumber, pulled);
        if (!bound.into(error))
            return false;
        const QUuid employerUuid = *bound;
        affected.addEmployer(employerUuid);
        DataSet &d = pulled.data;
        WorkerRepository workers = ws.workers(employerUuid);
        EmploymentRepository employments = ws.employments(employerUuid);
        TrainingRepository trainings = ws.trainings(employerUuid);
        ParticipationRepository participations = ws.participations(employerUuid);
        TrainingRightRepository rights = ws.rights(employerUuid);
        if (!overwrite && !(keepNew(d.workers, workers, out.stats, error) &&
                            keepNew(d.employments, employments, out.stats, error) &&
                            keepNew(d.trainings, trainings, out.stats, error) &&
                            keepNew(d.participations, participations, out.stats, error) &&
                            keepNew(d.rights, rights, out.stats, error)))
            return false;
        BulkOptions bulk;
        bulk.auditEachRecord = true;
        bulk.queueForSync = false;
        return workers.upsertAll(d.workers, bulk, &out.stats, error) &&
               employments.upsertAll(d.employments, bulk, &out.stats, error) &&
               trainings.upsertAll(d.trainings, bulk, &out.stats, error) &&
               participations.upsertAll(d.participations, bulk, &out.stats, error) &&
               rights.upsertAll(d.rights, bulk, &out.stats, error);
    });
    ws.setQueueChanges(queued);
    if (!stored) {
        out.employerCreated = false;
        out.error = QCoreApplication::translate("fla::PlatformArchive", "Archiving %1 stopped: %2")
                        .arg(EnterpriseNumber::parse(enterpriseNumber).display(), stored.error());
        qCWarning(lcSync).noquote() << out.error;
        return out;
    }
    out.ok = true;
    return out;
}

} // namespace PlatformArchive

ArchiveAllRunner::ArchiveAllRunner(Workspace &ws, FlaApiClient *client, PullOptions options, QObject *parent)
    : QObject(parent)
    , m_ws(ws)
    , m_client(client)
    , m_options(options)
{
    qRegisterMetaType<fla::CompanyArchiveReport>();
}

void ArchiveAllRunner::start(const QList<QPair<QString, QString>> &companies, bool overwrite)
{
    m_companies = companies;
    m_overwrite = overwrite;
    m_reports.clear();
    m_cancelled = false;
    QTimer::singleShot(0, this, &ArchiveAllRunner::next);
}

void ArchiveAllRunner::next()
{
    if (m_cancelled || m_reports.size() == m_companies.size()) {
        emit finished(m_reports);
        return;
    }
    const int index = int(m_reports.size());
    const auto &[enterprise, name] = m_companies.at(index);
    emit companyStarted(index, int(m_companies.size()), name);
    auto *pull = new PullService(m_client, m_options, this);
    if (m_wait)
        pull->setWaiter(m_wait);
    connect(pull, &PullService::finished, this,
            [this, pull, enterprise = enterprise, name = name](const PullResult &r) {
                pull->deleteLater();
                CompanyArchiveReport report;
                report.enterpriseNumber = enterprise;
                report.name = name;
                report.retries = r.retries;
                if (!r.ok) {
                    report.error = r.error;
                } else {
                    const PlatformArchive::Outcome stored =
                        PlatformArchive::store(m_ws, enterprise, r, m_overwrite);
                    report.ok = stored.ok;
                    report.error = stored.error;
                    report.stats = stored.stats;
                }
                m_reports.append(report);
                emit companyFinished(report);
                next();
            });
    pull->start(enterprise);
}

} // namespace fla
