// The workspace on Windows: a path written with backslashes below a user profile whose
// name is not ASCII (the Wine run's user is "Chloé"), the lock another process meets
// (fladesk-cli), and the bulk path on the SQLite library Qt's driver runs on.
// Windows only (tests/core/storage/CMakeLists.txt).
#include "Must.h"
#include "StorageTestData.h"
#include "TestSupport.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/StorageDriver.h"
#include "core/storage/Workspace.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using fla::Workspace;

class TestWorkspaceOnWindows : public QObject
{
    Q_OBJECT

private slots:
    void backslashPathBelowTheProfile_data();
    void backslashPathBelowTheProfile();
    void lockRefusesAnotherProcess();
    void bulkPathRunsOnQtsSqlite();
};

void TestWorkspaceOnWindows::backslashPathBelowTheProfile_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("file");
    QTest::newRow("plain") << QStringLiteral("FLA") << QStringLiteral("ws.fladesk");
    QTest::newRow("accents and spaces")
        << QStringLiteral("Donn\u00e9es de Chlo\u00e9") << QStringLiteral("d\u00e9claration 2026.fladesk");
    QTest::newRow("Greek and euro") << QStringLiteral("\u03b1\u03c1\u03c7\u03b5\u03af\u03b1 \u20ac")
                                    << QStringLiteral("ws.fladesk");
}

void TestWorkspaceOnWindows::backslashPathBelowTheProfile()
{
    QFETCH(QString, folder);
    QFETCH(QString, file);
    // The profile folder carries the user's name (C:\Users\<name>).
    QVERIFY2(QDir::homePath().endsWith(qEnvironmentVariable("USERNAME")), qPrintable(QDir::homePath()));
    QTemporaryDir profileDir(QDir::homePath() + QStringLiteral("/fladesk-test-XXXXXX"));
    QVERIFY(profileDir.isValid());
    // Written as a Windows user types it: every separator a backslash.
    const QString path = QDir::toNativeSeparators(profileDir.filePath(folder + QLatin1Char('/') + file));
    QVERIFY(path.contains(QDir::separator()) && !path.contains(QLatin1Char('/')));
    QVERIFY(QDir().mkpath(profileDir.filePath(folder)));
    const fla::Employer e = storagetest::employer(QStringLiteral("Atelier Chlo\u00e9"));
    QString error;
    {
        auto ws = Workspace::open(path, &error);
        QVERIFY2(ws, qPrintable(error));
        QVERIFY2(ws->employers().save(e, &error), qPrintable(error));
    }
    // The same file, whichever separator names it.
    QVERIFY(QFileInfo::exists(QDir::fromNativeSeparators(path)));
    auto ws = Workspace::open(QDir::fromNativeSeparators(path), &error);
    QVERIFY2(ws, qPrintable(error));
    const auto back = fla::test::must(ws->employers().find(e.uuid));
    QVERIFY(back);
    QCOMPARE(back->name, e.name);
}

void TestWorkspaceOnWindows::lockRefusesAnotherProcess()
{
    QTemporaryDir dir(QDir::homePath() + QStringLiteral("/fladesk-test-XXXXXX"));
    const QString path = QDir::toNativeSeparators(dir.filePath(QStringLiteral("Chlo\u00e9.fladesk")));
    QString error;
    auto validate = [&] {
        QProcess cli;
        cli.start(fla::test::executablePath(QStringLiteral("fladesk-cli")),
                  {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("validate"),
                   QStringLiteral("--workspace"), path});
        const bool finished = cli.waitForFinished(120000);
        return std::make_pair(finished ? cli.exitCode() : -1, QString::fromUtf8(cli.readAllStandardError()));
    };
    {
        auto ws = Workspace::open(path, &error);
        QVERIFY2(ws, qPrintable(error));
        QVERIFY2(ws->employers().save(storagetest::employer(QStringLiteral("Held")), &error),
                 qPrintable(error));
        const auto [status, message] = validate();
        QVERIFY2(status == 70, qPrintable(QStringLiteral("exit %1: %2").arg(status).arg(message)));
        QVERIFY2(message.contains(QStringLiteral("is open in another program")), qPrintable(message));
        QVERIFY2(message.contains(path), qPrintable(message)); // named as Windows writes it
    }
    // Closed here: the other process opens it and judges its one company (0: no finding,
    // 1: findings, 2: blocking ones; 70 would be a failure to open it).
    const auto [status, message] = validate();
    QVERIFY2(!message.contains(QStringLiteral("is open in another program")), qPrintable(message));
    QVERIFY2(status >= 0 && status <= 2, qPrintable(QStringLiteral("exit %1: %2").arg(status).arg(message)));
}

void TestWorkspaceOnWindows::bulkPathRunsOnQtsSqlite()
{
    QTemporaryDir dir;
    QString error;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("ws.fladesk")), &error);
    QVERIFY2(ws, qPrintable(error));
    // The MinGW build links the sqlite3.dll Qt's QSQLITE driver runs on: the native path is taken.
    auto statement = ws->driver().prepareBulk(ws->database(), QStringLiteral("SELECT 1"), &error);
    QVERIFY2(statement, qPrintable(error));
}

QTEST_GUILESS_MAIN(TestWorkspaceOnWindows)
#include "tst_workspace_win.moc"
