#include "KeyboardSupport.h"
#include "Must.h"
#include "PostgresTestCluster.h"
#include "SmallCompanySet.h"
#include "TestSupport.h"
#include "UiFixture.h"
#include "core/storage/BulkLoader.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/Workspace.h"
#include "core/storage/postgres/TeamAccess.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/TeamAccessDialog.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace fla;
using namespace fla::ui;
using fla::test::PostgresTestCluster;

// Issue 18, Deliver 2: the office's administrator gives a staff member a client
// company through File > Team access… (keyboard only, on a real PostgreSQL
// workspace the test's server holds). The dialog grants through core's
// TeamAccess, as `fladesk-cli team grant` does; the server's row-level
// security then shows the granted staff member that company only, and one
// who was not granted reads nothing, also with plain SQL.
class TestTeamAccessDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup() { SettingsDialog::applyLanguage(QStringLiteral("en")); }
    void grantedFromTheFileMenu();
    void revokedWithSpace();
    void translated_data() { WorkspaceFixture::languages({"nl", "fr", "de"}); }
    void translated();

private:
    // count(*) of sql through a plain Qt SQL connection of the role's own; -1 when refused.
    int countAs(const QString &role, const QString &sql);
    std::unique_ptr<StorageDataSource> m_owner;
    std::unique_ptr<Session> m_session;
    ManualClock m_clock{QDateTime(QDate(2025, 11, 15), QTime(10, 0), Qt::UTC)};
    QString m_db;
};

void TestTeamAccessDialog::initTestCase()
{
    UiFixture::initApp();
    QString error;
    PostgresTestCluster &cluster = PostgresTestCluster::instance();
    FLADESK_START_TEST_CLUSTER();
    m_db = cluster.createDatabase(QStringLiteral("access"), &error);
    QVERIFY2(!m_db.isEmpty(), qPrintable(error));
    m_owner = StorageDataSource::open(cluster.url(m_db), m_clock, &error);
    QVERIFY2(m_owner, qPrintable(error));
    const BulkLoadResult loaded = loadDataSet(m_owner->workspace(), test::smallCompanySet());
    QVERIFY2(loaded.ok, qPrintable(loaded.error));
    QVERIFY2(m_owner->revalidateAll(&error), qPrintable(error));
    QVERIFY(m_owner->employers().size() >= 2);
    QVERIFY2(cluster.execAsAdmin(m_db,
                                 {QStringLiteral("CREATE ROLE carla LOGIN PASSWORD 'carla-secret'"),
                                  QStringLiteral("CREATE ROLE dirk LOGIN PASSWORD 'dirk-secret'")},
                                 &error),
             qPrintable(error));
    m_session = std::make_unique<Session>(m_owner.get(), m_clock);
}

int TestTeamAccessDialog::countAs(const QString &role, const QString &sql)
{
    int n = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("raw"));
        db.setHostName(PostgresTestCluster::instance().socketDir());
        db.setPort(PostgresTestCluster::instance().port());
        db.setDatabaseName(m_db);
        db.setUserName(role);
        db.setPassword(role + QStringLiteral("-secret"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                n = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return n;
}

namespace {

int rowOf(QListWidget *list, const QUuid &employer)
{
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole).toUuid() == employer)
            return i;
    return -1;
}

} // namespace

