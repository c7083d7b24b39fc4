// The sync engine's view of a real workspace's outbox: what a sync claims,
// what showing the queue leaves alone, and, on a team server, one desktop at
// a time declaring an employer (the others are told, not refused later).

#include "../storage/StorageTestData.h"
#include "PostgresTestCluster.h"
#include "core/common/Clock.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/OutboxRepository.h"
#include "core/storage/WorkerRepository.h"
#include "core/storage/Workspace.h"
#include "core/storage/postgres/PostgresLocation.h"
#include "core/sync/WorkspaceOutboxStore.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fla;
using namespace storagetest;

class TestWorkspaceOutboxStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showingTheQueueClaimsNothing();
    void oneDesktopAtATimeDeclaresAnEmployer();
    void aConnectionOpenedAgainKeepsTheEmployerButStopsTheSync();
    void aRecordThatCannotBeReadIsNotDeclaredGone();

private:
    std::unique_ptr<Workspace> openAgain();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Workspace> m_ws;
    Employer m_a;
    Employer m_b;
};

void TestWorkspaceOutboxStore::init()
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
    m_b = employer("Beta", 4036311);
    QVERIFY2(m_ws->employers().save(m_a, &error), qPrintable(error));
    QVERIFY2(m_ws->employers().save(m_b, &error), qPrintable(error));
    for (const Employer &e : {m_a, m_b}) {
        QList<Worker> workers;
        for (int i = 0; i < 5; ++i)
            workers << worker(e.uuid, e.name + QString::number(i), 2 + i);
        QVERIFY2(m_ws->workers(e.uuid).saveAll(workers, &error), qPrintable(error));
    }
}

void TestWorkspaceOutboxStore::cleanup()
{
    m_ws.reset();
    m_dir.reset();
}

std::unique_ptr<Workspace> TestWorkspaceOutboxStore::openAgain()
{
    WorkspaceOptions o;
    o.clock = m_clock.get();
    QString error;
    auto other = Workspace::open(m_ws->path(), &error, o);
    if (!other)
        qWarning() << error;
    return other;
}

void TestWorkspaceOutboxStore::showingTheQueueClaimsNothing()
{
    QString error;
    {
        WorkspaceOutboxStore shown(*m_ws, {m_a.uuid});
        QVERIFY2(shown.load(&error, WorkspaceOutboxStore::Purpose::Show), qPrintable(error));
        QCOMPARE(shown.pendingCount(), 5);
        QCOMPARE(shown.items(100).size(), 5);
        QVERIFY(shown.notices().isEmpty());
    }
    // The employer's own row and the workers' rows are as they were.
    QCOMPARE(m_ws->outbox(m_a.uuid).findCount(OutboxState::Pending).value(), qint64(6));
    QCOMPARE(m_ws->outbox(m_a.uuid).findCount(OutboxState::InFlight).value(), qint64(0));
    if (!test::testingPostgres())
        return;
    // On a team server another desktop can declare them at once.
    auto other = openAgain();
    QVERIFY(other);
    WorkspaceOutboxStore declaring(*other, {m_a.uuid});
    QVERIFY2(declaring.load(&error), qPrintable(error));
    QCOMPARE(declaring.pendingCount(), 5);
    QVERIFY(declaring.notices().isEmpty());
}

void TestWorkspaceOutboxStore::oneDesktopAtATimeDeclaresAnEmployer()
{
    if (!test::testingPostgres())
        QSKIP("one process has a workspace file to itself");
    QString error;
    auto other = openAgain();
    QVERIFY(other);
    // GIVEN a desktop declaring Alpha
    auto first = std::make_unique<WorkspaceOutboxStore>(*m_ws, QList<QUuid>{m_a.uuid});
    QVERIFY2(first->load(&error), qPrintable(error));
    QCOMPARE(first->pendingCount(), 5);

    // WHEN a colleague's desktop syncs every employer
    WorkspaceOutboxStore second(*other);
    QVERIFY2(second.load(&error), qPrintable(error));

    // THEN it declares Beta, leaves Alpha to the first, and says so by name.
    QCOMPARE(second.pendingCount(), 5);
    for (const SyncItem &item : second.items(100))
        QCOMPARE(item.enterpriseNumber, m_b.enterpriseNumber);
    QCOMPARE(second.notices().size(), 1);
    QVERIFY2(second.notices().constFirst().contains(QLatin1String("Alpha")),
             qPrintable(second.notices().join('\n')));
    QVERIFY(second.notices().constFirst().contains(EnterpriseNumber::parse(m_a.enterpriseNumber).display()));

    // A change the first desktop has not claimed waits for Alpha to be free.
    QVERIFY2(other->workers(m_a.uuid).save(worker(m_a.uuid, "Late", 90), &error), qPrintable(error));
    WorkspaceOutboxStore third(*other, {m_a.uuid});
    QVERIFY2(third.load(&error), qPrintable(error));
    QCOMPARE(third.pendingCount(), 0);
    QCOMPARE(third.notices().size(), 1);

    // The first sync ends: Alpha is free and its change is taken.
    first->release();
    QVERIFY2(third.load(&error), qPrintable(error));
    QCOMPARE(third.pendingCount(), 1);
    QVERIFY(third.notices().isEmpty());
    third.release();

    // A desktop that stops (its store gone, or its process killed) frees the employer too.
    QVERIFY2(first->load(&error), qPrintable(error));
    first.reset();
    m_ws.reset();
    WorkspaceOutboxStore fourth(*other, {m_a.uuid});
    QTRY_VERIFY_WITH_TIMEOUT(fourth.load(&error) && fourth.notices().isEmpty(), 10000);
}

