// The training plan's deadlines and the reminders on the company's page, worked
// out by hand across the year end (draft by 15 March - 15 days, advice by 15
// March, adopted by 31 March, copy uploaded within a month of adoption).

#include "core/obligations/TrainingPlanDeadlines.h"

#include <QFile>
#include <QTest>

using namespace fla;

namespace {

TrainingPlan planFor(int first, int last = 0)
{
    TrainingPlan p;
    p.uuid = QUuid::createUuid();
    p.firstYear = first;
    p.lastYear = last ? last : first;
    return p;
}

const auto always = [](int) { return true; };
const auto never = [](int) { return false; };

} // namespace

class TestTrainingPlanDeadlines : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dueDates_data();
    void dueDates();
    void states_data();
    void states();
    void remindersAcrossTheYearEnd_data();
    void remindersAcrossTheYearEnd();
    void aMultiYearPlanCoversItsYears();
    void requiredFromTheFteAverage();
    void reminderTexts();
};

void TestTrainingPlanDeadlines::initTestCase()
{
    QFile f(QStringLiteral(FLADESK_SOURCE_DIR "/resources/obligations/training-plan.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    TrainingPlanRules rules;
    QString error;
    QVERIFY2(TrainingPlanRules::parse(f.readAll(), &rules, &error), qPrintable(error));
    QCOMPARE(rules.adviceDay, TrainingPlanRules::builtIn().adviceDay);
    QVERIFY(!rules.uploadConfirmed);
    QVERIFY(!rules.minimumConfirmed);
    QVERIFY(!TrainingPlanRules::parse("{\"adviceBy\": {\"month\": 2, \"day\": 30}}", &rules, &error));
    QVERIFY2(error.contains("cannot be read"), qPrintable(error));
}

void TestTrainingPlanDeadlines::dueDates_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("adopted");
    QTest::addColumn<QDate>("due");
    QTest::newRow("draft 2027: 15 March - 15 days")
        << int(PlanStep::DraftSent) << 2027 << QDate() << QDate(2027, 2, 28);
    QTest::newRow("draft 2028 (leap year)")
        << int(PlanStep::DraftSent) << 2028 << QDate() << QDate(2028, 2, 29);
    QTest::newRow("advice") << int(PlanStep::AdviceReceived) << 2027 << QDate() << QDate(2027, 3, 15);
    QTest::newRow("adopted") << int(PlanStep::Adopted) << 2027 << QDate() << QDate(2027, 3, 31);
    QTest::newRow("upload, not yet adopted: 31 March + 1 month")
        << int(PlanStep::Uploaded) << 2027 << QDate() << QDate(2027, 4, 30);
    QTest::newRow("upload, adopted 10 March")
        << int(PlanStep::Uploaded) << 2027 << QDate(2027, 3, 10) << QDate(2027, 4, 10);
    QTest::newRow("upload, adopted 31 January 2028")
        << int(PlanStep::Uploaded) << 2028 << QDate(2028, 1, 31) << QDate(2028, 2, 29);
    QTest::newRow("upload, adopted 20 December 2026 for 2027")
        << int(PlanStep::Uploaded) << 2027 << QDate(2026, 12, 20) << QDate(2027, 1, 20);
}

void TestTrainingPlanDeadlines::dueDates()
{
    QFETCH(int, step);
    QFETCH(int, year);
    QFETCH(QDate, adopted);
    QFETCH(QDate, due);
    QCOMPARE(plandeadlines::due(PlanStep(step), year, adopted), due);
}

void TestTrainingPlanDeadlines::states_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("draftSent");
    QTest::addColumn<int>("state");
    QTest::addColumn<qint64>("daysLeft");
    // Plan 2027, draft due 28 February 2027; reminders from 75 days before (15 December 2026).
    QTest::newRow("1 December 2026: open")
        << QDate(2026, 12, 1) << QDate() << int(DeadlineState::Open) << qint64(89);
    QTest::newRow("14 December 2026: 76 days, open")
        << QDate(2026, 12, 14) << QDate() << int(DeadlineState::Open) << qint64(76);
    QTest::newRow("15 December 2026: 75 days, due soon")
        << QDate(2026, 12, 15) << QDate() << int(DeadlineState::DueSoon) << qint64(75);
    QTest::newRow("31 December 2026")
        << QDate(2026, 12, 31) << QDate() << int(DeadlineState::DueSoon) << qint64(59);
    QTest::newRow("1 January 2027") << QDate(2027, 1, 1) << QDate() << int(DeadlineState::DueSoon)
                                    << qint64(58);
    QTest::newRow("28 February 2027: last day")
        << QDate(2027, 2, 28) << QDate() << int(DeadlineState::DueSoon) << qint64(0);
    QTest::newRow("1 March 2027: overdue")
        << QDate(2027, 3, 1) << QDate() << int(DeadlineState::Overdue) << qint64(-1);
    QTest::newRow("sent 20 December 2026: done")
        << QDate(2027, 3, 1) << QDate(2026, 12, 20) << int(DeadlineState::Done) << qint64(-1);
    QTest::newRow("sent 2 March 2027: late")
        << QDate(2027, 3, 5) << QDate(2027, 3, 2) << int(DeadlineState::DoneLate) << qint64(-5);
}

