#include "PostgresTestCluster.h"
#include "StorageTestData.h"
#include "core/storage/ChangeFeed.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/TrainingRepository.h"
#include "core/storage/WorkerRepository.h"
#include "core/storage/Workspace.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fla;
using fla::test::PostgresTestCluster;

// Two desktops on one team workspace: what one commits, the other hears
// about (LISTEN/NOTIFY on a real PostgreSQL server).
class TestChangeFeed : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void otherDesktopsChangesArrive();
    void ownChangesAndRollbacksAreNotReported();
    void fileWorkspaceHasNothingToFollow();
    void heardAgainAfterTheConnectionWasOpenedAgain();

private:
    QString m_db;
    QString m_url;
    Employer m_a, m_b;
};

void TestChangeFeed::initTestCase()
{
    QString error;
    FLADESK_START_TEST_CLUSTER();
    m_db = PostgresTestCluster::instance().createDatabase(QStringLiteral("feed"), &error);
    QVERIFY2(!m_db.isEmpty(), qPrintable(error));
    m_url = PostgresTestCluster::instance().url(m_db);
    auto ws = Workspace::open(m_url, &error);
    QVERIFY2(ws, qPrintable(error));
    m_a = storagetest::employer("Alpha");
    m_b = storagetest::employer("Beta", 4030192);
    QVERIFY2(ws->employers().saveAll({m_a, m_b}, &error), qPrintable(error));
}

