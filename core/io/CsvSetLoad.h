#pragma once

#include "core/storage/BulkLoader.h"

#include <QList>
#include <QString>

namespace fla {

class Clock;

// One refused line (or file) of a CSV set: file:line column: message.
struct CsvSetRefusal
{
    QString file;
    qint64 line = 0; // 0: the whole file
    QString column;
    QString message; // translated
};

struct CsvSetLoadOptions
{
    BulkOptions bulk;
    // Load nothing when any line is refused (else every other record loads).
    bool allOrNothing = false;
    // The most records a part read in another order than by employer holds.
    qsizetype chunkRecords = 20000;
};

struct CsvSetLoadResult
{
    enum class Outcome
    {
        Loaded,          // every record that could be loaded was (refusals may list lines)
        NothingLoadable, // lines were refused and nothing was loaded (all-or-nothing, or nothing else)
        Failed           // the workspace could not be opened or refused the load: nothing was loaded
    };
    Outcome outcome = Outcome::Failed;
    QString error; // translated, for Failed
    BulkLoadResult loaded;
    QList<CsvSetRefusal> refusals;
    // Empty when the loaded companies' stored anomalies were refreshed, else why not.
    QString anomalyError;
};

// Loads the CSV set in dir into the workspace at path (created when absent,
// and removed again when nothing is loaded), streaming: the set is read in
// parts (DataSetCsv::readInParts: employer by employer when it is sorted so)
// and written as it is read, in one transaction (BulkLoad), so memory holds
// one part and the uuids the references need, not the set. The loaded
// companies' stored anomalies are refreshed in the same transaction, as a
// full validation finds them: a company new to the workspace is validated
// from its part in memory; one that held records, one whose records came in
// more than one part, and companies sharing an enterprise number are read
// back from the workspace in bounded batches and validated together.
CsvSetLoadResult loadCsvSet(const QString &dir, const QString &path, const CsvSetLoadOptions &options,
                            const Clock &clock);

} // namespace fla