void TestTrainingPlanDeadlines::states()
{
    QFETCH(QDate, today);
    QFETCH(QDate, draftSent);
    QFETCH(int, state);
    QFETCH(qint64, daysLeft);
    TrainingPlan p = planFor(2027);
    if (draftSent.isValid())
        p.events.append({PlanStep::DraftSent, draftSent, QString()});
    const QList<PlanDeadline> d = plandeadlines::forPlan(p, today);
    QCOMPARE(d.size(), 4);
    QVERIFY(d.first().step == PlanStep::DraftSent);
    QCOMPARE(d.first().due, QDate(2027, 2, 28));
    QCOMPARE(int(d.first().state), state);
    QCOMPARE(d.first().daysLeft, daysLeft);
    QVERIFY(d.first().confirmed);
    QVERIFY(!d.last().confirmed); // the upload's start (adoption) is this program's reading
}

void TestTrainingPlanDeadlines::remindersAcrossTheYearEnd_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<bool>("planFor2027");
    QTest::addColumn<QStringList>("expected"); // year:step:due:overdue:noPlan
    // 2026 had no plan either: that stays overdue all year.
    QTest::newRow("1 Dec 2026, no plan: 2026's missing, 2027's too early")
        << QDate(2026, 12, 1) << false << QStringList{"2026:adopted:2026-03-31:1:1"};
    QTest::newRow("31 Dec 2026, no plan: the 2027 draft")
        << QDate(2026, 12, 31) << false
        << QStringList{"2026:adopted:2026-03-31:1:1", "2027:draft-sent:2027-02-28:0:1"};
    QTest::newRow("1 Jan 2027, no plan")
        << QDate(2027, 1, 1) << false << QStringList{"2027:draft-sent:2027-02-28:0:1"};
    QTest::newRow("10 Mar 2027, no plan: adopt by 31 March")
        << QDate(2027, 3, 10) << false << QStringList{"2027:adopted:2027-03-31:0:1"};
    QTest::newRow("1 Apr 2027, no plan: overdue")
        << QDate(2027, 4, 1) << false << QStringList{"2027:adopted:2027-03-31:1:1"};
    QTest::newRow("31 Dec 2026, plan: its draft and advice")
        << QDate(2026, 12, 31) << true
        << QStringList{"2026:adopted:2026-03-31:1:1", "2027:draft-sent:2027-02-28:0:0",
                       "2027:advice:2027-03-15:0:0"};
    QTest::newRow("16 Mar 2027, plan: draft and advice overdue, adoption and upload due")
        << QDate(2027, 3, 16) << true
        << QStringList{"2027:draft-sent:2027-02-28:1:0", "2027:advice:2027-03-15:1:0",
                       "2027:adopted:2027-03-31:0:0", "2027:uploaded:2027-04-30:0:0"};
    // In December 2027 the 2028 plan is missing: its draft is due on 29 February 2028.
    QTest::newRow("20 Dec 2027, plan 2027 only")
        << QDate(2027, 12, 20) << true
        << QStringList{"2027:draft-sent:2027-02-28:1:0", "2027:advice:2027-03-15:1:0",
                       "2027:adopted:2027-03-31:1:0", "2027:uploaded:2027-04-30:1:0",
                       "2028:draft-sent:2028-02-29:0:1"};
}

