#include "RuleFixture.h"
#include "core/anomaly/Credit.h"

#include <QTest>

using namespace fla;

namespace {

CreditLine lineFor(const DataSet &s, int year)
{
    const QList<CreditLine> lines = CreditCalculator::compute(s, year);
    return lines.isEmpty() ? CreditLine{} : lines.first();
}

// n more workers of the fixture's employer, each with one employment: the register's FTE.
void addColleagues(DataSet &s, int n, const QDate &start, const QDate &end, const QString &committee)
{
    for (int i = 0; i < n; ++i) {
        Worker w = s.workers.first();
        w.uuid = QUuid::createUuid();
        w.ssin = Ssin::compose(90, 1, 1, 101 + 2 * int(s.workers.size()), false);
        w.givenName = QStringLiteral("Colleague %1").arg(s.workers.size());
        s.workers.append(w);
        Employment m = s.employments.first();
        m.uuid = QUuid::createUuid();
        m.workerUuid = w.uuid;
        m.startDate = start;
        m.endDate = end;
        m.workRegime = 1;
        m.jointCommittee = committee;
        s.employments.append(m);
    }
}

} // namespace

class TestCredit : public QObject
{
    Q_OBJECT

private slots:
    void declaredRightsAndUse();
    void carriedOver();
    void computedLegalRight_data();
    void computedLegalRight();
    void declaredSizeWhenTheRegisterStartsLater();
    void sizeClassAcrossTheYearEnd();
    void carryOverWithinTheFiveYearWindow();
    void partTimeAndPartialYearTogether();
    void hoursUseTheEmployersDay();
    void trainingsThatDoNotCount();
    void trainingLeaveIsOutsideTheRight_data();
    void trainingLeaveIsOutsideTheRight();
    void plannedAndNotFollowed();
    void durationOverride();
};

void TestCredit::declaredRightsAndUse()
{
    const DataSet s = test::ruleFixture();
    const CreditLine l = lineFor(s, 2025);
    QCOMPARE(l.workerUuid, s.workers.first().uuid);
    QCOMPARE(l.entitledDays, 5.0);
    QVERIFY(!l.legalComputed);
    QCOMPARE(l.carriedOverDays, 5.0);      // nothing used in 2024
    QCOMPARE(l.usedDays, 3.0 / 7.6 + 2.0); // 3 hours + 2 days
    QCOMPARE(l.remainingDays, 10.0 - (3.0 / 7.6 + 2.0));
    QCOMPARE(l.hours(l.remainingDays), (10.0 - (3.0 / 7.6 + 2.0)) * 7.6);
}

void TestCredit::carriedOver()
{
    DataSet s = test::ruleFixture();
    s.trainings[0].startDate = s.trainings[0].endDate = QDate(2024, 3, 11);
    s.trainings[0].registeredOn = QDate(2024, 3, 12);
    s.trainings[0].unit = DurationUnit::Days;
    s.trainings[0].duration = 1;
    QCOMPARE(lineFor(s, 2024).remainingDays, 4.0);
    QCOMPARE(lineFor(s, 2025).carriedOverDays, 4.0);
    QCOMPARE(lineFor(s, 2025).remainingDays, 9.0 - 2.0);
    QCOMPARE(lineFor(s, 2026).carriedOverDays, 7.0);
    QCOMPARE(lineFor(s, 2026).remainingDays, 12.0);
}

void TestCredit::computedLegalRight_data()
{
    QTest::addColumn<int>("colleagues"); // full-time colleagues since 2020: the register's FTE
    QTest::addColumn<QString>("committee");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<double>("regime");
    QTest::addColumn<int>("sizeClass");
    QTest::addColumn<double>("expected");
    // 2025 has 365 days; its size class comes from Q4 2023 - Q3 2024. PC 124 has no
    // sector figures in the data file (the law's: 5 / 1 / 0 days per FTE).
    const QDate since(2020, 1, 1);
    QTest::newRow("20 FTE, full year, full time")
        << 19 << "124" << since << QDate() << 1.0 << int(SizeClass::From20) << 5.0;
    QTest::newRow("20.5 FTE, half time") // 5 x 0.5
        << 20 << "124" << since << QDate() << 0.5 << int(SizeClass::From20) << 2.5;
    QTest::newRow("19.5 FTE, half time: one day per FTE") // 1 x 0.5
        << 19 << "124" << since << QDate() << 0.5 << int(SizeClass::From10To19) << 0.5;
    QTest::newRow("20 FTE, hired 1 July 2025") // 5 x 184/365 = 2.5205
        << 20 << "124" << QDate(2025, 7, 1) << QDate() << 1.0 << int(SizeClass::From20) << 2.52;
    QTest::newRow("20.8 FTE, 4/5, left 31 March") // 5 x 0.8 x 90/365 = 0.9863
        << 20 << "124" << since << QDate(2025, 3, 31) << 0.8 << int(SizeClass::From20) << 0.99;
    QTest::newRow("10 FTE, full year")
        << 9 << "124" << since << QDate() << 1.0 << int(SizeClass::From10To19) << 1.0;
    QTest::newRow("9 FTE: none") << 8 << "124" << since << QDate() << 1.0 << int(SizeClass::Under10) << 0.0;
    QTest::newRow("PC 200, 20 FTE: the sector's 3 days (2024-2025)")
        << 19 << "200" << since << QDate() << 1.0 << int(SizeClass::From20) << 3.0;
    QTest::newRow("PC 200, 19.5 FTE, half time") // 3 x 0.5
        << 19 << "200" << since << QDate() << 0.5 << int(SizeClass::From10To19) << 0.5;
}

