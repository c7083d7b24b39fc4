// The real executables: fla-sandbox and `fladesk-cli login`. The browser is
// either this test (following the printed link), or headless Chromium started
// through $BROWSER, redirected to the CLI's real loopback listener.

#include "AuthTestSupport.h"
#include "TestSupport.h"
#include "core/auth/Jose.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestLoginEndToEnd : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void loginWithTheLinkFollowedByHand();
    void loginWithHeadlessChromium();
    void withoutAKeychainTheLoginFailsClearly();
    void machineLoginWithCertificate();
    void insecureIssuerRefused();
    void logoutWhenNobodySignedIn();

private:
    QProcessEnvironment cliEnvironment() const;
    static void assertNoToken(const QString &output);

    QTemporaryDir m_dir;
    QProcess m_sandbox;
    QString m_issuer;
    fla::auth::RsaKey m_machineKey;
};

void TestLoginEndToEnd::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // A machine client registered with the sandbox: its certificate, and a PKCS#12 for the CLI
    m_machineKey = fla::auth::RsaKey::generate(2048);
    const QByteArray cert = m_machineKey.selfSignedCertificatePem("mandatary");
    QFile pem(m_dir.filePath("machine.pem"));
    QVERIFY(pem.open(QIODevice::WriteOnly));
    pem.write(cert);
    pem.close();
    QFile p12(m_dir.filePath("machine.p12"));
    QVERIFY(p12.open(QIODevice::WriteOnly));
    p12.write(m_machineKey.toPkcs12(cert, "p12-password"));
    p12.close();

    m_sandbox.setProgram(fla::test::executablePath("fla-sandbox"));
    m_sandbox.setArguments(
        {"--port", "0", "--machine-client", "mandatary-1=" + pem.fileName() + "=0422222291"});
    m_sandbox.setProcessChannelMode(QProcess::SeparateChannels);
    m_sandbox.start();
    QVERIFY(m_sandbox.waitForStarted());
    const QRegularExpression re("fla-sandbox listening on (http://127\\.0\\.0\\.1:\\d+)");
    QString out;
    QTRY_VERIFY_WITH_TIMEOUT(
        (out += QString::fromUtf8(m_sandbox.readAllStandardOutput()), re.match(out).hasMatch()), 20000);
    m_issuer = re.match(out).captured(1);
}

void TestLoginEndToEnd::cleanupTestCase()
{
    m_sandbox.terminate();
    if (!m_sandbox.waitForFinished(5000))
        m_sandbox.kill();
    // Chromium leaves read-only files in its profile: make them removable.
    fla::test::makeRemovable(m_dir.path());
}

QProcessEnvironment TestLoginEndToEnd::cliEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Settings into the temporary folder; never the user's.
    env.insert("XDG_CONFIG_HOME", m_dir.filePath("config"));
    env.insert("HOME", m_dir.path());
    env.remove("BROWSER");
    return env;
}

void TestLoginEndToEnd::assertNoToken(const QString &output)
{
    // Our tokens are JWTs ("eyJ…") or long base64url strings: none may be printed.
    QVERIFY2(!output.contains("eyJ"), qPrintable(output));
    QVERIFY2(
        !QRegularExpression("[A-Za-z0-9_-]{40,}").match(output.section("Open this address", 0, 0)).hasMatch(),
        qPrintable(output));
}

