#include "core/domain/Ssin.h"

#include <QTest>

using fla::Ssin;
using fla::Validity;

class TestSsin : public QObject
{
    Q_OBJECT

private slots:
    void validate_data();
    void validate();
    void personFacts_data();
    void personFacts();
    void display();
    void masking();
    void compose();
};

void TestSsin::validate_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("validity");
    QTest::addColumn<QStringList>("codes");

    const int valid = int(Validity::Valid), warning = int(Validity::Warning),
              invalid = int(Validity::Invalid);
    // The domain brief's examples.
    QTest::newRow("brief 1985 male") << "85073003328" << valid << QStringList{};
    QTest::newRow("brief display form") << "85.07.30-033.28" << valid << QStringList{};
    QTest::newRow("brief 1993") << "93051822361" << valid << QStringList{};
    QTest::newRow("brief 2006 uses the 2 rule") << "06070500252" << valid << QStringList{};
    QTest::newRow("brief BIS +40") << "85493001153" << valid << QStringList{};
    QTest::newRow("brief BIS +20") << "72231500455" << valid << QStringList{};
    QTest::newRow("brief BIS 2001") << "01490700284" << valid << QStringList{};
    QTest::newRow("brief wrong check") << "85073003329" << invalid << QStringList{"ID-002"};
    QTest::newRow("brief 12345678901 (month 34, day 56)")
        << "12345678901" << invalid << QStringList{"ID-002", "ID-003"};
    QTest::newRow("brief month 13") << "85133003370" << invalid << QStringList{"ID-003"};
    QTest::newRow("brief sequence 000") << "85073000061" << warning << QStringList{"ID-004"};
    // Edges.
    QTest::newRow("sequence 999") << Ssin::compose(85, 7, 30, 999, false) << warning << QStringList{"ID-004"};
    QTest::newRow("day 00") << Ssin::compose(85, 7, 0, 33, false) << valid << QStringList{};
    QTest::newRow("month 00") << Ssin::compose(85, 0, 0, 33, false) << valid << QStringList{};
    QTest::newRow("day 32") << Ssin::compose(85, 7, 32, 33, false) << invalid << QStringList{"ID-003"};
    QTest::newRow("month 33 (between BIS ranges)")
        << Ssin::compose(85, 33, 1, 33, false) << invalid << QStringList{"ID-003"};
    QTest::newRow("month 53") << Ssin::compose(85, 53, 1, 33, false) << invalid << QStringList{"ID-003"};
    QTest::newRow("born 2000-01-01") << Ssin::compose(0, 1, 1, 1, true) << valid << QStringList{};
    QTest::newRow("2000 born with 1900 rule digits")
        << Ssin::compose(0, 1, 1, 1, false) << valid << QStringList{};
    QTest::newRow("BIS +20 month 32") << Ssin::compose(90, 32, 1, 2, false) << valid << QStringList{};
    QTest::newRow("BIS +40 month 52") << Ssin::compose(90, 52, 1, 2, false) << valid << QStringList{};
    QTest::newRow("dashes and spaces") << " 85-07-30 033 28 " << valid << QStringList{};
    QTest::newRow("no-break space from a spreadsheet")
        << QString::fromUtf8("85\u00A007\u00A030\u00A003328") << valid << QStringList{};
    QTest::newRow("10 digits") << "8507300332" << invalid << QStringList{"ID-001"};
    QTest::newRow("12 digits") << "850730033280" << invalid << QStringList{"ID-001"};
    QTest::newRow("letters") << "85O73003328" << invalid << QStringList{"ID-001"};
    QTest::newRow("empty") << "" << invalid << QStringList{"ID-001"};
    QTest::newRow("only separators") << " .-. " << invalid << QStringList{"ID-001"};
    QTest::newRow("month 13 and wrong check") << "85133003371" << invalid << QStringList{"ID-002", "ID-003"};
}

void TestSsin::validate()
{
    QFETCH(QString, input);
    QFETCH(int, validity);
    QFETCH(QStringList, codes);
    const Ssin s = Ssin::parse(input);
    QCOMPARE(s.check().codes(), codes);
    QCOMPARE(int(s.check().validity()), validity);
}

void TestSsin::personFacts_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("century");
    QTest::addColumn<QDate>("birthDate");
    QTest::addColumn<int>("sex");
    QTest::addColumn<bool>("bis");

    const int m = int(Ssin::Sex::Male), f = int(Ssin::Sex::Female), u = int(Ssin::Sex::Unknown);
    QTest::newRow("1985 male") << "85073003328" << 1900 << QDate(1985, 7, 30) << m << false;
    QTest::newRow("2006, even sequence") << "06070500252" << 2000 << QDate(2006, 7, 5) << f << false;
    QTest::newRow("BIS +40, sex known") << "85493001153" << 1900 << QDate(1985, 9, 30) << m << true;
    QTest::newRow("BIS +20, sex unknown") << "72231500455" << 1900 << QDate(1972, 3, 15) << u << true;
    QTest::newRow("BIS 2001") << "01490700284" << 2000 << QDate(2001, 9, 7) << f << true;
    QTest::newRow("unknown day") << Ssin::compose(85, 7, 0, 34, false) << 1900 << QDate() << f << false;
    QTest::newRow("wrong check: nothing known") << "85073003329" << 0 << QDate() << m << false;
}

void TestSsin::personFacts()
{
    QFETCH(QString, input);
    QFETCH(int, century);
    QFETCH(QDate, birthDate);
    QFETCH(int, sex);
    QFETCH(bool, bis);
    const Ssin s = Ssin::parse(input);
    QCOMPARE(s.century(), century);
    QCOMPARE(s.birthDate(), birthDate);
    QCOMPARE(int(s.sex()), sex);
    QCOMPARE(s.isBis(), bis);
}

void TestSsin::display()
{
    QCOMPARE(Ssin::parse(u"85073003328").display(), QStringLiteral("85.07.30-033.28"));
    QCOMPARE(Ssin::parse(u"85 07 30 033 28").normalized(), QStringLiteral("85073003328"));
    QCOMPARE(Ssin::parse(u"abc").display(), QStringLiteral("abc"));
}

void TestSsin::masking()
{
    QCOMPARE(Ssin::parse(u"85073003328").masked(), QStringLiteral("85.07.30-xxx.xx"));
    QCOMPARE(Ssin::mask(u"85.07.30-033.28"), QStringLiteral("85.07.30-xxx.xx"));
    QVERIFY(!Ssin::mask(u"1234").contains(QStringLiteral("1234")));
}

void TestSsin::compose()
{
    QCOMPARE(Ssin::compose(85, 7, 30, 33, false), QStringLiteral("85073003328"));
    QCOMPARE(Ssin::compose(6, 7, 5, 2, true), QStringLiteral("06070500252"));
}

QTEST_GUILESS_MAIN(TestSsin)
#include "tst_ssin.moc"
