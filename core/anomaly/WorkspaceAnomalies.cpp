#include "core/anomaly/WorkspaceAnomalies.h"
#include "core/anomaly/AnomalyEngine.h"

#include "core/storage/AnomalyRepository.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/Workspace.h"
#include "core/storage/WorkspaceRecords.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

namespace fla {

namespace {

StoredAnomaly toStored(Anomaly &&a)
{
    StoredAnomaly s;
    s.entity = a.entity;
    s.recordUuid = a.recordUuid;
    s.field = std::move(a.field);
    s.code = std::move(a.code);
    s.severity = a.severity;
    for (const auto &p : std::as_const(a.parameters))
        s.params.insert(p.name, p.value);
    return s;
}

// Calls visit(employer, kind, uuid) for every record of set (its employers too when withEmployers).
template<typename Visit> void forEachRecord(const DataSet &set, bool withEmployers, Visit visit)
{
    if (withEmployers) {
        for (const auto &r : set.employers)
            visit(r.uuid, RecordKind::Employer, r.uuid);
    }
    for (const auto &r : set.workers)
        visit(r.employerUuid, RecordKind::Worker, r.uuid);
    for (const auto &r : set.employments)
        visit(r.employerUuid, RecordKind::Employment, r.uuid);
    for (const auto &r : set.trainings)
        visit(r.employerUuid, RecordKind::Training, r.uuid);
    for (const auto &r : set.participations)
        visit(r.employerUuid, RecordKind::Participation, r.uuid);
    for (const auto &r : set.rights)
        visit(r.employerUuid, RecordKind::TrainingRight, r.uuid);
}

// Which records get an entry: every one when they are replaced record by record
// (one whose findings are gone must be cleared), or only those with findings when
// an employer's are replaced (or added) all at once: a million records without
// findings need no entry in memory.
enum class Entries
{
    EveryRecord,
    WithFindings
};

// The findings of the records of set, per employer; every employer of the set
// is named, with no entry when none of its records has a finding. The anomalies
// are consumed (moved into their stored form) so the two are not held at once.
QHash<QUuid, QList<RecordAnomalies>> byEmployer(const DataSet &set, AnomalyList anomalies, bool withEmployers,
                                                Entries entries)
{
    QHash<QUuid, QList<StoredAnomaly>> byRecord;
    {
        QList<Anomaly> items = anomalies.takeItems();
        for (Anomaly &a : items) {
            const QUuid record = a.recordUuid;
            if (!a.fileLine && !record.isNull())
                byRecord[record].append(toStored(std::move(a)));
            a = Anomaly(); // its texts freed now, not after the last one is converted
        }
    }
    QHash<QUuid, QList<RecordAnomalies>> perEmployer;
    forEachRecord(set, withEmployers, [&](const QUuid &employer, RecordKind kind, const QUuid &record) {
        QList<RecordAnomalies> &records = perEmployer[employer];
        const auto it = byRecord.find(record);
        if (it != byRecord.end()) {
            records.append({kind, record, std::move(*it)});
            byRecord.erase(it);
        } else if (entries == Entries::EveryRecord) {
            records.append({kind, record, {}});
        }
    });
    return perEmployer;
}

// The platform's findings on records of set (of one employer; its employer record
// when withEmployers, as byEmployer took them) that were not written stay with them.
bool keepPlatformFindings(Workspace &ws, const QUuid &employer, const DataSet &set, bool withEmployers,
                          const QSet<QUuid> &written, QList<RecordAnomalies> &records, QString *error)
{
    AnomalyFilter f;
    f.fromPlatform = true;
    const Result<QList<StoredAnomaly>> platform = ws.anomalies(employer).find(f);
    if (!platform)
        return platform.into(error);
    if (platform->isEmpty())
        return true;
    QHash<QUuid, QList<StoredAnomaly>> byRecord;
    for (const StoredAnomaly &a : *platform) {
        if (!written.contains(a.recordUuid))
            byRecord[a.recordUuid].append(a);
    }
    for (RecordAnomalies &r : records)
        r.anomalies += byRecord.take(r.recordUuid);
    // The records of the set the rules found nothing on have no entry yet.
    forEachRecord(set, withEmployers, [&](const QUuid &employerOf, RecordKind kind, const QUuid &record) {
        if (employerOf != employer || byRecord.isEmpty())
            return;
        const auto it = byRecord.find(record);
        if (it != byRecord.end()) {
            records.append({kind, record, std::move(*it)});
            byRecord.erase(it);
        }
    });
    return true;
}

} // namespace

bool WorkspaceAnomalies::storeForRecord(Workspace &ws, const QUuid &employerUuid, RecordKind entity,
                                        const QUuid &recordUuid, const QList<Anomaly> &anomalies,
                                        QString *error)
{
    QList<StoredAnomaly> stored;
    for (const Anomaly &a : anomalies) {
        if (a.recordUuid == recordUuid)
            stored.append(toStored(Anomaly(a))); // a copy of this record's only
    }
    return ws.anomalies(employerUuid).replaceForRecord(entity, recordUuid, stored, error);
}

bool WorkspaceAnomalies::store(Workspace &ws, const DataSet &set, AnomalyList anomalies, QString *error)
{
    QHash<QUuid, QList<RecordAnomalies>> perEmployer =
        byEmployer(set, std::move(anomalies), true, Entries::WithFindings);
    for (auto it = perEmployer.begin(); it != perEmployer.end(); ++it) {
        QList<RecordAnomalies> &records = it.value();
        if (!keepPlatformFindings(ws, it.key(), set, true, {}, records, error) ||
            !ws.anomalies(it.key()).replaceAll(records, error))
            return false;
    }
    return true;
}

bool WorkspaceAnomalies::storeNewEmployers(Workspace &ws, const DataSet &set, AnomalyList anomalies,
                                           QString *error)
{
    const QHash<QUuid, QList<RecordAnomalies>> perEmployer =
        byEmployer(set, std::move(anomalies), true, Entries::WithFindings);
    for (auto it = perEmployer.cbegin(); it != perEmployer.cend(); ++it) {
        if (!ws.anomalies(it.key()).addAll(it.value(), error))
            return false;
    }
    return true;
}

bool WorkspaceAnomalies::storeRecords(Workspace &ws, const DataSet &set, AnomalyList anomalies,
                                      const QSet<QUuid> &written, QString *error)
{
    QHash<QUuid, QList<RecordAnomalies>> perEmployer =
        byEmployer(set, std::move(anomalies), false, Entries::EveryRecord);
    for (auto it = perEmployer.begin(); it != perEmployer.end(); ++it) {
        QList<RecordAnomalies> &records = it.value();
        if (!keepPlatformFindings(ws, it.key(), set, false, written, records, error) ||
            !ws.anomalies(it.key()).replaceForRecords(records, error))
            return false;
    }
    return true;
}

bool WorkspaceAnomalies::revalidate(Workspace &ws, const QList<QUuid> &employers, const Clock &clock,
                                    QString *error)
{
    if (employers.isEmpty())
        return true;
    // The one rule across companies (DP-003, an enterprise number twice) ties a company to the others
    // with its number: they are validated together.
    QSet<QUuid> together(employers.cbegin(), employers.cend());
    const Result<QList<Employer>> all = ws.employers().findAll();
    if (!all.into(error))
        return false;
    QHash<QString, QList<QUuid>> byNumber;
    for (const Employer &e : *all)
        byNumber[e.enterpriseNumber].append(e.uuid);
    for (const QList<QUuid> &same : std::as_const(byNumber)) {
        if (same.size() < 2)
            continue;
        for (const QUuid &e : same) {
            if (together.contains(e)) {
                together.unite(QSet<QUuid>(same.cbegin(), same.cend()));
                break;
            }
        }
    }
    const Result<DataSet> set = readWorkspaceRecords(ws, together.values());
    if (!set.into(error))
        return false;
    return store(ws, *set, AnomalyEngine(clock).validate(*set), error);
}

} // namespace fla
