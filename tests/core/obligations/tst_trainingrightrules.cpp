// The training right's figures come from resources/obligations/training-right.json:
// the built-in file reads, each figure has a source, a sector agreement replaces
// the law's figures only for its committee and years, and a broken file is refused
// with a message (never guessed figures).

#include "core/obligations/TrainingRightRules.h"

#include <QFile>
#include <QTest>

using namespace fla;

class TestTrainingRightRules : public QObject
{
    Q_OBJECT

private slots:
    void builtInFileReads();
    void daysPerFte_data();
    void daysPerFte();
    void windows_data();
    void windows();
    void brokenFilesAreRefused_data();
    void brokenFilesAreRefused();
};

void TestTrainingRightRules::builtInFileReads()
{
    QFile f(QStringLiteral(FLADESK_SOURCE_DIR "/resources/obligations/training-right.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    TrainingRightRules rules;
    QString error;
    QVERIFY2(TrainingRightRules::parse(f.readAll(), &rules, &error), qPrintable(error));
    QVERIFY(!rules.sectors().isEmpty());
    for (const TrainingRightFigures &s : rules.sectors()) {
        QVERIFY(s.source.startsWith(QLatin1String("https://")));
        QVERIFY(!s.confirmed); // every sector figure rests on secondary sources so far
    }
    QVERIFY(!rules.carryOverConfirmed());
    QVERIFY(rules.carryOverSource().startsWith(QLatin1String("https://")));
    // The compiled-in copy is the same file.
    QCOMPARE(TrainingRightRules::builtIn().sectors().size(), rules.sectors().size());
}

void TestTrainingRightRules::daysPerFte_data()
{
    QTest::addColumn<QString>("committee");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("sizeClass");
    QTest::addColumn<double>("days");
    QTest::addColumn<bool>("sector");
    QTest::addColumn<bool>("confirmed");
    QTest::newRow("law, 20+") << "124" << 2025 << int(SizeClass::From20) << 5.0 << false << true;
    QTest::newRow("law, 10-19") << "124" << 2025 << int(SizeClass::From10To19) << 1.0 << false << true;
    QTest::newRow("law, under 10") << "124" << 2025 << int(SizeClass::Under10) << 0.0 << false << true;
    QTest::newRow("law, 2023: 4 days") << "124" << 2023 << int(SizeClass::From20) << 4.0 << false << true;
    QTest::newRow("no committee: the law") << "" << 2026 << int(SizeClass::From20) << 5.0 << false << true;
    QTest::newRow("PC 200, 2024") << "200" << 2024 << int(SizeClass::From20) << 3.0 << true << false;
    QTest::newRow("PC 200, 2026") << "200" << 2026 << int(SizeClass::From20) << 4.0 << true << false;
    QTest::newRow("PC 200, 2028") << "200" << 2028 << int(SizeClass::From20) << 5.0 << true << false;
    QTest::newRow("PC 200, under 10") << "200" << 2025 << int(SizeClass::Under10) << 1.0 << true << false;
    QTest::newRow("PC 200 after its agreement: the law")
        << "200" << 2029 << int(SizeClass::From20) << 5.0 << false << true;
    QTest::newRow("typed as PC 149.01")
        << "PC 149.01" << 2026 << int(SizeClass::From10To19) << 2.0 << true << false;
    QTest::newRow("149.02 is not 149.01")
        << "149.02" << 2026 << int(SizeClass::From10To19) << 1.0 << false << true;
}

void TestTrainingRightRules::daysPerFte()
{
    QFETCH(QString, committee);
    QFETCH(int, year);
    QFETCH(int, sizeClass);
    QFETCH(double, days);
    QFETCH(bool, sector);
    QFETCH(bool, confirmed);
    const TrainingRightFigures *f = TrainingRightRules::builtIn().figures(committee, year);
    QVERIFY(f);
    QCOMPARE(f->days(SizeClass(sizeClass)), days);
    QCOMPARE(!f->jointCommittee.isEmpty(), sector);
    QCOMPARE(f->confirmed, confirmed);
}

void TestTrainingRightRules::windows_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("start");
    QTest::newRow("2024") << 2024 << 2024;
    QTest::newRow("2028") << 2028 << 2024;
    QTest::newRow("2029") << 2029 << 2029;
    QTest::newRow("2033") << 2033 << 2029;
    QTest::newRow("2034") << 2034 << 2034;
}

void TestTrainingRightRules::windows()
{
    QFETCH(int, year);
    QFETCH(int, start);
    QCOMPARE(TrainingRightRules::builtIn().windowStart(year), start);
}

void TestTrainingRightRules::brokenFilesAreRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    const QByteArray sources = R"("sources": {"s": "https://example.org"})";
    const QByteArray carry = R"("carryOver": {"windowYears": 5, "firstWindowStart": 2024, "source": "s"})";
    const QByteArray law =
        R"("legal": [{"fromYear": 2024, "toYear": 9999, "daysPerFte": {"UNDER_10": 0, "FROM_10_TO_19": 1, "FROM_20": 5}, "source": "s"}])";
    QTest::newRow("not JSON") << QByteArray("{") << "cannot be read";
    QTest::newRow("no legal figures") << "{" + sources + "," + carry + "}"
                                      << "no legal figures";
    QTest::newRow("a size class missing")
        << "{" + sources + "," + carry +
               R"(, "legal": [{"fromYear": 2024, "toYear": 2030, "daysPerFte": {"FROM_20": 5}, "source": "s"}]})"
        << "no days per FTE for UNDER_10";
    QTest::newRow("an unknown source")
        << "{" + sources + "," + carry +
               R"(, "legal": [{"fromYear": 2024, "toYear": 2030, "daysPerFte": {"UNDER_10": 0, "FROM_10_TO_19": 1, "FROM_20": 5}, "source": "x"}]})"
        << "the source x is not listed";
    QTest::newRow("a sector without committee")
        << "{" + sources + "," + carry + "," + law +
               R"(, "sectors": [{"fromYear": 2024, "toYear": 2030, "daysPerFte": {"UNDER_10": 0, "FROM_10_TO_19": 1, "FROM_20": 2}, "source": "s"}]})"
        << "no joint committee";
    QTest::newRow("no window") << "{" + sources + "," + law + "}"
                               << "no valid carry-over window";
}

void TestTrainingRightRules::brokenFilesAreRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    TrainingRightRules rules;
    QString error;
    QVERIFY(!TrainingRightRules::parse(json, &rules, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(error.startsWith(QLatin1String("The training right's figures cannot be read")));
}

QTEST_GUILESS_MAIN(TestTrainingRightRules)
#include "tst_trainingrightrules.moc"
