#include "Must.h"
#include "StorageTestData.h"
#include "core/common/Clock.h"
#include "core/storage/AuditRepository.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/OutboxRepository.h"
#include "core/storage/ParticipationRepository.h"
#include "core/storage/TrainingRepository.h"
#include "core/storage/WorkerRepository.h"
#include "core/storage/Workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fla;
using namespace storagetest;

class TestAuditTrail : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyChangeIsAppended();
    void restoreDeletedRecord();
    void restoreTrainingWithParticipants();
    void restoreRefusedWhenNotDeleted();
    void historyIsScoped();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Workspace> m_ws;
    Employer m_a;
};

void TestAuditTrail::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    WorkspaceOptions o;
    o.clock = m_clock.get();
    o.userProfile = "hr@alpha";
    QString error;
    STORAGE_LOCATION(location, m_dir->path(), "ws.fladesk");
    m_ws = Workspace::open(location, &error, o);
    QVERIFY2(m_ws, qPrintable(error));
    m_a = employer("Alpha");
    QVERIFY(m_ws->employers().save(m_a, &error));
}

void TestAuditTrail::cleanup()
{
    m_ws.reset();
    m_dir.reset();
}

void TestAuditTrail::everyChangeIsAppended()
{
    QString error;
    Worker w = worker(m_a.uuid, "Peeters");
    auto repo = m_ws->workers(m_a.uuid);
    QVERIFY(repo.save(w, &error));
    m_clock->advanceSeconds(60);
    w.familyName = "Peters";
    QVERIFY(repo.save(w, &error));
    QVERIFY(repo.save(w, &error)); // unchanged: no entry
    m_clock->advanceSeconds(60);
    QVERIFY(repo.remove(w.uuid, &error));

    const QList<AuditEntry> h = m_ws->audit(m_a.uuid).findHistory(w.uuid).value();
    QCOMPARE(h.size(), 3);
    QCOMPARE(fla::toString(h.at(0).change), fla::toString(ChangeKind::Create));
    QVERIFY(h.at(0).before.isEmpty());
    QCOMPARE(h.at(0).after.value("familyName").toString(), QStringLiteral("Peeters"));
    QCOMPARE(h.at(0).at, QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    // On a team server the server names the database user, whatever the desktop says.
    QCOMPARE(h.at(0).userProfile, fla::test::testingPostgres() ? fla::test::PostgresTestCluster::adminUser()
                                                               : QStringLiteral("hr@alpha"));
    QCOMPARE(fla::toString(h.at(0).entity), fla::toString(RecordKind::Worker));
    QCOMPARE(fla::toString(h.at(1).change), fla::toString(ChangeKind::Update));
    QCOMPARE(h.at(1).before.value("familyName").toString(), QStringLiteral("Peeters"));
    QCOMPARE(h.at(1).after.value("familyName").toString(), QStringLiteral("Peters"));
    QCOMPARE(fla::toString(h.at(2).change), fla::toString(ChangeKind::Delete));
    QCOMPARE(h.at(2).before.value("familyName").toString(), QStringLiteral("Peters"));
    QVERIFY(h.at(2).after.isEmpty());
    QCOMPARE(h.at(2).at, QDateTime(QDate(2026, 3, 2), QTime(9, 2), Qt::UTC));
    // The outbox got one row per change (and one for the employer), in the same transactions.
    QCOMPARE(m_ws->outbox(m_a.uuid).findCount().value(), 4);
}

void TestAuditTrail::restoreDeletedRecord()
{
    QString error;
    const Worker w = worker(m_a.uuid, "Wouters");
    auto repo = m_ws->workers(m_a.uuid);
    QVERIFY(repo.save(w, &error));
    QVERIFY(repo.remove(w.uuid, &error));
    QVERIFY(!fla::test::must(repo.find(w.uuid)));
    auto audit = m_ws->audit(m_a.uuid);
    QVERIFY(audit.canRestore(w.uuid).value());
    QVERIFY2(audit.restoreDeleted(w.uuid, &error), qPrintable(error));
    const auto back = fla::test::must(repo.find(w.uuid));
    QVERIFY(back);
    QCOMPARE(back->familyName, w.familyName);
    QCOMPARE(back->ssin, w.ssin);
    QCOMPARE(fla::toString(audit.findHistory(w.uuid).value().constLast().change),
             fla::toString(ChangeKind::Restore));
    QVERIFY(!audit.canRestore(w.uuid).value());
}

void TestAuditTrail::restoreTrainingWithParticipants()
{
    QString error;
    const Worker w1 = worker(m_a.uuid, "One", 11), w2 = worker(m_a.uuid, "Two", 12);
    QVERIFY(m_ws->workers(m_a.uuid).saveAll({w1, w2}, &error));
    const Training t = training(m_a.uuid, "Brandveiligheid");
    QVERIFY(m_ws->trainings(m_a.uuid).saveWithParticipants(t, {participation(t, w1), participation(t, w2)},
                                                           true, &error));
    QVERIFY(m_ws->trainings(m_a.uuid).removeWithParticipants(t.uuid, &error));
    QCOMPARE(fla::test::must(m_ws->participations(m_a.uuid).findCount()), 0);
    // Undo of the training brings its participants back (one change set).
    QVERIFY2(m_ws->audit(m_a.uuid).restoreDeleted(t.uuid, &error), qPrintable(error));
    QVERIFY(fla::test::must(m_ws->trainings(m_a.uuid).find(t.uuid)));
    QCOMPARE(fla::test::must(m_ws->participations(m_a.uuid).findOfTraining(t.uuid)).size(), 2);
}

void TestAuditTrail::restoreRefusedWhenNotDeleted()
{
    QString error;
    const Worker w = worker(m_a.uuid, "Here");
    QVERIFY(m_ws->workers(m_a.uuid).save(w, &error));
    QVERIFY(!m_ws->audit(m_a.uuid).restoreDeleted(w.uuid, &error));
    QVERIFY2(error.contains(w.uuid.toString(QUuid::WithoutBraces)), qPrintable(error));
    QVERIFY(!m_ws->audit(m_a.uuid).restoreDeleted(QUuid::createUuid(), &error));
}

void TestAuditTrail::historyIsScoped()
{
    QString error;
    const Employer b = employer("Beta", 4030192);
    QVERIFY(m_ws->employers().save(b, &error));
    const Worker w = worker(m_a.uuid, "Scoped");
    QVERIFY(m_ws->workers(m_a.uuid).save(w, &error));
    QCOMPARE(m_ws->audit(m_a.uuid).findHistory(w.uuid).value().size(), 1);
    QCOMPARE(m_ws->audit(b.uuid).findHistory(w.uuid).value().size(), 0);
    QCOMPARE(m_ws->employerOfRecord(w.uuid), std::optional<QUuid>(m_a.uuid));
}

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "tst_audittrail.moc"
