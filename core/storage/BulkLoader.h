#pragma once

#include "core/dataset/DataSet.h"
#include "core/storage/RecordRepository.h"

#include <QHash>
#include <QList>
#include <QString>
#include <functional>
#include <memory>

namespace fla {

class Workspace;

struct BulkLoadResult
{
    bool ok = false;
    QString error; // translated, names the record when it is about one
    BulkStats employers, workers, employments, trainings, participations, rights;
    qint64 total() const;
};

// Loads a whole data set (a CSV set, a generator run) into a workspace in one
// transaction, upserting by uuid: loading the same set twice adds nothing.
// All or nothing: a record the workspace refuses fails the whole load.
BulkLoadResult loadDataSet(Workspace &ws, const DataSet &set, const BulkOptions &options = {});

// A record a load leaves out, and why.
struct BulkRefusal
{
    RecordKind entity = RecordKind::Employer;
    qsizetype index = -1; // in the set's list as it was given
    QString field;        // the field at fault: employerUuid, workerUuid, trainingUuid, cost, …
    QString message;      // translated
    // Not refused but set aside (BulkLoad::add with deferred): its worker or
    // training is not known yet and may come in a later part.
    bool deferred = false;
};

// Where a record of the set came from, for messages ("trainings.csv, line
// 12"); an empty function names records by their uuid.
using RecordOrigin = std::function<QString(RecordKind, qsizetype index)>;

// Takes out of set every record the workspace could not hold, so that what
// is left loads whole (loadDataSet), and says why for each:
// - a value the workspace's schema does not allow (its CHECKs: hours in a
//   working day, a work regime, a negative cost, a year);
// - a reference to an employer, worker or training that is neither in the set
//   nor in the workspace for the record's own employer;
// - a reference to a record refused before (refused: its uuid and where it
//   was, e.g. the line of a CSV set that could not be read), or taken out
//   here: what depends on a refused record is refused too.
// ws may be null: a workspace that does not exist yet holds nothing.
QList<BulkRefusal> takeOutUnloadable(Workspace *ws, DataSet &set, QHash<QUuid, QString> refused = {},
                                     const RecordOrigin &origin = {});

// A load in parts, all in one transaction: the parts of a set (one
// employer's records, a chunk of a file) are written as they come, so a set
// of any size loads in bounded memory, keeping of the parts before only what
// the references need (which uuids belong to which employer). Parts come in
// the order of dependence: an employer's records after it, a worker's after
// it. Nothing is visible before commit(); a load destroyed uncommitted, or
// killed, leaves the workspace as it was.
class BulkLoad
{
public:
    // expectedRecords: about how many records every part together holds (a
    // guess from the files' sizes is enough): a big load into empty tables
    // drops their indexes and builds them once at the end, and checks the
    // references once per table instead of row by row.
    BulkLoad(Workspace &ws, const BulkOptions &options, qint64 expectedRecords);
    ~BulkLoad();
    BulkLoad(const BulkLoad &) = delete;
    BulkLoad &operator=(const BulkLoad &) = delete;

    // False (error set) when the load could not begin.
    bool isActive(QString *error = nullptr) const;
    // Takes out of part what the workspace could not hold, by the rules of
    // takeOutUnloadable and knowing the records of the parts before (refused:
    // more records refused before, e.g. lines that could not be read; origin
    // names a record of this part by its index), and writes the rest. False
    // (error set) when the workspace refuses it: the load is over then.
    // With deferred, a record whose worker or training is neither in the set
    // so far nor in the workspace is not refused but moved to deferred (its
    // refusal marked deferred): a set not sorted by employer may bring them
    // later; add it again then.
    bool add(DataSet &part, QList<BulkRefusal> *refusals, const QHash<QUuid, QString> &refused,
             const RecordOrigin &origin, QString *error, DataSet *deferred = nullptr);
    // Writes the part as it is (its records were checked by the caller).
    bool write(const DataSet &part, QString *error);
    // After the last part: indexes built, the audit entries of the load
    // finished, references checked. The load's records can be read back then,
    // inside the load's transaction (to validate them before commit).
    bool finish(QString *error);
    bool commit(QString *error);
    void rollback();

    const BulkLoadResult &result() const;
    // Whether the employer held no records before this load (so what it holds
    // now is what was loaded): an employer new to the workspace.
    bool isNewEmployer(const QUuid &employer) const;
    // Whether the employer holds any worker, employment, training,
    // participation or right; before the first part: whether it held any before the load.
    bool holdsRecords(const QUuid &employer);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace fla
