#include "SocialBalanceFixture.h"
#include "core/obligations/SocialBalanceExport.h"
#include "core/obligations/SocialBalanceRows.h"

#include <QTest>

using namespace fla;

// The training block laid out as the form does (one row per category and
// measure, the men's and women's codes, the total) for SocialBalanceFixture's
// register in 2025, added up by hand: A (formal, 15.2 h, €1,000.00 over the
// first man 333.34, the woman 333.33 and the BIS worker 333.33), B (informal,
// 3 h each for the two men, 1.5 h for the woman, no cost), C (formal, 4 h,
// €500.00, the first man).
class TestSocialBalanceRows : public QObject
{
    Q_OBJECT

private slots:
    void rowsAddUpByHand_data();
    void rowsAddUpByHand();
    void unknownSexWorkersAreNamed();
    void csvHasEveryCode();

private:
    static SocialBalance balance2025(const SocialBalanceFixture &f)
    {
        return SocialBalanceCalculator::compute(f.set, f.employer, QDate(2025, 1, 1), QDate(2025, 12, 31));
    }
    static QList<SocialBalanceItem> items()
    {
        QString error;
        const QList<SocialBalanceItem> list = SocialBalanceCodes::load(&error);
        if (list.isEmpty())
            qFatal("codes: %s", qPrintable(error));
        return list;
    }
};

void TestSocialBalanceRows::rowsAddUpByHand_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("menCode");
    QTest::addColumn<QString>("womenCode");
    QTest::addColumn<double>("men");
    QTest::addColumn<double>("women");
    QTest::addColumn<double>("unknownSex");
    QTest::addColumn<double>("total");
    QTest::addColumn<bool>("confirmed");
    QTest::newRow("formal workers") << 0 << "5801"
                                    << "5811" << 1.0 << 1.0 << 1.0 << 3.0 << false;
    QTest::newRow("formal hours") << 1 << "5802"
                                  << "5812" << 19.2 << 15.2 << 15.2 << 49.6 << false;
    QTest::newRow("formal net cost") << 2 << "5803"
                                     << "5813" << 833.34 << 333.33 << 333.33 << 1500.0 << false;
    QTest::newRow("formal gross cost") << 3 << "58031"
                                       << "58131" << 833.34 << 333.33 << 333.33 << 1500.0 << false;
    QTest::newRow("formal contributions") << 4 << "58032"
                                          << "58132" << 0.0 << 0.0 << 0.0 << 0.0 << true;
    QTest::newRow("formal subsidies") << 5 << "58033"
                                      << "58133" << 0.0 << 0.0 << 0.0 << 0.0 << false;
    QTest::newRow("informal workers") << 6 << "5821"
                                      << "5831" << 2.0 << 1.0 << 0.0 << 3.0 << false;
    QTest::newRow("informal hours") << 7 << "5822"
                                    << "5832" << 6.0 << 1.5 << 0.0 << 7.5 << false;
    QTest::newRow("informal net cost") << 8 << "5823"
                                       << "5833" << 0.0 << 0.0 << 0.0 << 0.0 << false;
    QTest::newRow("initial workers") << 9 << "5841"
                                     << "5851" << 0.0 << 0.0 << 0.0 << 0.0 << false;
}

void TestSocialBalanceRows::rowsAddUpByHand()
{
    QFETCH(int, row);
    QFETCH(QString, menCode);
    QFETCH(QString, womenCode);
    QFETCH(double, men);
    QFETCH(double, women);
    QFETCH(double, unknownSex);
    QFETCH(double, total);
    QFETCH(bool, confirmed);
    const SocialBalanceFixture f;
    const QList<SocialBalanceRow> rows = SocialBalanceRows::rows(balance2025(f), items());
    QCOMPARE(rows.size(), 12); // 6 formal, 3 informal, 3 initial
    const SocialBalanceRow &r = rows.at(row);
    QCOMPARE(r.menCode, menCode);
    QCOMPARE(r.womenCode, womenCode);
    QCOMPARE(r.men, men);
    QCOMPARE(r.women, women);
    QCOMPARE(r.unknownSex, unknownSex);
    QCOMPARE(r.total, total);
    QCOMPARE(r.confirmed, confirmed);
    QCOMPARE(r.sources.isEmpty(), confirmed);
    if (!confirmed)
        QVERIFY2(r.sources.first().startsWith("https://"), qPrintable(r.sources.first()));
    QVERIFY(!r.label.isEmpty());
}

void TestSocialBalanceRows::unknownSexWorkersAreNamed()
{
    const SocialBalanceFixture f;
    const QList<UnknownSexWorker> unknown = SocialBalanceRows::unknownSexWorkers(balance2025(f), f.set);
    QCOMPARE(unknown.size(), 1);
    QCOMPARE(unknown.first().uuid, f.bis);
    QCOMPARE(unknown.first().name, QString("bis"));
    QVERIFY2(unknown.first().maskedSsin.contains("xxx"), qPrintable(unknown.first().maskedSsin));
}

void TestSocialBalanceRows::csvHasEveryCode()
{
    const SocialBalanceFixture f;
    const QStringList lines =
        QString::fromUtf8(SocialBalanceExport::csv(balance2025(f), items())).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 24);
    QCOMPARE(lines.first(), QString("5801;1;no;Formal continuing training, men: workers involved"));
    QVERIFY(lines.contains("5812;15.20;no;Formal continuing training, women: hours of training"));
}

QTEST_GUILESS_MAIN(TestSocialBalanceRows)
#include "tst_socialbalancerows.moc"
