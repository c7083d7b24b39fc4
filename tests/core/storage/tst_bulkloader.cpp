#include "Must.h"
#include "StorageTestData.h"
#include "WorkspaceContent.h"
#include "core/anomaly/WorkspaceAnomalies.h"
#include "core/dataset/DataSetCsv.h"
#include "core/generate/Generator.h"
#include "core/storage/AuditRepository.h"
#include "core/storage/BulkLoader.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/EmploymentRepository.h"
#include "core/storage/OutboxRepository.h"
#include "core/storage/ParticipationRepository.h"
#include "core/storage/RecordJson.h"
#include "core/storage/TrainingRepository.h"
#include "core/storage/TrainingRightRepository.h"
#include "core/storage/Transaction.h"
#include "core/storage/WorkerRepository.h"
#include "core/storage/Workspace.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fla;
using namespace storagetest;

class TestBulkLoader : public QObject
{
    Q_OBJECT

private slots:
    void loadTwiceAddsNothing();
    void changedRecordIsUpdated();
    void badRecordRollsBackEverything();
    void bigLoadRebuildsIndexes();
    void bigLoadChecksReferencesOnce_data();
    void bigLoadChecksReferencesOnce();
    void bulkCreateHistoryShowsFirstState();
    void bigLoadJournal_data();
    void bigLoadJournal();
    void loadWithoutNativeBinding();
    void nativePathRunsOnQtsConnection();
    void bigWriteInsideTransactionKeepsParentIndexes();
    void manyEmployersBuildIndexesOnce();
    void bulkAndRecordByRecordGiveTheSameWorkspace();
    void schemaBoundsTakenOutNotFailed_data();
    void schemaBoundsTakenOutNotFailed();
    void danglingReferencesTakenOut();
    void dependentsOfRefusedTakenOut();
    void referencesResolvedInWorkspace();
    void generatedSetWithInjectedLoadsTheRest();

private:
    static DataSet makeSet(int employers, int workersEach, int trainingsEach);
};

DataSet TestBulkLoader::makeSet(int employers, int workersEach, int trainingsEach)
{
    DataSet s;
    int seq = 2;
    for (int e = 0; e < employers; ++e) {
        const Employer em = employer(QStringLiteral("E%1").arg(e), 5669882 + e);
        s.employers << em;
        QList<Worker> ws;
        for (int i = 0; i < workersEach; ++i)
            ws << worker(em.uuid, QStringLiteral("W%1").arg(i), seq++);
        s.workers << ws;
        for (int t = 0; t < trainingsEach; ++t) {
            const Training tr = training(em.uuid, QStringLiteral("T%1").arg(t), QDate(2025, 1, 1).addDays(t));
            s.trainings << tr;
            for (const Worker &w : ws)
                s.participations << participation(tr, w);
        }
        Employment emp;
        emp.uuid = QUuid::createUuid();
        emp.employerUuid = em.uuid;
        emp.workerUuid = ws.at(0).uuid;
        emp.startDate = QDate(2020, 1, 1);
        s.employments << emp;
        TrainingRight r;
        r.uuid = QUuid::createUuid();
        r.employerUuid = em.uuid;
        r.workerUuid = ws.at(0).uuid;
        r.year = 2025;
        r.amount = 5;
        s.rights << r;
    }
    return s;
}

void TestBulkLoader::loadTwiceAddsNothing()
{
    QTemporaryDir dir;
    QString error;
    STORAGE_LOCATION(location_1, dir.path(), "ws.fladesk");
    auto ws = Workspace::open(location_1, &error);
    QVERIFY(ws);
    const DataSet set = makeSet(2, 5, 4);
    // Through the CSV set, as `fladesk-cli import-csv` does.
    QVERIFY(DataSetCsv::write(set, dir.filePath("csv"), &error));
    QList<DataSetCsvIssue> issues;
    const DataSet read = DataSetCsv::read(dir.filePath("csv"), &issues);
    QVERIFY(issues.isEmpty());
    const BulkLoadResult first = loadDataSet(*ws, read);
    QVERIFY2(first.ok, qPrintable(first.error));
    QCOMPARE(first.participations.inserted, 40);
    QCOMPARE(first.workers.inserted, 10);
    QCOMPARE(first.total(), set.recordCount());
    const qint64 auditAfterFirst = ws->audit(set.employers.at(0).uuid).findCount().value();
    // The employer's own entry, then one entry per kind of record the load created.
    QCOMPARE(auditAfterFirst, 1 + 5);
    QCOMPARE(ws->audit(set.employers.at(0).uuid).findHistory(set.participations.at(0).uuid).value().size(),
             1);

    const BulkLoadResult second = loadDataSet(*ws, read);
    QVERIFY2(second.ok, qPrintable(second.error));
    QCOMPARE(second.participations.inserted, 0);
    QCOMPARE(second.participations.unchanged, 40);
    QCOMPARE(second.employers.unchanged, 2);
    QCOMPARE(fla::test::must(ws->participations(set.employers.at(0).uuid).findCount()), 20);
    QCOMPARE(fla::test::must(ws->workers(set.employers.at(1).uuid).findCount()), 5);
    QCOMPARE(fla::test::must(ws->employers().findCount()), 2);
    QCOMPARE(ws->audit(set.employers.at(0).uuid).findCount().value(), auditAfterFirst);
    // Imports are not queued for declaration unless asked.
    QCOMPARE(ws->outbox(set.employers.at(0).uuid).findCount().value(), 0);
}

