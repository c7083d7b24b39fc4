#include "KeyboardSupport.h"
#include "TestSupport.h"
#include "UiFixture.h"
#include "core/domain/FieldLabels.h"
#include "core/storage/AuditRepository.h"
#include "core/workspace/RecordWriter.h"
#include "ui/MainWindow.h"
#include "ui/models/RecordTableModel.h"
#include "ui/sync/ConflictDialog.h"
#include "ui/views/WorkersView.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace fla;
using namespace fla::ui;

// Two editors of one record, through the real main window: the table shows a
// worker, someone else saves that worker (another desktop on the team server;
// here another writer of the workspace that the window does not hear of), and
// the user types a change and presses Enter. Nothing is overwritten: the
// conflict dialog shows both versions, and the user keeps theirs (saved over
// the version now stored) or takes the other one.
class TestSaveConflict : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { UiFixture::initApp(); }
    void cleanup() { SettingsDialog::applyLanguage(QStringLiteral("en")); }
    void typedOverAColleaguesSave_data();
    void typedOverAColleaguesSave();
    void screenshots_data() { WorkspaceFixture::languages(); }
    void screenshots();
};

namespace {

// The conflict dialog's row of a field, or -1.
int rowOf(QTableWidget *table, const QString &label)
{
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->text() == label)
            return r;
    return -1;
}

// Someone else changes the worker's given name and address, and the user then types a new
// family name over the version the table read: the conflict dialog comes.
bool typeOverTheirs(UiFixture &f, MainWindow &w, const Worker &read,
                    const std::function<void(ConflictDialog *)> &decide)
{
    Worker theirs = read;
    theirs.givenName = QStringLiteral("Theirs");
    theirs.address = QStringLiteral("Elsewhere 1");
    if (!RecordWriter(f.source->workspace(), f.clock).save(theirs))
        return false;
    auto *view = static_cast<WorkersView *>(w.view(MainWindow::Workers));
    QTableView *table = view->table();
    int row = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        if (table->model()->index(r, 0).data(UuidRole).toUuid() == read.uuid)
            row = r;
    const QModelIndex cell =
        table->model()->index(row, view->model()->columnOfField(QStringLiteral("familyName")));
    table->setFocus();
    table->setCurrentIndex(cell);
    QTest::keyClick(table, Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    if (!editor)
        return false;
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Mine"));
    bool seen = false;
    keyboard::onModal([&seen, decide](QWidget *modal) {
        if (auto *dialog = qobject_cast<ConflictDialog *>(modal)) {
            seen = true;
            decide(dialog);
        } else {
            modal->close();
        }
    });
    QTest::keyClick(editor, Qt::Key_Return);
    return QTest::qWaitFor([&seen] { return seen; }, 5000);
}

} // namespace

void TestSaveConflict::typedOverAColleaguesSave_data()
{
    QTest::addColumn<bool>("keepMine");
    QTest::newRow("keep mine") << true;
    QTest::newRow("take theirs") << false;
}

