#pragma once

#include "core/domain/RecordKind.h" // the kinds of record a workspace holds

#include <QDateTime>
#include <QString>
#include <QStringView>
#include <QUuid>
#include <optional>

namespace fla {

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
