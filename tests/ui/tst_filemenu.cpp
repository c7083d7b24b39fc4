// The File menu reaches the import wizard and makes a backup, by keyboard:
// Alt+F and the entry's letter, or its shortcut (Ctrl+I, Ctrl+Shift+B), in
// every language; no two actions of the window share a shortcut.
#include "KeyboardSupport.h"
#include "TestSupport.h"
#include "UiFixture.h"
#include "WorkspaceFixture.h"
#include "core/domain/Ssin.h"
#include "core/generate/Generator.h"
#include "core/storage/Backup.h"
#include "core/storage/ParticipationRepository.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/MakeBackupDialog.h"
#include "ui/import/ImportWizard.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <functional>

using namespace fla;
using namespace fla::ui;

namespace {

using keyboard::mnemonic;
using keyboard::onModal;

// Opens the File menu with Alt and its letter, and picks the action by its letter, as a user would.
// The open menu is saved as screenshot, when named, for people to look at.
void fromFileMenu(MainWindow &w, const QString &action, const QString &screenshot = {})
{
    QTest::keyClick(&w, mnemonic(w.menuBar()->actions().first()->text()), Qt::AltModifier);
    QTRY_VERIFY(QApplication::activePopupWidget());
    if (!screenshot.isEmpty())
        QApplication::activePopupWidget()->grab().save(QDir(test::artifactsDir()).filePath(screenshot));
    QTest::keyClick(QApplication::activePopupWidget(), mnemonic(w.action(action)->text()));
}

// Runs what on the backup dialog when it opens (another dialog is closed).
void onBackupDialog(std::function<void(MakeBackupDialog *)> what)
{
    onModal([what](QWidget *modal) {
        if (auto *dlg = qobject_cast<MakeBackupDialog *>(modal))
            what(dlg);
        else
            modal->close();
    });
}

} // namespace

class TestFileMenu : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { UiFixture::initApp(); }
    void cleanup() { SettingsDialog::applyLanguage("en"); }
    void importsFromTheFileMenu_data();
    void importsFromTheFileMenu();
    void makesAnEncryptedBackup();
    void noEncryptionOnlyWhenTicked();
    void shortcutsAreUnique();
    void showsTheWholeBackupPath();
};

void TestFileMenu::importsFromTheFileMenu_data()
{
    WorkspaceFixture::languages({"en", "nl", "fr"});
}

void TestFileMenu::importsFromTheFileMenu()
{
    QFETCH(QString, language);
    SettingsDialog::applyLanguage(language);
    WorkspaceFixture f(WorkspaceFixture::generatedSet());
    const QString csv = f.dir.filePath("deelnemers.csv");
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Rijksregisternummer;Naam;Voornaam;Opleiding;Begindatum;Uren\n" +
               Ssin::compose(85, 7, 30, 33, false).toLatin1() + ";Peeters;Jan;EHBO;05/02/2026;4\n" +
               Ssin::compose(90, 2, 14, 124, false).toLatin1() + ";Dubois;Marie;EHBO;05/02/2026;4\n");
    file.close();
    const QUuid employer = f.session->employer();
    const qint64 before = f.source->participationCount(employer, {});

    MainWindow w(f.session.get());
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    bool wizardCame = false;
    onModal([&](QWidget *modal) {
        auto *wizard = qobject_cast<ImportWizard *>(modal);
        if (!wizard) {
            modal->close();
            return;
        }
        wizardCame = true;
        wizard->grab().save(
            QDir(test::artifactsDir()).filePath(QStringLiteral("import-from-menu-%1.png").arg(language)));
        auto *path = wizard->findChild<QLineEdit *>("filePathEdit");
        path->setFocus();
        keyboard::typeText(path, csv);
        // Return is Next on each page: file, mapping, preview (imports), then Finish.
        for (int step = 0; step < 4 && wizard->isVisible(); ++step) {
            const int page = wizard->currentId();
            QWidget *focus = wizard->focusWidget() ? wizard->focusWidget() : wizard;
            QTest::keyClick(focus, Qt::Key_Return);
            if (wizard->isVisible() && wizard->currentId() == page) {
                qWarning("Return on %s did not leave page %d", focus->metaObject()->className(), page);
                break;
            }
        }
        if (wizard->isVisible())
            wizard->reject(); // fails below instead of hanging
    });
    fromFileMenu(w, "importTrainings", QStringLiteral("file-menu-%1.png").arg(language));
    QVERIFY(wizardCame);
    QCOMPARE(f.source->participationCount(employer, {}), before + 2);
}

