#include "core/domain/WorkerSex.h"

#include <QTest>

using namespace fla;

// The sex the social balance sheet counts: stated, else the INSZ's.
class TestWorkerSex : public QObject
{
    Q_OBJECT

private slots:
    void statedElseTheInsz_data();
    void statedElseTheInsz();
};

void TestWorkerSex::statedElseTheInsz_data()
{
    QTest::addColumn<QString>("ssin");
    QTest::addColumn<StatedSex>("stated");
    QTest::addColumn<Ssin::Sex>("sex");
    const QString odd = Ssin::compose(85, 7, 30, 33, false);         // sequence 033: a man
    const QString even = Ssin::compose(85, 7, 30, 32, false);        // 032: a woman
    const QString bisKnown = Ssin::compose(85, 47, 30, 32, false);   // BIS, month + 40: it tells
    const QString bisUnknown = Ssin::compose(90, 25, 10, 40, false); // BIS, month + 20: it does not
    QTest::newRow("odd, unstated") << odd << StatedSex::Unstated << Ssin::Sex::Male;
    QTest::newRow("even, unstated") << even << StatedSex::Unstated << Ssin::Sex::Female;
    QTest::newRow("BIS + 40, unstated") << bisKnown << StatedSex::Unstated << Ssin::Sex::Female;
    QTest::newRow("BIS + 20, unstated") << bisUnknown << StatedSex::Unstated << Ssin::Sex::Unknown;
    QTest::newRow("BIS + 20, stated a man") << bisUnknown << StatedSex::Male << Ssin::Sex::Male;
    QTest::newRow("stated wins over the INSZ") << odd << StatedSex::Female << Ssin::Sex::Female;
    QTest::newRow("no INSZ, unstated") << QString() << StatedSex::Unstated << Ssin::Sex::Unknown;
}

void TestWorkerSex::statedElseTheInsz()
{
    QFETCH(QString, ssin);
    QFETCH(StatedSex, stated);
    QFETCH(Ssin::Sex, sex);
    Worker w;
    w.ssin = ssin;
    w.sex = stated;
    QCOMPARE(sexOf(w), sex);
}

QTEST_GUILESS_MAIN(TestWorkerSex)
#include "tst_workersex.moc"
