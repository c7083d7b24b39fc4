#include "core/anomaly/FlaRules.h"

#include <QTest>

using namespace fla;

// The FLA's dates in one place: the quarterly registration deadline and the
// day the FLA closed, for every screen and command that shows them.
class TestFlaRules : public QObject
{
    Q_OBJECT

private slots:
    void quarterlyDeadline_data();
    void quarterlyDeadline();
    void nextQuarterlyDeadline_data();
    void nextQuarterlyDeadline();
};

void TestFlaRules::quarterlyDeadline_data()
{
    QTest::addColumn<QDate>("trainingEnd");
    QTest::addColumn<QDate>("deadline");
    QTest::newRow("Q1") << QDate(2025, 2, 10) << QDate(2025, 4, 30);
    QTest::newRow("last day of Q1") << QDate(2025, 3, 31) << QDate(2025, 4, 30);
    QTest::newRow("Q4 into the next year") << QDate(2025, 12, 31) << QDate(2026, 1, 31);
    QTest::newRow("leap year Q1") << QDate(2028, 2, 29) << QDate(2028, 4, 30);
    QTest::newRow("no date") << QDate() << QDate();
}

void TestFlaRules::quarterlyDeadline()
{
    QFETCH(QDate, trainingEnd);
    QFETCH(QDate, deadline);
    QCOMPARE(flarules::quarterlyDeadline(trainingEnd), deadline);
}

void TestFlaRules::nextQuarterlyDeadline_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("deadline"); // invalid: none any more
    QTest::newRow("on the deadline") << QDate(2025, 4, 30) << QDate(2025, 4, 30);
    QTest::newRow("the day after") << QDate(2025, 5, 1) << QDate(2025, 7, 31);
    QTest::newRow("January, Q4's deadline") << QDate(2025, 1, 15) << QDate(2025, 1, 31);
    QTest::newRow("1 February") << QDate(2025, 2, 1) << QDate(2025, 4, 30);
    QTest::newRow("mid-November") << QDate(2025, 11, 15) << QDate(2026, 1, 31);
    QTest::newRow("Q4 2026: the FLA's last day") << QDate(2026, 11, 2) << QDate(2026, 12, 31);
    QTest::newRow("the FLA's last day") << QDate(2026, 12, 31) << QDate(2026, 12, 31);
    QTest::newRow("the FLA closed") << QDate(2027, 1, 1) << QDate();
    QTest::newRow("a leap day later") << QDate(2028, 2, 29) << QDate();
}

void TestFlaRules::nextQuarterlyDeadline()
{
    QFETCH(QDate, today);
    QFETCH(QDate, deadline);
    QCOMPARE(flarules::nextQuarterlyDeadline(today), deadline);
}

QTEST_GUILESS_MAIN(TestFlaRules)
#include "tst_flarules.moc"