void TestCredit::computedLegalRight()
{
    QFETCH(int, colleagues);
    QFETCH(QString, committee);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(double, regime);
    QFETCH(int, sizeClass);
    QFETCH(double, expected);
    DataSet s = test::ruleFixture();
    s.employers[0].sizeClass = SizeClass::Under10; // declared, but the register decides
    s.employments[0].startDate = start;
    s.employments[0].endDate = end;
    s.employments[0].workRegime = regime;
    s.employments[0].jointCommittee = committee;
    addColleagues(s, colleagues, QDate(2020, 1, 1), QDate(), committee);
    s.rights.clear(); // no declared right: the legal right is computed
    s.participations.clear();
    const CreditLine l = lineFor(s, 2025);
    QVERIFY(l.legalComputed);
    QVERIFY(l.size.fromRegister);
    QCOMPARE(int(l.size.sizeClass), sizeClass);
    QCOMPARE(l.legalDays, expected);
    QCOMPARE(l.entitledDays, expected);
    QCOMPARE(l.sectorRule(), committee == QLatin1String("200"));
    QCOMPARE(l.unconfirmed(), true); // the carry-over window rests on secondary sources
}

void TestCredit::declaredSizeWhenTheRegisterStartsLater()
{
    // A company whose register starts in 2025: nothing in Q4 2023 - Q3 2024, so its declared class.
    DataSet s = test::ruleFixture();
    s.employments[0].startDate = QDate(2025, 1, 1);
    s.employments[0].jointCommittee = "124";
    s.rights.clear();
    s.participations.clear();
    const CreditLine l = lineFor(s, 2025);
    QVERIFY(!l.size.fromRegister);
    QCOMPARE(int(l.size.sizeClass), int(SizeClass::From20));
    QCOMPARE(l.legalDays, 5.0);
    // 2026 looks at Q4 2024 (nothing) and Q1-Q3 2025 (one FTE): (0 + 1 + 1 + 1) / 4.
    const CreditLine next = lineFor(s, 2026);
    QVERIFY(next.size.fromRegister);
    QCOMPARE(next.size.fteAverage, 0.75);
    QCOMPARE(next.legalDays, 0.0);
}

void TestCredit::sizeClassAcrossTheYearEnd()
{
    // 9 colleagues since 2020; 10 more hired on 1 October 2025: 2026 looks at Q4 2024 - Q3 2025
    // (10 FTE: 1 day), 2027 at Q4 2025 - Q3 2026 (20 FTE: 5 days).
    DataSet s = test::ruleFixture();
    s.employments[0].jointCommittee = "124";
    addColleagues(s, 9, QDate(2020, 1, 1), QDate(), QStringLiteral("124"));
    addColleagues(s, 10, QDate(2025, 10, 1), QDate(), QStringLiteral("124"));
    s.rights.clear();
    s.participations.clear();
    const CreditLine y2026 = lineFor(s, 2026);
    QCOMPARE(y2026.size.fteAverage, 10.0);
    QCOMPARE(int(y2026.size.sizeClass), int(SizeClass::From10To19));
    QCOMPARE(y2026.legalDays, 1.0);
    const CreditLine y2027 = lineFor(s, 2027);
    QCOMPARE(y2027.size.fteAverage, 20.0);
    QCOMPARE(int(y2027.size.sizeClass), int(SizeClass::From20));
    QCOMPARE(y2027.legalDays, 5.0);
    QCOMPARE(y2027.carriedOverDays, 1.0 + 1.0 + 1.0); // 2024, 2025 and 2026 unused
}

void TestCredit::carryOverWithinTheFiveYearWindow()
{
    // 20 FTE, PC 124: 5 days a year, 3 used in 2028. The window 2024-2028 ends: 2029 starts afresh.
    DataSet s = test::ruleFixture();
    s.employments[0].jointCommittee = "124";
    addColleagues(s, 19, QDate(2020, 1, 1), QDate(), QStringLiteral("124"));
    s.rights.clear();
    s.participations.removeAt(0); // keep the 2-day course, moved to 2028 and made 3 days
    s.trainings[1].startDate = QDate(2028, 2, 7);
    s.trainings[1].endDate = QDate(2028, 2, 9);
    s.trainings[1].duration = 3;
    QCOMPARE(lineFor(s, 2024).remainingDays, 5.0);
    QCOMPARE(lineFor(s, 2027).carriedOverDays, 15.0);
    const CreditLine y2028 = lineFor(s, 2028);
    QCOMPARE(y2028.windowStart, 2024);
    QCOMPARE(y2028.windowEnd, 2028);
    QCOMPARE(y2028.carriedOverDays, 20.0);
    QCOMPARE(y2028.usedDays, 3.0);
    QCOMPARE(y2028.remainingDays, 22.0); // 25 over the window, 3 used
    const CreditLine y2029 = lineFor(s, 2029);
    QCOMPARE(y2029.windowStart, 2029);
    QCOMPARE(y2029.carriedOverDays, 0.0);
    QCOMPARE(y2029.expiredDays, 22.0);
    QCOMPARE(y2029.remainingDays, 5.0);
    QCOMPARE(lineFor(s, 2030).carriedOverDays, 5.0);
}

