#include "core/domain/NssoNumber.h"

#include <QTest>

using fla::NssoNumber;
using fla::Validity;

class TestNssoNumber : public QObject
{
    Q_OBJECT

private slots:
    void validate_data();
    void validate();
    void compose();
};

void TestNssoNumber::validate_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("validity");
    QTest::addColumn<QStringList>("codes");
    QTest::addColumn<QString>("display");

    const int valid = int(Validity::Valid), warning = int(Validity::Warning),
              invalid = int(Validity::Invalid);
    QTest::newRow("lowest bound") << "100006" << valid << QStringList{} << "0001000-06";
    QTest::newRow("highest bound") << "199999934" << valid << QStringList{} << "1999999-34";
    QTest::newRow("with dash") << "1999999-34" << valid << QStringList{} << "1999999-34";
    QTest::newRow("provisional lowest") << "5000000120" << valid << QStringList{} << "50000001-20";
    QTest::newRow("provisional highest") << "5999999989" << valid << QStringList{} << "59999999-89";
    QTest::newRow("mod 97 not 96") << "199999838" << warning << QStringList{"ID-011"} << "1999998-38";
    QTest::newRow("below the domain") << "100005" << warning << QStringList{"ID-011"} << "0001000-05";
    QTest::newRow("provisional outside") << "6000000000" << warning << QStringList{"ID-011"} << "60000000-00";
    QTest::newRow("letters") << "12345A789" << invalid << QStringList{"ID-013"} << "12345A789";
    QTest::newRow("too long") << "12345678901" << invalid << QStringList{"ID-013"} << "12345678901";
}

void TestNssoNumber::validate()
{
    QFETCH(QString, input);
    QFETCH(int, validity);
    QFETCH(QStringList, codes);
    QFETCH(QString, display);
    const NssoNumber n = NssoNumber::parse(input);
    QCOMPARE(n.check().codes(), codes);
    QCOMPARE(int(n.check().validity()), validity);
    QCOMPARE(n.display(), display);
}

void TestNssoNumber::compose()
{
    for (int base : {1000, 1234567, 1999999}) {
        const NssoNumber n = NssoNumber::parse(NssoNumber::compose(base));
        QVERIFY2(n.check().findings().isEmpty(), qPrintable(n.normalized()));
    }
}

QTEST_GUILESS_MAIN(TestNssoNumber)
#include "tst_nssonumber.moc"
