#include "Must.h"
#include "StorageTestData.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/EmploymentRepository.h"
#include "core/storage/ParticipationRepository.h"
#include "core/storage/TrainingRepository.h"
#include "core/storage/TrainingRightRepository.h"
#include "core/storage/WorkerRepository.h"
#include "core/storage/Workspace.h"

#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <numeric>

using namespace fla;
using namespace storagetest;

class TestRepositories : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void roundTripsEveryEntity();
    void obligationFieldsRoundTrip();
    void updateAndUnchanged();
    void employerScopeIsEnforced();
    void foreignKeysAcrossEmployersRefused();
    void unknownReferencesRefused_data();
    void unknownReferencesRefused();
    void bulkRefusalNamesTheRecord_data();
    void bulkRefusalNamesTheRecord();
    void constraintMessagesNameRecordAndField_data();
    void constraintMessagesNameRecordAndField();
    void saveAllIsAllOrNothing();
    void trainingWithParticipants();
    void removeRefusedWhileReferenced();
    void pagedReads();
    void pagesSortedByName_data();
    void pagesSortedByName();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    Employer m_a, m_b;
};

void TestRepositories::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    STORAGE_LOCATION(location, m_dir->path(), "ws.fladesk");
    m_ws = Workspace::open(location, &error);
    QVERIFY2(m_ws, qPrintable(error));
    m_a = employer("Alpha");
    m_b = employer("Beta", 4030192);
    QVERIFY(m_ws->employers().saveAll({m_a, m_b}, &error));
}

void TestRepositories::cleanup()
{
    m_ws.reset();
    m_dir.reset();
}

void TestRepositories::roundTripsEveryEntity()
{
    QString error;
    Worker w = worker(m_a.uuid, "Peeters");
    w.address = "Kerkstraat 1\n2000 Antwerpen";
    w.language = Language::French;
    QVERIFY2(m_ws->workers(m_a.uuid).save(w, &error), qPrintable(error));
    QCOMPARE(fla::test::must(m_ws->workers(m_a.uuid).find(w.uuid))->address, w.address);
    QCOMPARE(fla::toString(fla::test::must(m_ws->workers(m_a.uuid).find(w.uuid))->language),
             fla::toString(Language::French));
    QCOMPARE(fla::test::must(m_ws->workers(m_a.uuid).find(w.uuid))->birthDate, w.birthDate);

    Employment em;
    em.uuid = QUuid::createUuid();
    em.workerUuid = w.uuid; // employer taken from the scope
    em.startDate = QDate(2020, 1, 1);
    em.workRegime = 0.8;
    em.jointCommittee = "200";
    QVERIFY2(m_ws->employments(m_a.uuid).save(em, &error), qPrintable(error));
    const auto emBack = fla::test::must(m_ws->employments(m_a.uuid).find(em.uuid));
    QVERIFY(emBack);
    QCOMPARE(emBack->employerUuid, m_a.uuid);
    QVERIFY(!emBack->endDate.isValid());
    QCOMPARE(emBack->workRegime, 0.8);
    QCOMPARE(fla::test::must(m_ws->employments(m_a.uuid).findOfWorker(w.uuid)).size(), 1);

    Training t = training(m_a.uuid, "Heftruck");
    t.kind = TrainingKind::Informal;
    t.provider = "VDAB";
    QVERIFY2(m_ws->trainings(m_a.uuid).save(t, &error), qPrintable(error));
    const auto tBack = fla::test::must(m_ws->trainings(m_a.uuid).find(t.uuid));
    QCOMPARE(tBack->costCents, t.costCents);
    QCOMPARE(fla::toString(tBack->kind), fla::toString(TrainingKind::Informal));
    QCOMPARE(tBack->provider, QStringLiteral("VDAB"));
    QCOMPARE(tBack->registeredOn, t.registeredOn);

    Participation p = participation(t, w);
    p.durationOverride = 3.5;
    p.certificate = true;
    p.certificateValidUntil = QDate(2027, 1, 1);
    QVERIFY2(m_ws->participations(m_a.uuid).save(p, &error), qPrintable(error));
    const auto pBack = fla::test::must(m_ws->participations(m_a.uuid).find(p.uuid));
    QCOMPARE(pBack->durationOverride, p.durationOverride);
    QCOMPARE(pBack->certificateValidUntil, p.certificateValidUntil);
    QVERIFY(pBack->certificate);

    TrainingRight r;
    r.uuid = QUuid::createUuid();
    r.employerUuid = m_a.uuid;
    r.workerUuid = w.uuid;
    r.year = 2025;
    r.type = RightType::Sectoral;
    r.amount = 2;
    r.caoNumber = "123456";
    QVERIFY2(m_ws->rights(m_a.uuid).save(r, &error), qPrintable(error));
    QCOMPARE(fla::test::must(m_ws->rights(m_a.uuid).findOfWorker(w.uuid, 2025)).size(), 1);
    QCOMPARE(fla::test::must(m_ws->rights(m_a.uuid).findOfWorker(w.uuid, 2024)).size(), 0);
    QCOMPARE(fla::test::must(m_ws->rights(m_a.uuid).find(r.uuid))->caoNumber, QStringLiteral("123456"));
}