void TestSaveConflict::typedOverAColleaguesSave()
{
    QFETCH(bool, keepMine);
    UiFixture f;
    MainWindow w(f.session.get());
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    w.showView(MainWindow::Workers);
    const Worker read = static_cast<WorkersView *>(w.view(MainWindow::Workers))->model()->record(0);
    QVERIFY(read.rowVersion >= 1);
    // The updates of the worker in the audit trail: theirs, and mine when kept.
    const auto updates = [&] {
        int n = 0;
        const auto history = f.source->workspace().audit(read.employerUuid).findHistory(read.uuid);
        if (!history)
            return -1;
        for (const AuditEntry &e : history.value())
            n += e.change == ChangeKind::Update ? 1 : 0;
        return n;
    };

    QString title, explain, mineName, theirsName, mineGiven, theirsGiven;
    bool cancelShown = true;
    const bool shown = typeOverTheirs(f, w, read, [&](ConflictDialog *d) {
        title = d->windowTitle();
        explain = d->findChild<QLabel *>(QStringLiteral("explainLabel"))->text();
        cancelShown = d->findChild<QPushButton *>(QStringLiteral("cancelButton"))->isVisible();
        QTableWidget *t = d->table();
        const int family = rowOf(t, fieldLabel(RecordKind::Worker, u"familyName"));
        const int given = rowOf(t, fieldLabel(RecordKind::Worker, u"givenName"));
        if (family >= 0 && given >= 0) {
            mineName = t->item(family, 1)->text();
            theirsName = t->item(family, 2)->text();
            mineGiven = t->item(given, 1)->text();
            theirsGiven = t->item(given, 2)->text();
        }
        (keepMine ? d->keepMineButton() : d->takeTheirsButton())->click();
    });
    QVERIFY(shown);
    QCOMPARE(title, QStringLiteral("Changed by someone else"));
    QVERIFY2(explain.contains(QLatin1String("3 field")), qPrintable(explain));
    QVERIFY(!cancelShown);
    QCOMPARE(mineName, QStringLiteral("Mine"));
    QCOMPARE(theirsName, read.familyName);
    QCOMPARE(mineGiven, read.givenName);
    QCOMPARE(theirsGiven, QStringLiteral("Theirs"));

    const auto stored = [&] {
        return std::get<Worker>(*f.source->find(RecordKind::Worker, read.employerUuid, read.uuid));
    };
    if (keepMine) {
        // Mine, whole, saved over theirs as a new version; one undo step.
        QTRY_COMPARE(stored().familyName, QStringLiteral("Mine"));
        QCOMPARE(stored().givenName, read.givenName);
        QCOMPARE(stored().address, read.address);
        QCOMPARE(stored().rowVersion, read.rowVersion + 2);
        QCOMPARE(f.session->undoStack()->count(), 1);
        QCOMPARE(updates(), 2); // theirs, then mine
        // Undo puts back theirs, the version mine was saved over.
        f.session->undoStack()->undo();
        QCOMPARE(stored().givenName, QStringLiteral("Theirs"));
        QCOMPARE(stored().familyName, read.familyName);
    } else {
        // Theirs stays; nothing of mine was written and there is no step to undo.
        QTest::qWait(50);
        QCOMPARE(stored().familyName, read.familyName);
        QCOMPARE(stored().givenName, QStringLiteral("Theirs"));
        QCOMPARE(stored().rowVersion, read.rowVersion + 1);
        QCOMPARE(f.session->undoStack()->count(), 0);
        QCOMPARE(updates(), 1);
        QVERIFY2(w.statusBar()->currentMessage().contains(QLatin1String("dropped")),
                 qPrintable(w.statusBar()->currentMessage()));
    }
    // The table shows what is stored.
    auto *view = static_cast<WorkersView *>(w.view(MainWindow::Workers));
    const int row = view->model()->rowOfUuid(read.uuid);
    QTRY_COMPARE(view->model()->record(row).givenName, stored().givenName);
}

void TestSaveConflict::screenshots()
{
    QFETCH(QString, language);
    SettingsDialog::applyLanguage(language);
    UiFixture f;
    MainWindow w(f.session.get());
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    w.showView(MainWindow::Workers);
    const Worker read = static_cast<WorkersView *>(w.view(MainWindow::Workers))->model()->record(0);
    QString title;
    const bool shown = typeOverTheirs(f, w, read, [&](ConflictDialog *d) {
        title = d->windowTitle();
        QVERIFY(d->grab().save(
            QDir(fla::test::artifactsDir()).filePath(QStringLiteral("edit-conflict-%1.png").arg(language))));
        d->takeTheirsButton()->click();
    });
    QVERIFY(shown);
    QVERIFY(!title.isEmpty());
    QVERIFY2(title != QLatin1String("Changed by someone else"), "the dialog's title is not translated");
}

QTEST_MAIN(TestSaveConflict)
#include "tst_saveconflict.moc"
