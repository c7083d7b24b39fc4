#include "PostgresTestCluster.h"
#include "TestSupport.h"
#include "UiFixture.h"
#include "core/auth/SecretStore.h"
#include "core/domain/EnterpriseNumber.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/Workspace.h"
#include "core/storage/postgres/TeamAccess.h"
#include "core/workspace/RecordWriter.h"
#include "ui/data/StorageDataSource.h"
#include "ui/dialogs/TeamServerDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTest>

using namespace fla;
using namespace fla::ui;
using fla::test::PostgresTestCluster;

// File > Connect to a team server… against a real PostgreSQL server the test
// starts: each failure a user meets is said in the dialog, translated, and the
// dialog stays open; a connection that works opens the workspace and keeps
// the password in the keychain (the SecretStore the sign-in uses; in memory here).
class TestTeamServerDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup() { SettingsDialog::applyLanguage(QStringLiteral("en")); }
    void failuresAreSaidInTheDialog_data();
    void failuresAreSaidInTheDialog();
    void connectsAndKeepsThePassword();
    void screenshots_data() { WorkspaceFixture::languages(); }
    void screenshots();

private:
    void fill(TeamServerDialog &dlg, const QString &host, const QString &database, const QString &user,
              const QString &password);

    ManualClock m_clock{QDateTime(QDate(2026, 7, 15), QTime(9, 0), Qt::UTC)};
    QString m_db;
};

void TestTeamServerDialog::initTestCase()
{
    UiFixture::initApp();
    QSettings().remove(TeamServerDialog::lastAddressKey());
    QString error;
    PostgresTestCluster &cluster = PostgresTestCluster::instance();
    FLADESK_START_TEST_CLUSTER();
    m_db = cluster.createDatabase(QStringLiteral("office"), &error);
    QVERIFY2(!m_db.isEmpty(), qPrintable(error));
    QVERIFY2(cluster.execAsAdmin(m_db,
                                 {QStringLiteral("CREATE ROLE anna LOGIN PASSWORD 'anna-secret'"),
                                  QStringLiteral("CREATE ROLE bert LOGIN PASSWORD 'bert-secret'"),
                                  QStringLiteral("REVOKE CONNECT ON DATABASE %1 FROM PUBLIC").arg(m_db),
                                  QStringLiteral("GRANT CONNECT ON DATABASE %1 TO anna").arg(m_db)},
                                 &error),
             qPrintable(error));
    // The owner makes the workspace and grants anna a company.
    auto owner = Workspace::open(cluster.url(m_db), &error);
    QVERIFY2(owner, qPrintable(error));
    Employer e;
    e.uuid = QUuid::createUuid();
    e.enterpriseNumber = EnterpriseNumber::compose(5669882);
    e.name = QStringLiteral("Alpha");
    QVERIFY(RecordWriter(*owner, m_clock).save(e));
    QVERIFY2(TeamAccess(*owner).grant(QStringLiteral("anna"), e.uuid, &error), qPrintable(error));
}

void TestTeamServerDialog::fill(TeamServerDialog &dlg, const QString &host, const QString &database,
                                const QString &user, const QString &password)
{
    dlg.findChild<QLineEdit *>(QStringLiteral("hostEdit"))->setText(host);
    dlg.findChild<QLineEdit *>(QStringLiteral("databaseEdit"))->setText(database);
    dlg.findChild<QLineEdit *>(QStringLiteral("userEdit"))->setText(user);
    dlg.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(password);
    auto *ssl = dlg.findChild<QComboBox *>(QStringLiteral("sslModeCombo"));
    ssl->setCurrentIndex(ssl->findData(QStringLiteral("disable"))); // a Unix socket: no TLS there
}

void TestTeamServerDialog::failuresAreSaidInTheDialog_data()
{
    QTest::addColumn<QString>("host"); // empty: the test cluster's socket folder
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("said");
    QTest::newRow("wrong password") << ""
                                    << ""
                                    << "anna"
                                    << "Wr0ng-pw"
                                    << "the user name or the password is wrong";
    QTest::newRow("unknown user") << ""
                                  << ""
                                  << "nobody_here"
                                  << "x"
                                  << "the user name or the password is wrong";
    QTest::newRow("unknown database") << ""
                                      << "no_such_db"
                                      << "anna"
                                      << "anna-secret"
                                      << "has no database";
    QTest::newRow("no permission") << ""
                                   << ""
                                   << "bert"
                                   << "bert-secret"
                                   << "may not connect";
    QTest::newRow("server down") << "/nonexistent-socket-folder"
                                 << ""
                                 << "anna"
                                 << "anna-secret"
                                 << "cannot be reached";
}

