// Acceptance stories of issue 14, played through the real main window over a
// real workspace file with key events only: the test reads state to assert,
// never to act. The five stories and where each one is:
//   (a) one training for twenty workers, keys counted: tst_KeystrokeStory
//   (b) F8 to the next anomaly, fix it, save, Ctrl+Z:   storyB_nextAnomalyFixedThenUndone (here)
//   (c) a Belgian CSV through the import wizard:        storyC_belgianCsvThroughTheImportWizard (here)
//   (d) F9 against the sandbox, real Chromium: tst_PlatformSync::storyD_f9DeclaresAndTheRefusedFieldIsMarked
//   (e) a backup made and restored from the menu:       storyE_backupRestoredFromTheMenu (here)
#include "KeyboardSupport.h"
#include "UiFixture.h"
#include "WorkspaceFixture.h"

#include "core/domain/Ssin.h"
#include "core/storage/BulkLoader.h"
#include "ui/MainWindow.h"
#include "ui/app/DeskApp.h"
#include "ui/data/StorageDataSource.h"
#include "ui/dialogs/MakeBackupDialog.h"
#include "ui/dialogs/RestoreBackupDialog.h"
#include "ui/dialogs/TrainingDialog.h"
#include "ui/import/ImportWizard.h"
#include "ui/views/AnomaliesView.h"

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScopeGuard>
#include <QTest>
#include <QTimer>
#include <functional>

using namespace fla;
using namespace fla::ui;

namespace {

using keyboard::mnemonic;

// Key presses in whatever has the focus, as a user's keyboard does.
void key(Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier)
{
    QWidget *w = QApplication::focusWidget();
    QVERIFY2(w, "no widget has the focus");
    QTest::keyClick(w, k, m);
}
void type(const QString &text)
{
    QWidget *w = QApplication::focusWidget();
    QVERIFY2(w, "no widget has the focus");
    keyboard::typeText(w, text); // also letters beyond ASCII (a user named Chloé)
}

// Runs steps on the dialog of type T as soon as it is the modal window on top
// and active (a window manager activates a new dialog; the offscreen platform
// leaves that to us). It polls without blocking: a dialog opened from another
// one's answer comes only once that one's event loop has ended.
template<typename T> void onDialog(std::function<void(T *)> steps, int tries = 2000)
{
    QTimer::singleShot(10, [steps = std::move(steps), tries]() mutable {
        auto *dlg = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dlg || !dlg->isVisible()) {
            if (tries > 0)
                onDialog<T>(std::move(steps), tries - 1);
            else
                qWarning("no %s came", T::staticMetaObject.className());
            return;
        }
        QApplication::setActiveWindow(dlg);
        if (!QTest::qWaitForWindowActive(dlg)) {
            qWarning("%s did not become active", T::staticMetaObject.className());
            dlg->close();
            return;
        }
        steps(dlg);
    });
}

// Alt and the letter of a menu of the window, then the letter of the action in it.
void fromMenu(MainWindow &w, int menu, QAction *action)
{
    QTest::keyClick(&w, mnemonic(w.menuBar()->actions().at(menu)->text()), Qt::AltModifier);
    QTRY_VERIFY(QApplication::activePopupWidget());
    QTest::keyClick(QApplication::activePopupWidget(), mnemonic(action->text()));
}

bool hasAnomaly(DataSource *source, const QUuid &employer, const QUuid &record, const QString &code)
{
    const QList<FieldAnomaly> list = source->anomalies(employer);
    return std::any_of(list.cbegin(), list.cend(),
                       [&](const FieldAnomaly &a) { return a.recordUuid == record && a.code == code; });
}

} // namespace

class TestAcceptanceStories : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { UiFixture::initApp(); }
    void cleanup() { SettingsDialog::applyLanguage("en"); }
    void storyB_nextAnomalyFixedThenUndone_data() { WorkspaceFixture::languages({"en", "nl"}); }
    void storyB_nextAnomalyFixedThenUndone();
    void storyC_belgianCsvThroughTheImportWizard();
    void storyE_backupRestoredFromTheMenu();
};