// The fields of schema 9 (financial year, sex, category, cost parts, sharing, leave),
// written and read back on each engine (Repositories_pg: PostgreSQL).
void TestRepositories::obligationFieldsRoundTrip()
{
    QString error;
    Employer e = m_a;
    e.financialYearStartMonth = 7;
    e.financialYearStartDay = 1;
    QVERIFY2(m_ws->employers().save(e, &error), qPrintable(error));
    QCOMPARE(fla::test::must(m_ws->employers().find(e.uuid))->financialYearStartMonth, 7);
    Worker w = worker(m_a.uuid, "Peeters");
    w.sex = StatedSex::Female;
    QVERIFY2(m_ws->workers(m_a.uuid).save(w, &error), qPrintable(error));
    QCOMPARE(fla::toString(fla::test::must(m_ws->workers(m_a.uuid).find(w.uuid))->sex), "FEMALE");
    Training t = training(m_a.uuid, "Heftruck");
    t.category = StatedCategory::Initial;
    t.costCents = 100000;
    t.traineePayCents = 25050;
    t.travelCostCents = 0;
    t.contributionsCents = 9000;
    t.subsidiesCents = 30001;
    t.costSharing = CostSharing::ByHours;
    t.leave = TrainingLeave::FlemishTrainingLeave;
    QVERIFY2(m_ws->trainings(m_a.uuid).save(t, &error), qPrintable(error));
    const auto back = fla::test::must(m_ws->trainings(m_a.uuid).find(t.uuid));
    QVERIFY(back);
    QCOMPARE(fla::toString(back->category), "INITIAL");
    QCOMPARE(back->traineePayCents, std::optional<qint64>(25050));
    QCOMPARE(back->travelCostCents, std::optional<qint64>(0));
    QCOMPARE(back->contributionsCents, std::optional<qint64>(9000));
    QCOMPARE(back->subsidiesCents, std::optional<qint64>(30001));
    QCOMPARE(fla::toString(back->costSharing), "BY_HOURS");
    QCOMPARE(fla::toString(back->leave), "FLEMISH_TRAINING_LEAVE");
    // A training saved without them reads as "not stated".
    const Training plain = training(m_a.uuid, "Toolbox");
    QVERIFY2(m_ws->trainings(m_a.uuid).save(plain, &error), qPrintable(error));
    const auto plainBack = fla::test::must(m_ws->trainings(m_a.uuid).find(plain.uuid));
    QCOMPARE(fla::toString(plainBack->category), "BY_KIND");
    QVERIFY(!plainBack->subsidiesCents);
    // A negative subsidy is refused by the workspace, naming the field.
    Training negative = plain;
    negative.subsidiesCents = -1;
    QVERIFY(!m_ws->trainings(m_a.uuid).save(negative, &error));
    QVERIFY2(error.contains("subsid"), qPrintable(error));
}