void TestLoginEndToEnd::loginWithTheLinkFollowedByHand()
{
    QProcess cli;
    cli.setProcessEnvironment(cliEnvironment());
    cli.start(fla::test::executablePath("fladesk-cli"),
              {"login", "--issuer", m_issuer, "--client-id", "fladesk", "--scope", "openid profile fla",
               "--no-keychain", "--no-browser", "--timeout", "30"});
    QVERIFY(cli.waitForStarted());
    QString out;
    const QRegularExpression urlLine("(http://127\\.0\\.0\\.1:\\d+/oauth/authorize\\?\\S+)");
    QTRY_VERIFY_WITH_TIMEOUT(
        (out += QString::fromUtf8(cli.readAllStandardOutput()), urlLine.match(out).hasMatch()), 20000);
    const QUrl url = QUrl::fromEncoded(urlLine.match(out).captured(1).toLatin1());
    fla::test::FakeBrowser browser;
    browser.extra = {{"identity", "chloe"}, {"key", "itsme"}};
    browser.open(url);
    QTRY_VERIFY_WITH_TIMEOUT(cli.state() == QProcess::NotRunning, 30000); // keeps the event loop running
    out += QString::fromUtf8(cli.readAllStandardOutput());
    const QString err = QString::fromUtf8(cli.readAllStandardError());
    QVERIFY2(cli.exitCode() == 0, qPrintable(out + err));
    QVERIFY(out.contains(QString::fromUtf8("Name: Chlo\xc3\xa9 Dubois")));
    QVERIFY(out.contains("Signed in: subject sbx-"));
    QVERIFY2(out.contains("May act for: 0421.111.147, 0422.222.291, 0423.333.338"), qPrintable(out));
    QVERIFY(out.contains("Access token valid until: "));
    QVERIFY(err.contains("No browser could be opened"));
    QTRY_VERIFY(browser.lastPage.contains("You are signed in."));
    assertNoToken(out + err);
}

void TestLoginEndToEnd::loginWithHeadlessChromium()
{
    const QString chromium = QStandardPaths::findExecutable("chromium");
    if (chromium.isEmpty())
        QSKIP("chromium is not installed (Debian package `chromium`): the real-browser sign-in is not tested "
              "here");

    // $BROWSER: a script that runs headless Chromium on the link and keeps the final page
    const QString script = m_dir.filePath("browser.sh");
    const QString dom = m_dir.filePath("dom.html");
    QFile f(script);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QString("#!/bin/sh\n"
                    "exec '%1' --headless --no-sandbox --disable-gpu --disable-quic --no-first-run "
                    "--disable-background-networking --disable-component-update --disable-sync "
                    "--disable-dev-shm-usage --user-data-dir='%2' --dump-dom \"$1&identity=bram&key=eid\" "
                    ">'%3' 2>'%4'\n")
                .arg(chromium, m_dir.filePath("chromium-profile"), dom, m_dir.filePath("chromium.log"))
                .toUtf8());
    f.close();
    QVERIFY(f.setPermissions(f.permissions() | QFileDevice::ExeOwner));

    QProcessEnvironment env = cliEnvironment();
    env.insert("BROWSER", script);
    QProcess cli;
    cli.setProcessEnvironment(env);
    cli.start(fla::test::executablePath("fladesk-cli"),
              {"login", "--issuer", m_issuer, "--client-id", "fladesk", "--no-keychain", "--timeout", "60"});
    QVERIFY(cli.waitForFinished(90000));
    const QString out = QString::fromUtf8(cli.readAllStandardOutput());
    const QString err = QString::fromUtf8(cli.readAllStandardError());
    QFile log(m_dir.filePath("chromium.log"));
    log.open(QIODevice::ReadOnly);
    QVERIFY2(cli.exitCode() == 0, qPrintable(out + err + "\nchromium: " + QString::fromUtf8(log.readAll())));
    QVERIFY(out.contains("Open this address in a browser to sign in:"));
    QVERIFY(out.contains("Name: Bram Janssens"));
    QVERIFY(out.contains("May act for: 0422.222.291, 1000.000.120"));
    assertNoToken(out + err);
    // Chromium ended on the app's page on the loopback listener
    QTRY_VERIFY_WITH_TIMEOUT(QFile(dom).size() > 0, 20000);
    QFile page(dom);
    QVERIFY(page.open(QIODevice::ReadOnly));
    const QByteArray html = page.readAll();
    QVERIFY2(html.contains("You are signed in."), html.constData());
}

