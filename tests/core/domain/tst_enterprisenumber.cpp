#include "core/domain/EnterpriseNumber.h"

#include <QTest>

using fla::EnterpriseNumber;

class TestEnterpriseNumber : public QObject
{
    Q_OBJECT

private slots:
    void validate_data();
    void validate();
    void compose();
};

void TestEnterpriseNumber::validate_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<QString>("display");

    QTest::newRow("brief 0566988259") << "0566988259" << true << "0566988259"
                                      << "0566.988.259";
    QTest::newRow("brief 0403019261") << "0403019261" << true << "0403019261"
                                      << "0403.019.261";
    QTest::newRow("brief 0428759497") << "0428759497" << true << "0428759497"
                                      << "0428.759.497";
    QTest::newRow("brief 1-series") << "1000000021" << true << "1000000021"
                                    << "1000.000.021";
    QTest::newRow("display form") << "0566.988.259" << true << "0566988259"
                                  << "0566.988.259";
    QTest::newRow("BE prefix") << "BE0566988259" << true << "0566988259"
                               << "0566.988.259";
    QTest::newRow("be prefix with spaces") << " be 0566 988 259 " << true << "0566988259"
                                           << "0566.988.259";
    QTest::newRow("BE and dots") << "BE 0566.988.259" << true << "0566988259"
                                 << "0566.988.259";
    QTest::newRow("old 9 digits") << "403019261" << true << "0403019261"
                                  << "0403.019.261";
    QTest::newRow("old 9 digits with dots") << "403.019.261" << true << "0403019261"
                                            << "0403.019.261";
    QTest::newRow("brief wrong check") << "0566988258" << false << "0566988258"
                                       << "0566.988.258";
    QTest::newRow("brief 0431150351") << "0431150351" << false << "0431150351"
                                      << "0431.150.351";
    QTest::newRow("establishment unit") << "2000000011" << false << "2000000011"
                                        << "2000.000.011";
    QTest::newRow("first digit 9") << "9000000011" << false << "9000000011"
                                   << "9000.000.011";
    QTest::newRow("8 digits") << "05669882" << false << "05669882"
                              << "05669882";
    QTest::newRow("11 digits") << "05669882590" << false << "05669882590"
                               << "05669882590";
    QTest::newRow("letters") << "0566A88259" << false << "0566A88259"
                             << "0566A88259";
    QTest::newRow("empty") << "" << false << ""
                           << "";
}

void TestEnterpriseNumber::validate()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(QString, normalized);
    QFETCH(QString, display);
    const EnterpriseNumber e = EnterpriseNumber::parse(input);
    QCOMPARE(e.isValid(), valid);
    QCOMPARE(e.normalized(), normalized);
    QCOMPARE(e.display(), display);
    QCOMPARE(e.check().codes(), valid ? QStringList{} : QStringList{QStringLiteral("ID-010")});
}

void TestEnterpriseNumber::compose()
{
    QCOMPARE(EnterpriseNumber::compose(5669882), QStringLiteral("0566988259"));
    QCOMPARE(EnterpriseNumber::compose(10000000), QStringLiteral("1000000021"));
    QVERIFY(EnterpriseNumber::parse(EnterpriseNumber::compose(12345678)).isValid());
    QVERIFY(EnterpriseNumber::parse(u"2000000011").isEstablishmentUnit());
}

QTEST_GUILESS_MAIN(TestEnterpriseNumber)
#include "tst_enterprisenumber.moc"
