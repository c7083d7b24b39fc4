#include "SocialBalanceFixture.h"
#include "obligations/SocialBalance.h"
#include "obligations/SocialBalanceCodes.h"

#include <QTest>

using namespace fla;

// The training block of the social balance sheet, computed from a register
// small enough to add up by hand (the figures in the comments).
class TestSocialBalance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void handComputed();
    void itemCodes_data();
    void itemCodes();
    void codesFileIsComplete();
    void incompleteCodesFileIsRefused();

private:
    SocialBalanceFixture m;
};

void TestSocialBalance::initTestCase()
{
    // The INSZ tells the sex: odd sequence numbers are men, even ones women; this BIS number does not tell.
    QCOMPARE(Ssin::parse(m.set.workers.at(0).ssin).sex(), Ssin::Sex::Male);
    QCOMPARE(Ssin::parse(m.set.workers.at(2).ssin).sex(), Ssin::Sex::Female);
    QCOMPARE(Ssin::parse(m.set.workers.at(3).ssin).sex(), Ssin::Sex::Unknown);
}

void TestSocialBalance::handComputed()
{
    const SocialBalance b =
        SocialBalanceCalculator::compute(m.set, m.employer, QDate(2025, 1, 1), QDate(2025, 12, 31));
    QCOMPARE(b.trainingsCounted, 3);
    QCOMPARE(b.trainingsWithoutCost, 1); // B
    const SocialBalanceFigures &formalMen = b.of(TrainingCategory::FormalContinuing, Ssin::Sex::Male);
    QCOMPARE(formalMen.workers, 1);      // the first man, in A and C
    QCOMPARE(formalMen.hours, 15.2 + 4); // 2 days x 7.6 h + 4 h
    QCOMPARE(formalMen.grossCostCents, 33334 + 50000);
    QCOMPARE(formalMen.netCostCents(), 83334);
    const SocialBalanceFigures &formalWomen = b.of(TrainingCategory::FormalContinuing, Ssin::Sex::Female);
    QCOMPARE(formalWomen.workers, 1);
    QCOMPARE(formalWomen.hours, 15.2);
    QCOMPARE(formalWomen.grossCostCents, 33333);
    const SocialBalanceFigures &formalUnknown = b.of(TrainingCategory::FormalContinuing, Ssin::Sex::Unknown);
    QCOMPARE(formalUnknown.workers, 1);
    QCOMPARE(formalUnknown.grossCostCents, 33333);
    QCOMPARE(b.workersOfUnknownSex, QList<QUuid>{m.bis});
    const SocialBalanceFigures &informalMen = b.of(TrainingCategory::InformalContinuing, Ssin::Sex::Male);
    QCOMPARE(informalMen.workers, 2);
    QCOMPARE(informalMen.hours, 6.0);
    QCOMPARE(informalMen.grossCostCents, 0);
    const SocialBalanceFigures &informalWomen = b.of(TrainingCategory::InformalContinuing, Ssin::Sex::Female);
    QCOMPARE(informalWomen.workers, 1);
    QCOMPARE(informalWomen.hours, 1.5);
    QCOMPARE(b.of(TrainingCategory::Initial, Ssin::Sex::Male).workers, 0);
}

void TestSocialBalance::itemCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<double>("value");
    QTest::newRow("5801 formal, men, workers") << "5801" << 1.0;
    QTest::newRow("5811 formal, women, workers") << "5811" << 1.0;
    QTest::newRow("5802 formal, men, hours") << "5802" << 19.2;
    QTest::newRow("5812 formal, women, hours") << "5812" << 15.2;
    QTest::newRow("5803 formal, men, net cost") << "5803" << 833.34;
    QTest::newRow("5813 formal, women, net cost") << "5813" << 333.33;
    QTest::newRow("58031 formal, men, gross cost") << "58031" << 833.34;
    QTest::newRow("58032 formal, men, collective funds") << "58032" << 0.0;
    QTest::newRow("5821 informal, men, workers") << "5821" << 2.0;
    QTest::newRow("5822 informal, men, hours") << "5822" << 6.0;
    QTest::newRow("5832 informal, women, hours") << "5832" << 1.5;
    QTest::newRow("5841 initial, men, workers") << "5841" << 0.0;
}

void TestSocialBalance::itemCodes()
{
    QFETCH(QString, code);
    QFETCH(double, value);
    QString error;
    const QList<SocialBalanceItem> items = SocialBalanceCodes::load(&error);
    QVERIFY2(!items.isEmpty(), qPrintable(error));
    const SocialBalance b =
        SocialBalanceCalculator::compute(m.set, m.employer, QDate(2025, 1, 1), QDate(2025, 12, 31));
    for (const SocialBalanceItem &item : items) {
        if (item.code == code) {
            QCOMPARE(SocialBalanceCodes::value(b, item), value);
            return;
        }
    }
    QFAIL("code not in the data file");
}

void TestSocialBalance::codesFileIsComplete()
{
    QString error;
    const QList<SocialBalanceItem> items = SocialBalanceCodes::load(&error);
    QCOMPARE(items.size(), 24);
    int confirmed = 0;
    for (const SocialBalanceItem &item : items) {
        QVERIFY2(item.source.startsWith(QLatin1String("https://")), qPrintable(item.code));
        confirmed += item.confirmed ? 1 : 0;
    }
    QCOMPARE(confirmed, 2); // 58032 and 58132, from the NBB's own FAQ
}

void TestSocialBalance::incompleteCodesFileIsRefused()
{
    QString error;
    const QList<SocialBalanceItem> items = SocialBalanceCodes::parse(
        R"({"items":[{"code":"5801","category":"formal","measure":"workers"}]})", &error);
    QVERIFY(items.isEmpty());
    QVERIFY2(error.contains(QLatin1String("5801")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestSocialBalance)
#include "tst_socialbalance.moc"