void TestBulkLoader::changedRecordIsUpdated()
{
    QTemporaryDir dir;
    QString error;
    STORAGE_LOCATION(location_2, dir.path(), "ws.fladesk");
    auto ws = Workspace::open(location_2, &error);
    QVERIFY(ws);
    DataSet set = makeSet(1, 3, 2);
    QVERIFY(loadDataSet(*ws, set).ok);
    set.trainings[0].name = "Renamed";
    const BulkLoadResult r = loadDataSet(*ws, set, BulkOptions{true, true});
    QVERIFY(r.ok);
    QCOMPARE(r.trainings.updated, 1);
    QCOMPARE(r.trainings.unchanged, 1);
    const QUuid e = set.employers.at(0).uuid;
    QCOMPARE(fla::test::must(ws->trainings(e).find(set.trainings.at(0).uuid))->name,
             QStringLiteral("Renamed"));
    QCOMPARE(fla::toString(ws->audit(e).findHistory(set.trainings.at(0).uuid).value().constLast().change),
             fla::toString(ChangeKind::Update));
    QCOMPARE(ws->outbox(e).findCount().value(), 1);
}

void TestBulkLoader::badRecordRollsBackEverything()
{
    QTemporaryDir dir;
    QString error;
    STORAGE_LOCATION(location_3, dir.path(), "ws.fladesk");
    auto ws = Workspace::open(location_3, &error);
    QVERIFY(ws);
    DataSet set = makeSet(1, 3, 2);
    set.participations[3].workerUuid = QUuid::createUuid(); // unknown worker
    const BulkLoadResult r = loadDataSet(*ws, set);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(set.participations.at(3).uuid.toString(QUuid::WithoutBraces)),
             qPrintable(r.error));
    QCOMPARE(fla::test::must(ws->employers().findCount()), 0);
}

void TestBulkLoader::bigLoadRebuildsIndexes()
{
    if (fla::test::testingPostgres())
        QSKIP("SQLite's bulk path: PostgreSQL loads row by row (COPY is to come) and keeps its indexes");
    QTemporaryDir dir;
    QString error;
    STORAGE_LOCATION(location_4, dir.path(), "ws.fladesk");
    auto ws = Workspace::open(location_4, &error);
    QVERIFY(ws);
    DataSet set = makeSet(1, 100, 60); // 6,000 participations: indexes built at the end
    // A worker twice in one training: only the rebuilt unique index can see it.
    DataSet bad = set;
    bad.participations[10].workerUuid = bad.participations[11].workerUuid;
    BulkLoadResult r = loadDataSet(*ws, bad);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains("already takes part"), qPrintable(r.error));
    QCOMPARE(fla::test::must(ws->employers().findCount()), 0);
    r = loadDataSet(*ws, set);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.participations.inserted, 6000);
    QSqlQuery q(ws->database());
    QVERIFY(
        q.exec("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN ('participation_uuid', "
               "'participation_training_worker', 'participation_by_employer', 'participation_by_worker')"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 4);
    q.finish();
    QVERIFY(ws->integrityCheck());
    // Every index dropped for the load (the records', the queue's, the anomalies') is back as it was.
    const auto schema = [](Workspace &w) {
        QStringList out;
        QSqlQuery s(w.database());
        if (s.exec("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name"))
            while (s.next())
                out << QStringList{s.value(0).toString(), s.value(1).toString(), s.value(2).toString(),
                                   s.value(3).toString()}
                           .join('|');
        return out;
    };
    STORAGE_LOCATION(fresh_4, dir.path(), "fresh.fladesk");
    auto fresh = Workspace::open(fresh_4, &error);
    QVERIFY(fresh);
    QVERIFY(!schema(*fresh).isEmpty());
    QCOMPARE(schema(*ws), schema(*fresh));
    // The indexes work: a second load finds every record unchanged.
    r = loadDataSet(*ws, set);
    QVERIFY(r.ok);
    QCOMPARE(r.participations.unchanged, 6000);
    QCOMPARE(
        fla::test::must(ws->participations(set.employers.at(0).uuid).findOfWorker(set.workers.at(5).uuid))
            .size(),
        60);
}