// (b) The workspace holds one training that ends before it starts (DT-001).
// F8 opens it at the end date; the user types the right date and saves with
// Ctrl+Enter: the anomaly is gone from the Anomalies view and the workspace.
// Ctrl+Z undoes the saved change: the old end date and its anomaly are back.
void TestAcceptanceStories::storyB_nextAnomalyFixedThenUndone()
{
    QFETCH(QString, language);
    SettingsDialog::applyLanguage(language);
    DataSet set = WorkspaceFixture::generatedSet();
    Training &wrong = set.trainings.first();
    const QDate start = wrong.startDate;
    const QDate end = wrong.endDate;
    wrong.endDate = start.addDays(-1); // entered backwards
    WorkspaceFixture f(set);
    const QUuid employer = wrong.employerUuid;
    f.session->setEmployer(employer);
    QVERIFY(hasAnomaly(f.source.get(), employer, wrong.uuid, "DT-001"));

    MainWindow w(f.session.get());
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    auto *anomalies = static_cast<AnomaliesView *>(w.view(MainWindow::Anomalies));
    const int shownBefore = anomalies->shownCount();
    QCOMPARE(shownBefore, 1); // the story's anomaly is the next one, whatever the day

    // F8: the form of the training, the cursor in the end date at fault. Ctrl+A, the right date, Ctrl+Enter.
    bool opened = false;
    onDialog<TrainingDialog>([&](TrainingDialog *dlg) {
        const auto closeDialog = qScopeGuard([dlg] {
            if (dlg->isVisible())
                dlg->reject();
        });
        opened = dlg->training().uuid == wrong.uuid;
        QCOMPARE(QApplication::focusWidget(), dlg->findChild<QLineEdit *>("endEdit"));
        key(Qt::Key_A, Qt::ControlModifier);
        type(end.toString("dd/MM/yyyy"));
        key(Qt::Key_Return, Qt::ControlModifier); // Save
        QVERIFY2(!dlg->isVisible(), "the form did not save");
    });
    QTest::keyClick(&w, Qt::Key_F8);
    QVERIFY2(opened, "F8 did not open the training with the anomaly");

    // Saved, and the anomaly is gone: from the workspace and from the Anomalies view.
    const auto saved = f.source->find(RecordKind::Training, employer, wrong.uuid);
    QVERIFY(saved);
    QCOMPARE(std::get<Training>(*saved).endDate, end);
    QVERIFY(!hasAnomaly(f.source.get(), employer, wrong.uuid, "DT-001"));
    QTRY_COMPARE(anomalies->shownCount(), shownBefore - 1);

    // Ctrl+Z in the window: the saved change is undone, the anomaly is back.
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    key(Qt::Key_Z, Qt::ControlModifier);
    QTRY_VERIFY(hasAnomaly(f.source.get(), employer, wrong.uuid, "DT-001"));
    QCOMPARE(std::get<Training>(*f.source->find(RecordKind::Training, employer, wrong.uuid)).endDate,
             start.addDays(-1));
    QTRY_COMPARE(anomalies->shownCount(), shownBefore);
}

// (c) A participants list as a Belgian office keeps it in Excel, saved as CSV:
// ';' between fields, dd/mm/yyyy dates, a decimal comma, Dutch headers and the
// duration in one column with its unit in the next. File → Import trainings…
// (Alt+B, then its letter, in Dutch), the file's path, Return on every page.
void TestAcceptanceStories::storyC_belgianCsvThroughTheImportWizard()
{
    SettingsDialog::applyLanguage("nl");
    WorkspaceFixture f(WorkspaceFixture::generatedSet());
    const QUuid employer = f.session->employer();
    const QString csv = f.dir.filePath("opleidingen 2026.csv");
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QString a = Ssin::parse(Ssin::compose(85, 7, 30, 33, false)).display();
    const QString b = Ssin::compose(90, 2, 14, 124, false);
    file.write(
        QStringLiteral("Rijksregisternummer;Naam;Voornaam;Opleiding;Begindatum;Einddatum;Duur;Eenheid\r\n"
                       "%1;Peeters;Jan;Heftruck basis;05/02/2026;06/02/2026;1,5;dagen\r\n"
                       "%2;Dubois;Marie;Heftruck basis;05/02/2026;06/02/2026;1,5;dagen\r\n"
                       "%1;Peeters;Jan;Brandpreventie;12/03/2026;12/03/2026;3,5;uur\r\n")
            .arg(a, b)
            .toUtf8());
    file.close();
    const qint64 before = f.source->participationCount(employer, {});

    MainWindow w(f.session.get());
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    bool imported = false;
    onDialog<ImportWizard>([&](ImportWizard *wizard) {
        const auto closeWizard = qScopeGuard([wizard] {
            if (wizard->isVisible())
                wizard->reject(); // fails below instead of hanging
        });
        // The file's path where the cursor is, then Return: the mapping, the preview, the import.
        QCOMPARE(QApplication::focusWidget(), wizard->findChild<QLineEdit *>("filePathEdit"));
        type(csv);
        for (int step = 0; step < 4 && wizard->isVisible(); ++step) {
            const int page = wizard->currentId();
            key(Qt::Key_Return);
            QVERIFY2(!wizard->isVisible() || wizard->currentId() != page,
                     qPrintable(QString("Return did not leave page %1").arg(page)));
        }
        imported = !wizard->isVisible();
    });
    fromMenu(w, 0, w.action("importTrainings"));
    QVERIFY(imported);

    QCOMPARE(f.source->participationCount(employer, {}), before + 3);
    QHash<QString, Training> byName;
    for (const Training &t : f.source->trainings(employer))
        byName.insert(t.name, t);
    QVERIFY(byName.contains("Heftruck basis") && byName.contains("Brandpreventie"));
    const Training forklift = byName.value("Heftruck basis");
    QCOMPARE(forklift.startDate, QDate(2026, 2, 5));
    QCOMPARE(forklift.endDate, QDate(2026, 2, 6));
    QCOMPARE(forklift.duration, 1.5); // "1,5" with "dagen": one and a half days, not hours
    QVERIFY(forklift.unit == DurationUnit::Days);
    const Training fire = byName.value("Brandpreventie");
    QCOMPARE(fire.duration, 3.5);
    QVERIFY(fire.unit == DurationUnit::Hours);
    QCOMPARE(f.source->participantsOf(employer, forklift.uuid).size(), 2);
}

