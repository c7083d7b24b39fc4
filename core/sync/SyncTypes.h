#pragma once

#include "core/domain/Severity.h"
#include "core/storage/StorageTypes.h" // SyncStatus: where a record stands with the platform

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>
#include <optional>

namespace fla {

enum class SyncOperation
{
    Upsert,
    Cancel
};

// The platform's verdict on one declared item.
enum class ItemVerdict
{
    Accepted,
    AcceptedWithWarnings,
    Refused,
    Conflict
};

QString toString(SyncOperation v); // upsert cancel
QString toString(ItemVerdict v);   // accepted acceptedWithWarnings refused conflict
std::optional<SyncOperation> syncOperationFromString(QStringView s);
std::optional<ItemVerdict> itemVerdictFromString(QStringView s);
SyncStatus statusForVerdict(ItemVerdict v);
Severity severityFromString(QStringView s);

// An anomaly found by the platform, attached to a field of the record
// (`ssin`, `startDate`, `participations[3].ssin`).
struct PlatformAnomaly
{
    QString code;
    Severity severity = Severity::Blocking;
    QString field;
    QString message;

    QJsonObject toJson() const;
    static PlatformAnomaly fromJson(const QJsonObject &o);
    bool operator==(const PlatformAnomaly &o) const
    {
        return code == o.code && severity == o.severity && field == o.field;
    }
};

// One change waiting to reach the platform. `data` is the record in the API's
// JSON form (JsonMapping); the retry state is persisted with the entry.
struct SyncItem
{
    qint64 id = 0;
    QUuid recordUuid;
    RecordKind type = RecordKind::Training;
    SyncOperation operation = SyncOperation::Upsert;
    QString enterpriseNumber; // the employer the record belongs to (10 digits)
    QString label;            // how the user recognises the record ("Training 'Excel basics'")
    QJsonObject data;
    QString ifMatch; // the platform's version last seen, if any
    int attempts = 0;
    QDateTime nextAttemptAt; // invalid = due now
    QString lastError;
};

// What became of one entry after a delivery.
struct ItemOutcome
{
    ItemVerdict verdict = ItemVerdict::Accepted;
    QString etag;
    QList<PlatformAnomaly> anomalies;
    QString traceId;
};

} // namespace fla
