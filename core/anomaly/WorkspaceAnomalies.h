#pragma once

#include "core/anomaly/Anomaly.h"
#include "core/dataset/DataSet.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QUuid>

namespace fla {

class Clock;
class Workspace;

// The bridge between the anomaly engine and a workspace (core/storage).
namespace WorkspaceAnomalies {

// Keeps each record's anomalies in the workspace's anomaly table: set holds
// every record of its employers (as readWorkspaceRecords gives them), and their stored
// anomalies are replaced by what the engine found now; the platform's findings
// are kept (its answer to the last declaration stands until it answers again).
// One transaction per employer. The anomalies are consumed: a caller that has
// no more use for them moves them in, and they are not held twice.
bool store(Workspace &ws, const DataSet &set, AnomalyList anomalies, QString *error);
// The same for employers new to the workspace in the running transaction
// (nothing of theirs stored, no platform finding): nothing read or deleted.
bool storeNewEmployers(Workspace &ws, const DataSet &set, AnomalyList anomalies, QString *error);

// The same for some records of the set only (a part of a company that a
// change reached, validated with what its rules read): the records of set
// except its employers. The platform's findings are kept on records not in
// written.
bool storeRecords(Workspace &ws, const DataSet &set, AnomalyList anomalies, const QSet<QUuid> &written,
                  QString *error);

// After a write that may change what the rules find (a load, an archive, a
// conflict resolved, an import): the given employers' records validated again
// as a whole (cross-record rules included) and their stored anomalies
// replaced, so every way of writing leaves them as a full validation would.
bool revalidate(Workspace &ws, const QList<QUuid> &employers, const Clock &clock, QString *error);

// After one record changed (the UI validates it on every edit): replaces the
// anomalies kept for that record only.
bool storeForRecord(Workspace &ws, const QUuid &employerUuid, RecordKind entity, const QUuid &recordUuid,
                    const QList<Anomaly> &anomalies, QString *error);

} // namespace WorkspaceAnomalies

} // namespace fla