void TestTeamAccessDialog::grantedFromTheFileMenu()
{
    const QList<Employer> companies = m_owner->employers();
    const Employer granted = companies.at(1);
    MainWindow w(m_session.get());
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QAction *open = w.action(QStringLiteral("teamAccess"));
    QVERIFY(open && open->isVisible());

    QStringList roles;
    QString status;
    bool shown = false, companiesFocused = false;
    keyboard::onModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<TeamAccessDialog *>(modal);
        if (!dialog) {
            modal->close();
            return;
        }
        shown = true;
        // Under load the dialog may not be the active window yet: its shortcuts (Alt+C below) match
        // only in the application's active window, so wait for that, not only for the platform's.
        if (!QTest::qWaitForWindowActive(dialog))
            qWarning() << "the Team access dialog did not become the active window";
        for (int wait = 0; wait < 250 && QApplication::activeWindow() != dialog; ++wait)
            QTest::qWait(20);
        QComboBox *role = dialog->roleCombo();
        for (int i = 0; i < role->count(); ++i)
            roles << role->itemText(i);
        // The staff member by the keyboard: the list starts with carla; Down picks dirk, Up carla again.
        QTest::keyClick(role, Qt::Key_Down);
        QTest::keyClick(role, Qt::Key_Up);
        // Alt+C moves to the companies; Down to the company; Space ticks it.
        QListWidget *list = dialog->companyList();
        for (QLabel *label : dialog->findChildren<QLabel *>())
            if (label->buddy() == list)
                QTest::keyClick(dialog, keyboard::mnemonic(label->text()), Qt::AltModifier);
        for (int wait = 0; wait < 250 && dialog->focusWidget() != list; ++wait)
            QTest::qWait(20);
        if (dialog->focusWidget() != list)
            qWarning() << "Alt+C left the focus on" << dialog->focusWidget() << "; active window"
                       << QApplication::activeWindow();
        companiesFocused = dialog->focusWidget() == list;
        const int row = rowOf(list, granted.uuid);
        list->setCurrentRow(0);
        for (int i = 0; i < row; ++i)
            QTest::keyClick(list, Qt::Key_Down);
        QTest::keyClick(list, Qt::Key_Space);
        status = dialog->statusLabel()->text();
        dialog->grab().save(QDir(test::artifactsDir()).filePath(QStringLiteral("team-access-en.png")));
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    QTest::keyClick(&w, keyboard::mnemonic(w.menuBar()->actions().first()->text()), Qt::AltModifier);
    QTRY_VERIFY(QApplication::activePopupWidget());
    QTest::keyClick(QApplication::activePopupWidget(), keyboard::mnemonic(open->text()));
    QTRY_VERIFY_WITH_TIMEOUT(shown, 5000);
    QTRY_VERIFY(!QApplication::activeModalWidget());

    QVERIFY(companiesFocused);
    QCOMPARE(roles, (QStringList{QStringLiteral("carla"), QStringLiteral("dirk")}));
    QVERIFY2(status.contains(QLatin1String("carla may now see and change")), qPrintable(status));
    QVERIFY2(status.contains(granted.name), qPrintable(status));
    // The same grant as the command line's: core's list holds it.
    QString error;
    const QList<TeamGrant> grants = TeamAccess(m_owner->workspace()).list(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(grants.size(), 1);
    QCOMPARE(grants.first().role, QStringLiteral("carla"));
    QCOMPARE(grants.first().employerUuid, granted.uuid);

    // carla sees that company and no other, through the app's own workspace and plain SQL.
    const auto carla = Workspace::open(
        PostgresTestCluster::instance().url(m_db, QStringLiteral("carla"), QStringLiteral("carla-secret")),
        &error);
    QVERIFY2(carla, qPrintable(error));
    const QList<Employer> seen = fla::test::must(carla->employers().findAll());
    QCOMPARE(seen.size(), 1);
    QCOMPARE(seen.first().uuid, granted.uuid);
    const int workers = int(m_owner->workers(granted.uuid).size());
    QVERIFY(workers > 0);
    QCOMPARE(countAs(QStringLiteral("carla"), QStringLiteral("SELECT count(*) FROM worker")), workers);
    QCOMPARE(countAs(QStringLiteral("carla"), QStringLiteral("SELECT count(*) FROM employer")), 1);
    // dirk, never granted, reads nothing: the server refuses him the tables.
    QVERIFY(!Workspace::open(
        PostgresTestCluster::instance().url(m_db, QStringLiteral("dirk"), QStringLiteral("dirk-secret")),
        &error));
    QVERIFY2(error.contains(QLatin1String("no access")), qPrintable(error));
    QVERIFY(countAs(QStringLiteral("dirk"), QStringLiteral("SELECT count(*) FROM worker")) <= 0);
    QVERIFY(countAs(QStringLiteral("dirk"), QStringLiteral("SELECT count(*) FROM employer")) <= 0);
}

void TestTeamAccessDialog::revokedWithSpace()
{
    const Employer company = m_owner->employers().at(0);
    QString error;
    QVERIFY2(TeamAccess(m_owner->workspace()).grant(QStringLiteral("dirk"), company.uuid, &error),
             qPrintable(error));
    TeamAccessDialog dialog(m_owner->workspace(), m_owner->employers());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTest::keyClick(dialog.roleCombo(), Qt::Key_Down); // dirk
    QCOMPARE(dialog.roleCombo()->currentText(), QStringLiteral("dirk"));
    QListWidget *list = dialog.companyList();
    const int row = rowOf(list, company.uuid);
    QCOMPARE(list->item(row)->checkState(), Qt::Checked); // the server's grant is shown
    list->setFocus();
    list->setCurrentRow(row);
    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(list->item(row)->checkState(), Qt::Unchecked);
    QVERIFY2(dialog.statusLabel()->text().contains(QLatin1String("no longer sees")),
             qPrintable(dialog.statusLabel()->text()));
    QCOMPARE(countAs(QStringLiteral("dirk"), QStringLiteral("SELECT count(*) FROM employer WHERE uuid = '%1'")
                                                 .arg(company.uuid.toString(QUuid::WithoutBraces))),
             0);
}

void TestTeamAccessDialog::translated()
{
    QFETCH(QString, language);
    SettingsDialog::applyLanguage(language);
    TeamAccessDialog dialog(m_owner->workspace(), m_owner->employers());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.windowTitle().isEmpty());
    QVERIFY2(dialog.windowTitle() != QLatin1String("Team access"), qPrintable(dialog.windowTitle()));
    // Each label keeps an Alt letter of its own.
    QSet<QChar> letters;
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        const qsizetype amp = label->text().indexOf(QLatin1Char('&'));
        if (amp < 0 || !label->buddy())
            continue;
        const QChar letter = label->text().at(amp + 1).toLower();
        QVERIFY2(!letters.contains(letter), qPrintable(label->text()));
        letters.insert(letter);
    }
    QCOMPARE(letters.size(), 2);
    QVERIFY(dialog.grab().save(
        QDir(test::artifactsDir()).filePath(QStringLiteral("team-access-%1.png").arg(language))));
}

QTEST_MAIN(TestTeamAccessDialog)
#include "tst_teamaccessdialog.moc"
