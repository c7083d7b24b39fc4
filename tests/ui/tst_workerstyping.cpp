// Layout as the user meets it: an INSZ typed in the Workers table is shown
// whole and as typed, and marked while typing; the restore dialog's error
// never covers its fields; the status bar's texts do not run into each other.
#include "TestSupport.h"
#include "UiFixture.h"
#include "WorkspaceFixture.h"
#include "core/generate/Generator.h"
#include "core/storage/Backup.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/RestoreBackupDialog.h"
#include "ui/views/WorkersView.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace fla;
using namespace fla::ui;

namespace {

// Widgets of one parent that are shown and overlap each other.
QString overlapping(QWidget *parent)
{
    QList<QWidget *> shown;
    for (QWidget *w : parent->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (w->isVisible() && !w->geometry().isEmpty() && !qobject_cast<QStatusBar *>(w))
            shown.append(w);
    }
    for (qsizetype i = 0; i < shown.size(); ++i) {
        for (qsizetype j = i + 1; j < shown.size(); ++j) {
            if (shown.at(i)->geometry().intersects(shown.at(j)->geometry()))
                return shown.at(i)->objectName() + QLatin1Char('/') + shown.at(i)->metaObject()->className() +
                       QStringLiteral(" and ") + shown.at(j)->objectName() + QLatin1Char('/') +
                       shown.at(j)->metaObject()->className();
        }
    }
    return {};
}

} // namespace

class TestWorkersTyping : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { UiFixture::initApp(); }
    void cleanup() { SettingsDialog::applyLanguage("en"); }
    void ssinCellShownWholeAndMarkedWhileTyping_data();
    void ssinCellShownWholeAndMarkedWhileTyping();
    void restoreErrorDoesNotCoverTheFields_data();
    void restoreErrorDoesNotCoverTheFields();
    void statusBarTextsDoNotOverlap();
};

void TestWorkersTyping::ssinCellShownWholeAndMarkedWhileTyping_data()
{
    WorkspaceFixture::languages();
}

void TestWorkersTyping::ssinCellShownWholeAndMarkedWhileTyping()
{
    QFETCH(QString, language);
    SettingsDialog::applyLanguage(language);
    WorkspaceFixture f(WorkspaceFixture::generatedSet());
    WorkersView view(f.session.get());
    view.resize(1280, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    QTableView *table = view.table();
    table->setColumnWidth(0, 60); // a narrow column, as after the user dragged it
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    const QString before = table->currentIndex().data(Qt::EditRole).toString();
    QTest::keyClick(table, Qt::Key_F2);
    auto *editor = table->findChild<QLineEdit *>("ssinCellEditor");
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, "8507300");
    // As typed, whole, and marked before Enter.
    QCOMPARE(editor->text(), QString("85.07.30-0"));
    QVERIFY2(editor->width() >= editor->fontMetrics().horizontalAdvance("85.07.30-033.28"),
             qPrintable(QString::number(editor->width())));
    QCOMPARE(editor->property("anomaly").toString(), QString("blocking"));
    QVERIFY(!editor->accessibleDescription().isEmpty());
    view.grab().save(
        QDir(test::artifactsDir()).filePath(QString("workers-typing-ssin-%1.png").arg(language)));
    // Escape leaves the worker as it was.
    QTest::keyClick(editor, Qt::Key_Escape);
    QCOMPARE(table->model()->index(0, 0).data(Qt::EditRole).toString(), before);
}

void TestWorkersTyping::restoreErrorDoesNotCoverTheFields_data()
{
    WorkspaceFixture::languages();
}

void TestWorkersTyping::restoreErrorDoesNotCoverTheFields()
{
    QFETCH(QString, language);
    SettingsDialog::applyLanguage(language);
    WorkspaceFixture f(WorkspaceFixture::generatedSet());
    const QString backup = f.dir.filePath("copie.fladeskbackup");
    QString error;
    QVERIFY2(Backup::create(f.source->workspace(), backup, "juist", &error), qPrintable(error));
    RestoreBackupDialog dlg(backup, f.source->location());
    dlg.show();
    QVERIFY(QTest::qWaitForWindowActive(&dlg));
    QTest::keyClicks(dlg.focusWidget(), "fout");
    QTest::keyClick(dlg.focusWidget(), Qt::Key_Return);
    QVERIFY(!dlg.errorText().isEmpty());
    QCoreApplication::processEvents();
    auto *label = dlg.findChild<QLabel *>("restoreError");
    // The whole message has room, and nothing covers anything.
    QVERIFY2(label->height() >= label->heightForWidth(label->width()),
             qPrintable(QString("%1 < %2").arg(label->height()).arg(label->heightForWidth(label->width()))));
    const QString overlap = overlapping(&dlg);
    QVERIFY2(overlap.isEmpty(), qPrintable(overlap));
    for (QLineEdit *e : dlg.findChildren<QLineEdit *>()) {
        if (e->isVisible())
            QVERIFY2(e->height() >= e->minimumSizeHint().height(), qPrintable(e->objectName()));
    }
    dlg.grab().save(QDir(test::artifactsDir()).filePath(QString("restore-error-%1.png").arg(language)));
}

void TestWorkersTyping::statusBarTextsDoNotOverlap()
{
    // A workspace restored deep in the user's folders: a long path in the status bar.
    WorkspaceFixture f(WorkspaceFixture::generatedSet());
    const QString deep = f.dir.filePath("Documenten/Boekhouding/Klanten/2026/Bakkerij Peeters en "
                                        "Zonen/Opleidingen/teruggezet uit de back-up");
    QVERIFY(QDir().mkpath(deep));
    Backup::create(f.source->workspace(), f.dir.filePath("b.fladeskbackup"), "pw", nullptr);
    QString kept;
    QVERIFY(Backup::restore(f.dir.filePath("b.fladeskbackup"), "pw", deep + "/werkruimte.fladesk", &kept,
                            nullptr));
    auto restored = StorageDataSource::open(deep + "/werkruimte.fladesk", f.clock, nullptr);
    QVERIFY(restored);
    Session session(restored.get(), f.clock);
    MainWindow w(&session);
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    w.statusBar()->showMessage("Table \"Workers\" exported to /tmp/x.csv", 5000);
    QCoreApplication::processEvents();
    const QString overlap = overlapping(w.statusBar());
    QVERIFY2(overlap.isEmpty(), qPrintable(overlap));
    for (QLabel *l : w.statusBar()->findChildren<QLabel *>()) {
        if (l->isVisible())
            QVERIFY2(l->width() >= l->minimumSizeHint().width() && l->width() <= w.width() / 2,
                     qPrintable(l->text()));
    }
    QVERIFY(w.minimumSizeHint().width() <= 1280);
    w.grab().save(QDir(test::artifactsDir()).filePath("status-bar-after-restore.png"));
}

QTEST_MAIN(TestWorkersTyping)
#include "tst_workerstyping.moc"
