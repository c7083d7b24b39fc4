// loadCsvSet: a CSV set streamed into a workspace part by part gives the
// workspace the record-by-record path gives (every row of every table,
// compared with SQL), with the stored anomalies a full validation finds,
// whatever the order of the files and the size of the parts.
#include "Must.h"
#include "core/anomaly/WorkspaceAnomalies.h"
#include "core/common/Clock.h"
#include "core/dataset/DataSetCsv.h"
#include "core/generate/Generator.h"
#include "core/io/CsvSetLoad.h"
#include "core/storage/BulkLoader.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/EmploymentRepository.h"
#include "core/storage/ParticipationRepository.h"
#include "core/storage/TrainingRepository.h"
#include "core/storage/TrainingRightRepository.h"
#include "core/storage/WorkerRepository.h"
#include "core/storage/Workspace.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace fla;

namespace {

const QDateTime kNow(QDate(2026, 6, 30), QTime(12, 0), Qt::UTC);

// Every row of a table as text, sorted, without what only says how it was
// written: the row id, the bulk load's audit entry (created_in); a
// participation's training and worker by uuid (their row ids depend on the
// order of the writes).
QStringList rowsOf(Workspace &ws, const QString &table)
{
    QSqlQuery columns(ws.database());
    if (!columns.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
        return {QStringLiteral("no table %1").arg(table)};
    QStringList select;
    while (columns.next()) {
        const QString c = columns.value(1).toString();
        if (c == QLatin1String("id") || c == QLatin1String("created_in"))
            continue;
        if (c == QLatin1String("training_id"))
            select << QStringLiteral("(SELECT uuid FROM training WHERE training.id = r.training_id)");
        else if (c == QLatin1String("worker_id"))
            select << QStringLiteral("(SELECT uuid FROM worker WHERE worker.id = r.worker_id)");
        else
            select << QStringLiteral("r.") + c;
    }
    QSqlQuery q(ws.database());
    if (!q.exec(QStringLiteral("SELECT %1 FROM %2 r").arg(select.join(QStringLiteral(", ")), table)))
        return {QStringLiteral("unreadable %1").arg(table)};
    QStringList rows;
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < q.record().count(); ++i)
            values << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
        rows << values.join(QLatin1Char('|'));
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

template<typename T> void shuffle(QList<T> &list, QRandomGenerator &rng)
{
    for (qsizetype i = list.size() - 1; i > 0; --i)
        list.swapItemsAt(i, rng.bounded(i + 1));
}

} // namespace

class TestCsvSetLoad : public QObject
{
    Q_OBJECT
private slots:
    void streamedEqualsRecordByRecord_data();
    void streamedEqualsRecordByRecord();
    void intoWorkspaceHoldingRecords();
};

void TestCsvSetLoad::streamedEqualsRecordByRecord_data()
{
    QTest::addColumn<int>("seed");
    QTest::addColumn<int>("participations");
    QTest::addColumn<double>("invalid");
    QTest::addColumn<bool>("shuffled");
    QTest::addColumn<int>("chunk");
    // Sorted by employer (as the generator writes): employer by employer.
    QTest::newRow("seed 3, sorted") << 3 << 3000 << 0.0 << false << 20000;
    QTest::newRow("seed 7, sorted, anomalies") << 7 << 4000 << 0.02 << false << 20000;
    // Any other order: chunks of the rest, companies read back to validate.
    QTest::newRow("seed 11, shuffled, parts of 700") << 11 << 3000 << 0.02 << true << 700;
    QTest::newRow("seed 5, shuffled, parts of 50") << 5 << 2500 << 0.0 << true << 50;
}

void TestCsvSetLoad::streamedEqualsRecordByRecord()
{
    QFETCH(int, seed);
    QFETCH(int, participations);
    QFETCH(double, invalid);
    QFETCH(bool, shuffled);
    QFETCH(int, chunk);
    GeneratorOptions options;
    options.seed = quint64(seed);
    options.participations = participations;
    options.invalidFraction = invalid;
    DataSet set = Generator::generate(options).set;
    QVERIFY(set.employers.size() > 3);
    QVERIFY(!set.rights.isEmpty() && !set.employments.isEmpty());
    if (shuffled) {
        QRandomGenerator rng{quint32(seed)};
        shuffle(set.employers, rng);
        shuffle(set.workers, rng);
        shuffle(set.employments, rng);
        shuffle(set.trainings, rng);
        shuffle(set.participations, rng);
        shuffle(set.rights, rng);
    }
    QTemporaryDir dir;
    QString error;
    QVERIFY2(DataSetCsv::write(set, dir.filePath("csv"), &error), qPrintable(error));
    const ManualClock clock(kNow);

    CsvSetLoadOptions load;
    load.chunkRecords = chunk;
    const CsvSetLoadResult streamed =
        loadCsvSet(dir.filePath("csv"), dir.filePath("streamed.fladesk"), load, clock);
    QVERIFY2(streamed.outcome == CsvSetLoadResult::Outcome::Loaded, qPrintable(streamed.error));
    QVERIFY2(streamed.anomalyError.isEmpty(), qPrintable(streamed.anomalyError));

    // The same set record by record (what the workspace refuses taken out
    // the same way first), then validated whole.
    QList<DataSetCsvIssue> issues;
    DataSet loadable = DataSetCsv::read(dir.filePath("csv"), &issues);
    QHash<QUuid, QString> unreadable;
    for (const DataSetCsvIssue &i : std::as_const(issues)) {
        if (!i.record.isNull())
            unreadable.insert(i.record, i.file);
    }
    const QList<BulkRefusal> refused = takeOutUnloadable(nullptr, loadable, unreadable);
    QCOMPARE(streamed.refusals.size(), issues.size() + refused.size());
    QCOMPARE(streamed.loaded.total(), loadable.recordCount());
    auto single = Workspace::open(dir.filePath("single.fladesk"), &error);
    QVERIFY2(single, qPrintable(error));
    single->setQueueChanges(false); // drafts, as import-csv leaves them
    for (const Employer &e : std::as_const(loadable.employers))
        QVERIFY2(single->employers().save(e, &error), qPrintable(error));
    for (const Worker &w : std::as_const(loadable.workers))
        QVERIFY2(single->workers(w.employerUuid).save(w, &error), qPrintable(error));
    for (const Training &t : std::as_const(loadable.trainings))
        QVERIFY2(single->trainings(t.employerUuid).save(t, &error), qPrintable(error));
    for (const Employment &e : std::as_const(loadable.employments))
        QVERIFY2(single->employments(e.employerUuid).save(e, &error), qPrintable(error));
    for (const Participation &p : std::as_const(loadable.participations))
        QVERIFY2(single->participations(p.employerUuid).save(p, &error), qPrintable(error));
    for (const TrainingRight &t : std::as_const(loadable.rights))
        QVERIFY2(single->rights(t.employerUuid).save(t, &error), qPrintable(error));
    QList<QUuid> employers;
    for (const Employer &e : std::as_const(loadable.employers))
        employers << e.uuid;
    QVERIFY2(WorkspaceAnomalies::revalidate(*single, employers, clock, &error), qPrintable(error));

    auto ws = Workspace::open(dir.filePath("streamed.fladesk"), &error);
    QVERIFY2(ws, qPrintable(error));
    const QStringList tables = {QStringLiteral("employer"),      QStringLiteral("worker"),
                                QStringLiteral("employment"),    QStringLiteral("training"),
                                QStringLiteral("participation"), QStringLiteral("training_right"),
                                QStringLiteral("anomaly")};
    for (const QString &table : tables) {
        const QStringList a = rowsOf(*ws, table), b = rowsOf(*single, table);
        QCOMPARE(a.size(), b.size());
        for (qsizetype i = 0; i < a.size(); ++i)
            QVERIFY2(a.at(i) == b.at(i),
                     qPrintable(table + QStringLiteral(": ") + a.at(i) + QStringLiteral(" <> ") + b.at(i)));
    }
    if (invalid > 0)
        QVERIFY(!rowsOf(*ws, QStringLiteral("anomaly")).isEmpty());
}

// A second set into a workspace that holds the first: the new companies'
// parts are validated in memory, and the stored anomalies still equal a
// full validation of the whole workspace.
void TestCsvSetLoad::intoWorkspaceHoldingRecords()
{
    QTemporaryDir dir;
    QString error;
    const ManualClock clock(kNow);
    for (int seed : {21, 22}) {
        GeneratorOptions options;
        options.seed = quint64(seed);
        options.participations = 1500;
        options.invalidFraction = 0.02;
        const QString csv = dir.filePath(QStringLiteral("csv%1").arg(seed));
        QVERIFY2(DataSetCsv::write(Generator::generate(options).set, csv, &error), qPrintable(error));
        const CsvSetLoadResult r = loadCsvSet(csv, dir.filePath("ws.fladesk"), CsvSetLoadOptions(), clock);
        QVERIFY2(r.outcome == CsvSetLoadResult::Outcome::Loaded, qPrintable(r.error));
    }
    auto ws = Workspace::open(dir.filePath("ws.fladesk"), &error);
    QVERIFY2(ws, qPrintable(error));
    const QStringList stored = rowsOf(*ws, QStringLiteral("anomaly"));
    QList<QUuid> employers;
    for (const Employer &e : fla::test::must(ws->employers().findAll()))
        employers << e.uuid;
    QVERIFY(employers.size() > 6);
    QVERIFY2(WorkspaceAnomalies::revalidate(*ws, employers, clock, &error), qPrintable(error));
    QVERIFY(!stored.isEmpty());
    QCOMPARE(stored, rowsOf(*ws, QStringLiteral("anomaly")));
}

QTEST_GUILESS_MAIN(TestCsvSetLoad)
#include "tst_csvsetload.moc"