void TestTrainingPlanDeadlines::remindersAcrossTheYearEnd()
{
    QFETCH(QDate, today);
    QFETCH(bool, planFor2027);
    QFETCH(QStringList, expected);
    QList<TrainingPlan> plans;
    if (planFor2027)
        plans.append(planFor(2027));
    QStringList got;
    for (const PlanReminder &r : plandeadlines::reminders(plans, always, today))
        got << QStringLiteral("%1:%2:%3:%4:%5")
                   .arg(r.year)
                   .arg(toString(r.step), r.due.toString(Qt::ISODate))
                   .arg(int(r.overdue))
                   .arg(int(r.noPlan));
    QCOMPARE(got, expected);
    // An employer that needs no plan is reminded of nothing it has not started.
    if (!planFor2027)
        QVERIFY(plandeadlines::reminders(plans, never, today).isEmpty());
}

void TestTrainingPlanDeadlines::aMultiYearPlanCoversItsYears()
{
    // A 2026-2028 plan, adopted on time: nothing to do in December 2027 for 2028.
    TrainingPlan p = planFor(2026, 2028);
    p.events = {{PlanStep::DraftSent, QDate(2026, 2, 1), {}},
                {PlanStep::AdviceReceived, QDate(2026, 3, 1), {}},
                {PlanStep::Adopted, QDate(2026, 3, 20), {}},
                {PlanStep::Uploaded, QDate(2026, 4, 15), {}}};
    QVERIFY(plandeadlines::reminders({p}, always, QDate(2027, 12, 20)).isEmpty());
    QCOMPARE(plandeadlines::forPlan(p, QDate(2027, 12, 20)).at(3).due, QDate(2026, 4, 20));
    QCOMPARE(int(plandeadlines::forPlan(p, QDate(2027, 12, 20)).at(3).state), int(DeadlineState::Done));
    // In December 2028 the next plan (2029) is due.
    QCOMPARE(plandeadlines::reminders({p}, always, QDate(2028, 12, 20)).size(), 1);
}

void TestTrainingPlanDeadlines::requiredFromTheFteAverage()
{
    EmployerSize s;
    s.fromRegister = true;
    s.fteAverage = 19.99;
    QVERIFY(!plandeadlines::required(s));
    s.fteAverage = 20;
    QVERIFY(plandeadlines::required(s));
    s.fromRegister = false;
    s.sizeClass = SizeClass::From20;
    QVERIFY(plandeadlines::required(s));
    s.sizeClass = SizeClass::From10To19;
    QVERIFY(!plandeadlines::required(s));
}

void TestTrainingPlanDeadlines::reminderTexts()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const auto from2027 = [](int year) { return year >= 2027; };
    const QList<PlanReminder> r = plandeadlines::reminders({}, from2027, QDate(2026, 12, 31));
    QCOMPARE(r.size(), 1);
    QCOMPARE(r.first().text(),
             "Training plan 2027: none yet; send the draft for advice by 28 February 2027 (59 days left). "
             "(unconfirmed rule)");
    const QList<PlanReminder> late = plandeadlines::reminders({planFor(2027)}, always, QDate(2027, 3, 17));
    QCOMPARE(late.first().text(), "Training plan 2027: draft sent for advice was due by 28 February 2027 "
                                  "(17 days late).");
    QCOMPARE(late.at(2).text(), "Training plan 2027: adopt the plan by 31 March 2027 (14 days left).");
    const QList<PlanReminder> lastDay = plandeadlines::reminders({planFor(2027)}, always, QDate(2027, 3, 30));
    QCOMPARE(lastDay.at(2).text(), "Training plan 2027: adopt the plan by 31 March 2027 (1 day left).");
}

QTEST_GUILESS_MAIN(TestTrainingPlanDeadlines)
#include "tst_trainingplandeadlines.moc"
