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

StoredAnomaly toStored(const Anomaly &a)
{
    StoredAnomaly s;
    s.entity = a.entity;
    s.recordUuid = a.recordUuid;
    s.field = a.field;
    s.code = a.code;
    s.severity = a.severity;
    for (const auto &p : a.parameters)
        s.params.insert(p.name, p.value);
    return s;
}

// The findings of every record of set (its employers too when withEmployers), per employer.
QHash<QUuid, QList<RecordAnomalies>> byEmployer(const DataSet &set, const AnomalyList &anomalies,
                                                bool withEmployers)
{
    QHash<QUuid, QList<StoredAnomaly>> byRecord;
    for (const Anomaly &a : anomalies.items()) {
        if (a.fileLine || a.recordUuid.isNull())
            continue;
        byRecord[a.recordUuid].append(toStored(a));
    }
    QHash<QUuid, QList<RecordAnomalies>> perEmployer;
    auto add = [&](const QUuid &employer, RecordKind type, const QUuid &record) {
        perEmployer[employer].append({type, record, byRecord.value(record)});
    };
    if (withEmployers) {
        for (const auto &r : set.employers)
            add(r.uuid, RecordKind::Employer, r.uuid);
    }
    for (const auto &r : set.workers)
        add(r.employerUuid, RecordKind::Worker, r.uuid);
    for (const auto &r : set.employments)
        add(r.employerUuid, RecordKind::Employment, r.uuid);
    for (const auto &r : set.trainings)
        add(r.employerUuid, RecordKind::Training, r.uuid);
    for (const auto &r : set.participations)
        add(r.employerUuid, RecordKind::Participation, r.uuid);
    for (const auto &r : set.rights)
        add(r.employerUuid, RecordKind::TrainingRight, r.uuid);
    return perEmployer;
}

// The platform's findings on records (of one employer) that were not written stay with them.
bool keepPlatformFindings(Workspace &ws, const QUuid &employer, const QSet<QUuid> &written,
                          QList<RecordAnomalies> &records, QString *error)
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
            stored.append(toStored(a));
    }
    return ws.anomalies(employerUuid).replaceForRecord(entity, recordUuid, stored, error);
}

bool WorkspaceAnomalies::store(Workspace &ws, const DataSet &set, const AnomalyList &anomalies,
                               QString *error)
{
    const QHash<QUuid, QList<RecordAnomalies>> perEmployer = byEmployer(set, anomalies, true);
    for (auto it = perEmployer.cbegin(); it != perEmployer.cend(); ++it) {
        QList<RecordAnomalies> records = it.value();
        if (!keepPlatformFindings(ws, it.key(), {}, records, error) ||
            !ws.anomalies(it.key()).replaceAll(records, error))
            return false;
    }
    return true;
}

bool WorkspaceAnomalies::storeNewEmployers(Workspace &ws, const DataSet &set, const AnomalyList &anomalies,
                                           QString *error)
{
    const QHash<QUuid, QList<RecordAnomalies>> perEmployer = byEmployer(set, anomalies, true);
    for (auto it = perEmployer.cbegin(); it != perEmployer.cend(); ++it) {
        if (!ws.anomalies(it.key()).addAll(it.value(), error))
            return false;
    }
    return true;
}

bool WorkspaceAnomalies::storeRecords(Workspace &ws, const DataSet &set, const AnomalyList &anomalies,
                                      const QSet<QUuid> &written, QString *error)
{
    const QHash<QUuid, QList<RecordAnomalies>> perEmployer = byEmployer(set, anomalies, false);
    for (auto it = perEmployer.cbegin(); it != perEmployer.cend(); ++it) {
        QList<RecordAnomalies> records = it.value();
        if (!keepPlatformFindings(ws, it.key(), written, records, error) ||
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
