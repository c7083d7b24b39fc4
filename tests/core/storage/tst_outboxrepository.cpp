#include "Must.h"
#include "StorageTestData.h"
#include "core/common/Clock.h"
#include "core/storage/AnomalyRepository.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/OutboxRepository.h"
#include "core/storage/WorkerRepository.h"
#include "core/storage/Workspace.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace fla;
using namespace storagetest;

class TestOutboxRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void claimsAreExclusiveAcrossDesktops();
    void changesAreQueuedWithTheRecord();
    void failedRetriesLater();
    void resetInFlightAfterCrash();
    void syncStatus();
    void noQueueWhenDisabled();
    void batchedStatusesAndReads_data();
    void batchedStatusesAndReads();
    void enqueueAllAsOneByOne_data();
    void enqueueAllAsOneByOne();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Workspace> m_ws;
    Employer m_a;
};

void TestOutboxRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    WorkspaceOptions o;
    o.clock = m_clock.get();
    QString error;
    STORAGE_LOCATION(location, m_dir->path(), "ws.fladesk");
    m_ws = Workspace::open(location, &error, o);
    QVERIFY2(m_ws, qPrintable(error));
    m_a = employer("Alpha");
    QVERIFY(m_ws->employers().save(m_a, &error));
}

void TestOutboxRepository::cleanup()
{
    m_ws.reset();
    m_dir.reset();
}

// On a team server two desktops syncing at once never take the same row;
// the rows of a desktop that stopped go back to the others. In a file (one
// process) claiming reads the pending rows as they are.
void TestOutboxRepository::claimsAreExclusiveAcrossDesktops()
{
    QString error;
    QList<Worker> workers;
    for (int i = 0; i < 30; ++i)
        workers << worker(m_a.uuid, QStringLiteral("Claim%1").arg(i), 2 + i);
    QVERIFY2(m_ws->workers(m_a.uuid).saveAll(workers, &error), qPrintable(error));
    const qint64 pending = m_ws->outbox(m_a.uuid).findCount(OutboxState::Pending).value();
    QCOMPARE(pending, qint64(31)); // the employer and its workers
    if (!test::testingPostgres()) {
        QCOMPARE(m_ws->outbox(m_a.uuid).claimPending(&error).size(), 31);
        QCOMPARE(m_ws->outbox(m_a.uuid).findCount(OutboxState::Pending).value(), pending);
        return;
    }
    WorkspaceOptions o;
    o.clock = m_clock.get();
    auto other =
        Workspace::open(m_ws->path(), &error, o); // the URL without a password: the test cluster trusts
    QVERIFY2(other, qPrintable(error));
    const QList<OutboxEntry> mine = m_ws->outbox(m_a.uuid).claimPending(&error);
    QCOMPARE(mine.size(), 31);
    QVERIFY(std::is_sorted(mine.cbegin(), mine.cend(),
                           [](const OutboxEntry &a, const OutboxEntry &b) { return a.id < b.id; }));
    bool heldElsewhere = false;
    QVERIFY(other->outbox(m_a.uuid).claimPending(&error, &heldElsewhere).isEmpty());
    QVERIFY(heldElsewhere);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // A desktop starting its sync leaves the working one's rows alone.
    QCOMPARE(other->resetOutboxInFlight(), 0);
    QCOMPARE(other->outbox(m_a.uuid).resetInFlight(), 0);
    QCOMPARE(m_ws->outbox(m_a.uuid).findCount(OutboxState::InFlight).value(), qint64(31));
    // A change made meanwhile (a participation, say, naming a worker the first
    // desktop has not declared yet) waits for the employer: declared by
    // another desktop now, the platform would refuse it as naming an unknown
    // worker.
    QVERIFY(other->workers(m_a.uuid).save(worker(m_a.uuid, "Late", 90), &error));
    QVERIFY(other->outbox(m_a.uuid).claimPending(&error, &heldElsewhere).isEmpty());
    QVERIFY(heldElsewhere);
    // The first desktop's sync ends: the next one takes the change.
    m_ws->outbox(m_a.uuid).releaseClaim();
    QCOMPARE(other->outbox(m_a.uuid).claimPending(&error, &heldElsewhere).size(), 1);
    QVERIFY(!heldElsewhere);
    other->outbox(m_a.uuid).releaseClaim();
    // The first desktop claims again, then stops (its connection ends): its
    // rows and the employer are free again.
    QVERIFY(m_ws->outbox(m_a.uuid).claimPending(&error).isEmpty()); // its own are in flight
    m_ws.reset();
    // This desktop's own earlier claim at once; the stopped one's as soon as
    // the server has ended its session.
    int reset = other->resetOutboxInFlight();
    QTRY_COMPARE_WITH_TIMEOUT(reset += other->resetOutboxInFlight(), 32, 10000);
    QCOMPARE(other->outbox(m_a.uuid).findCount(OutboxState::Pending).value(), qint64(32));
    QTRY_VERIFY_WITH_TIMEOUT(
        !other->outbox(m_a.uuid).claimPending(&error, &heldElsewhere).isEmpty() || !heldElsewhere, 10000);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(other->outbox(m_a.uuid).findCount(OutboxState::InFlight).value(), qint64(32));
}

