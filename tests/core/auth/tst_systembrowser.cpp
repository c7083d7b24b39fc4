// The browser for sign-in honours $BROWSER as xdg-open does (issue 14): a ':'-separated
// (Windows: ';') list of commands tried in turn, "%s" replaced by the URL, else the URL appended.

#include "core/auth/SystemBrowser.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fla::auth;

class TestSystemBrowser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commandsFromTheVariable_data();
    void commandsFromTheVariable();
    void scriptReceivesTheUrl_data();
    void scriptReceivesTheUrl();
    void nothingStartable();
    void withoutBrowserTheDefaultOpens();
};

namespace {

const QUrl kUrl("http://127.0.0.1:8765/oauth/authorize?client_id=fladesk&state=a%2Bb&scope=openid%20fla");

// A small browser: writes its arguments, one per line, to `record`.
QString writeRecorder(const QTemporaryDir &dir, const QString &record)
{
    const QString path = dir.filePath("browser.sh");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write("#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > \"" + record.toUtf8() +
            ".part\"\nmv \"" + record.toUtf8() + ".part\" \"" + record.toUtf8() + "\"\n");
    f.close();
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

} // namespace

void TestSystemBrowser::commandsFromTheVariable_data()
{
    QTest::addColumn<QString>("browser");
    QTest::addColumn<QList<QStringList>>("expected");
    const QString u = QString::fromLatin1(kUrl.toEncoded());
    QTest::newRow("one command, URL appended") << "firefox" << QList<QStringList>{{"firefox", u}};
    QTest::newRow("%s replaced") << "chromium --new-window %s --incognito"
                                 << QList<QStringList>{{"chromium", "--new-window", u, "--incognito"}};
    const auto list = [](QString entries) { return entries.replace(':', QDir::listSeparator()); };
    QTest::newRow("list, in order") << list("w3m:lynx %s:/usr/bin/firefox -new-tab")
                                    << QList<QStringList>{
                                           {"w3m", u}, {"lynx", u}, {"/usr/bin/firefox", "-new-tab", u}};
    QTest::newRow("empty entries skipped") << list("::links:") << QList<QStringList>{{"links", u}};
#ifdef Q_OS_WIN
    // A Windows user's $BROWSER: paths with drive letters, ';' between them.
    const QString program = "C:\\Program Files\\Browser\\browser.exe"; // portability-ok: typed by a user
    const QString edge = "D:\\edge.exe";                               // portability-ok: typed by a user
    QTest::newRow("drive letters") << "\"" + program + "\" %s;" + edge
                                   << QList<QStringList>{{program, u}, {edge, u}};
#endif
    QTest::newRow("quoted argument") << "\"my browser\" --url=%s"
                                     << QList<QStringList>{{"my browser", "--url=" + u}};
    QTest::newRow("unset") << "" << QList<QStringList>{};
}

void TestSystemBrowser::commandsFromTheVariable()
{
    QFETCH(QString, browser);
    QFETCH(QList<QStringList>, expected);
    QCOMPARE(browserCommands(browser, kUrl), expected);
}

void TestSystemBrowser::scriptReceivesTheUrl_data()
{
    QTest::addColumn<QString>("pattern"); // {script} stands for the recorder's path
    QTest::addColumn<QStringList>("arguments");
    const QString u = QString::fromLatin1(kUrl.toEncoded());
    QTest::newRow("appended") << "{script}" << QStringList{u};
    QTest::newRow("%s") << "{script} --open %s" << QStringList{"--open", u};
    QTest::newRow("first entry missing, second used")
        << QString("/nonexistent/fladesk-no-browser %s:{script} %s").replace(':', QDir::listSeparator())
        << QStringList{u};
}

void TestSystemBrowser::scriptReceivesTheUrl()
{
#ifdef Q_OS_WIN
    QSKIP("the recording browser is a POSIX shell script; the drive-letter row of commandsFromTheVariable "
          "covers Windows");
#endif
    QFETCH(QString, pattern);
    QFETCH(QStringList, arguments);
    QTemporaryDir dir;
    const QString record = dir.filePath("opened.txt");
    const QString script = writeRecorder(dir, record);
    QVERIFY(!script.isEmpty());
    const QByteArray before = qgetenv("BROWSER");
    qputenv("BROWSER", QString(pattern).replace("{script}", script).toUtf8());
    bool askedDefault = false;
    const bool opened = openInSystemBrowser(kUrl, [&](const QUrl &) { return askedDefault = true; });
    qputenv("BROWSER", before);
    QVERIFY(opened);
    QVERIFY(!askedDefault);
    QTRY_VERIFY(QFile::exists(record));
    QFile f(record);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(f.readAll()).split('\n', Qt::SkipEmptyParts), arguments);
}

void TestSystemBrowser::nothingStartable()
{
    // None of $BROWSER starts: the system's default is asked, and its answer is the result.
    const QByteArray before = qgetenv("BROWSER");
    qputenv("BROWSER", "/nonexistent/fladesk-a:/nonexistent/fladesk-b %s");
    QList<QUrl> askedDefault;
    const bool opened = openInSystemBrowser(kUrl, [&](const QUrl &u) {
        askedDefault.append(u);
        return false;
    });
    qputenv("BROWSER", before);
    QVERIFY(!opened); // the caller shows the link instead
    QCOMPARE(askedDefault, QList<QUrl>{kUrl});
}

void TestSystemBrowser::withoutBrowserTheDefaultOpens()
{
    const QByteArray before = qgetenv("BROWSER");
    qunsetenv("BROWSER");
    QList<QUrl> askedDefault;
    const bool opened = openInSystemBrowser(kUrl, [&](const QUrl &u) {
        askedDefault.append(u);
        return true;
    });
    if (!before.isNull())
        qputenv("BROWSER", before);
    QVERIFY(opened);
    QCOMPARE(askedDefault, QList<QUrl>{kUrl});
}

QTEST_GUILESS_MAIN(TestSystemBrowser)
#include "tst_systembrowser.moc"
