#include "../storage/StorageTestData.h"
#include "Must.h"
#include "core/anomaly/AffectedRecords.h"
#include "core/common/Clock.h"
#include "core/storage/AuditRepository.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/ParticipationRepository.h"
#include "core/storage/RecordJson.h"
#include "core/storage/TrainingRepository.h"
#include "core/storage/WorkerRepository.h"
#include "core/storage/Workspace.h"
#include "core/workspace/RecordWriter.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fla;

// Optimistic locking (migration 10): two editors — on a team server two
// desktops, each with its own connection; in a SQLite file two windows of the
// one desktop — read the same version of a record and both save. The first
// save wins; the second is refused with both versions, and nothing of the
// first is overwritten. Run on both engines (EditConflict and EditConflict_pg).
class TestEditConflict : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void secondSaveOfTheSameVersionIsRefused_data();
    void secondSaveOfTheSameVersionIsRefused();
    void keepMineSavesOnTopOfTheirs();
    void deletedMeanwhileIsAConflictWithoutTheirs();
    void newRecordsAndUnchangedSaves();
    void everyReadCarriesTheVersion();

private:
    // The second desktop: its own connection on a server, the same workspace in a file.
    Workspace &other() { return m_other ? *m_other : *m_ws; }

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 7, 15), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<Workspace> m_ws, m_other;
    Employer m_employer;
    Worker m_worker;
    Training m_training;
    Participation m_participation;
};

void TestEditConflict::init()
{
    STORAGE_LOCATION(location, m_dir.path(), "edits.fladesk");
    QString error;
    m_ws = Workspace::open(location, &error);
    QVERIFY2(m_ws, qPrintable(error));
    if (test::testingPostgres()) {
        m_other = Workspace::open(location, &error);
        QVERIFY2(m_other, qPrintable(error));
    }
    RecordWriter writer(*m_ws, m_clock);
    m_employer = storagetest::employer(QStringLiteral("Alpha"));
    m_worker = storagetest::worker(m_employer.uuid, QStringLiteral("Peeters"));
    m_training = storagetest::training(m_employer.uuid, QStringLiteral("VCA"));
    m_participation = storagetest::participation(m_training, m_worker);
    QVERIFY2(writer.save(m_employer), qPrintable(writer.save(m_employer).error()));
    const Result<void> saved = writer.write([&](AffectedRecords &, QString *e) {
        return m_ws->workers(m_employer.uuid).save(m_worker, e) &&
               m_ws->trainings(m_employer.uuid).save(m_training, e) &&
               m_ws->participations(m_employer.uuid).save(m_participation, e);
    });
    QVERIFY2(saved, qPrintable(saved.error()));
}

void TestEditConflict::cleanup()
{
    m_other.reset();
    m_ws.reset();
}

void TestEditConflict::secondSaveOfTheSameVersionIsRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("company") << "employer";
    QTest::newRow("worker") << "worker";
    QTest::newRow("training") << "training";
    QTest::newRow("participation") << "participation";
}

// Both read version 1; the first save makes version 2; the second, at 1, is refused.
template<typename T, typename Repo, typename Change>
static void raceOn(Workspace &mine, Workspace &theirs, const Clock &clock, Repo repoOf, const QUuid &uuid,
                   Change change)
{
    const std::optional<T> readByThem = fla::test::must(repoOf(theirs).find(uuid));
    const std::optional<T> readByMe = fla::test::must(repoOf(mine).find(uuid));
    QVERIFY(readByThem && readByMe);
    QCOMPARE(readByMe->rowVersion, 1);
    QCOMPARE(readByThem->rowVersion, 1);

    T theirEdit = *readByThem;
    change(theirEdit, QStringLiteral("theirs"));
    const EditResult<T> first = RecordWriter(theirs, clock).saveEdit(theirEdit);
    QVERIFY2(first.ok(), qPrintable(first.error()));
    QCOMPARE(first.saved().rowVersion, 2);

    T myEdit = *readByMe;
    change(myEdit, QStringLiteral("mine"));
    const EditResult<T> second = RecordWriter(mine, clock).saveEdit(myEdit);
    QVERIFY(!second.ok());
    QVERIFY(second.isConflict());
    QCOMPARE(second.conflict().readVersion(), 1);
    QCOMPARE(second.conflict().storedVersion(), 2);
    QVERIFY(second.conflict().theirs.has_value());
    T expectedTheirs = theirEdit;
    expectedTheirs.rowVersion = 2;
    QCOMPARE(recordjson::toJson(*second.conflict().theirs), recordjson::toJson(expectedTheirs));
    QCOMPARE(recordjson::toJson(second.conflict().mine), recordjson::toJson(myEdit));
    QVERIFY2(second.error().contains(QLatin1String("version 1")) &&
                 second.error().contains(QLatin1String("version 2")),
             qPrintable(second.error()));
    // Nothing of theirs was overwritten, on either connection.
    for (Workspace *ws : {&mine, &theirs}) {
        const std::optional<T> now = fla::test::must(repoOf(*ws).find(uuid));
        QVERIFY(now);
        QCOMPARE(now->rowVersion, 2);
        QCOMPARE(recordjson::toJson(*now), recordjson::toJson(theirEdit));
    }
}

