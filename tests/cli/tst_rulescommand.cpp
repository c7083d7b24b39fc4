#include "CliRun.h"
#include "TestSupport.h"

#include <QFile>
#include <QTest>

// `fladesk-cli rules --markdown` and docs/anomalies.md must stay in step.
class TestRulesCommand : public QObject
{
    Q_OBJECT

private slots:
    void markdownMatchesDocs();
    void plainListInLanguage_data();
    void plainListInLanguage();
};

static QByteArray runCli(const QStringList &args, int *exitCode)
{
    const fla::test::CliRun r = fla::test::runCli(args);
    *exitCode = r.exitCode;
    return r.out;
}

void TestRulesCommand::markdownMatchesDocs()
{
    int code = -1;
    const QByteArray md = runCli({"rules", "--markdown"}, &code);
    QCOMPARE(code, 0);
    QFile docs(FLADESK_SOURCE_DIR "/docs/anomalies.md");
    QVERIFY(docs.open(QIODevice::ReadOnly));
    QVERIFY2(md == docs.readAll(),
             "docs/anomalies.md is out of step: fladesk-cli rules --markdown > docs/anomalies.md");
}

void TestRulesCommand::plainListInLanguage_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("line");
    // Severity, kinds of record and fields in the chosen language too, not the catalogue's names.
    QTest::newRow("fr") << "fr"
                        << QString::fromUtf8("DT-001\tbloquante\toccupation, formation\tdate de fin\t"
                                             "Date de fin avant la date de début");
    QTest::newRow("nl") << "nl"
                        << QString::fromUtf8("DT-001\tblokkerend\ttewerkstelling, opleiding\teinddatum\t");
    QTest::newRow("en") << "en" << QString::fromUtf8("DT-001\tblocking\temployment, training\tend date\t");
}

void TestRulesCommand::plainListInLanguage()
{
    QFETCH(QString, lang);
    QFETCH(QString, line);
    int code = -1;
    const QString out = QString::fromUtf8(runCli({"--lang", lang, "rules"}, &code));
    QCOMPARE(code, 0);
    QVERIFY2(out.contains(line), qPrintable(out));
    for (const char *english : {"\tblocking\t", "\twarning\t", "\tworker\t", "Uuid"}) {
        if (lang != "en")
            QVERIFY2(!out.contains(QLatin1String(english)), english);
    }
}

QTEST_GUILESS_MAIN(TestRulesCommand)
#include "tst_rulescommand.moc"
