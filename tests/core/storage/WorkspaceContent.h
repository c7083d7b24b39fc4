#pragma once

#include "Must.h"
#include "core/anomaly/WorkspaceAnomalies.h"
#include "core/storage/RecordJson.h"
#include "core/storage/Workspace.h"
#include "core/storage/WorkspaceRecords.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace storagetest {

// Every record of a workspace as the audit trail writes it, by uuid: two
// workspaces loaded two ways compare equal when they hold the same records.
inline QMap<QString, QJsonObject> contentOf(fla::Workspace &ws)
{
    const fla::DataSet d = fla::test::must(fla::readWorkspaceRecords(ws));
    QMap<QString, QJsonObject> out;
    auto add = [&out](const auto &records) {
        for (const auto &r : records)
            out.insert(r.uuid.toString(), fla::recordjson::toJson(r));
    };
    add(d.employers);
    add(d.workers);
    add(d.employments);
    add(d.trainings);
    add(d.participations);
    add(d.rights);
    return out;
}

} // namespace storagetest
