#pragma once

#include "dataset/DataSet.h"
#include "storage/RecordRepository.h"

#include <QHash>
#include <QList>
#include <QString>
#include <functional>

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

} // namespace fla
