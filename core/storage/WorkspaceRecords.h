#pragma once

#include "core/common/Result.h"
#include "core/dataset/DataSet.h"

#include <QList>
#include <QUuid>

namespace fla {

class Workspace;

// Every record of the workspace, or of the given employers (all when none is
// given), employer by employer; or why they could not be read (logged in
// fladesk.storage with the statement). For a whole validation, a report or an
// export: big workspaces are read page by page by the views instead.
Result<DataSet> readWorkspaceRecords(Workspace &ws, const QList<QUuid> &employers = {});

} // namespace fla