void TestTeamServerDialog::failuresAreSaidInTheDialog()
{
    QFETCH(QString, host);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, said);
    auth::MemorySecretStore keychain;
    TeamServerDialog dlg(keychain, m_clock);
    dlg.show();
    QVERIFY(QTest::qWaitForWindowActive(&dlg));
    fill(dlg, host.isEmpty() ? PostgresTestCluster::instance().socketDir() : host,
         database.isEmpty() ? m_db : database, user, password);
    dlg.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY2(dlg.errorText().contains(said), qPrintable(dlg.errorText()));
    QVERIFY(!dlg.errorText().contains(password) || password == QLatin1String("x"));
    QVERIFY(dlg.isVisible()); // still open, to fix
    QCOMPARE(dlg.result(), 0);
    QVERIFY(!dlg.takeSource());
    QCOMPARE(keychain.size(), 0);
}

void TestTeamServerDialog::connectsAndKeepsThePassword()
{
    auth::MemorySecretStore keychain;
    const QString socket = PostgresTestCluster::instance().socketDir();
    {
        TeamServerDialog dlg(keychain, m_clock);
        dlg.show();
        QVERIFY(QTest::qWaitForWindowActive(&dlg));
        fill(dlg, socket, m_db, QStringLiteral("anna"), QStringLiteral("anna-secret"));
        dlg.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY2(dlg.errorText().isEmpty(), qPrintable(dlg.errorText()));
        QCOMPARE(dlg.result(), int(QDialog::Accepted));
        std::unique_ptr<StorageDataSource> source = dlg.takeSource();
        QVERIFY(source);
        QCOMPARE(source->employers().size(), 1); // anna's company, under row security
        QCOMPARE(keychain.size(), 1);
        // The remembered address has no password.
        const QString remembered = QSettings().value(TeamServerDialog::lastAddressKey()).toString();
        QVERIFY(remembered.contains(QLatin1String("anna@")));
        QVERIFY(!remembered.contains(QLatin1String("anna-secret")));
    }
    // Next time the dialog offers the same server, the password from the keychain.
    TeamServerDialog again(keychain, m_clock);
    QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("userEdit"))->text(), QStringLiteral("anna"));
    QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->text(),
             QStringLiteral("anna-secret"));
    QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("hostEdit"))->text(), socket);
}

void TestTeamServerDialog::screenshots()
{
    QFETCH(QString, language);
    SettingsDialog::applyLanguage(language);
    QSettings().remove(TeamServerDialog::lastAddressKey());
    auth::MemorySecretStore keychain;
    TeamServerDialog dlg(keychain, m_clock);
    dlg.show();
    QVERIFY(QTest::qWaitForWindowActive(&dlg));
    dlg.findChild<QLineEdit *>(QStringLiteral("userEdit"))->setText(QStringLiteral("anna"));
    dlg.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("wrong"));
    dlg.findChild<QLineEdit *>(QStringLiteral("caFileEdit"))
        ->setText(QStringLiteral("/etc/fladesk/office-ca.pem"));
    // A wrong password on the test cluster: the message a user meets, in the dialog.
    dlg.findChild<QLineEdit *>(QStringLiteral("hostEdit"))
        ->setText(PostgresTestCluster::instance().socketDir());
    auto *ssl = dlg.findChild<QComboBox *>(QStringLiteral("sslModeCombo"));
    ssl->setCurrentIndex(ssl->findData(QStringLiteral("disable")));
    dlg.findChild<QLineEdit *>(QStringLiteral("databaseEdit"))->setText(m_db);
    dlg.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(!dlg.errorText().isEmpty());
    QVERIFY(dlg.windowTitle() != QLatin1String("Connect to a team server"));
    QVERIFY(dlg.grab().save(
        QDir(test::artifactsDir()).filePath(QStringLiteral("team-server-dialog-%1.png").arg(language))));
}

QTEST_MAIN(TestTeamServerDialog)
#include "tst_teamserverdialog.moc"