void TestRepositories::updateAndUnchanged()
{
    QString error;
    Worker w = worker(m_a.uuid, "Janssens");
    auto repo = m_ws->workers(m_a.uuid);
    QVERIFY(repo.save(w, &error));
    w.givenName = "Marie";
    QVERIFY(repo.save(w, &error));
    QCOMPARE(fla::test::must(repo.find(w.uuid))->givenName, QStringLiteral("Marie"));
    QCOMPARE(fla::test::must(repo.findCount()), 1);
    BulkStats stats;
    QVERIFY(repo.upsertAll({w}, BulkOptions{}, &stats, &error));
    QCOMPARE(stats.unchanged, 1);
    QCOMPARE(stats.updated + stats.inserted, 0);
}

void TestRepositories::employerScopeIsEnforced()
{
    QString error;
    const Worker w = worker(m_a.uuid, "Claes");
    QVERIFY(m_ws->workers(m_a.uuid).save(w, &error));
    // Not visible through another employer's scope.
    QVERIFY(!fla::test::must(m_ws->workers(m_b.uuid).find(w.uuid)));
    QCOMPARE(fla::test::must(m_ws->workers(m_b.uuid).findAll()).size(), 0);
    QVERIFY(!m_ws->workers(m_b.uuid).remove(w.uuid, &error));
    QVERIFY(fla::test::must(m_ws->workers(m_a.uuid).find(w.uuid)));
    // Not writable through another employer's scope.
    QVERIFY(!m_ws->workers(m_b.uuid).save(w, &error));
    QVERIFY2(error.contains("another employer"), qPrintable(error));
    Worker moved = w;
    moved.employerUuid = m_b.uuid; // same uuid claimed by employer B
    QVERIFY(!m_ws->workers(m_b.uuid).save(moved, &error));
    QVERIFY2(error.contains("another employer"), qPrintable(error));
    // No scope, no write.
    QVERIFY(!m_ws->workers(QUuid()).save(worker(QUuid(), "X"), &error));
    QVERIFY2(error.contains("without an employer"), qPrintable(error));
}

void TestRepositories::foreignKeysAcrossEmployersRefused()
{
    QString error;
    const Worker wa = worker(m_a.uuid, "A");
    const Training tb = training(m_b.uuid, "B");
    QVERIFY(m_ws->workers(m_a.uuid).save(wa, &error));
    QVERIFY(m_ws->trainings(m_b.uuid).save(tb, &error));
    Participation p = participation(tb, wa); // worker of A in a training of B
    QVERIFY(!m_ws->participations(m_b.uuid).save(p, &error));
    QVERIFY2(error.contains("does not exist for this employer"), qPrintable(error));
    QVERIFY2(error.contains(p.uuid.toString(QUuid::WithoutBraces)), qPrintable(error));
}

// A participation stores its training and worker as row ids looked up by
// uuid: an unknown uuid, or one of another employer, is refused with the
// same message on the single-record path and on the bulk path (which
// resolves the ids itself), and nothing is written.
void TestRepositories::unknownReferencesRefused_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<bool>("bulk");
    for (const bool bulk : {false, true}) {
        const char *path = bulk ? "bulk" : "save";
        QTest::newRow(qPrintable(QStringLiteral("unknown training, ") + QLatin1String(path)))
            << "training" << bulk;
        QTest::newRow(qPrintable(QStringLiteral("unknown worker, ") + QLatin1String(path)))
            << "worker" << bulk;
        QTest::newRow(qPrintable(QStringLiteral("other employer worker, ") + QLatin1String(path)))
            << "other" << bulk;
    }
}