void TestOutboxRepository::changesAreQueuedWithTheRecord()
{
    QString error;
    const Worker w = worker(m_a.uuid, "Q");
    QVERIFY(m_ws->workers(m_a.uuid).save(w, &error));
    QVERIFY(m_ws->workers(m_a.uuid).remove(w.uuid, &error));
    auto ob = m_ws->outbox(m_a.uuid);
    const QList<OutboxEntry> batch = ob.findPendingBatch(10).value();
    QCOMPARE(batch.size(), 3); // employer create, worker create, worker delete
    QCOMPARE(fla::toString(batch.at(1).entity), fla::toString(RecordKind::Worker));
    QCOMPARE(fla::toString(batch.at(1).operation), fla::toString(OutboxOperation::Upsert));
    QCOMPARE(fla::toString(batch.at(2).operation), fla::toString(OutboxOperation::Delete));
    QCOMPARE(batch.at(2).recordUuid, w.uuid);
    QCOMPARE(batch.at(2).created, m_clock->nowUtc());
    QVERIFY(ob.markInFlight({batch.at(0).id, batch.at(1).id}, &error));
    QCOMPARE(ob.findPendingBatch(10).value().size(), 1);
    QVERIFY(ob.markDone({batch.at(0).id, batch.at(1).id}, &error));
    QCOMPARE(ob.findCount(OutboxState::Done).value(), 2);
    QCOMPARE(m_ws->employersWithPendingOutbox(), QList<QUuid>{m_a.uuid});
}

void TestOutboxRepository::failedRetriesLater()
{
    auto ob = m_ws->outbox(m_a.uuid);
    const OutboxEntry e = ob.findPendingBatch(1).value().at(0);
    QString error;
    QVERIFY(ob.markInFlight({e.id}, &error));
    QVERIFY(ob.markFailed(e.id, "503 from the platform", m_clock->nowUtc().addSecs(300), &error));
    QCOMPARE(ob.findPendingBatch(10).value().size(), 0); // not due yet
    m_clock->advanceSeconds(301);
    const QList<OutboxEntry> due = ob.findPendingBatch(10).value();
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.at(0).attempts, 1);
    QCOMPARE(due.at(0).lastError, QStringLiteral("503 from the platform"));
    QVERIFY(ob.markFailed(e.id, "refused for good", QDateTime(), &error));
    QCOMPARE(ob.findCount(OutboxState::Failed).value(), 1);
    QCOMPARE(ob.findPendingBatch(10).value().size(), 0);
}

void TestOutboxRepository::resetInFlightAfterCrash()
{
    auto ob = m_ws->outbox(m_a.uuid);
    QString error;
    QVERIFY(ob.markInFlight({ob.findPendingBatch(1).value().at(0).id}, &error));
    QCOMPARE(ob.findCount(OutboxState::InFlight).value(), 1);
    QCOMPARE(m_ws->resetOutboxInFlight(), 1);
    QCOMPARE(ob.findCount(OutboxState::InFlight).value(), 0);
    QCOMPARE(ob.findCount(OutboxState::Pending).value(), 1);
}