void TestFileMenu::makesAnEncryptedBackup()
{
    WorkspaceFixture f(WorkspaceFixture::generatedSet());
    MainWindow w(f.session.get());
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QString made;
    onBackupDialog([&](MakeBackupDialog *dlg) {
        // The passphrase first, twice; Return makes the backup.
        QTest::keyClicks(dlg->focusWidget(), "zout en peper");
        QTest::keyClick(dlg->focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(dlg->focusWidget(), "zout en peper");
        QTest::keyClick(dlg->focusWidget(), Qt::Key_Return);
        made = dlg->backupPath();
        if (dlg->isVisible()) {
            qWarning("%s", qPrintable(dlg->errorText()));
            dlg->reject();
        }
    });
    fromFileMenu(w, "makeBackup");
    QCOMPARE(made, f.dir.filePath("ws-2026-07-15.fladeskbackup"));
    QVERIFY(Backup::isEncrypted(made));
    QString error;
    QVERIFY2(Backup::extract(made, "zout en peper", f.dir.filePath("back.fladesk"), &error),
             qPrintable(error));
    QVERIFY(w.statusBar()->currentMessage().contains("ws-2026-07-15.fladeskbackup"));
}

void TestFileMenu::noEncryptionOnlyWhenTicked()
{
    SettingsDialog::applyLanguage("nl");
    WorkspaceFixture f(WorkspaceFixture::generatedSet());
    MainWindow w(f.session.get());
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QString refusal;
    QString made;
    onBackupDialog([&](MakeBackupDialog *dlg) {
        // Return without a passphrase: refused with the reason, the dialog stays.
        QTest::keyClick(dlg->focusWidget(), Qt::Key_Return);
        refusal = dlg->errorText();
        dlg->grab().save(QDir(test::artifactsDir()).filePath("make-backup-refused-nl.png"));
        // Ticking "without encryption" (its letter) and Return makes a plain backup.
        auto *check = dlg->findChild<QCheckBox *>("unencryptedCheck");
        QTest::keyClick(dlg, mnemonic(check->text()), Qt::AltModifier);
        if (!QTest::qWaitFor([check] { return check->isChecked(); })) // a mnemonic clicks after a moment
            qWarning("not ticked");
        QTest::keyClick(dlg->focusWidget(), Qt::Key_Return);
        made = dlg->backupPath();
        if (dlg->isVisible()) {
            qWarning("still open: %s", qPrintable(dlg->errorText()));
            dlg->reject();
        }
    });
    QTest::keyClick(&w, Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!refusal.isEmpty());
    QVERIFY2(!made.isEmpty(), "the backup without encryption was made once ticked");
    QVERIFY(!Backup::isEncrypted(made));
}

void TestFileMenu::shortcutsAreUnique()
{
    WorkspaceFixture f(WorkspaceFixture::generatedSet());
    MainWindow w(f.session.get());
    QHash<QKeySequence, QString> seen;
    for (QAction *a : w.findChildren<QAction *>()) {
        if (a->objectName().isEmpty()) // the edit fields' own (Ctrl+V in a line edit's menu)
            continue;
        for (const QKeySequence &k : a->shortcuts()) {
            QVERIFY2(!seen.contains(k),
                     qPrintable(k.toString() + " " + a->objectName() + " " + seen.value(k)));
            seen.insert(k, a->objectName());
        }
    }
    QCOMPARE(w.action("importTrainings")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    QCOMPARE(w.action("makeBackup")->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
}

// Where the backup goes is read whole (the 1280x800 screenshots showed only its tail).
void TestFileMenu::showsTheWholeBackupPath()
{
    WorkspaceFixture f;
    MakeBackupDialog dlg(f.dir.filePath("a-workspace-name-as-long-as-a-real-one.fladesk"),
                         QDate(2026, 6, 30));
    dlg.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dlg));
    auto *target = dlg.findChild<QLineEdit *>("targetEdit");
    const int need = target->fontMetrics().horizontalAdvance(target->text());
    QVERIFY2(need <= target->contentsRect().width() - 4,
             qPrintable(QString("%1 px for %2 px").arg(need).arg(target->contentsRect().width())));
}

QTEST_MAIN(TestFileMenu)
#include "tst_filemenu.moc"
