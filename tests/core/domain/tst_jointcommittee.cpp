#include "core/domain/JointCommittee.h"

#include <QTest>

using fla::JointCommittee;

class TestJointCommittee : public QObject
{
    Q_OBJECT

private slots:
    void validate_data();
    void validate();
};

void TestJointCommittee::validate_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("normalized");

    QTest::newRow("main committee") << "200" << true << "200";
    QTest::newRow("sub committee") << "225.01" << true << "225.01";
    QTest::newRow("three levels") << "305.02.09" << true << "305.02.09";
    QTest::newRow("PC prefix") << "PC 200" << true << "200";
    QTest::newRow("CP prefix") << "CP 200" << true << "200";
    QTest::newRow("PSC prefix") << "PSC 140.03" << true << "140.03";
    QTest::newRow("surrounding space") << "  118 " << true << "118";
    QTest::newRow("two digits") << "20" << false << "20";
    QTest::newRow("four digits") << "2000" << false << "2000";
    QTest::newRow("one-digit group") << "225.1" << false << "225.1";
    QTest::newRow("four levels") << "305.02.09.01" << false << "305.02.09.01";
    QTest::newRow("trailing dot") << "200." << false << "200.";
    QTest::newRow("letters") << "2O0" << false << "2O0";
    QTest::newRow("empty") << "" << false << "";
}

void TestJointCommittee::validate()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(QString, normalized);
    const JointCommittee jc = JointCommittee::parse(input);
    QCOMPARE(jc.isValid(), valid);
    QCOMPARE(jc.normalized(), normalized);
    QCOMPARE(jc.check().codes(), valid ? QStringList{} : QStringList{QStringLiteral("ID-012")});
}

QTEST_GUILESS_MAIN(TestJointCommittee)
#include "tst_jointcommittee.moc"
