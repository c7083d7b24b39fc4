#include "StorageTestData.h"
#include "dataset/DataSetCsv.h"
#include "storage/AuditRepository.h"
#include "storage/BulkLoader.h"
#include "storage/EmployerRepository.h"
#include "storage/OutboxRepository.h"
#include "storage/ParticipationRepository.h"
#include "storage/TrainingRepository.h"
#include "storage/WorkerRepository.h"
#include "storage/Workspace.h"

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
    auto ws = Workspace::open(dir.filePath("ws.fladesk"), &error);
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
    const qint64 auditAfterFirst = ws->audit(set.employers.at(0).uuid).count();
    QCOMPARE(auditAfterFirst, 1 + 5 + 4 + 20 + 1 + 1);

    const BulkLoadResult second = loadDataSet(*ws, read);
    QVERIFY2(second.ok, qPrintable(second.error));
    QCOMPARE(second.participations.inserted, 0);
    QCOMPARE(second.participations.unchanged, 40);
    QCOMPARE(second.employers.unchanged, 2);
    QCOMPARE(ws->participations(set.employers.at(0).uuid).count(), 20);
    QCOMPARE(ws->workers(set.employers.at(1).uuid).count(), 5);
    QCOMPARE(ws->employers().count(), 2);
    QCOMPARE(ws->audit(set.employers.at(0).uuid).count(), auditAfterFirst);
    // Imports are not queued for declaration unless asked.
    QCOMPARE(ws->outbox(set.employers.at(0).uuid).count(), 0);
}

void TestBulkLoader::changedRecordIsUpdated()
{
    QTemporaryDir dir;
    QString error;
    auto ws = Workspace::open(dir.filePath("ws.fladesk"), &error);
    QVERIFY(ws);
    DataSet set = makeSet(1, 3, 2);
    QVERIFY(loadDataSet(*ws, set).ok);
    set.trainings[0].name = "Renamed";
    const BulkLoadResult r = loadDataSet(*ws, set, BulkOptions{true, true});
    QVERIFY(r.ok);
    QCOMPARE(r.trainings.updated, 1);
    QCOMPARE(r.trainings.unchanged, 1);
    const QUuid e = set.employers.at(0).uuid;
    QCOMPARE(ws->trainings(e).get(set.trainings.at(0).uuid)->name, QStringLiteral("Renamed"));
    QCOMPARE(fla::toString(ws->audit(e).history(set.trainings.at(0).uuid).constLast().change),
             fla::toString(ChangeKind::Update));
    QCOMPARE(ws->outbox(e).count(), 1);
}

void TestBulkLoader::badRecordRollsBackEverything()
{
    QTemporaryDir dir;
    QString error;
    auto ws = Workspace::open(dir.filePath("ws.fladesk"), &error);
    QVERIFY(ws);
    DataSet set = makeSet(1, 3, 2);
    set.participations[3].workerUuid = QUuid::createUuid(); // unknown worker
    const BulkLoadResult r = loadDataSet(*ws, set);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(set.participations.at(3).uuid.toString(QUuid::WithoutBraces)),
             qPrintable(r.error));
    QCOMPARE(ws->employers().count(), 0);
}

QTEST_GUILESS_MAIN(TestBulkLoader)
#include "tst_bulkloader.moc"