// A big set's references are checked once, before the commit: a broken one
// still fails the whole load, naming the record; checks are on again after.
// A broken reference fails a big load and names the record, whether the
// native path resolves the ids itself or Qt SQL binds and the references are
// checked once at the end; a worker of another employer is as wrong as an
// unknown one.
void TestBulkLoader::bigLoadChecksReferencesOnce_data()
{
    QTest::addColumn<bool>("native");
    QTest::addColumn<bool>("otherEmployer");
    QTest::newRow("native, unknown worker") << true << false;
    QTest::newRow("native, other employer's worker") << true << true;
    QTest::newRow("Qt SQL, unknown worker") << false << false;
    QTest::newRow("Qt SQL, other employer's worker") << false << true;
}

void TestBulkLoader::bigLoadChecksReferencesOnce()
{
    if (fla::test::testingPostgres())
        QSKIP("SQLite's bulk path: PostgreSQL checks references row by row");
    QFETCH(bool, native);
    QFETCH(bool, otherEmployer);
    QTemporaryDir dir;
    QString error;
    STORAGE_LOCATION(location_5, dir.path(), "ws.fladesk");
    auto ws = Workspace::open(location_5, &error);
    QVERIFY(ws);
    DataSet set = makeSet(2, 50, 60); // 6,000 participations, 3,000 per employer
    QCOMPARE(set.participations.at(4321).employerUuid, set.employers.at(1).uuid);
    set.participations[4321].workerUuid = otherEmployer ? set.workers.at(0).uuid : QUuid::createUuid();
    if (!native)
        qputenv("FLADESK_SQLITE_NATIVE", "0");
    const BulkLoadResult r = loadDataSet(*ws, set);
    qunsetenv("FLADESK_SQLITE_NATIVE");
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(set.participations.at(4321).uuid.toString(QUuid::WithoutBraces)),
             qPrintable(r.error));
    QVERIFY2(r.error.contains("does not exist"), qPrintable(r.error));
    QCOMPARE(fla::test::must(ws->employers().findCount()), 0);
    QSqlQuery q(ws->database());
    QVERIFY(q.exec("PRAGMA foreign_keys"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    // And an ordinary write is checked row by row again.
    QVERIFY(ws->employers().save(set.employers.at(0), &error));
    QVERIFY(!ws->participations(set.employers.at(0).uuid).save(set.participations.at(4321), &error));
}

// A big load writes through the rollback journal when the workspace has no
// other connection, and the workspace is back on its write-ahead log after,
// whether the load succeeded or failed. With another connection open (a
// reader), nothing is switched: the load goes through the log and the
// reader keeps reading.
void TestBulkLoader::bigLoadJournal_data()
{
    QTest::addColumn<bool>("reader");
    QTest::addColumn<bool>("broken");
    QTest::newRow("alone") << false << false;
    QTest::newRow("alone, load fails") << false << true;
    QTest::newRow("another connection reads") << true << false;
}

void TestBulkLoader::bigLoadJournal()
{
    if (fla::test::testingPostgres())
        QSKIP("SQLite's journal modes");
    QFETCH(bool, reader);
    QFETCH(bool, broken);
    QTemporaryDir dir;
    QString error;
    const QString path = dir.filePath("ws.fladesk");
    auto ws = Workspace::open(path, &error);
    QVERIFY(ws);
    DataSet set = makeSet(1, 50, 110); // 5,500 participations
    if (broken)
        set.participations[5000].trainingUuid = QUuid::createUuid();
    {
        QSqlDatabase other = QSqlDatabase::addDatabase("QSQLITE", "reader");
        other.setDatabaseName(path);
        if (reader) {
            QVERIFY(other.open());
            QSqlQuery r(other);
            QVERIFY(r.exec("SELECT count(*) FROM employer"));
        }
        QSqlQuery mode(ws->database());
        const BulkLoadResult r = loadDataSet(*ws, set);
        QCOMPARE(r.ok, !broken);
        QVERIFY(mode.exec("PRAGMA journal_mode"));
        QVERIFY(mode.next());
        QCOMPARE(mode.value(0).toString(), QStringLiteral("wal"));
        if (reader) {
            QSqlQuery r2(other);
            QVERIFY(r2.exec("SELECT count(*) FROM participation"));
            QVERIFY(r2.next());
            QCOMPARE(r2.value(0).toInt(), 5500);
        }
        other.close();
    }
    QSqlDatabase::removeDatabase("reader");
    QVERIFY(ws->integrityCheck());
    QCOMPARE(fla::test::must(ws->participations(set.employers.at(0).uuid).findCount()), broken ? 0 : 5500);
    QVERIFY(!QFileInfo::exists(path + "-journal"));
}

// A bulk load is audited by one entry per kind of record it creates; a
// record's history still starts with its creation and first state, also
// after later changes, and a deleted record comes back.
void TestBulkLoader::bulkCreateHistoryShowsFirstState()
{
    QTemporaryDir dir;
    QString error;
    STORAGE_LOCATION(location_6, dir.path(), "ws.fladesk");
    auto ws = Workspace::open(location_6, &error);
    QVERIFY(ws);
    const DataSet set = makeSet(1, 3, 2);
    QVERIFY(loadDataSet(*ws, set).ok);
    const QUuid e = set.employers.at(0).uuid;
    const Training t = set.trainings.at(0);
    QList<AuditEntry> h = ws->audit(e).findHistory(t.uuid).value();
    QCOMPARE(h.size(), 1);
    QCOMPARE(fla::toString(h.at(0).change), fla::toString(ChangeKind::Create));
    QCOMPARE(h.at(0).after.value("name").toString(), t.name);
    QVERIFY(h.at(0).before.isEmpty());
    Training renamed = t;
    renamed.name = "Renamed";
    QVERIFY(ws->trainings(e).save(renamed, &error));
    h = ws->audit(e).findHistory(t.uuid).value();
    QCOMPARE(h.size(), 2);
    QCOMPARE(h.at(0).after.value("name").toString(), t.name); // the first state, not today's
    QCOMPARE(h.at(1).after.value("name").toString(), QStringLiteral("Renamed"));
    // A participation: deleted, then restored from the trail.
    const Participation p = set.participations.at(0);
    QVERIFY(ws->participations(e).remove(p.uuid, &error));
    h = ws->audit(e).findHistory(p.uuid).value();
    QCOMPARE(h.size(), 2);
    QCOMPARE(h.at(0).after.value("workerUuid").toString(), p.workerUuid.toString(QUuid::WithoutBraces));
    QVERIFY2(ws->audit(e).restoreDeleted(p.uuid, &error), qPrintable(error));
    QVERIFY(fla::test::must(ws->participations(e).find(p.uuid)).has_value());
    QSqlQuery q(ws->database());
    // One entry per kind of record the load created, not one per record...
    QVERIFY(q.exec("SELECT count(*), sum(records) FROM audit_load"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 5);
    QCOMPARE(q.value(1).toInt(), 3 + 2 + 6 + 1 + 1); // every record of the load but the employer
    // ... until a record changes: the renamed training's and the deleted
    // participation's creations were copied into the trail first.
    QVERIFY(q.exec("SELECT count(*) FROM audit WHERE change_kind = 'create' AND after_json IS NULL"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 2);
    QVERIFY(q.exec("SELECT count(*) FROM participation WHERE created_in IS NOT NULL"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 5); // the restored one is a new row
    h = ws->audit(e).findHistory(p.uuid).value();
    QCOMPARE(h.size(), 3); // created by the load, deleted, restored
    QCOMPARE(fla::toString(h.at(0).change), fla::toString(ChangeKind::Create));
    QCOMPARE(h.at(0).at, ws->audit(e).findHistory(set.participations.at(1).uuid).value().at(0).at);
    QCOMPARE(fla::toString(h.at(2).change), fla::toString(ChangeKind::Restore));
    // An untouched record's creation is the load's entry, with its state.
    const QList<AuditEntry> untouched = ws->audit(e).findHistory(set.participations.at(1).uuid).value();
    QCOMPARE(untouched.size(), 1);
    QCOMPARE(untouched.at(0).after.value("workerUuid").toString(),
             set.participations.at(1).workerUuid.toString(QUuid::WithoutBraces));
    QCOMPARE(untouched.at(0).userProfile, h.at(0).userProfile);
#ifdef Q_OS_LINUX
    // Debian's Qt runs on the system's libsqlite3: the native path is taken
    // (PostgreSQL has none yet: Qt SQL binds, row by row).
    QCOMPARE(bool(ws->driver().prepareBulk(ws->database(), "SELECT 1", &error)),
             !fla::test::testingPostgres());
#endif
    const QList<AuditEntry> recent = ws->audit(e).findRecent(100).value();
    qint64 loaded = 0;
    for (const AuditEntry &x : recent) {
        if (x.recordUuid.isNull())
            loaded += x.records; // a load's entry
        else if (x.change == ChangeKind::Create)
            QVERIFY2(!x.after.isEmpty(), qPrintable(x.recordUuid.toString()));
    }
    QCOMPARE(loaded, 3 + 2 + 6 + 1 + 1);
}

// Where the engine's own binding is not available (Qt's bundled SQLite),
// the load goes through Qt SQL and gives the same result.
// One SQLite for both paths: the bulk path's statements run on the very
// connection (and library copy) Qt's driver opened, so what one writes the
// other reads inside the same transaction. On a build whose Qt driver runs on
// another copy the native path is refused, and this test says so by failing.
void TestBulkLoader::nativePathRunsOnQtsConnection()
{
    QTemporaryDir dir;
    QString error;
    auto ws = Workspace::open(dir.filePath("ws.fladesk"), &error);
    QVERIFY2(ws, qPrintable(error));
    QSqlQuery q(ws->database());
    QVERIFY(q.exec(QStringLiteral("CREATE TEMP TABLE probe (x INTEGER)")));
    QVERIFY(ws->database().transaction());
    std::unique_ptr<BulkStatement> insert =
        ws->driver().prepareBulk(ws->database(), QStringLiteral("INSERT INTO probe (x) VALUES (?)"), &error);
    QVERIFY2(insert, qPrintable(QStringLiteral("no native bulk path: ") + error));
    insert->bindInt(0, 4099);
    QVERIFY2(insert->step(&error), qPrintable(error));
    insert.reset();
    QVERIFY(q.exec(QStringLiteral("SELECT x FROM probe")) && q.next());
    QCOMPARE(q.value(0).toLongLong(), 4099);
    q.finish();
    QVERIFY(ws->database().rollback());
}

// A company's first big import (fladesk-cli import, the import wizard) writes
// inside a transaction, with references checked row by row: the workers'
// and trainings' indexes must stay (SQLite needs the parent key's index for
// every insert). It failed with "foreign key mismatch" from 5,000 workers.
void TestBulkLoader::bigWriteInsideTransactionKeepsParentIndexes()
{
    QTemporaryDir dir;
    QString error;
    auto ws = Workspace::open(dir.filePath("ws.fladesk"), &error);
    QVERIFY2(ws, qPrintable(error));
    const DataSet set = makeSet(1, 6000, 1); // one training, 6,000 participants
    QVERIFY(ws->employers().save(set.employers.constFirst(), &error));
    const QUuid employer = set.employers.constFirst().uuid;
    Transaction tx(*ws);
    BulkStats workers, trainings, participations;
    QVERIFY2(ws->workers(employer).upsertAll(set.workers, {}, &workers, &error), qPrintable(error));
    QVERIFY2(ws->trainings(employer).upsertAll(set.trainings, {}, &trainings, &error), qPrintable(error));
    QVERIFY2(ws->participations(employer).upsertAll(set.participations, {}, &participations, &error),
             qPrintable(error));
    QVERIFY2(tx.commit(&error), qPrintable(error));
    QCOMPARE(workers.inserted, 6000);
    QCOMPARE(trainings.inserted, 1);
    QCOMPARE(participations.inserted, qint64(set.participations.size()));
    QSqlQuery q(ws->database());
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
    QVERIFY(!q.next());
}

void TestBulkLoader::loadWithoutNativeBinding()
{
    if (fla::test::testingPostgres())
        QSKIP("SQLite's native binding");
    qputenv("FLADESK_SQLITE_NATIVE", "0");
    QTemporaryDir dir;
    QString error;
    STORAGE_LOCATION(location_7, dir.path(), "ws.fladesk");
    auto ws = Workspace::open(location_7, &error);
    QVERIFY(ws);
    const DataSet set = makeSet(2, 5, 4);
    const BulkLoadResult first = loadDataSet(*ws, set);
    qunsetenv("FLADESK_SQLITE_NATIVE");
    QVERIFY2(first.ok, qPrintable(first.error));
    QCOMPARE(first.participations.inserted, 40);
    const BulkLoadResult second = loadDataSet(*ws, set);
    QVERIFY(second.ok);
    QCOMPARE(second.participations.unchanged, 40);
    QCOMPARE(second.participations.inserted, 0);
    const QUuid e = set.employers.at(1).uuid;
    QCOMPARE(ws->audit(e).findHistory(set.trainings.at(5).uuid).value().at(0).after.value("name").toString(),
             set.trainings.at(5).name);
}

// An office's first load: many employers, none big on its own. Each table's
// indexes are dropped once and built once after every employer's records
// (not kept up row by row), and what they guard still holds: a worker twice
// in one training, in the 31st company, fails the whole load by name.
void TestBulkLoader::manyEmployersBuildIndexesOnce()
{
    if (fla::test::testingPostgres())
        QSKIP("SQLite's bulk path: PostgreSQL keeps its indexes during a load");
    QTemporaryDir dir;
    QString error;
    STORAGE_LOCATION(location_8, dir.path(), "ws.fladesk");
    auto ws = Workspace::open(location_8, &error);
    QVERIFY(ws);
    const DataSet set = makeSet(60, 10, 10); // 6,000 participations, 100 per employer
    DataSet bad = set;
    const qsizetype at = 30 * 100 + 10;
    QCOMPARE(bad.participations.at(at).employerUuid, set.employers.at(30).uuid);
    bad.participations[at].workerUuid = bad.participations.at(at + 1).workerUuid;
    BulkLoadResult r = loadDataSet(*ws, bad);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains("already takes part"), qPrintable(r.error));
    QCOMPARE(fla::test::must(ws->employers().findCount()), 0);
    r = loadDataSet(*ws, set);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.participations.inserted, 6000);
    QSqlQuery q(ws->database());
    QVERIFY(
        q.exec("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'participation' AND "
               "sql IS NOT NULL"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 4);
    QVERIFY(ws->integrityCheck());
    r = loadDataSet(*ws, set);
    QVERIFY(r.ok);
    QCOMPARE(r.participations.unchanged, 6000);
}

// The bulk path (native binding, indexes built once, references checked
// once) and the ordinary record-by-record path write the same workspace from
// the generated shape (many employers, employments, rights).
void TestBulkLoader::bulkAndRecordByRecordGiveTheSameWorkspace()
{
    GeneratorOptions options;
    options.seed = 5;
    options.participations = 6000;
    options.invalidFraction = 0;
    const DataSet set = Generator::generate(options).set;
    QVERIFY(set.employers.size() > 5);
    QVERIFY(!set.rights.isEmpty() && !set.employments.isEmpty());
    QTemporaryDir dir;
    QString error;
    STORAGE_LOCATION(location_9, dir.path(), "bulk.fladesk");
    auto bulk = Workspace::open(location_9, &error);
    QVERIFY2(bulk, qPrintable(error));
    const BulkLoadResult r = loadDataSet(*bulk, set);
    QVERIFY2(r.ok, qPrintable(r.error));
    STORAGE_LOCATION(location_10, dir.path(), "single.fladesk");
    auto single = Workspace::open(location_10, &error);
    QVERIFY2(single, qPrintable(error));
    for (const Employer &e : set.employers)
        QVERIFY2(single->employers().save(e, &error), qPrintable(error));
    for (const Worker &w : set.workers)
        QVERIFY2(single->workers(w.employerUuid).save(w, &error), qPrintable(error));
    for (const Training &t : set.trainings)
        QVERIFY2(single->trainings(t.employerUuid).save(t, &error), qPrintable(error));
    for (const Employment &e : set.employments)
        QVERIFY2(single->employments(e.employerUuid).save(e, &error), qPrintable(error));
    for (const Participation &p : set.participations)
        QVERIFY2(single->participations(p.employerUuid).save(p, &error), qPrintable(error));
    for (const TrainingRight &t : set.rights)
        QVERIFY2(single->rights(t.employerUuid).save(t, &error), qPrintable(error));
    const QMap<QString, QJsonObject> a = contentOf(*bulk), b = contentOf(*single);
    QCOMPARE(a.size(), qsizetype(set.recordCount()));
    QCOMPARE(a.keys(), b.keys());
    for (auto it = a.cbegin(); it != a.cend(); ++it)
        QVERIFY2(it.value() == b.value(it.key()), qPrintable(it.key()));
}

// Each value the workspace's schema refuses (its CHECKs) is taken out of the
// set with its field named, and the rest loads; the bound itself loads, so
// the checks before the load are the schema's own, no stricter.
void TestBulkLoader::schemaBoundsTakenOutNotFailed_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<double>("allowed");
    QTest::addColumn<double>("refused");
    QTest::newRow("hours per day, top") << "hoursPerDay" << 24.0 << 24.01;
    QTest::newRow("hours per day, bottom") << "hoursPerDay" << 0.01 << 0.0;
    QTest::newRow("work regime, top") << "workRegime" << 1.0 << 1.01;
    QTest::newRow("work regime, bottom") << "workRegime" << 0.01 << 0.0;
    QTest::newRow("cost") << "cost" << 0.0 << -1.0;
    QTest::newRow("year, first") << "year" << 1900.0 << 1899.0;
    QTest::newRow("year, last") << "year" << 2999.0 << 3000.0;
}

void TestBulkLoader::schemaBoundsTakenOutNotFailed()
{
    QFETCH(QString, field);
    QFETCH(double, allowed);
    QFETCH(double, refused);
    for (const double value : {allowed, refused}) {
        QTemporaryDir dir;
        QString error;
        STORAGE_LOCATION(location_11, dir.path(), "ws.fladesk");
        auto ws = Workspace::open(location_11, &error);
        QVERIFY(ws);
        DataSet set = makeSet(2, 3, 2);
        RecordKind entity = RecordKind::Employer;
        if (field == "hoursPerDay") {
            set.employers[1].hoursPerDay = value;
        } else if (field == "workRegime") {
            set.employments[1].workRegime = value;
            entity = RecordKind::Employment;
        } else if (field == "cost") {
            set.trainings[3].costCents = qint64(value);
            entity = RecordKind::Training;
        } else {
            set.rights[1].year = int(value);
            entity = RecordKind::TrainingRight;
        }
        const qint64 all = set.recordCount();
        const QList<BulkRefusal> out = takeOutUnloadable(ws.get(), set);
        const BulkLoadResult r = loadDataSet(*ws, set);
        QVERIFY2(r.ok, qPrintable(r.error));
        if (value == allowed) {
            QVERIFY(out.isEmpty());
            QCOMPARE(r.total(), all);
            continue;
        }
        QVERIFY(!out.isEmpty());
        QCOMPARE(fla::toString(out.first().entity), fla::toString(entity));
        QCOMPARE(out.first().index, 1 + (entity == RecordKind::Training ? 2 : 0));
        QCOMPARE(out.first().field, field);
        QVERIFY(!out.first().message.isEmpty());
        // A refused employer takes its records with it, a training its three
        // participations; anything else goes alone.
        const qint64 left = entity == RecordKind::Employer   ? all / 2
                            : entity == RecordKind::Training ? all - 4
                                                             : all - 1;
        QCOMPARE(r.total(), left);
        QCOMPARE(qint64(out.size()), all - left);
    }
}

// A record whose employer, worker or training is neither in the set nor in
// the workspace (for its own employer) is taken out, not the whole load:
// before, one such participation failed the load of everything.
void TestBulkLoader::danglingReferencesTakenOut()
{
    QTemporaryDir dir;
    QString error;
    STORAGE_LOCATION(location_12, dir.path(), "ws.fladesk");
    auto ws = Workspace::open(location_12, &error);
    QVERIFY(ws);
    DataSet set = makeSet(2, 3, 2);
    const QUuid unknown = QUuid::createUuid();
    set.participations[0].trainingUuid = unknown;
    set.participations[1].workerUuid = set.workers.at(4).uuid; // a worker of the other employer
    set.rights[0].employerUuid = QUuid::createUuid();
    set.employments[1].workerUuid = unknown;
    const qint64 all = set.recordCount();
    const QList<BulkRefusal> out = takeOutUnloadable(ws.get(), set);
    QCOMPARE(out.size(), 4);
    QCOMPARE(fla::toString(out.at(0).entity), fla::toString(RecordKind::Employment));
    QCOMPARE(out.at(0).field, "workerUuid");
    QCOMPARE(out.at(0).message,
             QStringLiteral("Its worker %1 is neither in the set nor in the workspace for its "
                            "employer.")
                 .arg(unknown.toString(QUuid::WithoutBraces)));
    QCOMPARE(fla::toString(out.at(1).entity), fla::toString(RecordKind::Participation));
    QCOMPARE(out.at(1).index, 0);
    QCOMPARE(out.at(1).field, "trainingUuid");
    QCOMPARE(out.at(2).index, 1);
    QCOMPARE(out.at(2).field, "workerUuid");
    QVERIFY2(out.at(2).message.contains("belongs to another employer"), qPrintable(out.at(2).message));
    QCOMPARE(fla::toString(out.at(3).entity), fla::toString(RecordKind::TrainingRight));
    QCOMPARE(out.at(3).field, "employerUuid");
    const BulkLoadResult r = loadDataSet(*ws, set);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.total(), all - 4);
}

// What depends on a refused record (a line of a CSV set that could not be
// read, given by its uuid, or a record taken out here) is taken out too, with
// a message that says which and where.
void TestBulkLoader::dependentsOfRefusedTakenOut()
{
    DataSet set = makeSet(1, 3, 2);
    const QUuid training = set.trainings.at(0).uuid;
    set.trainings.removeFirst();                       // its line of trainings.csv was refused
    set.workers[1].employerUuid = QUuid::createUuid(); // taken out here: its employer is unknown
    const RecordOrigin origin = [](RecordKind e, qsizetype i) {
        return QStringLiteral("%1.csv, line %2").arg(toString(e)).arg(i + 2);
    };
    const QList<BulkRefusal> out =
        takeOutUnloadable(nullptr, set, {{training, QStringLiteral("trainings.csv, line 2")}}, origin);
    // The worker; the employment and right are of worker 0; participations:
    // 3 of the refused training (one of them also of the worker), and the
    // worker's in the other training.
    QCOMPARE(out.size(), 5);
    QCOMPARE(fla::toString(out.at(0).entity), fla::toString(RecordKind::Worker));
    QCOMPARE(fla::toString(out.at(1).entity), fla::toString(RecordKind::Participation));
    QCOMPARE(out.at(1).message, "Its training (trainings.csv, line 2) was refused, so it is refused too.");
    QCOMPARE(out.at(2).message, "Its training (trainings.csv, line 2) was refused, so it is refused too.");
    QCOMPARE(out.at(4).index, 4);
    QCOMPARE(out.at(4).field, "workerUuid");
    QCOMPARE(out.at(4).message, "Its worker (worker.csv, line 3) was refused, so it is refused too.");
    QCOMPARE(set.participations.size(), 2);
    QCOMPARE(set.workers.size(), 2);
}

// A reference to a record already in the workspace (for the same employer)
// holds: a set of new participations for stored trainings and workers loads.
void TestBulkLoader::referencesResolvedInWorkspace()
{
    QTemporaryDir dir;
    QString error;
    STORAGE_LOCATION(location_13, dir.path(), "ws.fladesk");
    auto ws = Workspace::open(location_13, &error);
    QVERIFY(ws);
    const DataSet stored = makeSet(2, 3, 2);
    QVERIFY(loadDataSet(*ws, stored).ok);
    DataSet more;
    more.participations << participation(stored.trainings.at(0), stored.workers.at(0));
    more.participations.first().uuid = QUuid::createUuid();
    more.trainings << training(stored.employers.at(0).uuid, "Nieuw");
    more.participations << participation(more.trainings.at(0), stored.workers.at(1));
    // Stored, but for the other employer.
    more.participations << participation(stored.trainings.at(2), stored.workers.at(0));
    const QList<BulkRefusal> out = takeOutUnloadable(ws.get(), more);
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.first().index, 2);
    QCOMPARE(more.participations.size(), 2);
    // (stored.participations.at(0) is the same training and worker: replace it)
    more.participations.first().uuid = stored.participations.at(0).uuid;
    const BulkLoadResult r = loadDataSet(*ws, more);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.participations.inserted, 1);
}

// The generator's set with anomalies injected (some of them values the
// workspace cannot hold, or references to nothing) loads every other record.
void TestBulkLoader::generatedSetWithInjectedLoadsTheRest()
{
    QTemporaryDir dir;
    QString error;
    STORAGE_LOCATION(location_14, dir.path(), "ws.fladesk");
    auto ws = Workspace::open(location_14, &error);
    QVERIFY(ws);
    GeneratorOptions options;
    options.seed = 14;
    options.participations = 1500;
    options.invalidFraction = 0.02;
    DataSet set = Generator::generate(options).set;
    const qint64 all = set.recordCount();
    const QList<BulkRefusal> out = takeOutUnloadable(ws.get(), set);
    QVERIFY(!out.isEmpty());
    const BulkLoadResult r = loadDataSet(*ws, set);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.total() + out.size(), all);
}

QTEST_GUILESS_MAIN(TestBulkLoader)
#include "tst_bulkloader.moc"
