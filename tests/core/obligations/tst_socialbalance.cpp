#include "SocialBalanceFixture.h"
#include "core/obligations/SocialBalance.h"
#include "core/obligations/SocialBalanceCodes.h"

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
    void statedFieldsCount();
    void statedItemCodes_data();
    void statedItemCodes();
    void codesFileIsComplete();
    void incompleteCodesFileIsRefused();

private:
    SocialBalanceFixture m;
    // The fixture with what the register states beyond the FLA (schema 9).
    DataSet stated() const;
    void compareCode(const DataSet &set, const QString &code, double value);
};

DataSet TestSocialBalance::stated() const
{
    DataSet s = m.set;
    auto training = [&s](const char *name) -> Training & {
        for (Training &t : s.trainings) {
            if (t.name == QLatin1String(name))
                return t;
        }
        qFatal("no training %s", name);
    };
    // The worker with the BIS number is stated a woman.
    for (Worker &w : s.workers) {
        if (w.uuid == m.bis)
            w.sex = StatedSex::Female;
    }
    // A: €1,000.00 direct + €200.00 trainees' pay + €100.00 travel = €1,300.00 gross, shared
    // equally by the first man, the woman and the BIS worker (all 15.2 h): 43,334 + 43,333 + 43,333.
    // €90.00 to collective funds: 3,000 each; €300.01 subsidies: 10,001 + 10,000 + 10,000.
    Training &a = training("A");
    a.traineePayCents = 20000;
    a.travelCostCents = 10000;
    a.contributionsCents = 9000;
    a.subsidiesCents = 30001;
    // B: informal, €75.00 and €15.00 subsidies shared by hours: the men 3 h each, the woman 1.5 h
    // of 7.5 h: 3,000 + 3,000 + 1,500 and 600 + 600 + 300.
    Training &b = training("B");
    b.costCents = 7500;
    b.subsidiesCents = 1500;
    b.costSharing = CostSharing::ByHours;
    // C: stated initial training (its kind says formal): the first man, 4 h, €500.00.
    training("C").category = StatedCategory::Initial;
    return s;
}

void TestSocialBalance::statedFieldsCount()
{
    const SocialBalance b =
        SocialBalanceCalculator::compute(stated(), m.employer, QDate(2025, 1, 1), QDate(2025, 12, 31));
    QCOMPARE(b.trainingsCounted, 3);
    QCOMPARE(b.trainingsWithoutCost, 0);
    QVERIFY(b.workersOfUnknownSex.isEmpty());
    const SocialBalanceFigures &formalMen = b.of(TrainingCategory::FormalContinuing, Ssin::Sex::Male);
    QCOMPARE(formalMen.workers, 1);
    QCOMPARE(formalMen.hours, 15.2);
    QCOMPARE(formalMen.grossCostCents, 43334);
    QCOMPARE(formalMen.contributionsCents, 3000);
    QCOMPARE(formalMen.subsidiesCents, 10001);
    QCOMPARE(formalMen.netCostCents(), 33333);
    const SocialBalanceFigures &formalWomen = b.of(TrainingCategory::FormalContinuing, Ssin::Sex::Female);
    QCOMPARE(formalWomen.workers, 2);
    QCOMPARE(formalWomen.hours, 30.4);
    QCOMPARE(formalWomen.grossCostCents, 86666);
    QCOMPARE(formalWomen.contributionsCents, 6000);
    QCOMPARE(formalWomen.subsidiesCents, 20000);
    QCOMPARE(formalWomen.netCostCents(), 66666);
    QCOMPARE(b.of(TrainingCategory::FormalContinuing, Ssin::Sex::Unknown).workers, 0);
    const SocialBalanceFigures &informalMen = b.of(TrainingCategory::InformalContinuing, Ssin::Sex::Male);
    QCOMPARE(informalMen.workers, 2);
    QCOMPARE(informalMen.hours, 6.0);
    QCOMPARE(informalMen.grossCostCents, 6000);
    QCOMPARE(informalMen.netCostCents(), 4800);
    const SocialBalanceFigures &informalWomen = b.of(TrainingCategory::InformalContinuing, Ssin::Sex::Female);
    QCOMPARE(informalWomen.grossCostCents, 1500);
    QCOMPARE(informalWomen.netCostCents(), 1200);
    const SocialBalanceFigures &initialMen = b.of(TrainingCategory::Initial, Ssin::Sex::Male);
    QCOMPARE(initialMen.workers, 1);
    QCOMPARE(initialMen.hours, 4.0);
    QCOMPARE(initialMen.netCostCents(), 50000);
    QCOMPARE(b.of(TrainingCategory::Initial, Ssin::Sex::Female).workers, 0);
}

void TestSocialBalance::statedItemCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<double>("value");
    QTest::newRow("5801 formal, men, workers") << "5801" << 1.0;
    QTest::newRow("5811 formal, women, workers") << "5811" << 2.0;
    QTest::newRow("5802 formal, men, hours") << "5802" << 15.2;
    QTest::newRow("5812 formal, women, hours") << "5812" << 30.4;
    QTest::newRow("5803 formal, men, net cost") << "5803" << 333.33;
    QTest::newRow("5813 formal, women, net cost") << "5813" << 666.66;
    QTest::newRow("58031 formal, men, gross cost") << "58031" << 433.34;
    QTest::newRow("58131 formal, women, gross cost") << "58131" << 866.66;
    QTest::newRow("58032 formal, men, collective funds") << "58032" << 30.0;
    QTest::newRow("58132 formal, women, collective funds") << "58132" << 60.0;
    QTest::newRow("58033 formal, men, subsidies") << "58033" << 100.01;
    QTest::newRow("58133 formal, women, subsidies") << "58133" << 200.0;
    QTest::newRow("5823 informal, men, net cost") << "5823" << 48.0;
    QTest::newRow("5833 informal, women, net cost") << "5833" << 12.0;
    QTest::newRow("5841 initial, men, workers") << "5841" << 1.0;
    QTest::newRow("5842 initial, men, hours") << "5842" << 4.0;
    QTest::newRow("5843 initial, men, net cost") << "5843" << 500.0;
    QTest::newRow("5851 initial, women, workers") << "5851" << 0.0;
}

void TestSocialBalance::statedItemCodes()
{
    QFETCH(QString, code);
    QFETCH(double, value);
    compareCode(stated(), code, value);
}

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
    compareCode(m.set, code, value);
}

// The value of the data file's item code in the calendar year 2025's balance of the set.
void TestSocialBalance::compareCode(const DataSet &set, const QString &code, double value)
{
    QString error;
    const QList<SocialBalanceItem> items = SocialBalanceCodes::load(&error);
    QVERIFY2(!items.isEmpty(), qPrintable(error));
    const SocialBalance b =
        SocialBalanceCalculator::compute(set, m.employer, QDate(2025, 1, 1), QDate(2025, 12, 31));
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
