// Training plans in a real workspace (a file, and as TrainingPlanRepository_pg a
// PostgreSQL database): saved whole and read back, kept per employer, refused
// with a message when their years overlap, gone with their employer.

#include "PostgresTestCluster.h"
#include "StorageTestData.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/TrainingPlanRepository.h"
#include "core/storage/Workspace.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fla;

namespace {

TrainingPlan samplePlan(const QUuid &employer)
{
    TrainingPlan p;
    p.uuid = QUuid::createUuid();
    p.employerUuid = employer;
    p.firstYear = 2027;
    p.lastYear = 2028;
    p.body = ConsultedBody::UnionDelegation;
    p.items = {
        {QUuid::createUuid(), TrainingCategory::FormalContinuing, "Forklift safety", "warehouse staff",
         RiskGroup::Age50Plus, 6, 2.5},
        {QUuid::createUuid(), TrainingCategory::Initial, "Onboarding", "new hires", RiskGroup::None, 4, 1}};
    p.events = {{PlanStep::DraftSent, QDate(2027, 2, 10), "sent by e-mail"},
                {PlanStep::AdviceReceived, QDate(2027, 3, 1), QString()}};
    return p;
}

} // namespace

class TestTrainingPlanRepository : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void overlappingYearsAreRefused();
    void keptPerEmployer();
};

void TestTrainingPlanRepository::roundTrip()
{
    QTemporaryDir dir;
    QString error;
    STORAGE_LOCATION(path, dir.path(), "w.fladesk");
    const Employer e = storagetest::employer("Bakkerij Peeters");
    const TrainingPlan plan = samplePlan(e.uuid);
    {
        auto ws = Workspace::open(path, &error);
        QVERIFY2(ws, qPrintable(error));
        QVERIFY2(ws->employers().save(e, &error), qPrintable(error));
        QVERIFY2(ws->trainingPlans(e.uuid).save(plan, &error), qPrintable(error));
    }
    auto ws = Workspace::open(path, &error); // read back from the file
    QVERIFY2(ws, qPrintable(error));
    const auto back = ws->trainingPlans(e.uuid).startingIn(2027, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->uuid, plan.uuid);
    QCOMPARE(back->lastYear, 2028);
    QVERIFY(back->body == ConsultedBody::UnionDelegation);
    QCOMPARE(back->items.size(), 2);
    QCOMPARE(back->items.at(0).title, "Forklift safety");
    QVERIFY(back->items.at(0).riskGroup == RiskGroup::Age50Plus);
    QCOMPARE(back->items.at(0).plannedDays, 2.5);
    QVERIFY(back->items.at(1).category == TrainingCategory::Initial);
    QCOMPARE(back->events.size(), 2);
    QCOMPARE(back->doneOn(PlanStep::DraftSent), QDate(2027, 2, 10));
    QCOMPARE(back->events.at(0).note, "sent by e-mail");
    // Saved again with one more log entry: items and log replaced, not doubled.
    TrainingPlan more = *back;
    more.events.append({PlanStep::Adopted, QDate(2027, 3, 20), QString()});
    QVERIFY2(ws->trainingPlans(e.uuid).save(more, &error), qPrintable(error));
    const QList<TrainingPlan> all = ws->trainingPlans(e.uuid).all(&error);
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().items.size(), 2);
    QCOMPARE(all.first().events.size(), 3);
}

void TestTrainingPlanRepository::overlappingYearsAreRefused()
{
    QTemporaryDir dir;
    QString error;
    STORAGE_LOCATION(location_1, dir.path(), "w.fladesk");
    auto ws = Workspace::open(location_1, &error);
    QVERIFY2(ws, qPrintable(error));
    const Employer e = storagetest::employer("Bakkerij Peeters");
    QVERIFY(ws->employers().save(e, &error));
    QVERIFY(ws->trainingPlans(e.uuid).save(samplePlan(e.uuid), &error));
    TrainingPlan second = samplePlan(e.uuid);
    second.firstYear = second.lastYear = 2028;
    QVERIFY(!ws->trainingPlans(e.uuid).save(second, &error));
    QCOMPARE(error, "The training plan 2028 overlaps the training plan 2027-2028 of this company.");
    second.firstYear = second.lastYear = 2029;
    QVERIFY2(ws->trainingPlans(e.uuid).save(second, &error), qPrintable(error));
    TrainingPlan wrongYears = samplePlan(e.uuid);
    wrongYears.firstYear = 2031;
    wrongYears.lastYear = 2030;
    QVERIFY(!ws->trainingPlans(e.uuid).save(wrongYears, &error));
    QVERIFY(error.contains("no valid years"));
}

void TestTrainingPlanRepository::keptPerEmployer()
{
    QTemporaryDir dir;
    QString error;
    STORAGE_LOCATION(location_2, dir.path(), "w.fladesk");
    auto ws = Workspace::open(location_2, &error);
    QVERIFY2(ws, qPrintable(error));
    const Employer a = storagetest::employer("A", 5669882), b = storagetest::employer("B", 2000001);
    QVERIFY(ws->employers().save(a, &error));
    QVERIFY2(ws->employers().save(b, &error), qPrintable(error));
    const TrainingPlan plan = samplePlan(a.uuid);
    QVERIFY(ws->trainingPlans(a.uuid).save(plan, &error));
    QVERIFY(ws->trainingPlans(b.uuid).all(&error).isEmpty());
    // B cannot take over A's plan by its uuid.
    TrainingPlan stolen = plan;
    stolen.employerUuid = b.uuid;
    QVERIFY(!ws->trainingPlans(b.uuid).save(stolen, &error));
    QVERIFY(error.contains("another company"));
    stolen.employerUuid = QUuid();
    QVERIFY(!ws->trainingPlans(b.uuid).save(stolen, &error));
    QCOMPARE(ws->trainingPlans(a.uuid).all(&error).first().employerUuid, a.uuid);
    // A plan goes with its employer.
    QVERIFY2(ws->employers().remove(a.uuid, &error), qPrintable(error));
    QSqlQuery q(ws->database());
    QVERIFY(q.exec("SELECT count(*) FROM training_plan_item") && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestTrainingPlanRepository)
#include "tst_trainingplanrepository.moc"
