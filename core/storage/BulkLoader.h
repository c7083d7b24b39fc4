#pragma once

#include "dataset/DataSet.h"
#include "storage/RecordRepository.h"

#include <QString>

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
// transaction per employer, upserting by uuid: loading the same set twice
// adds nothing.
BulkLoadResult loadDataSet(Workspace &ws, const DataSet &set, const BulkOptions &options = {});

} // namespace fla
