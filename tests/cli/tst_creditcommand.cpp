#include "CliRun.h"
#include "TestSupport.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestCreditCommand : public QObject
{
    Q_OBJECT

private slots:
    void tableForAYear();
    void usage();
    void missingYearSaysWhatHelpSays();
};

static int runCli(const QStringList &args, QString *out)
{
    const fla::test::CliRun r = fla::test::runCli(args);
    if (out)
        *out = r.outText();
    return r.exitCode;
}

void TestCreditCommand::tableForAYear()
{
    QTemporaryDir dir;
    QCOMPARE(runCli({"generate", "--out", dir.path(), "--seed", "4", "--participations", "500"}, nullptr), 0);
    QString out;
    QCOMPARE(runCli({"credit", "--csv", dir.path(), "--year", "2025", "--json"}, &out), 0);
    const QStringList lines = out.split('\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 10);
    for (const QString &line : lines) {
        const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
        QCOMPARE(o.value("year").toInt(), 2025);
        const double entitled = o.value("entitledDays").toDouble();
        const double carried = o.value("carriedOverDays").toDouble();
        const double used = o.value("usedDays").toDouble();
        QVERIFY(qAbs(o.value("remainingDays").toDouble() - (entitled + carried - used)) < 1e-9);
        QVERIFY(o.value("remainingDays").toDouble() >= -1e-9); // the generator never over-uses
        QVERIFY(qAbs(o.value("remainingHours").toDouble() -
                     o.value("remainingDays").toDouble() * o.value("hoursPerDay").toDouble()) < 1e-9);
    }
    QCOMPARE(runCli({"credit", "--csv", dir.path(), "--year", "2025"}, &out), 0);
    QVERIFY(out.startsWith("enterprise\tworker\tINSZ\t"));
    QVERIFY2(out.contains("xxx.xx"), "INSZ numbers are masked");
}

void TestCreditCommand::usage()
{
    QCOMPARE(runCli({"credit", "--csv", "x"}, nullptr), 64);
    QCOMPARE(runCli({"credit", "--csv", "x", "--year", "2019"}, nullptr), 64);
}

void TestCreditCommand::missingYearSaysWhatHelpSays()
{
    QString help;
    QCOMPARE(runCli({"credit", "--help"}, &help), 0);
    QVERIFY2(help.contains("The year, from 2024 to 2030 (required)."), qPrintable(help));
    const fla::test::CliRun usage = fla::test::runCli({"credit", "--csv", "x"});
    QCOMPARE(usage.exitCode, 64);
    const QString err = usage.errText();
    QVERIFY2(err.contains("--year Y: The year, from 2024 to 2030 (required)."), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestCreditCommand)
#include "tst_creditcommand.moc"
