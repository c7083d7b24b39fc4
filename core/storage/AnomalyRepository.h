#pragma once

#include "core/common/Result.h"
#include "core/domain/Severity.h"
#include "core/storage/StorageTypes.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QUuid>
#include <optional>

namespace fla {

class Workspace;

// One current finding on one record (no message: the catalogue translates
// code + params when it is shown).
struct StoredAnomaly
{
    RecordKind entity = RecordKind::Employer;
    QUuid recordUuid;
    QString field; // ssin, endDate; empty for the whole record
    QString code;  // ID-002
    Severity severity = Severity::Blocking;
    QJsonObject params;
};

// The current anomalies of every record of one record set.
struct RecordAnomalies
{
    RecordKind entity = RecordKind::Employer;
    QUuid recordUuid;
    QList<StoredAnomaly> anomalies;
};

struct AnomalyFilter
{
    std::optional<Severity> severity;
    QString code;
    std::optional<RecordKind> entity;
    QUuid recordUuid;
    // Only the platform's findings (kept from its answer to a declaration, params.source
    // "platform"), or only the rules' own; both when unset.
    std::optional<bool> fromPlatform;
};

// The anomalies of one employer's records, as the anomaly engine last found
// them: replaced per record, listed and counted for the views.
class AnomalyRepository
{
public:
    bool replaceForRecord(RecordKind entity, const QUuid &recordUuid, const QList<StoredAnomaly> &anomalies,
                          QString *error = nullptr);
    // Many records in one transaction.
    bool replaceForRecords(const QList<RecordAnomalies> &records, QString *error = nullptr);
    // Every anomaly of the employer replaced by these, in one transaction: for a
    // validation of all its records (one delete, not one per record).
    bool replaceAll(const QList<RecordAnomalies> &records, QString *error = nullptr);
    // The same for an employer that has none stored yet (new to the
    // workspace in this transaction): no delete, no statement at all when
    // its records have none.
    bool addAll(const QList<RecordAnomalies> &records, QString *error = nullptr);
    bool clearForRecord(const QUuid &recordUuid, QString *error = nullptr);

    // The anomalies, or why they could not be read (logged with the statement).
    Result<QList<StoredAnomaly>> find(const AnomalyFilter &filter = {}, int limit = 10000,
                                      qint64 offset = 0) const;
    Result<qint64> findCount(const AnomalyFilter &filter = {}) const;
    Result<QMap<Severity, qint64>> findCountBySeverity() const;
    Result<QMap<QString, qint64>> findCountByCode() const;

private:
    // The records' anomalies written; each record's stored ones deleted first
    // unless the caller cleared them all.
    bool write(const QList<RecordAnomalies> &records, bool deleteEach, QString *error);
    // Inserts them through the engine's own API, many rows per statement, when
    // the driver has one: 1 done, 0 failed (error set), -1 no native path.
    int insertNative(const QList<RecordAnomalies> &records, QString *error);
    AnomalyRepository(Workspace &ws, const QUuid &employerUuid)
        : m_ws(&ws)
        , m_employer(employerUuid)
    {}
    Workspace *m_ws;
    QUuid m_employer;
    friend class Workspace;
};

} // namespace fla