void TestOutboxRepository::syncStatus()
{
    QString error;
    const Worker w = worker(m_a.uuid, "S");
    QVERIFY(m_ws->workers(m_a.uuid).save(w, &error));
    auto ob = m_ws->outbox(m_a.uuid);
    QCOMPARE(fla::toString(fla::test::must(ob.findSyncStatus(RecordKind::Worker, w.uuid))),
             fla::toString(SyncStatus::Queued));
    QVERIFY(ob.setSyncStatus(RecordKind::Worker, w.uuid, SyncStatus::AcceptedWithWarnings, &error));
    QCOMPARE(fla::toString(fla::test::must(m_ws->workers(m_a.uuid).findSyncStatus(w.uuid))),
             fla::toString(SyncStatus::AcceptedWithWarnings));
    QCOMPARE(fla::test::must(ob.findCountBySyncStatus(RecordKind::Worker, SyncStatus::AcceptedWithWarnings)),
             1);
    QVERIFY(!ob.setSyncStatus(RecordKind::Worker, QUuid::createUuid(), SyncStatus::Sent, &error));
    QVERIFY(!m_ws->outbox(QUuid::createUuid())
                 .setSyncStatus(RecordKind::Worker, w.uuid, SyncStatus::Sent, &error));
    QVERIFY(syncStatusFromString(u"accepted_with_warnings") == SyncStatus::AcceptedWithWarnings);
}

void TestOutboxRepository::noQueueWhenDisabled()
{
    m_ws->setQueueChanges(false);
    QString error;
    const Worker w = worker(m_a.uuid, "Draft");
    QVERIFY(m_ws->workers(m_a.uuid).save(w, &error));
    QCOMPARE(m_ws->outbox(m_a.uuid).findCount().value(), 1); // only the employer's row from init()
    QCOMPARE(fla::toString(fla::test::must(m_ws->workers(m_a.uuid).findSyncStatus(w.uuid))),
             fla::toString(SyncStatus::Draft));
}

void TestOutboxRepository::batchedStatusesAndReads_data()
{
    QTest::addColumn<int>("records");
    QTest::newRow("one") << 1;
    QTest::newRow("every chunk size: 500 + 50 + 3") << 553;
}

void TestOutboxRepository::batchedStatusesAndReads()
{
    QFETCH(int, records);
    QString error;
    QList<Worker> workers;
    QList<QUuid> uuids;
    for (int i = 0; i < records; ++i) {
        workers.append(worker(m_a.uuid, QString("B%1").arg(i)));
        uuids.append(workers.last().uuid);
    }
    QVERIFY2(m_ws->workers(m_a.uuid).saveAll(workers, &error), qPrintable(error));
    auto ob = m_ws->outbox(m_a.uuid);
    // Another employer's outbox neither reads nor writes these records.
    QVERIFY(fla::test::must(m_ws->outbox(QUuid::createUuid()).findCurrentRecords<Worker>(uuids)).isEmpty());
    QVERIFY(m_ws->outbox(QUuid::createUuid()).setSyncStatuses(RecordKind::Worker, uuids, SyncStatus::Sent));
    QCOMPARE(fla::test::must(ob.findCountBySyncStatus(RecordKind::Worker, SyncStatus::Sent)), 0);

    QVERIFY2(ob.setSyncStatuses(RecordKind::Worker, uuids + QList<QUuid>{QUuid::createUuid()},
                                SyncStatus::Sent, &error),
             qPrintable(error));
    QCOMPARE(fla::test::must(ob.findCountBySyncStatus(RecordKind::Worker, SyncStatus::Sent)), records);
    QCOMPARE(fla::toString(fla::test::must(ob.findSyncStatus(RecordKind::Worker, uuids.last()))),
             fla::toString(SyncStatus::Sent));

    const QHash<QUuid, Worker> read =
        fla::test::must(ob.findCurrentRecords<Worker>(uuids + QList<QUuid>{QUuid::createUuid()}));
    QCOMPARE(read.size(), records);
    QCOMPARE(read.value(workers.last().uuid).ssin, workers.last().ssin);
    QCOMPARE(read.value(workers.first().uuid).familyName, workers.first().familyName);
    QVERIFY(fla::test::must(ob.findRecordsWithPlatformFindings()).isEmpty());
    StoredAnomaly own;
    own.entity = RecordKind::Worker;
    own.recordUuid = uuids.last();
    own.code = "WK-001";
    own.field = "ssin";
    StoredAnomaly platform = own;
    platform.recordUuid = uuids.first();
    platform.code = "PF-001";
    platform.params = QJsonObject{{"source", "platform"}, {"message", "unknown worker"}};
    QVERIFY2(m_ws->anomalies(m_a.uuid).replaceForRecord(RecordKind::Worker, own.recordUuid, {own}, &error),
             qPrintable(error));
    QVERIFY2(m_ws->anomalies(m_a.uuid).replaceForRecord(RecordKind::Worker, platform.recordUuid, {platform},
                                                        &error),
             qPrintable(error));
    QCOMPARE(fla::test::must(ob.findRecordsWithPlatformFindings()), QSet<QUuid>{uuids.first()});
}

