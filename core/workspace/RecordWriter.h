#pragma once

#include "core/common/Result.h"
#include "core/domain/Entities.h"
#include "core/storage/StorageTypes.h"
#include "core/workspace/EditConflict.h"

#include <QList>
#include <QString>
#include <QUuid>
#include <functional>

namespace fla {

class AffectedRecords;
class Clock;
class Workspace;

// The one write path of a workspace. Every change of records — typed in the
// desktop, undone, imported, pulled from the platform, taken in a conflict,
// archived, restored from the audit trail — goes through here, and in one
// transaction:
// - the records are written through the employer-scoped repositories, each
//   with its audit entry and (when the workspace queues changes) its outbox row;
// - the records whose anomalies the change may alter are validated again
//   (anomaly/AffectedRecords: the record itself, a training's participants, a
//   worker's employments, rights and participations, the workers sharing an
//   INSZ; a company's whole data when the company itself changed) and their
//   stored anomalies replaced.
// A failure anywhere (or a crash) leaves the workspace as it was before the
// change; the failure comes back as a translated message naming the record,
// and is logged in fladesk.workspace.
class RecordWriter
{
public:
    RecordWriter(Workspace &ws, const Clock &clock);

    // Creates or updates (by uuid); many records all or nothing.
    template<typename T> Result<void> save(const T &record) { return saveAll(QList<T>{record}); }
    template<typename T> Result<void> saveAll(const QList<T> &records);
    // Saves a record its editor read at record.rowVersion (0: a new record), unless it
    // changed since: then nothing is written and the conflict comes back with both
    // versions. On a team server the record is locked while the transaction checks and
    // writes it, so of two desktops saving the same version one wins and the other is told.
    template<typename T> EditResult<T> saveEdit(const T &record);
    // Deletes the record (audited with its last state, so it can be restored).
    Result<void> remove(RecordKind entity, const QUuid &employer, const QUuid &uuid);
    // Restores a deleted record from the audit trail (with what was deleted with it).
    Result<void> restore(RecordKind entity, const QUuid &employer, const QUuid &uuid);

    // A write of the caller's own that names what it reached in affected as it goes (a
    // company whose uuid it learns while writing): the same transaction and revalidation.
    Result<void> write(const std::function<bool(AffectedRecords &affected, QString *error)> &write);
    // A write of the caller's own (an import, a pull applied, a conflict resolved, an archive):
    // write runs inside the transaction (its own transactions join it) and returns false with
    // error set to cancel everything; then the given companies are validated whole.
    Result<void> writeCompanies(const QList<QUuid> &employers,
                                const std::function<bool(QString *error)> &write);

    // The stored anomalies of these companies made equal to a full validation (with the
    // companies sharing an enterprise number), in one transaction: after a bulk load that wrote
    // the records itself (import-csv, the demo workspace), or to refresh what day-dependent rules find.
    Result<void> revalidate(const QList<QUuid> &employers);
    // The same for every company of the workspace.
    Result<void> revalidateAll();

private:
    Workspace &m_ws;
    const Clock &m_clock;
};

} // namespace fla
