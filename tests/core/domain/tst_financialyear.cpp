#include "core/domain/FinancialYear.h"

#include <QTest>

using namespace fla;

// An employer's financial year Y is the one that closes in Y.
class TestFinancialYear : public QObject
{
    Q_OBJECT

private slots:
    void periodOfTheYear_data();
    void periodOfTheYear();
    void lastClosed_data();
    void lastClosed();
};

void TestFinancialYear::periodOfTheYear_data()
{
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::newRow("calendar year") << 1 << 1 << 2025 << QDate(2025, 1, 1) << QDate(2025, 12, 31);
    QTest::newRow("from 1 July") << 7 << 1 << 2026 << QDate(2025, 7, 1) << QDate(2026, 6, 30);
    QTest::newRow("from 1 April, over 29 February")
        << 4 << 1 << 2028 << QDate(2027, 4, 1) << QDate(2028, 3, 31);
    QTest::newRow("from 1 March, leap year") << 3 << 1 << 2028 << QDate(2027, 3, 1) << QDate(2028, 2, 29);
    QTest::newRow("from 2 January") << 1 << 2 << 2027 << QDate(2026, 1, 2) << QDate(2027, 1, 1);
    QTest::newRow("29 February is not every year") << 2 << 29 << 2028 << QDate() << QDate();
    QTest::newRow("31 April") << 4 << 31 << 2025 << QDate() << QDate();
    QTest::newRow("month 13") << 13 << 1 << 2025 << QDate() << QDate();
    QTest::newRow("month 0") << 0 << 1 << 2025 << QDate() << QDate();
}

void TestFinancialYear::periodOfTheYear()
{
    QFETCH(int, month);
    QFETCH(int, day);
    QFETCH(int, year);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    Employer e;
    e.financialYearStartMonth = month;
    e.financialYearStartDay = day;
    const std::optional<FinancialYear> fy = financialYear(e, year);
    QCOMPARE(validFinancialYearStart(month, day), from.isValid());
    QCOMPARE(fy.has_value(), from.isValid());
    if (fy) {
        QCOMPARE(fy->from, from);
        QCOMPARE(fy->to, to);
    }
}

// The year whose social balance sheet is due: the financial year is still open on its last day.
void TestFinancialYear::lastClosed_data()
{
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("year"); // 0: none
    QTest::newRow("calendar, on its last day") << 1 << 1 << QDate(2026, 12, 31) << 2025;
    QTest::newRow("calendar, the day after") << 1 << 1 << QDate(2027, 1, 1) << 2026;
    QTest::newRow("from 1 July, on 30 June") << 7 << 1 << QDate(2026, 6, 30) << 2025;
    QTest::newRow("from 1 July, on 1 July") << 7 << 1 << QDate(2026, 7, 1) << 2026;
    QTest::newRow("from 2 January, on 2 January") << 1 << 2 << QDate(2027, 1, 2) << 2027;
    QTest::newRow("from 1 March, on 29 February") << 3 << 1 << QDate(2028, 2, 29) << 2027;
    QTest::newRow("from 1 March, on 1 March") << 3 << 1 << QDate(2028, 3, 1) << 2028;
    QTest::newRow("start not valid") << 2 << 30 << QDate(2026, 7, 1) << 0;
}

void TestFinancialYear::lastClosed()
{
    QFETCH(int, month);
    QFETCH(int, day);
    QFETCH(QDate, today);
    QFETCH(int, year);
    Employer e;
    e.financialYearStartMonth = month;
    e.financialYearStartDay = day;
    QCOMPARE(lastClosedFinancialYear(e, today).value_or(0), year);
}

QTEST_GUILESS_MAIN(TestFinancialYear)
#include "tst_financialyear.moc"