// The server ends the sessions while a desktop declares Alpha (a restart, a
// dropped network). Its connection opened again takes Alpha and its claim
// back, so a colleague neither declares Alpha nor resets the rows in flight;
// the sync itself is told to send nothing more (stopReason), since the
// colleague could have taken them in between.
void TestWorkspaceOutboxStore::aConnectionOpenedAgainKeepsTheEmployerButStopsTheSync()
{
    if (!test::testingPostgres())
        QSKIP("a workspace file has no connection to lose");
    QString error;
    auto other = openAgain();
    QVERIFY(other);
    WorkspaceOutboxStore first(*m_ws, {m_a.uuid});
    QVERIFY2(first.load(&error), qPrintable(error));
    QCOMPARE(first.pendingCount(), 5);
    QVERIFY(first.stopReason().isEmpty());
    const qint64 inFlight = m_ws->outbox(m_a.uuid).findCount(OutboxState::InFlight).value();
    QVERIFY(inFlight > 0);

    const auto location = PostgresLocation::parse(m_ws->path(), &error);
    QVERIFY2(location, qPrintable(error));
    QVERIFY2(test::PostgresTestCluster::instance().endAppSessions(location->database, &error),
             qPrintable(error));
    QVERIFY2(m_ws->ensureConnected(&error), qPrintable(error));
    QVERIFY2(other->ensureConnected(&error), qPrintable(error));

    QVERIFY(!first.stopReason().isEmpty());
    WorkspaceOutboxStore second(*other, {m_a.uuid});
    QVERIFY2(second.load(&error), qPrintable(error));
    QCOMPARE(second.pendingCount(), 0);
    QCOMPARE(second.notices().size(), 1); // Alpha is still the first desktop's
    QCOMPARE(other->outbox(m_a.uuid).findCount(OutboxState::InFlight).value(), inFlight);
    second.release();
    // The first sync ends: Alpha is free again.
    first.release();
    QVERIFY2(second.load(&error), qPrintable(error));
    QVERIFY(second.notices().isEmpty());
    second.release();
}

// A change whose record cannot be read (here its table is gone from a damaged
// file) is not declared at all: above all not as a record deleted since its
// change was queued, which would cancel it on the platform. The sync is told
// to stop, with the reason.
void TestWorkspaceOutboxStore::aRecordThatCannotBeReadIsNotDeclaredGone()
{
    if (test::testingPostgres())
        QSKIP("the table is dropped from a workspace file; a server's failures take the same path");
    QString error;
    WorkspaceOutboxStore store(*m_ws, {m_a.uuid});
    QVERIFY2(store.load(&error), qPrintable(error));
    QCOMPARE(store.pendingCount(RecordKind::Worker), 5);
    QSqlQuery q(m_ws->database());
    QVERIFY2(q.exec("PRAGMA foreign_keys = OFF") && q.exec("DROP TABLE worker"),
             qPrintable(q.lastError().text()));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("no such table: worker.* in SELECT"));
    const QList<SyncItem> due = store.dueEntries(RecordKind::Worker, 0, m_clock->nowUtc(), 100);
    for (const SyncItem &item : due)
        QVERIFY(item.operation != SyncOperation::Cancel);
    QVERIFY(due.isEmpty());
    QVERIFY2(store.stopReason().contains("could not be read") &&
                 store.stopReason().contains("no such table: worker"),
             qPrintable(store.stopReason()));
    store.release();
}

QTEST_GUILESS_MAIN(TestWorkspaceOutboxStore)
#include "tst_workspaceoutboxstore.moc"
