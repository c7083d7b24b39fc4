#pragma once

#include "core/dataset/DataSet.h"
#include "core/io/Importer.h"
#include "core/storage/RecordRepository.h"

#include <QString>
#include <QUuid>

namespace fla {

class Workspace;

struct ImportStoreStats
{
    BulkStats workers, trainings, participations;
};

// Writes an import into a workspace: all or nothing, in one transaction.
// Workers already in the workspace (same INSZ, another UUID) are kept and the
// imported rows point at them. Records are upserted by their derived UUIDs,
// so the same file imported twice adds nothing. Valid rows are queued for
// declaration; with ImportMode::AllAsDrafts every record stays a draft.
// auditEachRecord off skips the per-record audit entries (very large files;
// like `import-csv --no-audit`).
bool storeImport(Workspace &ws, const QUuid &employerUuid, ImportResult &result, ImportMode mode,
                 ImportStoreStats *stats, QString *error, bool auditEachRecord = true);

} // namespace fla
