#include "CliRun.h"
#include "TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

// Every command that talks to the platform reads --environment, --api-url and
// the token in one place (PlatformAccess), so each refuses the same things the
// same way. Before, `pull` sent its token to a plain-http address anywhere.
class TestPlatformAccess : public QObject
{
    Q_OBJECT

private slots:
    void refusedTheSameWayByEveryCommand_data();
    void refusedTheSameWayByEveryCommand();

private:
    QTemporaryDir m_home;
};

void TestPlatformAccess::refusedTheSameWayByEveryCommand_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");

    const QStringList commands[] = {
        {QStringLiteral("sync")},
        {QStringLiteral("pull"), QStringLiteral("--employer"), QStringLiteral("0123456749")},
        {QStringLiteral("review-pull"), QStringLiteral("--employer"), QStringLiteral("0123456749")},
    };
    for (const QStringList &command : commands) {
        const QByteArray name = command.first().toUtf8();
        QTest::addRow("%s: unknown environment", name.constData())
            << command << QStringList{QStringLiteral("--environment"), QStringLiteral("moon")}
            << QStringLiteral("unknown environment moon");
        QTest::addRow("%s: plain http off loopback", name.constData())
            << command
            << QStringList{QStringLiteral("--api-url"), QStringLiteral("http://fla.example.org/REST/fla/v1")}
            << QStringLiteral("is not an https address");
        QTest::addRow("%s: unreadable token file", name.constData())
            << command
            << QStringList{QStringLiteral("--api-url"), QStringLiteral("http://127.0.0.1:9/REST/fla/v1"),
                           QStringLiteral("--token-file"), QStringLiteral("/nonexistent/token")}
            << QStringLiteral("--token-file: /nonexistent/token");
    }
}

void TestPlatformAccess::refusedTheSameWayByEveryCommand()
{
    QFETCH(QStringList, command);
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    QVERIFY(m_home.isValid());

    fla::test::CliOptions env;
    env.environment = {{QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config"))},
                       {QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data"))},
                       {QStringLiteral("FLADESK_ACCESS_TOKEN"), QStringLiteral("a-token")}};
    const QStringList args =
        command + options +
        QStringList{QStringLiteral("--workspace"), m_home.filePath(QStringLiteral("w.fladesk"))};
    const fla::test::CliRun cli = fla::test::runCli(args, env);
    QVERIFY(cli.finished);
    const QString err = cli.errText();
    QCOMPARE(cli.exitCode, 64); // usage: nothing was sent anywhere
    QVERIFY2(err.contains(message), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestPlatformAccess)
#include "tst_platformaccess.moc"
