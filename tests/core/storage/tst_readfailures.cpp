// A read the workspace cannot do comes back as a failure value with a message
// naming what could not be read, and is logged with its statement in
// fladesk.storage: never an empty list, a missing record or a draft status
// that look like real answers.
#include "StorageTestData.h"
#include "core/common/Clock.h"
#include "core/storage/AuditRepository.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/OutboxRepository.h"
#include "core/storage/ParticipationRepository.h"
#include "core/storage/StatementCache.h"
#include "core/storage/TrainingRepository.h"
#include "core/storage/Workspace.h"
#include "core/storage/WorkspaceRecords.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fla;
using namespace storagetest;

class TestReadFailures : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void droppedTableIsAFailure_data();
    void droppedTableIsAFailure();
    void unpreparableStatementIsLogged();
    void auditTrailAndQueueFailures();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    Employer m_employer;
    Training m_training;
};

void TestReadFailures::init()
{
    static int n = 0;
    QString error;
    m_ws = Workspace::open(m_dir.filePath(QStringLiteral("r%1.fladesk").arg(++n)), &error);
    QVERIFY2(m_ws, qPrintable(error));
    m_employer = employer("Read BV");
    QVERIFY2(m_ws->employers().save(m_employer, &error), qPrintable(error));
    m_training = training(m_employer.uuid, "First aid");
    QVERIFY2(m_ws->trainings(m_employer.uuid).save(m_training, &error), qPrintable(error));
    // The training table is gone (a damaged or tampered file): every read of it fails.
    QSqlQuery q(m_ws->database());
    QVERIFY2(q.exec("PRAGMA foreign_keys = OFF") && q.exec("DROP TABLE training"),
             qPrintable(q.lastError().text()));
}

void TestReadFailures::droppedTableIsAFailure_data()
{
    QTest::addColumn<QString>("read");
    QTest::addColumn<QString>("what");
    QTest::newRow("one record") << "find"
                                << "training";
    QTest::newRow("every record") << "findAll"
                                  << "training";
    QTest::newRow("a page") << "findPage"
                            << "training";
    QTest::newRow("a sync status") << "findSyncStatus"
                                   << "training";
    QTest::newRow("a page of participations") << "participationPage"
                                              << "participation";
    QTest::newRow("a count") << "findCount"
                             << "training";
    QTest::newRow("a count of every record") << "findCountAll"
                                             << "training";
    QTest::newRow("the participants of a training") << "findOfTraining"
                                                    << "participation";
    QTest::newRow("the records of the workspace") << "readWorkspaceRecords"
                                                  << "training";
}

void TestReadFailures::droppedTableIsAFailure()
{
    QFETCH(QString, read);
    QFETCH(QString, what);
    TrainingRepository trainings = m_ws->trainings(m_employer.uuid);
    // The log line names the statement that failed.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("no such table: training.* in SELECT .*training"));
    QString error;
    if (read == "find") {
        const Result<std::optional<Training>> r = trainings.find(m_training.uuid);
        QVERIFY(!r);
        error = r.error();
    } else if (read == "findAll") {
        const Result<QList<Training>> r = trainings.findAll();
        QVERIFY(!r);
        error = r.error();
    } else if (read == "findPage") {
        const Result<QList<Training>> r = trainings.findPage(PageRequest{});
        QVERIFY(!r);
        error = r.error();
    } else if (read == "findSyncStatus") {
        const Result<SyncStatus> r = trainings.findSyncStatus(m_training.uuid);
        QVERIFY(!r);
        error = r.error();
    } else if (read == "findCount") {
        const Result<qint64> r = trainings.findCount(TrainingFilter{});
        QVERIFY(!r);
        error = r.error();
    } else if (read == "findCountAll") {
        const Result<qint64> r = trainings.findCount();
        QVERIFY(!r);
        error = r.error();
    } else if (read == "findOfTraining") {
        const Result<QList<Participation>> r =
            m_ws->participations(m_employer.uuid).findOfTraining(m_training.uuid);
        QVERIFY(!r);
        error = r.error();
    } else if (read == "readWorkspaceRecords") {
        const Result<DataSet> r = readWorkspaceRecords(*m_ws);
        QVERIFY(!r);
        error = r.error();
    } else {
        const Result<QList<ParticipationRow>> r =
            m_ws->participations(m_employer.uuid).findPage(PageRequest{});
        QVERIFY(!r);
        error = r.error();
    }
    // The message says what could not be read, and the engine's reason.
    QVERIFY2(error.contains("could not read the " + what + " records"), qPrintable(error));
    QVERIFY2(error.contains("no such table: training"), qPrintable(error));
}

void TestReadFailures::unpreparableStatementIsLogged()
{
    // The statement cache says why a statement cannot be prepared, with the statement, even to
    // callers that only see nullptr.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("cannot prepare: .*no such table: training.*"
                                                          "SELECT name FROM training WHERE uuid = 1"));
    QString detail;
    QVERIFY(!m_ws->statements().get("SELECT name FROM training WHERE uuid = 1", &detail));
    QVERIFY2(detail.contains("no such table"), qPrintable(detail));
}

// The audit trail and the queue of declarations: a failure naming them, never an empty history or queue.
void TestReadFailures::auditTrailAndQueueFailures()
{
    QSqlQuery q(m_ws->database());
    QVERIFY2(q.exec("DROP TABLE audit") && q.exec("DROP TABLE outbox"), qPrintable(q.lastError().text()));
    const AuditRepository audit = m_ws->audit(m_employer.uuid);
    const OutboxRepository outbox = m_ws->outbox(m_employer.uuid);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("no such table: audit.* in SELECT .*FROM audit"));
    const Result<QList<AuditEntry>> history = audit.findHistory(m_training.uuid);
    QVERIFY(!history);
    QVERIFY2(history.error().contains("could not read the history of the record"),
             qPrintable(history.error()));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("no such table: audit.* in SELECT .*FROM audit"));
    const Result<QList<AuditEntry>> recent = audit.findRecent();
    QVERIFY(!recent);
    QVERIFY2(recent.error().contains("audit trail"), qPrintable(recent.error()));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("no such table: audit"));
    QVERIFY(!audit.findCount());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("no such table: audit"));
    QVERIFY(!audit.canRestore(m_training.uuid));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("no such table: outbox.* in SELECT .*FROM outbox"));
    const Result<QList<OutboxEntry>> entries = outbox.findEntries(OutboxState::Pending);
    QVERIFY(!entries);
    QVERIFY2(entries.error().contains("could not read the queue of declarations"),
             qPrintable(entries.error()));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("no such table: outbox"));
    QVERIFY(!outbox.findCount());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("no such table: outbox"));
    QVERIFY(!outbox.findPendingBatch(10));
}

QTEST_GUILESS_MAIN(TestReadFailures)
#include "tst_readfailures.moc"
