#include "core/io/CsvSetLoad.h"

#include "core/anomaly/AnomalyEngine.h"
#include "core/anomaly/WorkspaceAnomalies.h"
#include "core/common/LogCategories.h"
#include "core/dataset/DataSetCsv.h"
#include "core/domain/RecordKind.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/StorageDriver.h"
#include "core/storage/Workspace.h"
#include "core/workspace/RecordWriter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <optional>

namespace fla {

namespace {

// Companies read back and validated together, at most this many at a time.
constexpr qsizetype kRevalidateEmployers = 25;

// About how many records the files of the set hold (a guess is enough: it
// only decides whether the load is big).
qint64 expectedRecords(const QString &dir)
{
    qint64 bytes = 0;
    for (const QString &f : DataSetCsv::fileNames())
        bytes += QFileInfo(QDir(dir).filePath(f)).size();
    return bytes / 150;
}

const QList<qint64> &linesOf(RecordKind e, const DataSetCsvLines &lines)
{
    switch (e) {
    case RecordKind::Employer:
        return lines.employers;
    case RecordKind::Worker:
        return lines.workers;
    case RecordKind::Employment:
        return lines.employments;
    case RecordKind::Training:
        return lines.trainings;
    case RecordKind::Participation:
        return lines.participations;
    case RecordKind::TrainingRight:
        break;
    }
    return lines.rights;
}

template<typename T> void addEmployersOf(const QList<T> &records, QSet<QUuid> &out)
{
    QUuid last;
    for (const T &r : records) {
        if (r.employerUuid != last)
            out.insert(r.employerUuid);
        last = r.employerUuid;
    }
}

// Every employer a part holds records of.
QSet<QUuid> employersOf(const DataSet &part)
{
    QSet<QUuid> out;
    for (const Employer &e : part.employers)
        out.insert(e.uuid);
    addEmployersOf(part.workers, out);
    addEmployersOf(part.employments, out);
    addEmployersOf(part.trainings, out);
    addEmployersOf(part.participations, out);
    addEmployersOf(part.rights, out);
    return out;
}

void removeWorkspaceFiles(const QString &path)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

// The load of one set: the parts as they come, and what their companies'
// validation needs.
class CsvSetLoader
{
public:
    CsvSetLoader(Workspace &ws, BulkLoad &load, const Clock &clock, CsvSetLoadResult &result)
        : m_ws(ws)
        , m_load(load)
        , m_engine(clock)
        , m_clock(clock)
        , m_result(result)
    {}

    // Reads the companies the workspace holds already (their enterprise numbers), or says why not.
    bool begin(QString *error)
    {
        const Result<QList<Employer>> employers = m_ws.employers().findAll();
        if (!employers.into(error))
            return false;
        for (const Employer &e : *employers)
            m_byNumber.insert(e.enterpriseNumber, e.uuid);
        return true;
    }

    bool take(DataSetCsvPart &part)
    {
        for (const DataSetCsvIssue &i : std::as_const(part.issues)) {
            m_result.refusals.append({i.file, i.line, i.column, i.message});
            if (!i.record.isNull())
                m_refused.insert(i.record, DataSetCsv::place(i.file, i.line));
        }
        const DataSetCsvLines &lines = part.lines;
        const RecordOrigin origin = [&lines](RecordKind e, qsizetype index) {
            return DataSetCsv::place(csvFileName(e), linesOf(e, lines).value(index));
        };
        QList<BulkRefusal> taken;
        // An employer's part of a set not sorted by employer may hold records
        // whose worker or training comes later: set aside until the end.
        if (!m_load.add(part.records, &taken, m_refused, origin, &m_result.error,
                        part.byEmployer ? &m_waiting.records : nullptr))
            return false;
        m_refused.clear(); // the load remembers them
        bool waits = false;
        for (const BulkRefusal &r : std::as_const(taken)) {
            const qint64 line = linesOf(r.entity, lines).value(r.index);
            if (r.deferred) {
                waits = true;
                linesOfWaiting(r.entity).append(line);
            } else {
                m_result.refusals.append({csvFileName(r.entity), line, r.field, r.message});
            }
        }
        if (waits) { // its part is not all it holds
            for (const QUuid &e : employersOf(part.records))
                readBack(e);
        }
        validate(part);
        return true;
    }

    // After the last part: the records set aside, loaded now or refused.
    bool takeWaiting()
    {
        if (m_waiting.records.recordCount() == 0)
            return true;
        DataSetCsvPart part = std::move(m_waiting);
        m_waiting = DataSetCsvPart();
        return take(part);
    }

