// The employer's size class for the training right of year n: the FTE average of
// Q4 of n-2 and Q1-Q3 of n-1 from the register's employments, added up by hand.

#include "core/obligations/EmployerSize.h"

#include <QTest>

using namespace fla;

namespace {

Employment employment(const QDate &start, const QDate &end, double regime)
{
    Employment e;
    e.uuid = QUuid::createUuid();
    e.startDate = start;
    e.endDate = end;
    e.workRegime = regime;
    return e;
}

} // namespace

class TestEmployerSize : public QObject
{
    Q_OBJECT

private slots:
    void quarters();
    void acrossTheYearEnd();
    void thresholds_data();
    void thresholds();
    void declaredWhenTheRegisterDoesNotReachBack();
};

void TestEmployerSize::quarters()
{
    // Half time from 1 November 2024 to 14 February 2025: 61 of Q4 2024's 92 days,
    // 45 of Q1 2025's 90 days.
    const Employment e = employment(QDate(2024, 11, 1), QDate(2025, 2, 14), 0.5);
    const QList<const Employment *> list{&e};
    QCOMPARE(employersize::quarterFte(list, 2024, 4), 0.5 * 61 / 92);
    QCOMPARE(employersize::quarterFte(list, 2025, 1), 0.5 * 45 / 90);
    QCOMPARE(employersize::quarterFte(list, 2025, 2), 0.0);
    // An employment that ends before it starts counts for nothing.
    const Employment wrong = employment(QDate(2025, 3, 1), QDate(2025, 2, 1), 1);
    QCOMPARE(employersize::quarterFte({&wrong}, 2025, 1), 0.0);
}

void TestEmployerSize::acrossTheYearEnd()
{
    // A: full time since 2020. B: half time 1 Nov 2024 - 14 Feb 2025. 18 full-timers from
    // 1 April 2025. C: full time from 1 October 2025.
    QList<Employment> staff{employment(QDate(2020, 1, 1), {}, 1),
                            employment(QDate(2024, 11, 1), QDate(2025, 2, 14), 0.5)};
    for (int i = 0; i < 18; ++i)
        staff.append(employment(QDate(2025, 4, 1), {}, 1));
    staff.append(employment(QDate(2025, 10, 1), {}, 1));
    QList<const Employment *> list;
    for (const Employment &e : staff)
        list.append(&e);
    // 2026: Q4 2024 = 1 + 0.5 x 61/92; Q1 2025 = 1 + 0.5 x 45/90; Q2 = Q3 = 19.
    const double y2026 = (1 + 0.5 * 61 / 92 + 1 + 0.25 + 19 + 19) / 4; // 10.1329
    const EmployerSize s2026 = employersize::forYear(SizeClass::Under10, list, 2026);
    QVERIFY(s2026.fromRegister);
    QCOMPARE(s2026.fteAverage, y2026);
    QCOMPARE(int(s2026.sizeClass), int(SizeClass::From10To19));
    // 2027: Q4 2025 = 20 (C from its first day), Q1-Q3 2026 = 20.
    const EmployerSize s2027 = employersize::forYear(SizeClass::Under10, list, 2027);
    QCOMPARE(s2027.fteAverage, 20.0);
    QCOMPARE(int(s2027.sizeClass), int(SizeClass::From20));
}

void TestEmployerSize::thresholds_data()
{
    QTest::addColumn<double>("fte");
    QTest::addColumn<int>("sizeClass");
    QTest::newRow("0") << 0.0 << int(SizeClass::Under10);
    QTest::newRow("9.99") << 9.99 << int(SizeClass::Under10);
    QTest::newRow("10") << 10.0 << int(SizeClass::From10To19);
    QTest::newRow("19.99") << 19.99 << int(SizeClass::From10To19);
    QTest::newRow("20") << 20.0 << int(SizeClass::From20);
    QTest::newRow("ten tenths twice") << (0.1 + 0.2 + 0.7) * 20 << int(SizeClass::From20);
}

void TestEmployerSize::thresholds()
{
    QFETCH(double, fte);
    QFETCH(int, sizeClass);
    QCOMPARE(int(employersize::sizeClassOf(fte)), sizeClass);
}

void TestEmployerSize::declaredWhenTheRegisterDoesNotReachBack()
{
    // Nothing between 1 October 2023 and 30 September 2024: the declared class stands for 2025.
    const Employment e = employment(QDate(2024, 10, 1), {}, 1);
    const EmployerSize s = employersize::forYear(SizeClass::From20, {&e}, 2025);
    QVERIFY(!s.fromRegister);
    QCOMPARE(int(s.sizeClass), int(SizeClass::From20));
    // One day inside the reference period is enough for the register to decide.
    const Employment early = employment(QDate(2024, 9, 30), {}, 1);
    const EmployerSize t = employersize::forYear(SizeClass::From20, {&early}, 2025);
    QVERIFY(t.fromRegister);
    QCOMPARE(t.fteAverage, 1.0 / 92 / 4);
    QCOMPARE(int(t.sizeClass), int(SizeClass::Under10));
}

QTEST_GUILESS_MAIN(TestEmployerSize)
#include "tst_employersize.moc"
