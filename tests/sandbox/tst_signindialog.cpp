// The sign-in dialog and the environments page, against the in-process sandbox.

#include "AuthTestSupport.h"
#include "TestSupport.h"
#include "core/common/Clock.h"
#include "sandbox/SandboxServer.h"
#include "ui/auth/EnvironmentSettingsWidget.h"
#include "ui/auth/SignInDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fla;
using namespace fla::ui;

class TestSignInDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signsInThroughTheBrowser();
    void showsTheLinkWhenNoBrowserOpens();
    void showsTheReasonOfAFailure();
    void environmentPageRefusesHttp();
    void environmentPageSavesEachEnvironment();

private:
    auth::OidcConfig config() const;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    QNetworkAccessManager m_network;
};

void TestSignInDialog::initTestCase()
{
    qRegisterMetaType<fla::auth::Session>();
    m_server = std::make_unique<sandbox::SandboxServer>();
    QVERIFY(m_server->listen(0));
}

auth::OidcConfig TestSignInDialog::config() const
{
    auth::OidcConfig c;
    c.issuer = m_server->issuer();
    c.clientId = "fladesk";
    return c;
}

void TestSignInDialog::signsInThroughTheBrowser()
{
    fla::test::FakeBrowser browser;
    ui::SignInDialog dialog(&m_network, Clock::system(), config());
    dialog.setBrowserOpener([&browser](const QUrl &u) { return browser.open(u); });
    QSignalSpy signedIn(&dialog, &ui::SignInDialog::signedIn);
    dialog.show();
    QTRY_COMPARE(signedIn.count(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.session().name, QString("An Peeters"));
    QVERIFY(!dialog.isLinkHighlighted());
}

void TestSignInDialog::showsTheLinkWhenNoBrowserOpens()
{
    ui::SignInDialog dialog(&m_network, Clock::system(), config());
    dialog.setBrowserOpener([](const QUrl &) { return false; });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_VERIFY(dialog.isLinkHighlighted());
    QVERIFY(dialog.linkText().startsWith(m_server->baseUrl().toString() + "/oauth/authorize?"));
    auto *copy = dialog.findChild<QPushButton *>();
    for (auto *b : dialog.findChildren<QPushButton *>()) {
        if (b->text() == "Copy link")
            copy = b;
    }
    QVERIFY(copy && copy->isEnabled());
    copy->click();
    QCOMPARE(QApplication::clipboard()->text(), dialog.linkText());
    QVERIFY(dialog.grab().save(QDir(fla::test::artifactsDir()).filePath("signindialog-link-en.png")));
    dialog.reject();
}

void TestSignInDialog::showsTheReasonOfAFailure()
{
    auth::OidcConfig c = config();
    c.issuer = QUrl("http://login.example.com");
    ui::SignInDialog dialog(&m_network, Clock::system(), c);
    dialog.show();
    QTRY_VERIFY(dialog.statusText().contains("https"));
    QVERIFY(dialog.isVisible());
    dialog.reject();
}

void TestSignInDialog::environmentPageRefusesHttp()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath("s.ini"), QSettings::IniFormat);
    ui::EnvironmentSettingsWidget page;
    page.load(settings);
    page.setCurrentEnvironment(auth::Environment::Production);
    auto *issuer = page.findChild<QLineEdit *>("issuer");
    issuer->selectAll();
    QTest::keyClicks(issuer, "http://login.example.com");
    QVERIFY(page.validationMessage().startsWith("issuer:"));
    QString error;
    QVERIFY(!page.save(settings, &error));
    QVERIFY(error.contains("https"));
    QVERIFY(settings.allKeys().isEmpty());
}

void TestSignInDialog::environmentPageSavesEachEnvironment()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath("s.ini"), QSettings::IniFormat);
    ui::EnvironmentSettingsWidget page;
    page.load(settings);
    page.setCurrentEnvironment(auth::Environment::Acceptance);
    auto *client = page.findChild<QLineEdit *>("clientId");
    client->selectAll();
    QTest::keyClicks(client, "fladesk-acpt");
    page.setCurrentEnvironment(auth::Environment::Sandbox);
    QCOMPARE(client->text(), QString("fladesk"));
    page.setCurrentEnvironment(auth::Environment::Acceptance);
    QCOMPARE(client->text(), QString("fladesk-acpt"));
    QVERIFY(page.save(settings));
    QCOMPARE(auth::EnvironmentSettings::load(settings, auth::Environment::Acceptance).clientId,
             QString("fladesk-acpt"));
    QCOMPARE(auth::EnvironmentSettings::current(settings), auth::Environment::Acceptance);
    QVERIFY(page.grab().save(QDir(fla::test::artifactsDir()).filePath("environment-settings-en.png")));
}

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"
