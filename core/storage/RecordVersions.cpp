#include "core/storage/RecordVersions.h"

namespace fla {

Migration recordVersionsMigration(const QString &integerType)
{
    Migration m;
    m.version = 10;
    m.description = QStringLiteral("a version per record (optimistic locking)");
    for (const char *table :
         {"employer", "worker", "employment", "training", "participation", "training_right"})
        m.statements << QStringLiteral("ALTER TABLE %1 ADD COLUMN row_version %2 NOT NULL DEFAULT 1")
                            .arg(QLatin1String(table), integerType);
    return m;
}

} // namespace fla