void TestEditConflict::secondSaveOfTheSameVersionIsRefused()
{
    QFETCH(QString, kind);
    const QUuid e = m_employer.uuid;
    if (kind == QLatin1String("employer")) {
        raceOn<Employer>(
            *m_ws, other(), m_clock, [](Workspace &ws) { return ws.employers(); }, e,
            [](Employer &r, const QString &who) { r.name = QStringLiteral("Alpha ") + who; });
    } else if (kind == QLatin1String("worker")) {
        raceOn<Worker>(
            *m_ws, other(), m_clock, [e](Workspace &ws) { return ws.workers(e); }, m_worker.uuid,
            [](Worker &r, const QString &who) { r.address = QStringLiteral("Kerkstraat 1 ") + who; });
    } else if (kind == QLatin1String("training")) {
        raceOn<Training>(
            *m_ws, other(), m_clock, [e](Workspace &ws) { return ws.trainings(e); }, m_training.uuid,
            [](Training &r, const QString &who) { r.provider = QStringLiteral("Provider ") + who; });
    } else {
        raceOn<Participation>(
            *m_ws, other(), m_clock, [e](Workspace &ws) { return ws.participations(e); },
            m_participation.uuid,
            [](Participation &r, const QString &who) {
                r.durationOverride = who == QLatin1String("mine") ? 3.0 : 4.0;
            });
    }
    if (QTest::currentTestFailed())
        return;
    // The refused save left no audit entry: one create and one update.
    const QUuid uuid = kind == QLatin1String("employer")   ? e
                       : kind == QLatin1String("worker")   ? m_worker.uuid
                       : kind == QLatin1String("training") ? m_training.uuid
                                                           : m_participation.uuid;
    int updates = 0;
    const auto history = m_ws->audit(e).findHistory(uuid);
    QVERIFY(history);
    for (const AuditEntry &entry : history.value())
        updates += entry.change == ChangeKind::Update ? 1 : 0;
    QCOMPARE(updates, 1);
}

void TestEditConflict::keepMineSavesOnTopOfTheirs()
{
    const QUuid e = m_employer.uuid;
    Worker mine = *fla::test::must(m_ws->workers(e).find(m_worker.uuid));
    Worker theirs = *fla::test::must(other().workers(e).find(m_worker.uuid));
    theirs.givenName = QStringLiteral("Marie");
    QVERIFY(RecordWriter(other(), m_clock).saveEdit(theirs).ok());
    mine.address = QStringLiteral("Nieuwstraat 2");
    const EditResult<Worker> refused = RecordWriter(*m_ws, m_clock).saveEdit(mine);
    QVERIFY(refused.isConflict());
    // "Keep mine": my version, saved on top of the version now stored.
    Worker again = refused.conflict().mine;
    again.rowVersion = refused.conflict().storedVersion();
    const EditResult<Worker> kept = RecordWriter(*m_ws, m_clock).saveEdit(again);
    QVERIFY2(kept.ok(), qPrintable(kept.error()));
    QCOMPARE(kept.saved().rowVersion, 3);
    const Worker stored = *fla::test::must(other().workers(e).find(m_worker.uuid));
    QCOMPARE(stored.address, QStringLiteral("Nieuwstraat 2"));
    QCOMPARE(stored.givenName, m_worker.givenName); // mine, whole: the user chose it over theirs
    QCOMPARE(stored.rowVersion, 3);
}

