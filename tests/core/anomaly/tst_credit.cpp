#include "RuleFixture.h"
#include "anomaly/Credit.h"

#include <QTest>

using namespace fla;

namespace {

CreditLine lineFor(const DataSet &s, int year)
{
    const QList<CreditLine> lines = CreditCalculator::compute(s, year);
    return lines.isEmpty() ? CreditLine{} : lines.first();
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
    void hoursUseTheEmployersDay();
    void trainingsThatDoNotCount();
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
    QCOMPARE(l.carriedOverDays, 5.0);           // nothing used in 2024
    QCOMPARE(l.usedDays, 3.0 / 7.6 + 2.0);      // 3 hours + 2 days
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
    QTest::addColumn<int>("sizeClass");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<double>("regime");
    QTest::addColumn<double>("expected");
    // 2025 has 365 days.
    QTest::newRow("20+, full year, full time") << int(SizeClass::From20) << QDate(2020, 1, 1) << QDate() << 1.0 << 5.0;
    QTest::newRow("20+, half time") << int(SizeClass::From20) << QDate(2020, 1, 1) << QDate() << 0.5 << 2.5;
    QTest::newRow("20+, hired 1 July") << int(SizeClass::From20) << QDate(2025, 7, 1) << QDate() << 1.0
                                        << std::round(5.0 * 184 / 365 * 100) / 100;
    QTest::newRow("20+, 4/5, left 31 March") << int(SizeClass::From20) << QDate(2020, 1, 1) << QDate(2025, 3, 31)
                                              << 0.8 << std::round(5.0 * 0.8 * 90 / 365 * 100) / 100;
    QTest::newRow("10-19, full year") << int(SizeClass::From10To19) << QDate(2020, 1, 1) << QDate() << 1.0 << 1.0;
    QTest::newRow("under 10") << int(SizeClass::Under10) << QDate(2020, 1, 1) << QDate() << 1.0 << 0.0;
}

void TestCredit::computedLegalRight()
{
    QFETCH(int, sizeClass);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(double, regime);
    QFETCH(double, expected);
    DataSet s = test::ruleFixture();
    s.employers[0].sizeClass = SizeClass(sizeClass);
    s.employments[0].startDate = start;
    s.employments[0].endDate = end;
    s.employments[0].workRegime = regime;
    s.rights.clear(); // no declared right: the legal right is computed
    s.participations.clear();
    const CreditLine l = lineFor(s, 2025);
    QVERIFY(l.legalComputed);
    QCOMPARE(l.legalDays, expected);
    QCOMPARE(l.entitledDays, expected);
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