void TestLoginEndToEnd::withoutAKeychainTheLoginFailsClearly()
{
#ifndef Q_OS_LINUX
    QSKIP("the keychain is made unreachable through D-Bus, which only Linux uses");
#endif
    QProcessEnvironment env = cliEnvironment();
    env.insert("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + m_dir.filePath("no-such-bus"));
    env.remove("FLADESK_NO_KEYCHAIN");
    QProcess cli;
    cli.setProcessEnvironment(env);
    cli.start(fla::test::executablePath("fladesk-cli"),
              {"login", "--issuer", m_issuer, "--client-id", "fladesk", "--no-browser", "--timeout", "30"});
    QVERIFY(cli.waitForStarted());
    QString out;
    const QRegularExpression urlLine("(http://127\\.0\\.0\\.1:\\d+/oauth/authorize\\?\\S+)");
    QTRY_VERIFY_WITH_TIMEOUT(
        (out += QString::fromUtf8(cli.readAllStandardOutput()), urlLine.match(out).hasMatch()), 20000);
    fla::test::FakeBrowser browser;
    browser.open(QUrl::fromEncoded(urlLine.match(out).captured(1).toLatin1()));
    QTRY_VERIFY_WITH_TIMEOUT(cli.state() == QProcess::NotRunning, 30000);
    out += QString::fromUtf8(cli.readAllStandardOutput());
    const QString err = QString::fromUtf8(cli.readAllStandardError());
    QCOMPARE(cli.exitCode(), 70);
    QVERIFY2(err.contains("The system keychain is not available"), qPrintable(err));
    QVERIFY(err.contains("--no-keychain"));
    assertNoToken(out + err);
    // and nothing was written in its place: no account in the settings
    QDirIterator it(m_dir.filePath("config"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains("sbx-"), qPrintable(f.fileName()));
    }
}

void TestLoginEndToEnd::machineLoginWithCertificate()
{
    QProcessEnvironment env = cliEnvironment();
    env.insert("FLADESK_P12_PASSWORD", "p12-password");
    QProcess cli;
    cli.setProcessEnvironment(env);
    cli.start(fla::test::executablePath("fladesk-cli"),
              {"login", "--certificate", m_dir.filePath("machine.p12"), "--client-id", "mandatary-1",
               "--token-url", m_issuer + "/oauth/token"});
    QVERIFY(cli.waitForFinished(30000));
    const QString out = QString::fromUtf8(cli.readAllStandardOutput());
    const QString err = QString::fromUtf8(cli.readAllStandardError());
    QVERIFY2(cli.exitCode() == 0, qPrintable(out + err));
    QVERIFY(out.contains("Signed in as machine client mandatary-1"));
    assertNoToken(out + err);

    // wrong password: a clear refusal
    env.insert("FLADESK_P12_PASSWORD", "nope");
    cli.setProcessEnvironment(env);
    cli.start(fla::test::executablePath("fladesk-cli"),
              {"login", "--certificate", m_dir.filePath("machine.p12"), "--client-id", "mandatary-1",
               "--token-url", m_issuer + "/oauth/token"});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 70);
    QVERIFY(QString::fromUtf8(cli.readAllStandardError()).contains("machine.p12"));
}

void TestLoginEndToEnd::insecureIssuerRefused()
{
    QProcess cli;
    cli.setProcessEnvironment(cliEnvironment());
    cli.start(fla::test::executablePath("fladesk-cli"),
              {"login", "--issuer", "http://login.example.com", "--client-id", "fladesk", "--no-keychain"});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 64);
    QVERIFY(QString::fromUtf8(cli.readAllStandardError()).contains("must use https"));
}

void TestLoginEndToEnd::logoutWhenNobodySignedIn()
{
    QProcess cli;
    cli.setProcessEnvironment(cliEnvironment());
    cli.start(fla::test::executablePath("fladesk-cli"), {"logout", "--environment", "acceptance"});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 0);
    QVERIFY(QString::fromUtf8(cli.readAllStandardOutput()).contains("Nobody is signed in to acceptance"));
}

QTEST_GUILESS_MAIN(TestLoginEndToEnd)
#include "tst_loginendtoend.moc"