    // The companies whose records could not be validated part by part, read
    // back in batches (inside the load's transaction, after its last part).
    void revalidateTheRest()
    {
        QList<QUuid> batch;
        const auto flush = [&] {
            QString error;
            // The one write path's revalidation (core/workspace/RecordWriter).
            if (!batch.isEmpty() && !RecordWriter(m_ws, m_clock).revalidate(batch).into(&error))
                noteAnomalyError(error);
            batch.clear();
        };
        for (const QUuid &employer : std::as_const(m_readBack)) {
            batch.append(employer);
            if (batch.size() >= kRevalidateEmployers)
                flush();
        }
        flush();
        qCDebug(lcIo) << m_validated.size() << "companies validated part by part," << m_readBack.size()
                      << "read back";
    }

private:
    void validate(const DataSetCsvPart &part)
    {
        const QSet<QUuid> employers = employersOf(part.records);
        // A company new to the workspace, whose records all came in this part,
        // alone with its enterprise number: what the part holds is what it holds.
        if (part.byEmployer && employers.size() == 1 && part.records.employers.size() == 1 &&
            !m_readBack.contains(part.records.employers.constFirst().uuid)) {
            const Employer &e = part.records.employers.constFirst();
            const QUuid other = m_byNumber.value(e.enterpriseNumber);
            if (!other.isNull() && other != e.uuid) {
                readBack(other); // DP-003: validated together
                readBack(e.uuid);
                return;
            }
            m_byNumber.insert(e.enterpriseNumber, e.uuid);
            if (m_load.isNewEmployer(e.uuid) && !m_readBack.contains(e.uuid)) {
                // Stored once already (its employer came twice): replaced.
                const auto store = m_validated.contains(e.uuid) ? WorkspaceAnomalies::store
                                                                : WorkspaceAnomalies::storeNewEmployers;
                QString error;
                if (!store(m_ws, part.records, m_engine.validate(part.records), &error))
                    noteAnomalyError(error);
                m_validated.insert(e.uuid);
                return;
            }
        }
        for (const QUuid &e : employers)
            readBack(e);
    }

    QList<qint64> &linesOfWaiting(RecordKind e)
    {
        return const_cast<QList<qint64> &>(linesOf(e, m_waiting.lines));
    }

    void readBack(const QUuid &employer)
    {
        m_validated.remove(employer);
        m_readBack.insert(employer);
    }

    void noteAnomalyError(const QString &error)
    {
        if (m_result.anomalyError.isEmpty())
            m_result.anomalyError = error;
    }

    Workspace &m_ws;
    BulkLoad &m_load;
    AnomalyEngine m_engine;
    const Clock &m_clock;
    CsvSetLoadResult &m_result;
    QHash<QUuid, QString> m_refused;  // lines refused since the last part
    QHash<QString, QUuid> m_byNumber; // enterprise number -> a company holding it
    QSet<QUuid> m_validated, m_readBack;
    DataSetCsvPart m_waiting; // records whose worker or training had not come yet
};

} // namespace

CsvSetLoadResult loadCsvSet(const QString &dir, const QString &path, const CsvSetLoadOptions &options,
                            const Clock &clock)
{
    CsvSetLoadResult result;
    QElapsedTimer timer;
    timer.start();
    const bool existed = isServerLocation(path) || QFileInfo::exists(path);
    std::unique_ptr<Workspace> ws = Workspace::open(path, &result.error);
    if (!ws)
        return result;
    // The load (its transaction and statements) ends before the workspace is
    // closed, and a workspace made for the load is removed only once closed:
    // Windows does not remove a file that is still open.
    const std::optional<CsvSetLoadResult::Outcome> notLoaded =
        [&]() -> std::optional<CsvSetLoadResult::Outcome> {
        BulkLoad load(*ws, options.bulk, expectedRecords(dir));
        if (!load.isActive(&result.error))
            return CsvSetLoadResult::Outcome::Failed;
        CsvSetLoader loader(*ws, load, clock, result);
        if (!loader.begin(&result.error))
            return CsvSetLoadResult::Outcome::Failed;
        bool failed = false;
        DataSetCsv::readInParts(dir, options.chunkRecords, [&](DataSetCsvPart &part) {
            failed = !loader.take(part);
            return !failed;
        });
        if (failed || !loader.takeWaiting() || !load.finish(&result.error))
            return CsvSetLoadResult::Outcome::Failed;
        result.loaded = load.result();
        if (!result.refusals.isEmpty() && (options.allOrNothing || result.loaded.total() == 0)) {
            load.rollback();
            return CsvSetLoadResult::Outcome::NothingLoadable;
        }
        QElapsedTimer phase;
        phase.start();
        loader.revalidateTheRest();
        qCDebug(lcIo) << "companies read back and validated in" << phase.elapsed() << "ms";
        if (!load.commit(&result.error))
            return CsvSetLoadResult::Outcome::Failed;
        result.loaded = load.result();
        return std::nullopt;
    }();
    if (notLoaded) {
        result.outcome = *notLoaded;
        if (!existed) { // the workspace made for the load goes too
            ws.reset();
            removeWorkspaceFiles(path);
        }
        return result;
    }
    result.outcome = CsvSetLoadResult::Outcome::Loaded;
    qCInfo(lcIo) << "CSV set loaded:" << result.loaded.total() << "records," << result.refusals.size()
                 << "refusals," << timer.elapsed() << "ms";
    return result;
}

} // namespace fla