void TestRepositories::unknownReferencesRefused()
{
    QFETCH(QString, reference);
    QFETCH(bool, bulk);
    QString error;
    const Worker w = worker(m_a.uuid, "Janssens");
    const Worker other = worker(m_b.uuid, "Claes");
    const Training t = training(m_a.uuid, "EHBO");
    QVERIFY(m_ws->workers(m_a.uuid).save(w, &error));
    QVERIFY(m_ws->workers(m_b.uuid).save(other, &error));
    QVERIFY(m_ws->trainings(m_a.uuid).save(t, &error));
    Participation good = participation(t, w);
    Participation bad = participation(t, w);
    bad.uuid = QUuid::createUuid();
    if (reference == "training")
        bad.trainingUuid = QUuid::createUuid();
    else if (reference == "worker")
        bad.workerUuid = QUuid::createUuid();
    else
        bad.workerUuid = other.uuid;
    auto repo = m_ws->participations(m_a.uuid);
    BulkStats stats;
    const bool saved =
        bulk ? repo.upsertAll({good, bad}, BulkOptions{}, &stats, &error) : repo.saveAll({good, bad}, &error);
    QVERIFY(!saved);
    QVERIFY2(error.contains("does not exist for this employer"), qPrintable(error));
    QVERIFY2(error.contains(bad.uuid.toString(QUuid::WithoutBraces)), qPrintable(error));
    QCOMPARE(fla::test::must(repo.findCount()), 0); // all or nothing
    // The good one alone is stored and reads back with its references.
    QVERIFY2(bulk ? repo.upsertAll({good}, BulkOptions{}, &stats, &error) : repo.save(good, &error),
             qPrintable(error));
    const auto back = fla::test::must(repo.find(good.uuid));
    QVERIFY(back);
    QCOMPARE(back->trainingUuid, t.uuid);
    QCOMPARE(back->workerUuid, w.uuid);
    QCOMPARE(fla::test::must(repo.findOfWorker(w.uuid)).size(), 1);
    QCOMPARE(fla::test::must(repo.findOfTraining(t.uuid)).size(), 1);
}

// The bulk path inserts many rows per statement; a row the database
// refuses still fails the write with a message naming that record, whether
// it sits in a full statement or in the tail, and nothing is stored.
void TestRepositories::bulkRefusalNamesTheRecord_data()
{
    QTest::addColumn<int>("bad");
    QTest::addColumn<QString>("expected");
    QTest::newRow("a worker twice in a training, in the first statement") << 20 << "already takes part";
    QTest::newRow("a worker twice in a training, in the tail") << 70 << "already takes part";
    QTest::newRow("a negative cost, in the second statement") << -40 << "cost_cents";
}

