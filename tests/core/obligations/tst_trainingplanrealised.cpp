// A training plan against what the register realised, added up by hand.

#include "core/domain/Ssin.h"
#include "core/obligations/TrainingPlanRealised.h"

#include <QTest>

using namespace fla;

class TestTrainingPlanRealised : public QObject
{
    Q_OBJECT

private slots:
    void planAgainstRegister();
};

void TestTrainingPlanRealised::planAgainstRegister()
{
    DataSet s;
    Employer e;
    e.uuid = QUuid::createUuid();
    e.hoursPerDay = 7.6;
    s.employers.append(e);
    // Four workers: born 1972 (55 in 2027), 1990, 1991, 1992.
    for (int year : {1972, 1990, 1991, 1992}) {
        Worker w;
        w.uuid = QUuid::createUuid();
        w.employerUuid = e.uuid;
        w.birthDate = QDate(year, 6, 1);
        w.ssin = Ssin::compose(year % 100, 6, 1, 11, false);
        s.workers.append(w);
    }
    const auto training = [&](TrainingKind kind, const QDate &start, double duration, DurationUnit unit,
                              TrainingStatus status) {
        Training t;
        t.uuid = QUuid::createUuid();
        t.employerUuid = e.uuid;
        t.kind = kind;
        t.startDate = t.endDate = start;
        t.duration = duration;
        t.unit = unit;
        t.status = status;
        s.trainings.append(t);
        return t.uuid;
    };
    const auto take = [&](const QUuid &t, int worker, bool followed = true) {
        Participation p;
        p.uuid = QUuid::createUuid();
        p.employerUuid = e.uuid;
        p.trainingUuid = t;
        p.workerUuid = s.workers.at(worker).uuid;
        p.followed = followed;
        s.participations.append(p);
    };
    // Formal, 2 days, 2027: workers 0 (55), 1, 2 followed, 3 did not.
    const QUuid formal =
        training(TrainingKind::Formal, QDate(2027, 4, 12), 2, DurationUnit::Days, TrainingStatus::Completed);
    take(formal, 0);
    take(formal, 1);
    take(formal, 2);
    take(formal, 3, false);
    // Informal, 3.8 hours (half a day), 2027: workers 1 and 3; worker 1 also a second time.
    const QUuid informal = training(TrainingKind::Informal, QDate(2027, 9, 1), 3.8, DurationUnit::Hours,
                                    TrainingStatus::Completed);
    take(informal, 1);
    take(informal, 3);
    const QUuid again = training(TrainingKind::Informal, QDate(2027, 10, 1), 3.8, DurationUnit::Hours,
                                 TrainingStatus::Completed);
    take(again, 1);
    // Not realised in 2027: a planned training, and one of 2026.
    take(training(TrainingKind::Formal, QDate(2027, 11, 1), 1, DurationUnit::Days, TrainingStatus::Planned),
         2);
    take(training(TrainingKind::Formal, QDate(2026, 11, 1), 1, DurationUnit::Days, TrainingStatus::Completed),
         2);

    TrainingPlan plan;
    plan.employerUuid = e.uuid;
    plan.firstYear = plan.lastYear = 2027;
    plan.items = {
        {{}, TrainingCategory::FormalContinuing, "Forklift", "warehouse", RiskGroup::None, 5, 2},
        {{}, TrainingCategory::FormalContinuing, "Forklift 50+", "warehouse", RiskGroup::Age50Plus, 2, 2},
        {{},
         TrainingCategory::InformalContinuing,
         "Toolbox talks",
         "everyone",
         RiskGroup::Disability,
         10,
         0.5}};
    const QList<PlanRealisedRow> rows = planrealised::compare(plan, s);
    // formal, formal 50+, informal, informal disability, initial.
    QCOMPARE(rows.size(), 5);
    QVERIFY(rows[0].category == TrainingCategory::FormalContinuing && rows[0].riskGroup == RiskGroup::None);
    QCOMPARE(rows[0].plannedWorkers, 7);
    QCOMPARE(rows[0].plannedDays, 5 * 2.0 + 2 * 2.0);
    QCOMPARE(rows[0].realisedWorkers, 3);
    QCOMPARE(rows[0].realisedDays, 6.0);
    QVERIFY(rows[1].riskGroup == RiskGroup::Age50Plus);
    QCOMPARE(rows[1].plannedWorkers, 2);
    QCOMPARE(rows[1].realisedWorkers, 1); // born 1 June 1972: 54 on 12 April 2027
    QCOMPARE(rows[1].realisedDays, 2.0);
    QVERIFY(rows[2].category == TrainingCategory::InformalContinuing);
    QCOMPARE(rows[2].plannedDays, 5.0);
    QCOMPARE(rows[2].realisedWorkers, 2);    // workers 1 and 3
    QCOMPARE(rows[2].realisedDays, 3 * 0.5); // three half days
    QVERIFY(rows[3].riskGroup == RiskGroup::Disability);
    QVERIFY(!rows[3].realisedKnown);
    QVERIFY(rows[4].category == TrainingCategory::Initial);
    QCOMPARE(rows[4].realisedWorkers, 0);
}

QTEST_GUILESS_MAIN(TestTrainingPlanRealised)
#include "tst_trainingplanrealised.moc"