// (e) File → Make a backup (Ctrl+Shift+B) with a passphrase; then a training is
// added (Ctrl+N); File → Restore backup…: the backup's file, its passphrase,
// Return: the window opens the restored workspace, and the training is not in it.
void TestAcceptanceStories::storyE_backupRestoredFromTheMenu()
{
    ManualClock clock(QDateTime(QDate(2026, 7, 15), QTime(10, 0), Qt::UTC));
    QTemporaryDir dir;
    const QString workspace = dir.filePath("kantoor.fladesk");
    QString error;
    {
        auto source = StorageDataSource::open(workspace, clock, &error);
        QVERIFY2(source, qPrintable(error));
        QVERIFY(fla::loadDataSet(source->workspace(), WorkspaceFixture::generatedSet()).ok);
        QVERIFY2(source->revalidateAll(&error), qPrintable(error));
    }
    DeskApp desk(clock);
    QVERIFY2(desk.openWorkspace(workspace, &error), qPrintable(error));
    MainWindow *w = desk.window();
    QVERIFY(w);
    w->show();
    QVERIFY(QTest::qWaitForWindowActive(w));
    const QUuid employer = desk.session()->employer();
    QVERIFY(!employer.isNull());
    const qsizetype trainings = desk.session()->source()->trainings(employer).size();
    const QString passphrase = "zout en peper";

    // The backup: Ctrl+Shift+B, the passphrase twice, Return.
    QString backup;
    onDialog<MakeBackupDialog>([&](MakeBackupDialog *dlg) {
        type(passphrase);
        key(Qt::Key_Tab);
        type(passphrase);
        key(Qt::Key_Return);
        backup = dlg->backupPath();
        if (dlg->isVisible())
            dlg->reject();
    });
    key(Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(QFile::exists(backup));

    // A change after the backup: a new training (Ctrl+N, its name, Alt+S start, Alt+U duration, Ctrl+Enter).
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w));
    onDialog<TrainingDialog>([&](TrainingDialog *dlg) {
        type("Na de back-up");
        key(Qt::Key_S, Qt::AltModifier);
        type("9/3/26");
        key(Qt::Key_U, Qt::AltModifier);
        type("4");
        key(Qt::Key_Return, Qt::ControlModifier);
        if (dlg->isVisible())
            dlg->reject();
    });
    key(Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(desk.session()->source()->trainings(employer).size(), trainings + 1);

    // The restore: File → Restore backup…, the backup's path in the file dialog, the passphrase, Return.
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w));
    QString restoredInto;
    onDialog<QFileDialog>([&](QFileDialog *) {
        type(backup);
        key(Qt::Key_Return);
    });
    onDialog<RestoreBackupDialog>([&](RestoreBackupDialog *dlg) {
        type(passphrase);
        key(Qt::Key_Return);
        restoredInto = dlg->restoredPath();
        if (dlg->isVisible()) {
            qWarning("restore dialog still open: %s", qPrintable(dlg->errorText()));
            dlg->reject();
        }
    });
    fromMenu(*w, 0, w->action("restoreBackup"));
    QVERIFY(!restoredInto.isEmpty());
    // The window opens the restored workspace (a new window in the old one's place).
    QTRY_COMPARE(desk.session()->source()->location(), restoredInto);
    QVERIFY(restoredInto != workspace);
    QCOMPARE(desk.session()->source()->trainings(employer).size(), trainings);
    for (const Training &t : desk.session()->source()->trainings(employer))
        QVERIFY(t.name != QLatin1String("Na de back-up"));
}

QTEST_MAIN(TestAcceptanceStories)
#include "tst_acceptancestories.moc"