void TestChangeFeed::otherDesktopsChangesArrive()
{
    QString error;
    auto mine = Workspace::open(m_url, &error);
    QVERIFY2(mine, qPrintable(error));
    auto theirs = Workspace::open(m_url, &error);
    QVERIFY2(theirs, qPrintable(error));
    ChangeFeed feed(*mine);
    QVERIFY2(feed.start(&error), qPrintable(error));
    QVERIFY(feed.isListening());
    QSignalSpy spy(&feed, &ChangeFeed::changed);

    // Another desktop saves a training with participants in one transaction:
    // one notification per table and company, not one per row.
    const Worker w1 = storagetest::worker(m_b.uuid, "Peeters", 2);
    const Worker w2 = storagetest::worker(m_b.uuid, "Janssens", 3);
    QVERIFY2(theirs->workers(m_b.uuid).saveAll({w1, w2}, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 5000);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("worker"));
    QCOMPARE(spy.at(0).at(1).toUuid(), m_b.uuid);
    spy.clear();
    const Training t = storagetest::training(m_b.uuid, "VCA");
    QVERIFY2(theirs->trainings(m_b.uuid).saveWithParticipants(
                 t, {storagetest::participation(t, w1), storagetest::participation(t, w2)}, true, &error),
             qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(spy.count() >= 2, 5000);
    QTest::qWait(200); // nothing more comes
    QSet<QString> tables;
    for (const auto &args : std::as_const(spy)) {
        tables.insert(args.at(0).toString());
        QCOMPARE(args.at(1).toUuid(), m_b.uuid);
    }
    QCOMPARE(tables, (QSet<QString>{"training", "participation"}));
    QCOMPARE(spy.count(), 2);
    // A delete too.
    spy.clear();
    const Worker gone = storagetest::worker(m_b.uuid, "Gone", 8);
    QVERIFY2(theirs->workers(m_b.uuid).save(gone, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 5000);
    QVERIFY2(theirs->workers(m_b.uuid).remove(gone.uuid, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 2, 5000);
}

void TestChangeFeed::ownChangesAndRollbacksAreNotReported()
{
    QString error;
    auto mine = Workspace::open(m_url, &error);
    QVERIFY2(mine, qPrintable(error));
    auto theirs = Workspace::open(m_url, &error);
    QVERIFY2(theirs, qPrintable(error));
    ChangeFeed feed(*mine);
    QVERIFY2(feed.start(&error), qPrintable(error));
    QSignalSpy spy(&feed, &ChangeFeed::changed);
    QVERIFY2(mine->workers(m_a.uuid).save(storagetest::worker(m_a.uuid, "Mine", 4), &error),
             qPrintable(error));
    // A change that fails half-way is rolled back: nothing to refresh.
    Worker bad = storagetest::worker(m_a.uuid, "Bad", 5);
    bad.uuid = QUuid();
    QVERIFY(!theirs->workers(m_a.uuid).saveAll({storagetest::worker(m_a.uuid, "Good", 6), bad}, &error));
    QTest::qWait(500);
    QCOMPARE(spy.count(), 0);
    // The next committed one arrives.
    QVERIFY2(theirs->workers(m_a.uuid).save(storagetest::worker(m_a.uuid, "Theirs", 7), &error),
             qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 5000);
    QCOMPARE(spy.at(0).at(1).toUuid(), m_a.uuid);
}

void TestChangeFeed::fileWorkspaceHasNothingToFollow()
{
    QTemporaryDir dir;
    QString error;
    auto ws = Workspace::open(dir.filePath("ws.fladesk"), &error);
    QVERIFY2(ws, qPrintable(error));
    ChangeFeed feed(*ws);
    QVERIFY(feed.start(&error));
    QVERIFY(!feed.isListening());
}

// The server ends this desktop's session (a restart, a dropped network): the
// workspace notices, opens its connection again with the same address, its
// statements work again (prepared anew), its outbox claims take a new token,
// and the feed hears other desktops again once it listens again.
void TestChangeFeed::heardAgainAfterTheConnectionWasOpenedAgain()
{
    QString error;
    auto mine = Workspace::open(m_url, &error);
    QVERIFY2(mine, qPrintable(error));
    auto theirs = Workspace::open(m_url, &error);
    QVERIFY2(theirs, qPrintable(error));
    ChangeFeed feed(*mine);
    QVERIFY2(feed.start(&error), qPrintable(error));
    const int before = int(mine->workers(m_a.uuid).findAll().value().size()); // a statement in the cache
    const qint64 oldToken = mine->driver().claimToken(mine->database(), &error);
    QVERIFY(oldToken != 0);
    QVERIFY(mine->isConnected());

    QVERIFY2(PostgresTestCluster::instance().endAppSessions(m_db, &error), qPrintable(error));
    // theirs was ended too: it opens again the same way.
    QVERIFY(!mine->isConnected());
    QCOMPARE(mine->reconnectCount(), 0);
    QVERIFY2(mine->ensureConnected(&error), qPrintable(error));
    QVERIFY2(theirs->ensureConnected(&error), qPrintable(error));
    QCOMPARE(mine->reconnectCount(), 1);
    QVERIFY(mine->isConnected());
    QVERIFY2(mine->ensureConnected(&error), qPrintable(error)); // nothing to do now
    QCOMPARE(mine->reconnectCount(), 1);

    const Result<QList<Worker>> read = mine->workers(m_a.uuid).findAll();
    QVERIFY2(read, qPrintable(read.error()));
    QCOMPARE(int(read->size()), before);
    const qint64 newToken = mine->driver().claimToken(mine->database(), &error);
    // The old session's lock went with it and was taken back: the rows this desktop
    // has in flight are not another desktop's to reset.
    QCOMPARE(newToken, oldToken);
    QVERIFY(!theirs->driver().claimIsStale(theirs->database(), oldToken));

    QVERIFY2(feed.listenAgain(&error), qPrintable(error));
    QSignalSpy spy(&feed, &ChangeFeed::changed);
    QVERIFY2(theirs->workers(m_a.uuid).save(storagetest::worker(m_a.uuid, "Maes", 7), &error),
             qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 5000);
    QCOMPARE(spy.at(0).at(1).toUuid(), m_a.uuid);
}

QTEST_GUILESS_MAIN(TestChangeFeed)
#include "tst_changefeed.moc"