// The bulk load queues its records with enqueueAll (many rows per statement
// through the engine's API where there is one): the rows are those enqueue
// writes one by one, in the same order.
void TestOutboxRepository::enqueueAllAsOneByOne_data()
{
    QTest::addColumn<int>("records");
    for (int n : {1, 31, 32, 33, 70})
        QTest::addRow("%d records", n) << n;
}

void TestOutboxRepository::enqueueAllAsOneByOne()
{
    QFETCH(int, records);
    QString error;
    const Employer b = employer("Beta", 4030192);
    QVERIFY(m_ws->employers().save(b, &error));
    QList<QUuid> uuids;
    for (int i = 0; i < records; ++i)
        uuids << QUuid::createUuid();
    QVERIFY(m_ws->beginTransaction(&error));
    QVERIFY2(m_ws->outbox(m_a.uuid).enqueueAll(RecordKind::Training, uuids, OutboxOperation::Upsert, nullptr,
                                               &error),
             qPrintable(error));
    for (const QUuid &u : std::as_const(uuids))
        QVERIFY(m_ws->outbox(b.uuid).enqueue(RecordKind::Training, u, OutboxOperation::Upsert, &error));
    QVERIFY(m_ws->commitTransaction(&error));
    const auto trainings = [](QList<OutboxEntry> entries) { // the employers' own rows left out
        entries.removeIf([](const OutboxEntry &e) { return e.entity != RecordKind::Training; });
        return entries;
    };
    const auto allRead = m_ws->outbox(m_a.uuid).findEntries(std::nullopt, 1 << 20),
               oneRead = m_ws->outbox(b.uuid).findEntries(std::nullopt, 1 << 20);
    QVERIFY(allRead && oneRead);
    const QList<OutboxEntry> all = trainings(allRead.value()), one = trainings(oneRead.value());
    QCOMPARE(all.size(), records);
    QCOMPARE(one.size(), records);
    for (int i = 0; i < records; ++i) {
        QCOMPARE(all.at(i).employerUuid, m_a.uuid);
        QCOMPARE(all.at(i).recordUuid, uuids.at(i));
        QCOMPARE(int(all.at(i).entity), int(one.at(i).entity));
        QCOMPARE(int(all.at(i).operation), int(one.at(i).operation));
        QCOMPARE(all.at(i).created, one.at(i).created);
        QCOMPARE(all.at(i).nextAttemptAt, one.at(i).nextAttemptAt);
        QCOMPARE(all.at(i).attempts, 0);
        QCOMPARE(int(all.at(i).state), int(OutboxState::Pending));
    }
}

QTEST_GUILESS_MAIN(TestOutboxRepository)
#include "tst_outboxrepository.moc"
