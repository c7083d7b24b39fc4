#include "core/sync/WorkspaceOutboxStore.h"

#include "core/common/Clock.h"
#include "core/common/DisplayDate.h"
#include "core/common/LogCategories.h"
#include "core/common/Translation.h"
#include "core/domain/EnterpriseNumber.h"
#include "core/domain/Ssin.h"
#include "core/storage/AnomalyRepository.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/EmploymentRepository.h"
#include "core/storage/OutboxRepository.h"
#include "core/storage/ParticipationRepository.h"
#include "core/storage/TrainingRepository.h"
#include "core/storage/TrainingRightRepository.h"
#include "core/storage/Transaction.h"
#include "core/storage/WorkerRepository.h"
#include "core/storage/Workspace.h"
#include "core/sync/JsonMapping.h"
#include "core/sync/PlatformVersions.h"
#include "core/sync/UnansweredDeclarations.h"

#include <QCoreApplication>

namespace fla {

namespace {

QString tr(const char *s)
{
    return translateFrom({"fla::WorkspaceOutboxStore"}, s);
}

const QString kPlatformSource = QStringLiteral("platform");

} // namespace

WorkspaceOutboxStore::WorkspaceOutboxStore(Workspace &ws, QList<QUuid> employerUuids)
    : m_ws(ws)
    , m_employers(std::move(employerUuids))
{}

WorkspaceOutboxStore::~WorkspaceOutboxStore()
{
    release();
}

void WorkspaceOutboxStore::release()
{
    for (const QUuid &employer : std::as_const(m_claimed))
        m_ws.outbox(employer).releaseClaim();
    m_claimed.clear();
}

QString WorkspaceOutboxStore::stopReason() const
{
    if (!m_readFailure.isEmpty())
        return tr("A change to declare could not be read from the workspace, so nothing more was sent: %1 "
                  "What was not sent is declared by the next sync.")
            .arg(m_readFailure);
    if (m_ws.reconnectCount() == m_reconnectsAtLoad)
        return {};
    return tr("The connection to the team server was lost and opened again during the sync: another desktop "
              "may have taken over the companies, so nothing more was sent. What was not sent is declared by "
              "the next sync.");
}

bool WorkspaceOutboxStore::load(QString *error, Purpose purpose)
{
    release();
    for (auto &m : m_byType)
        m.clear();
    m_typeOf.clear();
    m_platformFindings.clear();
    m_notices.clear();
    m_readFailure.clear();
    m_reconnectsAtLoad = m_ws.reconnectCount();
    const bool declaring = purpose == Purpose::Declare;
    if (declaring)
        m_ws.resetOutboxInFlight();
    const Result<QList<Employer>> read = m_ws.employers().findAll();
    if (!read) {
        if (error)
            *error = tr("The changes waiting to be declared cannot be read: %1").arg(read.error());
        return false;
    }
    const QList<Employer> &employers = *read;
    QHash<QUuid, QString> nameOf;
    for (const Employer &e : employers) {
        m_enterpriseOf.insert(e.uuid, e.enterpriseNumber);
        nameOf.insert(e.uuid, e.name);
    }
    if (m_employers.isEmpty()) {
        for (const Employer &e : employers)
            m_employers.append(e.uuid);
    }
    for (const QUuid &employer : std::as_const(m_employers)) {
        if (!m_enterpriseOf.contains(employer)) {
            if (error)
                *error = tr("No employer %1 in this workspace.").arg(employer.toString(QUuid::WithoutBraces));
            return false;
        }
        OutboxRepository outbox = m_ws.outbox(employer);
        const Result<QSet<QUuid>> findings = outbox.findRecordsWithPlatformFindings();
        if (!findings) {
            release();
            if (error)
                *error = tr("The changes waiting to be declared cannot be read: %1").arg(findings.error());
            return false;
        }
        m_platformFindings.unite(*findings);
        QList<OutboxEntry> rows;
        if (declaring) {
            // Claimed: on a team server, another desktop syncing now gets other employers.
            QString claimError;
            bool heldElsewhere = false;
            rows = outbox.claimPending(&claimError, &heldElsewhere);
            if (!claimError.isEmpty()) {
                release();
                if (error)
                    *error = tr("The changes to declare cannot be taken: %1").arg(claimError);
                return false;
            }
            if (heldElsewhere) {
                m_notices.append(tr("Another desktop is declaring the changes of %1 (%2) now; they are "
                                    "left to it. Sync again when it has finished if any are still waiting.")
                                     .arg(nameOf.value(employer),
                                          EnterpriseNumber::parse(m_enterpriseOf.value(employer)).display()));
                continue;
            }
            m_claimed.append(employer);
        } else {
            for (const OutboxState state : {OutboxState::Pending, OutboxState::InFlight}) {
                Result<QList<OutboxEntry>> found = outbox.findEntries(state, std::numeric_limits<int>::max());
                if (!found) {
                    if (error)
                        *error =
                            tr("The changes waiting to be declared cannot be read: %1").arg(found.error());
                    return false;
                }
                rows += std::move(found).value();
            }
            std::sort(rows.begin(), rows.end(),
                      [](const OutboxEntry &a, const OutboxEntry &b) { return a.id < b.id; });
        }
        QHash<QUuid, qint64> firstRowOf;
        QList<qint64> employerRows;
        for (const OutboxEntry &row : rows) {
            const RecordKind type = row.entity;
            if (type == RecordKind::Employer) {
                employerRows.append(row.id); // employers are not declared: their rows are closed
                continue;
            }
            auto &bucket = m_byType[int(type)];
            const auto first = firstRowOf.constFind(row.recordUuid);
            if (first != firstRowOf.cend()) {
                // Another change of the same record: declared once, as it is now.
                Pending &p = bucket[*first];
                p.rowIds.append(row.id);
                p.item.operation =
                    row.operation == OutboxOperation::Delete ? SyncOperation::Cancel : SyncOperation::Upsert;
                p.item.attempts = std::max(p.item.attempts, row.attempts);
                if (row.nextAttemptAt.isValid() &&
                    (!p.item.nextAttemptAt.isValid() || row.nextAttemptAt > p.item.nextAttemptAt))
                    p.item.nextAttemptAt = row.nextAttemptAt;
                continue;
            }
            Pending p;
            p.employerUuid = employer;
            p.rowIds = {row.id};
            p.item.id = row.id;
            p.item.recordUuid = row.recordUuid;
            p.item.type = type;
            p.item.operation =
                row.operation == OutboxOperation::Delete ? SyncOperation::Cancel : SyncOperation::Upsert;
            p.item.enterpriseNumber = m_enterpriseOf.value(employer);
            p.item.attempts = row.attempts;
            p.item.nextAttemptAt = row.attempts > 0 ? row.nextAttemptAt : QDateTime();
            p.item.lastError = row.lastError;
            firstRowOf.insert(row.recordUuid, row.id);
            m_typeOf.insert(row.id, int(type));
            bucket.insert(row.id, p);
        }
        if (declaring && !employerRows.isEmpty())
            outbox.markDone(employerRows);
    }
    // The platform's versions our copies are based on: sent as ifMatch (a conflict instead of an overwrite).
    PlatformVersions versions(m_ws);
    m_etags.clear();
    for (const QUuid &employer : std::as_const(m_employers))
        m_etags.insert(versions.baseEtags(employer));
    m_unanswered = UnansweredDeclarations(m_ws).all();
    qCInfo(lcSync) << "outbox loaded:" << pendingCount() << "records to declare";
    return true;
}

QString WorkspaceOutboxStore::ssinOf(const QUuid &employerUuid, const QUuid &workerUuid)
{
    const auto it = m_ssinCache.constFind(workerUuid);
    if (it != m_ssinCache.cend())
        return *it;
    const Result<std::optional<Worker>> w = m_ws.workers(employerUuid).find(workerUuid);
    if (!w) {
        noteReadFailure(w.error());
        return {};
    }
    const QString ssin = *w ? (*w)->ssin : QString();
    m_ssinCache.insert(workerUuid, ssin);
    return ssin;
}

bool WorkspaceOutboxStore::build(Pending &p)
{
    if (p.built)
        return true;
    p.built = true;
    SyncItem &it = p.item;
    const QString uuidText = it.recordUuid.toString(QUuid::WithoutBraces);
    if (it.operation == SyncOperation::Cancel) {
        it.label = tr("%1 %2 (deleted)").arg(toString(it.type), uuidText.left(8));
        return true;
    }
    const QUuid employer = p.employerUuid;
    it.ifMatch = m_etags.value(it.recordUuid);
    bool found = false;
    // The record as prefetch() read it, else one read (a failed read is noted: nothing is declared).
    const auto current = [&](auto &prefetched, const auto &repository) {
        using T = typename std::decay_t<decltype(prefetched)>::mapped_type;
        const auto hit = prefetched.constFind(it.recordUuid);
        if (hit != prefetched.cend())
            return std::optional<T>(*hit);
        const Result<std::optional<T>> read = repository.find(it.recordUuid);
        if (!read)
            noteReadFailure(read.error());
        return read ? *read : std::optional<T>();
    };
    switch (it.type) {
    case RecordKind::Employer: // not declared: load() closes their rows
        break;
    case RecordKind::Worker:
        if (const auto w = current(m_preWorkers, m_ws.workers(employer))) {
            found = true;
            it.data = json::fromWorker(*w);
            it.label = tr("worker %1 %2 (%3)").arg(w->givenName, w->familyName, Ssin::mask(w->ssin));
            m_ssinCache.insert(w->uuid, w->ssin);
        }
        break;
    case RecordKind::Employment:
        if (const auto e = current(m_preEmployments, m_ws.employments(employer))) {
            found = true;
            const QString ssin = ssinOf(employer, e->workerUuid);
            it.data = json::fromEmployment(*e, ssin);
            it.label = tr("employment of %1 from %2").arg(Ssin::mask(ssin), displayDate(e->startDate));
        }
        break;
    case RecordKind::Training:
        if (const auto t = current(m_preTrainings, m_ws.trainings(employer))) {
            found = true;
            it.data = json::fromTraining(*t);
            it.label = tr("training “%1” of %2").arg(t->name, displayDate(t->startDate));
            m_trainingName.insert(t->uuid, t->name);
        }
        break;
    case RecordKind::Participation:
        if (const auto pa = current(m_preParticipations, m_ws.participations(employer))) {
            found = true;
            const QString ssin = ssinOf(employer, pa->workerUuid);
            it.data = json::fromParticipation(*pa, ssin);
            auto name = m_trainingName.constFind(pa->trainingUuid);
            if (name == m_trainingName.cend()) {
                const Result<std::optional<Training>> t = m_ws.trainings(employer).find(pa->trainingUuid);
                if (!t)
                    noteReadFailure(t.error());
                name = m_trainingName.insert(pa->trainingUuid, t && *t ? (*t)->name : QString());
            }
            it.label = tr("participation of %1 in “%2”").arg(Ssin::mask(ssin), *name);
        }
        break;
    case RecordKind::TrainingRight:
        if (const auto r = current(m_preRights, m_ws.rights(employer))) {
            found = true;
            const QString ssin = ssinOf(employer, r->workerUuid);
            it.data = json::fromRight(*r, ssin);
            it.label = tr("training right %1 of %2").arg(QString::number(r->year), Ssin::mask(ssin));
        }
        break;
    }
    if (!m_readFailure.isEmpty()) {
        p.built = false;
        return false; // not sent: the sync stops (stopReason)
    }
    if (!found) {
        // The record is gone (deleted after its change was queued): cancel it on the platform.
        it.operation = SyncOperation::Cancel;
        it.label = tr("%1 %2 (deleted)").arg(toString(it.type), uuidText.left(8));
    }
    return true;
}

void WorkspaceOutboxStore::prefetch(const QList<Pending *> &entries)
{
    // By employer and kind: the records themselves, then the workers and trainings they name.
    QHash<QUuid, QList<QUuid>> byEmployer[kRecordKindCount];
    for (const Pending *p : entries) {
        if (!p->built && p->item.operation == SyncOperation::Upsert)
            byEmployer[int(p->item.type)][p->employerUuid].append(p->item.recordUuid);
    }
    QHash<QUuid, QSet<QUuid>> workers;
    QHash<QUuid, QSet<QUuid>> trainings;
    const auto needWorker = [&](const QUuid &employer, const QUuid &worker) {
        if (!m_ssinCache.contains(worker))
            workers[employer].insert(worker);
    };
    // What could not be read is read again one by one by build(), which notes the failure.
    const auto read = [&](const QUuid &employer, const QList<QUuid> &uuids, auto kind) {
        using T = decltype(kind);
        Result<QHash<QUuid, T>> records = m_ws.outbox(employer).findCurrentRecords<T>(uuids);
        if (!records) {
            noteReadFailure(records.error());
            return QHash<QUuid, T>();
        }
        return std::move(records).value();
    };
    for (auto e = byEmployer[int(RecordKind::Worker)].cbegin();
         e != byEmployer[int(RecordKind::Worker)].cend(); ++e)
        m_preWorkers.insert(read(e.key(), e.value(), Worker()));
    for (auto e = byEmployer[int(RecordKind::Employment)].cbegin();
         e != byEmployer[int(RecordKind::Employment)].cend(); ++e) {
        const auto records = read(e.key(), e.value(), Employment());
        for (const Employment &r : records)
            needWorker(e.key(), r.workerUuid);
        m_preEmployments.insert(records);
    }
    for (auto e = byEmployer[int(RecordKind::Training)].cbegin();
         e != byEmployer[int(RecordKind::Training)].cend(); ++e)
        m_preTrainings.insert(read(e.key(), e.value(), Training()));
    for (auto e = byEmployer[int(RecordKind::Participation)].cbegin();
         e != byEmployer[int(RecordKind::Participation)].cend(); ++e) {
        const auto records = read(e.key(), e.value(), Participation());
        for (const Participation &r : records) {
            needWorker(e.key(), r.workerUuid);
            if (!m_trainingName.contains(r.trainingUuid))
                trainings[e.key()].insert(r.trainingUuid);
        }
        m_preParticipations.insert(records);
    }
    for (auto e = byEmployer[int(RecordKind::TrainingRight)].cbegin();
         e != byEmployer[int(RecordKind::TrainingRight)].cend(); ++e) {
        const auto records = read(e.key(), e.value(), TrainingRight());
        for (const TrainingRight &r : records)
            needWorker(e.key(), r.workerUuid);
        m_preRights.insert(records);
    }
    if (!m_readFailure.isEmpty())
        return;
    for (auto e = workers.cbegin(); e != workers.cend(); ++e) {
        const auto found = read(e.key(), e.value().values(), Worker());
        for (const QUuid &w : found.keys())
            m_ssinCache.insert(w, found.value(w).ssin);
    }
    for (auto e = trainings.cbegin(); e != trainings.cend(); ++e) {
        const auto found = read(e.key(), e.value().values(), Training());
        for (const QUuid &t : found.keys())
            m_trainingName.insert(t, found.value(t).name);
    }
}

void WorkspaceOutboxStore::noteReadFailure(const QString &message)
{
    if (m_readFailure.isEmpty())
        m_readFailure = message;
}

QList<SyncItem> WorkspaceOutboxStore::dueEntries(RecordKind type, qint64 afterId, const QDateTime &now,
                                                 int limit)
{
    QList<Pending *> due;
    auto &bucket = m_byType[int(type)];
    for (auto it = bucket.upperBound(afterId); it != bucket.end() && due.size() < limit; ++it) {
        if (it->item.nextAttemptAt.isValid() && it->item.nextAttemptAt > now)
            continue;
        due.append(&*it);
    }
    prefetch(due);
    QList<SyncItem> out;
    out.reserve(due.size());
    for (Pending *p : std::as_const(due)) {
        if (build(*p))
            out.append(p->item);
    }
    m_preWorkers.clear();
    m_preEmployments.clear();
    m_preTrainings.clear();
    m_preParticipations.clear();
    m_preRights.clear();
    return out;
}

QList<SyncItem> WorkspaceOutboxStore::items(int limit)
{
    QList<SyncItem> out;
    for (auto &bucket : m_byType) {
        for (auto it = bucket.begin(); it != bucket.end() && out.size() < limit; ++it) {
            if (build(*it))
                out.append(it->item);
        }
    }
    return out;
}

int WorkspaceOutboxStore::pendingCount()
{
    int n = 0;
    for (const auto &m : m_byType)
        n += int(m.size());
    return n;
}

int WorkspaceOutboxStore::pendingCount(RecordKind type)
{
    return int(m_byType[int(type)].size());
}

QDateTime WorkspaceOutboxStore::nextAttemptAt(RecordKind type)
{
    QDateTime first;
    for (const Pending &p : std::as_const(m_byType[int(type)])) {
        if (p.item.nextAttemptAt.isValid() && (!first.isValid() || p.item.nextAttemptAt < first))
            first = p.item.nextAttemptAt;
    }
    return first;
}

void WorkspaceOutboxStore::markSent(const QList<SyncItem> &entries)
{
    Transaction tx(m_ws);
    QHash<QUuid, QList<qint64>> rows;
    QHash<QUuid, QList<QUuid>> records[kRecordKindCount]; // by type, by employer
    for (const SyncItem &e : entries) {
        const auto p = m_byType[int(e.type)].constFind(e.id);
        if (p == m_byType[int(e.type)].cend())
            continue;
        rows[p->employerUuid] += p->rowIds;
        records[int(e.type)][p->employerUuid].append(e.recordUuid);
    }
    for (int t = 0; t < kRecordKindCount; ++t) {
        for (auto it = records[t].cbegin(); it != records[t].cend(); ++it)
            m_ws.outbox(it.key()).setSyncStatuses(RecordKind(t), it.value(), SyncStatus::Sent);
    }
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        m_ws.outbox(it.key()).markInFlight(it.value());
    QString error;
    if (!tx.commit(&error))
        qCWarning(lcSync) << "cannot mark records sent:" << error;
}

void WorkspaceOutboxStore::complete(const QList<Completion> &done)
{
    Transaction tx(m_ws);
    QList<VersionOutcome> versionOutcomes;
    QList<QUuid> answered; // records whose unanswered declarations are now moot
    QString error;
    QHash<QUuid, QList<qint64>> rows;
    QHash<QUuid, QList<RecordAnomalies>> anomalies;
    // The new statuses, by type, by employer, by status: a few statements per answer.
    QHash<QUuid, QHash<int, QList<QUuid>>> statuses[kRecordKindCount];
    for (const Completion &c : done) {
        auto &bucket = m_byType[int(c.entry.type)];
        const auto it = bucket.constFind(c.entry.id);
        if (it == bucket.cend())
            continue;
        const QUuid employer = it->employerUuid;
        rows[employer] += it->rowIds;
        const RecordKind entity = c.entry.type;
        statuses[int(c.entry.type)][employer][int(statusForVerdict(c.outcome.verdict))].append(
            c.entry.recordUuid);
        // The platform's anomalies join the record's own, by field; older platform ones go.
        const bool hadPlatformFindings = m_platformFindings.contains(c.entry.recordUuid);
        if (!c.outcome.anomalies.isEmpty() || hadPlatformFindings) {
            AnomalyRepository repo = m_ws.anomalies(employer);
            AnomalyFilter f;
            f.recordUuid = c.entry.recordUuid;
            const Result<QList<StoredAnomaly>> current = repo.find(f);
            if (!current) {
                // Its own anomalies are left as they are rather than lost with the platform's.
                qCWarning(lcSync) << "the platform's findings on a record are not stored:" << current.error();
                continue;
            }
            QList<StoredAnomaly> keep;
            for (const StoredAnomaly &a : *current) {
                if (a.params.value(QLatin1String("source")).toString() != kPlatformSource)
                    keep.append(a);
            }
            for (const PlatformAnomaly &pa : c.outcome.anomalies) {
                StoredAnomaly a;
                a.entity = entity;
                a.recordUuid = c.entry.recordUuid;
                a.field = pa.field;
                a.code = pa.code;
                a.severity = pa.severity;
                a.params = QJsonObject{{QStringLiteral("source"), kPlatformSource},
                                       {QStringLiteral("message"), pa.message}};
                keep.append(a);
            }
            anomalies[employer].append(RecordAnomalies{entity, c.entry.recordUuid, keep});
            if (c.outcome.anomalies.isEmpty())
                m_platformFindings.remove(c.entry.recordUuid);
            else
                m_platformFindings.insert(c.entry.recordUuid);
        }
        bucket.remove(c.entry.id);
        versionOutcomes.append({employer, entity, c});
        if (m_unanswered.remove(c.entry.recordUuid) > 0)
            answered.append(c.entry.recordUuid);
    }
    if (!answered.isEmpty() && !UnansweredDeclarations(m_ws).forget(answered, &error))
        qCWarning(lcSync) << "cannot forget the declarations now answered:" << error;
    for (int t = 0; t < kRecordKindCount; ++t) {
        for (auto e = statuses[t].cbegin(); e != statuses[t].cend(); ++e) {
            OutboxRepository outbox = m_ws.outbox(e.key());
            for (auto st = e.value().cbegin(); st != e.value().cend(); ++st)
                outbox.setSyncStatuses(RecordKind(t), st.value(), SyncStatus(st.key()));
        }
    }
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        m_ws.outbox(it.key()).markDone(it.value());
    notePlatformVersions(versionOutcomes);
    for (auto it = anomalies.cbegin(); it != anomalies.cend(); ++it)
        m_ws.anomalies(it.key()).replaceForRecords(it.value());
    if (!tx.commit(&error))
        qCWarning(lcSync) << "cannot record the platform's answers:" << error;
}

void WorkspaceOutboxStore::scheduleRetry(const QList<SyncItem> &entries)
{
    Transaction tx(m_ws);
    QSet<QUuid> returned;
    QHash<QUuid, QList<QUuid>> queued[kRecordKindCount]; // by type, by employer
    for (const SyncItem &e : entries) {
        auto &bucket = m_byType[int(e.type)];
        const auto it = bucket.find(e.id);
        if (it == bucket.end())
            continue;
        OutboxRepository outbox = m_ws.outbox(it->employerUuid);
        if (e.attempts > it->item.attempts) {
            // A failed attempt: counted, with the time of the next one, on every row of the record.
            const QDateTime at = e.nextAttemptAt.isValid() ? e.nextAttemptAt : m_ws.clock().nowUtc();
            for (qint64 row : std::as_const(it->rowIds))
                outbox.markFailed(row, e.lastError, at);
        } else {
            // Not answered (cancelled, or sent again at once): simply pending again.
            returned.insert(it->employerUuid);
        }
        it->item.attempts = e.attempts;
        it->item.nextAttemptAt = e.nextAttemptAt;
        it->item.lastError = e.lastError;
        queued[int(e.type)][it->employerUuid].append(e.recordUuid);
    }
    for (int t = 0; t < kRecordKindCount; ++t) {
        for (auto it = queued[t].cbegin(); it != queued[t].cend(); ++it)
            m_ws.outbox(it.key()).setSyncStatuses(RecordKind(t), it.value(), SyncStatus::Queued);
    }
    for (const QUuid &employer : std::as_const(returned))
        m_ws.outbox(employer).resetInFlight();
    QString error;
    if (!tx.commit(&error))
        qCWarning(lcSync) << "cannot schedule retries:" << error;
}

void WorkspaceOutboxStore::hold(const QList<SyncItem> &entries, const QString &reason)
{
    for (const SyncItem &e : entries) {
        auto &bucket = m_byType[int(e.type)];
        const auto it = bucket.find(e.id);
        if (it == bucket.end())
            continue;
        it->item.lastError = reason;
        it->item.nextAttemptAt = QDateTime();
    }
}

void WorkspaceOutboxStore::noteUnanswered(const QList<SyncItem> &entries, const QString &declarationId)
{
    if (entries.isEmpty() || declarationId.isEmpty())
        return;
    QList<QUuid> records;
    for (const SyncItem &e : entries) {
        records.append(e.recordUuid);
        QStringList &ids = m_unanswered[e.recordUuid];
        if (!ids.contains(declarationId))
            ids.append(declarationId);
    }
    QString error;
    if (!UnansweredDeclarations(m_ws).note(records, declarationId, entries.constFirst().enterpriseNumber,
                                           &error))
        qCWarning(lcSync) << "cannot keep the unanswered declaration" << declarationId << ":" << error;
}

QStringList WorkspaceOutboxStore::unansweredDeclarations(const SyncItem &entry)
{
    return m_unanswered.value(entry.recordUuid);
}

void WorkspaceOutboxStore::rebase(const QList<SyncItem> &entries)
{
    Transaction tx(m_ws);
    QList<PlatformVersions::Entry> bases;
    QList<QUuid> records;
    QList<SyncItem> again;
    for (const SyncItem &e : entries) {
        auto &bucket = m_byType[int(e.type)];
        const auto it = bucket.find(e.id);
        if (it == bucket.end())
            continue;
        // Our copy is now based on the platform's version of our own earlier send.
        bases.append({it->employerUuid, e.type, e.recordUuid, e.ifMatch});
        m_etags.insert(e.recordUuid, e.ifMatch);
        it->item.ifMatch = e.ifMatch;
        records.append(e.recordUuid);
        m_unanswered.remove(e.recordUuid);
        SyncItem due = it->item;
        due.nextAttemptAt = QDateTime();
        again.append(due);
    }
    QString error;
    if (!PlatformVersions(m_ws).setBases(bases, &error))
        qCWarning(lcSync) << "cannot record the platform's versions:" << error;
    if (!UnansweredDeclarations(m_ws).forget(records, &error))
        qCWarning(lcSync) << "cannot forget the unanswered declarations:" << error;
    scheduleRetry(again); // joins this transaction: pending again, due now
    if (!tx.commit(&error))
        qCWarning(lcSync) << "cannot rebase records on their platform version:" << error;
}

void WorkspaceOutboxStore::notePlatformVersions(const QList<VersionOutcome> &outcomes)
{
    // Accepted: our copy is now the platform's version `etag`. Conflict: the platform holds
    // `etag`, another version than ours is based on, until the user resolves it (ConflictResolver).
    // Written in batches (many rows per statement) in complete()'s transaction. A record answered
    // twice in one call keeps the order of its answers: the pending batches are written first.
    PlatformVersions versions(m_ws);
    QList<PlatformVersions::Entry> bases;
    QList<PlatformVersions::Entry> conflicts;
    QSet<QUuid> pending;
    const auto flush = [&] {
        QString error;
        if (!versions.setBases(bases, &error))
            qCWarning(lcSync) << "cannot record the platform's versions:" << error;
        if (!versions.setConflicts(conflicts, &error))
            qCWarning(lcSync) << "cannot record the platform's conflicts:" << error;
        bases.clear();
        conflicts.clear();
        pending.clear();
    };
    for (const VersionOutcome &v : outcomes) {
        const ItemOutcome &o = v.completion.outcome;
        const QUuid &uuid = v.completion.entry.recordUuid;
        const bool conflict = o.verdict == ItemVerdict::Conflict;
        const bool accepted =
            (o.verdict == ItemVerdict::Accepted || o.verdict == ItemVerdict::AcceptedWithWarnings) &&
            v.completion.entry.operation == SyncOperation::Upsert &&
            (!o.etag.isEmpty() || m_etags.contains(uuid));
        if (!conflict && !accepted)
            continue;
        if (pending.contains(uuid))
            flush();
        pending.insert(uuid);
        if (conflict) {
            conflicts.append({v.employerUuid, v.entity, uuid, o.etag});
        } else {
            bases.append({v.employerUuid, v.entity, uuid, o.etag});
            m_etags.insert(uuid, o.etag);
        }
    }
    flush();
}

} // namespace fla
