#include "CliRun.h"
#include "TestSupport.h"

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
    fla::test::CliOptions options;
    options.environment = {{QStringLiteral("QT_LOGGING_RULES"), QString()}}; // what a user's shell has
    auto runCli = [&](QStringList args) {
        if (verbose)
            args.prepend(QStringLiteral("--verbose"));
        const fla::test::CliRun r = fla::test::runCli(args, options);
        return std::make_pair(r.exitCode, r.errText());
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