void TestRepositories::bulkRefusalNamesTheRecord()
{
    QFETCH(int, bad);
    QFETCH(QString, expected);
    QString error;
    BulkStats stats;
    if (bad < 0) {
        QList<Training> trainings;
        for (int i = 0; i < 75; ++i)
            trainings << training(m_a.uuid, QStringLiteral("T%1").arg(i));
        trainings[-bad].costCents = -100;
        auto repo = m_ws->trainings(m_a.uuid);
        QVERIFY(!repo.upsertAll(trainings, BulkOptions{}, &stats, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(error.contains(trainings.at(-bad).uuid.toString(QUuid::WithoutBraces)), qPrintable(error));
        QCOMPARE(fla::test::must(repo.findCount()), 0);
        return;
    }
    const Training t = training(m_a.uuid, "Heftruck");
    QList<Worker> workers;
    for (int i = 0; i < 75; ++i)
        workers << worker(m_a.uuid, QStringLiteral("W%1").arg(i), 100 + i);
    QVERIFY(m_ws->workers(m_a.uuid).saveAll(workers, &error));
    QVERIFY(m_ws->trainings(m_a.uuid).save(t, &error));
    QList<Participation> parts;
    for (const Worker &w : std::as_const(workers))
        parts << participation(t, w);
    parts[bad].workerUuid = workers.at(3).uuid; // the same worker as participation 3
    auto repo = m_ws->participations(m_a.uuid);
    QVERIFY(!repo.upsertAll(parts, BulkOptions{}, &stats, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(error.contains(parts.at(bad).uuid.toString(QUuid::WithoutBraces)), qPrintable(error));
    QCOMPARE(fla::test::must(repo.findCount()), 0);
}

void TestRepositories::constraintMessagesNameRecordAndField_data()
{
    QTest::addColumn<double>("workRegime");
    QTest::addColumn<bool>("ok");
    QTest::newRow("zero") << 0.0 << false;
    QTest::newRow("above one") << 1.5 << false;
    QTest::newRow("half") << 0.5 << true;
    QTest::newRow("full") << 1.0 << true;
}

void TestRepositories::constraintMessagesNameRecordAndField()
{
    QFETCH(double, workRegime);
    QFETCH(bool, ok);
    QString error;
    const Worker w = worker(m_a.uuid, "Maes");
    QVERIFY(m_ws->workers(m_a.uuid).save(w, &error));
    Employment em;
    em.uuid = QUuid::createUuid();
    em.workerUuid = w.uuid;
    em.startDate = QDate(2020, 1, 1);
    em.workRegime = workRegime;
    QCOMPARE(m_ws->employments(m_a.uuid).save(em, &error), ok);
    if (!ok) {
        QVERIFY2(error.contains("work_regime"), qPrintable(error));
        QVERIFY2(error.contains(em.uuid.toString(QUuid::WithoutBraces)), qPrintable(error));
        QCOMPARE(fla::test::must(m_ws->employments(m_a.uuid).findCount()), 0);
    }
}

void TestRepositories::saveAllIsAllOrNothing()
{
    QString error;
    Worker good = worker(m_a.uuid, "Good");
    Worker bad = worker(m_a.uuid, "Bad");
    bad.uuid = QUuid(); // no uuid
    QVERIFY(!m_ws->workers(m_a.uuid).saveAll({good, bad}, &error));
    QVERIFY2(error.contains("no uuid"), qPrintable(error));
    QCOMPARE(fla::test::must(m_ws->workers(m_a.uuid).findCount()), 0);
}

void TestRepositories::trainingWithParticipants()
{
    QString error;
    QList<Worker> workers;
    for (int i = 0; i < 5; ++i)
        workers << worker(m_a.uuid, QStringLiteral("W%1").arg(i), 10 + i);
    QVERIFY(m_ws->workers(m_a.uuid).saveAll(workers, &error));
    const Training t = training(m_a.uuid, "EHBO");
    QList<Participation> parts;
    for (const Worker &w : workers) {
        Participation p;
        p.workerUuid = w.uuid; // uuid and training filled in by the repository
        parts << p;
    }
    QVERIFY2(m_ws->trainings(m_a.uuid).saveWithParticipants(t, parts, true, &error), qPrintable(error));
    QCOMPARE(fla::test::must(m_ws->participations(m_a.uuid).findOfTraining(t.uuid)).size(), 5);
    // Keep three of them: the others are removed in the same transaction.
    QList<Participation> kept =
        fla::test::must(m_ws->participations(m_a.uuid).findOfTraining(t.uuid)).mid(0, 3);
    QVERIFY(m_ws->trainings(m_a.uuid).saveWithParticipants(t, kept, true, &error));
    QCOMPARE(fla::test::must(m_ws->participations(m_a.uuid).findOfTraining(t.uuid)).size(), 3);
    // The same worker twice in one training is refused, and nothing changes.
    Participation dup;
    dup.workerUuid = workers.at(0).uuid;
    kept << dup;
    QVERIFY(!m_ws->trainings(m_a.uuid).saveWithParticipants(t, kept, true, &error));
    QVERIFY2(error.contains("already takes part"), qPrintable(error));
    QCOMPARE(fla::test::must(m_ws->participations(m_a.uuid).findOfTraining(t.uuid)).size(), 3);
    // Delete with participants.
    QVERIFY(m_ws->trainings(m_a.uuid).removeWithParticipants(t.uuid, &error));
    QCOMPARE(fla::test::must(m_ws->participations(m_a.uuid).findCount()), 0);
    QVERIFY(!fla::test::must(m_ws->trainings(m_a.uuid).find(t.uuid)));
}

void TestRepositories::removeRefusedWhileReferenced()
{
    QString error;
    const Worker w = worker(m_a.uuid, "Ref");
    const Training t = training(m_a.uuid, "T");
    QVERIFY(m_ws->workers(m_a.uuid).save(w, &error));
    QVERIFY(m_ws->trainings(m_a.uuid).saveWithParticipants(t, {participation(t, w)}, true, &error));
    QVERIFY(!m_ws->workers(m_a.uuid).remove(w.uuid, &error));
    QVERIFY2(error.contains("still refer"), qPrintable(error));
    QVERIFY(fla::test::must(m_ws->workers(m_a.uuid).find(w.uuid)));
    QVERIFY(!m_ws->employers().remove(m_a.uuid, &error));
    QVERIFY2(error.contains("still has"), qPrintable(error));
    QVERIFY(fla::test::must(m_ws->employers().find(m_a.uuid)));
}

void TestRepositories::pagedReads()
{
    QString error;
    QList<Worker> workers;
    const QStringList names = {"Dubois", "Adams", "Claes", "Bogaert"};
    for (int i = 0; i < names.size(); ++i)
        workers << worker(m_a.uuid, names.at(i), 20 + i);
    QVERIFY(m_ws->workers(m_a.uuid).saveAll(workers, &error));
    QList<Training> trainings;
    for (int i = 0; i < 3; ++i)
        trainings << training(m_a.uuid, QStringLiteral("T%1").arg(i), QDate(2025, 5 - i, 1));
    for (const Training &t : trainings) {
        QList<Participation> ps;
        for (const Worker &w : workers)
            ps << participation(t, w);
        QVERIFY(m_ws->trainings(m_a.uuid).saveWithParticipants(t, ps, true, &error));
    }
    auto wr = m_ws->workers(m_a.uuid);
    const QList<Worker> byName = fla::test::must(wr.findPage({0, 2, WorkerRepository::ByFamilyName, true}));
    QCOMPARE(byName.size(), 2);
    QCOMPARE(byName.at(0).familyName, QStringLiteral("Adams"));
    QCOMPARE(byName.at(1).familyName, QStringLiteral("Bogaert"));
    QCOMPARE(fla::test::must(wr.findPage({2, 10, WorkerRepository::ByFamilyName, false})).at(0).familyName,
             QStringLiteral("Bogaert"));
    QCOMPARE(wr.findCount(WorkerFilter{"cl"}).value(), 1);

    auto tr = m_ws->trainings(m_a.uuid);
    QCOMPARE(fla::test::must(tr.findPage({0, 10, TrainingRepository::ByStartDate, true})).at(0).name,
             QStringLiteral("T2"));
    QCOMPARE(tr.findCount(TrainingFilter{{}, QDate(2025, 4, 1), {}, {}}).value(), 2);

    auto pr = m_ws->participations(m_a.uuid);
    QCOMPARE(pr.findCount(ParticipationFilter{}).value(), 12);
    const QList<ParticipationRow> page =
        fla::test::must(pr.findPage({4, 4, ParticipationRepository::ByCreation, true}));
    QCOMPARE(page.size(), 4);
    QCOMPARE(page.at(0).trainingName, QStringLiteral("T1"));
    QCOMPARE(page.at(0).workerFamilyName, QStringLiteral("Dubois"));
    ParticipationFilter f;
    f.trainingUuid = trainings.at(2).uuid;
    QCOMPARE(pr.findCount(f).value(), 4);
    QCOMPARE(fla::test::must(pr.findPage({0, 10, ParticipationRepository::ByWorkerName, true}, f))
                 .at(0)
                 .workerFamilyName,
             QStringLiteral("Adams"));
    ParticipationFilter byText;
    byText.text = "bog";
    QCOMPARE(pr.findCount(byText).value(), 3);
    const auto byStart = fla::test::must(pr.findPage({0, 1, ParticipationRepository::ByTrainingStart, true}));
    QCOMPARE(byStart.at(0).trainingStart, QDate(2025, 3, 1));
    // Employer B sees none of them.
    QCOMPARE(m_ws->participations(m_b.uuid).findCount(ParticipationFilter{}).value(), 0);
}

void TestRepositories::pagesSortedByName_data()
{
    QTest::addColumn<int>("sort");
    QTest::addColumn<bool>("ascending");
    QTest::newRow("worker name, ascending") << int(ParticipationRepository::ByWorkerName) << true;
    QTest::newRow("worker name, descending") << int(ParticipationRepository::ByWorkerName) << false;
    QTest::newRow("training name, ascending") << int(ParticipationRepository::ByTrainingName) << true;
    QTest::newRow("training name, descending") << int(ParticipationRepository::ByTrainingName) << false;
}

// Sorted by worker or training name, every page holds exactly the rows the
// full sort puts there, ties (two workers named alike, two trainings of
// the same name) in creation order; another employer's rows never show.
void TestRepositories::pagesSortedByName()
{
    QFETCH(int, sort);
    QFETCH(bool, ascending);
    QString error;
    QList<Worker> workers;
    const QStringList names = {"Peeters", "Adams", "Peeters", "Claes", "Maes"};
    for (int i = 0; i < names.size(); ++i)
        workers << worker(m_a.uuid, names.at(i), 40 + i);
    workers[2].givenName = workers[0].givenName; // same family and given name
    QVERIFY(m_ws->workers(m_a.uuid).saveAll(workers, &error));
    const QStringList trainingNames = {"VCA", "EHBO", "VCA", "Heftruck"};
    QList<Training> trainings;
    for (int i = 0; i < trainingNames.size(); ++i)
        trainings << training(m_a.uuid, trainingNames.at(i), QDate(2025, 1 + i, 1));
    for (const Training &t : trainings) {
        QList<Participation> ps;
        for (int i = 0; i < workers.size(); ++i) {
            if ((i + t.name.size()) % 4 != 0)
                ps << participation(t, workers.at(i));
        }
        QVERIFY(m_ws->trainings(m_a.uuid).saveWithParticipants(t, ps, true, &error));
    }
    // Employer B has rows of its own.
    const Worker other = worker(m_b.uuid, "Aerts", 60);
    const Training otherTraining = training(m_b.uuid, "AAA");
    QVERIFY(m_ws->workers(m_b.uuid).save(other, &error));
    QVERIFY(m_ws->trainings(m_b.uuid).saveWithParticipants(
        otherTraining, {participation(otherTraining, other)}, true, &error));

    auto pr = m_ws->participations(m_a.uuid);
    const int s = sort;
    QList<ParticipationRow> all =
        fla::test::must(pr.findPage({0, 1000, ParticipationRepository::ByCreation, true}));
    const qsizetype n = all.size();
    QVERIFY(n > 10);
    // Creation order is the tie-break: the position in "all" stands for p.id.
    QList<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const ParticipationRow &x = all.at(a), &y = all.at(b);
        const QStringList kx = s == ParticipationRepository::ByWorkerName
                                   ? QStringList{x.workerFamilyName, x.workerGivenName}
                                   : QStringList{x.trainingName};
        const QStringList ky = s == ParticipationRepository::ByWorkerName
                                   ? QStringList{y.workerFamilyName, y.workerGivenName}
                                   : QStringList{y.trainingName};
        for (qsizetype i = 0; i < kx.size(); ++i) {
            if (kx.at(i) != ky.at(i))
                return ascending ? kx.at(i) < ky.at(i) : kx.at(i) > ky.at(i);
        }
        return ascending ? a < b : a > b;
    });
    for (int offset = 0; offset < n; offset += 3) {
        const QList<ParticipationRow> page = fla::test::must(pr.findPage({offset, 3, s, ascending}));
        QCOMPARE(page.size(), qMin<qsizetype>(3, n - offset));
        for (qsizetype i = 0; i < page.size(); ++i)
            QCOMPARE(page.at(i).participation.uuid, all.at(order.at(offset + i)).participation.uuid);
    }
    // With a sync status filter (the same plan) and with a training filter (the other plan).
    ParticipationFilter drafts;
    drafts.syncStatus = SyncStatus::Queued;
    QCOMPARE(fla::test::must(pr.findPage({0, 1000, s, ascending}, drafts)).size(),
             pr.findCount(drafts).value());
    ParticipationFilter one;
    one.trainingUuid = trainings.at(0).uuid;
    QCOMPARE(fla::test::must(pr.findPage({0, 1000, s, ascending}, one)).size(), pr.findCount(one).value());
}

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
