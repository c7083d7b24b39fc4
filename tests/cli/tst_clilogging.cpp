#include "TestSupport.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

// A command's standard error carries its messages, not the modules' log lines
// (fladesk.storage: …): those come with the global --verbose option.
class TestCliLogging : public QObject
{
    Q_OBJECT

private slots:
    void logLinesOnlyWhenVerbose_data();
    void logLinesOnlyWhenVerbose();

private:
    QTemporaryDir m_dir;
};

void TestCliLogging::logLinesOnlyWhenVerbose_data()
{
    QTest::addColumn<bool>("verbose");
    QTest::newRow("default") << false;
    QTest::newRow("--verbose") << true;
}

void TestCliLogging::logLinesOnlyWhenVerbose()
{
    QFETCH(bool, verbose);
    QVERIFY(m_dir.isValid());
    const QString set = m_dir.filePath(QStringLiteral("set-%1").arg(verbose));
    const QString workspace = set + ".fladesk";
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_LOGGING_RULES")); // what a user's shell has
    auto runCli = [&](QStringList args) {
        if (verbose)
            args.prepend(QStringLiteral("--verbose"));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(fla::test::executablePath(QStringLiteral("fladesk-cli")), args);
        if (!p.waitForFinished(60000))
            qWarning("fladesk-cli did not finish");
        return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAllStandardError()));
    };
    const auto generated = runCli({"generate", "--out", set, "--participations", "20", "--seed", "3"});
    QCOMPARE(generated.first, 0);
    const auto loaded = runCli({"import-csv", set, "--workspace", workspace});
    QCOMPARE(loaded.first, 0);
    const QString err = generated.second + loaded.second;
    if (verbose)
        QVERIFY2(err.contains(QStringLiteral("fladesk.storage")), qPrintable(err));
    else
        QVERIFY2(!err.contains(QStringLiteral("fladesk.")), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestCliLogging)
#include "tst_clilogging.moc"
