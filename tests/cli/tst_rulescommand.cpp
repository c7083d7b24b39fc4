#include "TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QTest>

// `fladesk-cli rules --markdown` and docs/anomalies.md must stay in step.
class TestRulesCommand : public QObject
{
    Q_OBJECT

private slots:
    void markdownMatchesDocs();
    void plainListInLanguage();
};

static QByteArray runCli(const QStringList &args, int *exitCode)
{
    QProcess p;
    p.start(fla::test::executablePath("fladesk-cli"), args);
    p.waitForFinished(60000);
    *exitCode = p.exitCode();
    return p.readAllStandardOutput();
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

void TestRulesCommand::plainListInLanguage()
{
    int code = -1;
    const QString out = QString::fromUtf8(runCli({"--lang", "fr", "rules"}, &code));
    QCOMPARE(code, 0);
    QVERIFY2(out.contains("DT-001\tblocking\temployment|training\tendDate\tDate de fin avant la date de début"),
             qPrintable(out));
}

QTEST_GUILESS_MAIN(TestRulesCommand)
#include "tst_rulescommand.moc"
