#pragma once

#include "core/dataset/DataSet.h"

#include <QStringList>

namespace fla {

class Workspace;

// What a worker may add to their own learning account (the citizens'
// Individual Learning Account announced for 2027; no import format is
// published, so the export is readable by people and programs alike): a
// folder with their followed trainings (trainings.csv, trainings.json, no
// INSZ) and the certificate files attached to them.
namespace workercertificates {

// Writes the folder outDir/<family-given-uuid8>/ for worker (data: at least the
// worker's employer's records). written: every file written. False with a
// translated message naming the file or record at fault.
bool exportFor(Workspace &ws, const DataSet &data, const Worker &worker, const QString &outDir,
               QStringList *written, QString *error);

} // namespace workercertificates

} // namespace fla
