#include "core/obligations/CostShares.h"

#include <QTest>
#include <numeric>

using namespace fla;

// A training's costs shared over its participants in whole cents that add up.
class TestCostShares : public QObject
{
    Q_OBJECT

private slots:
    void shares_data();
    void shares();
};

void TestCostShares::shares_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QList<double>>("weights");
    QTest::addColumn<QList<qint64>>("shares");
    QTest::newRow("equally, a cent left to the first")
        << qint64(100000) << QList<double>{1, 1, 1} << QList<qint64>{33334, 33333, 33333};
    QTest::newRow("equally, two cents left")
        << qint64(200) << QList<double>{1, 1, 1} << QList<qint64>{67, 67, 66};
    QTest::newRow("by hours 3, 3, 1.5")
        << qint64(7500) << QList<double>{3, 3, 1.5} << QList<qint64>{3000, 3000, 1500};
    // 100 cents by 1 h and 2 h: 33.33 and 66.67; the cent left goes to the larger fraction.
    QTest::newRow("by hours, largest fraction")
        << qint64(100) << QList<double>{1, 2} << QList<qint64>{33, 67};
    QTest::newRow("no hours at all: equally") << qint64(10) << QList<double>{0, 0} << QList<qint64>{5, 5};
    QTest::newRow("nothing to share") << qint64(0) << QList<double>{2, 1} << QList<qint64>{0, 0};
    QTest::newRow("nobody") << qint64(500) << QList<double>{} << QList<qint64>{};
}

void TestCostShares::shares()
{
    QFETCH(qint64, amount);
    QFETCH(QList<double>, weights);
    QFETCH(QList<qint64>, shares);
    const QList<qint64> got = shareCents(amount, weights);
    QCOMPARE(got, shares);
    if (!weights.isEmpty())
        QCOMPARE(std::accumulate(got.begin(), got.end(), qint64(0)), amount);
}

QTEST_GUILESS_MAIN(TestCostShares)
#include "tst_costshares.moc"