void TestCredit::partTimeAndPartialYearTogether()
{
    // Two employments in 2025: half time until 30 April (120 days), then full time from
    // 1 August (153 days): 5 x (0.5 x 120 + 1 x 153) / 365 = 5 x 213/365 = 2.9178.
    DataSet s = test::ruleFixture();
    s.employments[0].jointCommittee = "124";
    s.employments[0].startDate = QDate(2020, 1, 1);
    s.employments[0].endDate = QDate(2025, 4, 30);
    s.employments[0].workRegime = 0.5;
    Employment later = s.employments[0];
    later.uuid = QUuid::fromString(QStringLiteral("{30000000-0000-4000-8000-0000000000ff}"));
    later.startDate = QDate(2025, 8, 1);
    later.endDate = QDate();
    later.workRegime = 1;
    s.employments.append(later);
    addColleagues(s, 20, QDate(2020, 1, 1), QDate(), QStringLiteral("124"));
    s.rights.clear();
    s.participations.clear();
    const CreditLine l = lineFor(s, 2025);
    QCOMPARE(int(l.size.sizeClass), int(SizeClass::From20)); // 20.5 FTE in Q4 2023 - Q3 2024
    QCOMPARE(l.legalDays, 2.92);
    QCOMPARE(l.mainEmployment->uuid, later.uuid); // 153/365 weighs more than 60/365
}

void TestCredit::hoursUseTheEmployersDay()
{
    DataSet s = test::ruleFixture();
    s.employers[0].hoursPerDay = 8;
    s.rights[1].unit = DurationUnit::Hours;
    s.rights[1].amount = 40; // 5 days of 8 hours
    const CreditLine l = lineFor(s, 2025);
    QCOMPARE(l.hoursPerDay, 8.0);
    QCOMPARE(l.entitledDays, 5.0);
    QCOMPARE(l.usedDays, 3.0 / 8.0 + 2.0);
    QCOMPARE(l.hours(l.usedDays), 3.0 + 16.0);
}

void TestCredit::trainingsThatDoNotCount()
{
    DataSet s = test::ruleFixture();
    s.trainings[0].countsForFla = false;
    s.trainings[0].deductFromRight = false;
    s.trainings[1].deductFromRight = false;
    QCOMPARE(lineFor(s, 2025).usedDays, 0.0);
}

// Paid educational leave and Flemish training leave are outside the individual
// right: the fixture's 3-hour training (3/7.6 day) and 2-day course are both used
// until one of them was taken under leave.
void TestCredit::trainingLeaveIsOutsideTheRight_data()
{
    QTest::addColumn<int>("training");
    QTest::addColumn<TrainingLeave>("leave");
    QTest::addColumn<double>("used");
    QTest::newRow("no leave") << 0 << TrainingLeave::None << 3.0 / 7.6 + 2.0;
    QTest::newRow("paid educational leave on the 3 hours") << 0 << TrainingLeave::PaidEducationalLeave << 2.0;
    QTest::newRow("Flemish training leave on the course")
        << 1 << TrainingLeave::FlemishTrainingLeave << 3.0 / 7.6;
}

void TestCredit::trainingLeaveIsOutsideTheRight()
{
    QFETCH(int, training);
    QFETCH(TrainingLeave, leave);
    QFETCH(double, used);
    DataSet s = test::ruleFixture();
    QCOMPARE(lineFor(s, 2025).usedDays, 3.0 / 7.6 + 2.0);
    s.trainings[training].leave = leave;
    QCOMPARE(lineFor(s, 2025).usedDays, used);
}

void TestCredit::plannedAndNotFollowed()
{
    DataSet s = test::ruleFixture();
    s.trainings[1].status = TrainingStatus::Planned;
    s.participations[0].followed = false;
    const CreditLine l = lineFor(s, 2025);
    QCOMPARE(l.usedDays, 0.0);
    QCOMPARE(l.plannedDays, 2.0);
}

void TestCredit::durationOverride()
{
    DataSet s = test::ruleFixture();
    s.participations[1].durationOverride = 0.5; // half a day of the 2-day course
    QCOMPARE(lineFor(s, 2025).usedDays, 3.0 / 7.6 + 0.5);
}

QTEST_GUILESS_MAIN(TestCredit)
#include "tst_credit.moc"