void TestEditConflict::deletedMeanwhileIsAConflictWithoutTheirs()
{
    const QUuid e = m_employer.uuid;
    Participation mine = *fla::test::must(m_ws->participations(e).find(m_participation.uuid));
    QVERIFY(RecordWriter(other(), m_clock).remove(RecordKind::Participation, e, m_participation.uuid));
    mine.certificate = true;
    const EditResult<Participation> refused = RecordWriter(*m_ws, m_clock).saveEdit(mine);
    QVERIFY(refused.isConflict());
    QVERIFY(!refused.conflict().theirs);
    QCOMPARE(refused.conflict().storedVersion(), 0);
    QVERIFY2(refused.error().contains(QLatin1String("deleted")), qPrintable(refused.error()));
    QVERIFY(!fla::test::must(other().participations(e).find(m_participation.uuid)));
}

void TestEditConflict::newRecordsAndUnchangedSaves()
{
    const QUuid e = m_employer.uuid;
    // A new record is saved at version 0 and stored as 1.
    const Worker fresh = storagetest::worker(e, QStringLiteral("Janssens"), 44);
    QCOMPARE(fresh.rowVersion, 0);
    const EditResult<Worker> created = RecordWriter(*m_ws, m_clock).saveEdit(fresh);
    QVERIFY2(created.ok(), qPrintable(created.error()));
    QCOMPARE(created.saved().rowVersion, 1);
    // The same uuid saved as new again (another desktop made it meanwhile): refused.
    const EditResult<Worker> twice = RecordWriter(other(), m_clock).saveEdit(fresh);
    QVERIFY(twice.isConflict());
    QCOMPARE(twice.conflict().storedVersion(), 1);
    // A save that changes nothing keeps the version.
    const EditResult<Worker> same = RecordWriter(*m_ws, m_clock).saveEdit(created.saved());
    QVERIFY2(same.ok(), qPrintable(same.error()));
    QCOMPARE(same.saved().rowVersion, 1);
    // The writers that do not edit what a user read (imports, pulls) still count versions.
    Worker imported = created.saved();
    imported.familyName = QStringLiteral("Janssens-Peeters");
    QVERIFY(RecordWriter(*m_ws, m_clock).save(imported));
    QCOMPARE(fla::test::must(other().workers(e).find(fresh.uuid))->rowVersion, 2);
}

void TestEditConflict::everyReadCarriesTheVersion()
{
    const QUuid e = m_employer.uuid;
    Training t = *fla::test::must(m_ws->trainings(e).find(m_training.uuid));
    t.name = QStringLiteral("VCA basis");
    QVERIFY(RecordWriter(*m_ws, m_clock).saveEdit(t).ok());
    Participation p = *fla::test::must(m_ws->participations(e).find(m_participation.uuid));
    p.followed = false;
    QVERIFY(RecordWriter(*m_ws, m_clock).saveEdit(p).ok());
    QCOMPARE(fla::test::must(other().trainings(e).findAll()).value(0).rowVersion, 2);
    QCOMPARE(fla::test::must(other().participations(e).findOfTraining(m_training.uuid)).value(0).rowVersion,
             2);
    PageRequest page;
    page.limit = 10;
    const QList<ParticipationRow> rows = fla::test::must(other().participations(e).findPage(page, {}));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().participation.rowVersion, 2);
    QCOMPARE(rows.first().trainingName, QStringLiteral("VCA basis"));
    QCOMPARE(rows.first().workerFamilyName, m_worker.familyName);
    QCOMPARE(fla::test::must(other().employers().findAll()).value(0).rowVersion, 1);
    QCOMPARE(fla::test::must(other().workers(e).findAll()).value(0).rowVersion, 1);
}

QTEST_GUILESS_MAIN(TestEditConflict)
#include "tst_editconflict.moc"
