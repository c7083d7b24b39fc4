#include "CliRun.h"
#include "TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestCheckIdCommand : public QObject
{
    Q_OBJECT

private slots:
    void briefExample();
    void codesExplainedInTheChosenLanguage_data();
    void codesExplainedInTheChosenLanguage();
    void json();
    void standardInput();
    void allValidExitsZero();
    void usage();

private:
    static fla::test::CliRun run(const QStringList &args, const QByteArray &input = {});
};

fla::test::CliRun TestCheckIdCommand::run(const QStringList &args, const QByteArray &input)
{
    fla::test::CliOptions options;
    options.input = input;
    return fla::test::runCli(args, options);
}

void TestCheckIdCommand::briefExample()
{
    const fla::test::CliRun p = run({"check-id", "85.07.30-033.28", "0566.988.259", "12345678901"});
    QCOMPARE(p.exitCode, 1);
    const QStringList lines = QString::fromUtf8(p.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), QStringLiteral("85.07.30-033.28\tINSZ\t85.07.30-033.28\tvalid\t-\t-"));
    QCOMPARE(lines.at(1), QStringLiteral("0566.988.259\tenterprise\t0566.988.259\tvalid\t-\t-"));
    // Each code with what it means, from the anomaly catalogue.
    QCOMPARE(lines.at(2),
             QStringLiteral("12345678901\tINSZ\t12.34.56-789.01\tinvalid\tID-002,ID-003\t"
                            "ID-002 INSZ check digits wrong; ID-003 INSZ birth date impossible"));
}

void TestCheckIdCommand::codesExplainedInTheChosenLanguage_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("explained");
    QTest::newRow("nl") << "nl" << QString::fromUtf8("ID-002 INSZ-controlegetal fout");
    QTest::newRow("fr") << "fr" << QString::fromUtf8("ID-002 Chiffres de contr\u00f4le du NISS erron\u00e9s");
}

void TestCheckIdCommand::codesExplainedInTheChosenLanguage()
{
    QFETCH(QString, lang);
    QFETCH(QString, explained);
    const fla::test::CliRun p = run({"--lang", lang, "check-id", "12345678901"});
    const QString text = QString::fromUtf8(p.out);
    QVERIFY2(text.contains(explained), qPrintable(text));
    const fla::test::CliRun json = run({"--lang", lang, "check-id", "--json", "12345678901"});
    const QJsonObject o = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(o.value(QStringLiteral("messages")).toVariant().toStringList().value(0), explained);
}

void TestCheckIdCommand::json()
{
    const fla::test::CliRun p = run({"check-id", "--json", "06070500252", "BE0566988258"});
    QCOMPARE(p.exitCode, 1);
    const QList<QByteArray> lines = p.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    const QJsonObject insz = QJsonDocument::fromJson(lines.at(0)).object();
    QCOMPARE(insz.value(QStringLiteral("kind")).toString(), QStringLiteral("INSZ"));
    QCOMPARE(insz.value(QStringLiteral("status")).toString(), QStringLiteral("valid"));
    QCOMPARE(insz.value(QStringLiteral("normalized")).toString(), QStringLiteral("06070500252"));
    QCOMPARE(insz.value(QStringLiteral("birthDate")).toString(), QStringLiteral("2006-07-05"));
    QCOMPARE(insz.value(QStringLiteral("century")).toInt(), 2000);
    const QJsonObject ent = QJsonDocument::fromJson(lines.at(1)).object();
    QCOMPARE(ent.value(QStringLiteral("kind")).toString(), QStringLiteral("enterprise"));
    QCOMPARE(ent.value(QStringLiteral("status")).toString(), QStringLiteral("invalid"));
    QCOMPARE(ent.value(QStringLiteral("codes")).toVariant().toStringList(),
             QStringList{QStringLiteral("ID-010")});
}

void TestCheckIdCommand::standardInput()
{
    const fla::test::CliRun p = run({"check-id", "-"}, "85073003328\n\n 200 \n85073000061\n");
    QCOMPARE(p.exitCode, 0); // a warning (sequence 000) is allowed
    const QStringList lines = QString::fromUtf8(p.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(1).contains(QStringLiteral("joint committee")));
    QVERIFY(lines.at(2).contains(QStringLiteral("warning\tID-004\t")));
}

void TestCheckIdCommand::allValidExitsZero()
{
    const fla::test::CliRun p = run({"check-id", "85073003328", "0403019261", "225.01"});
    QCOMPARE(p.exitCode, 0);
}

void TestCheckIdCommand::usage()
{
    const fla::test::CliRun p = run({"check-id"});
    QCOMPARE(p.exitCode, 64);
    QVERIFY(!p.err.isEmpty());
    const fla::test::CliRun q = run({"no-such-command"});
    QCOMPARE(q.exitCode, 64);
}

QTEST_GUILESS_MAIN(TestCheckIdCommand)
#include "tst_checkidcommand.moc"
