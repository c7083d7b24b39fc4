#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>
#include <QUuid>
#include <optional>

namespace fla {

// The kinds of record a workspace holds. Their text forms are the `entity`
// values of the audit trail, the outbox and the anomaly table.
enum class EntityType
{
    Employer,
    Worker,
    Employment,
    Training,
    Participation,
    TrainingRight
};
QString toString(EntityType e); // employer worker employment training participation right
std::optional<EntityType> entityTypeFromString(QStringView s);

// Where a record stands with the declaration platform (one value per record,
// kept in the record's own row).
enum class SyncStatus
{
    Draft,
    Ready,
    Queued,
    Sent,
    Accepted,
    AcceptedWithWarnings,
    Refused,
    Conflict
};
QString toString(SyncStatus s); // draft ready queued sent accepted accepted_with_warnings refused conflict
std::optional<SyncStatus> syncStatusFromString(QStringView s);

// The kinds of change the audit trail records.
enum class ChangeKind
{
    Create,
    Update,
    Delete,
    Restore
};
QString toString(ChangeKind c); // create update delete restore
std::optional<ChangeKind> changeKindFromString(QStringView s);

// A page of a big table, as the UI's models ask for it.
struct PageRequest
{
    qint64 offset = 0;
    int limit = 200;
    int sortColumn = 0; // the repository's own Sort enum, as an int
    bool ascending = true;
};

} // namespace fla
