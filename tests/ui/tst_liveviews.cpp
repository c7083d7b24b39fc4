#include "KeyboardSupport.h"
#include "PostgresTestCluster.h"
#include "SmallCompanySet.h"
#include "UiFixture.h"
#include "core/storage/BulkLoader.h"
#include "ui/MainWindow.h"
#include "ui/models/RecordTableModel.h"
#include "ui/sync/ConflictDialog.h"
#include "ui/views/WorkersView.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace fla;
using namespace fla::ui;
using fla::test::PostgresTestCluster;

// Two desktops on one team workspace (two data sources, each with its own
// connection, on a real PostgreSQL server): what one saves shows up in the
// other's open window without reading again by hand, and a cell the user is
// typing in is not closed under them — their save meets the other's change
// as a conflict, with both versions.
class TestLiveViews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void anotherDesktopsSaveShowsUp();
    void typingIsNotInterrupted();

private:
    struct Desktop
    {
        std::unique_ptr<StorageDataSource> source;
        std::unique_ptr<Session> session;
    };
    Desktop open(QString *error);

    ManualClock m_clock{QDateTime(QDate(2025, 11, 15), QTime(10, 0), Qt::UTC)};
    QString m_url;
};

void TestLiveViews::initTestCase()
{
    UiFixture::initApp();
    QString error;
    FLADESK_START_TEST_CLUSTER();
    const QString db = PostgresTestCluster::instance().createDatabase(QStringLiteral("live"), &error);
    QVERIFY2(!db.isEmpty(), qPrintable(error));
    m_url = PostgresTestCluster::instance().url(db);
    auto loader = StorageDataSource::open(m_url, m_clock, &error);
    QVERIFY2(loader, qPrintable(error));
    const BulkLoadResult loaded = loadDataSet(loader->workspace(), test::smallCompanySet());
    QVERIFY2(loaded.ok, qPrintable(loaded.error));
    QVERIFY2(loader->revalidateAll(&error), qPrintable(error));
}

TestLiveViews::Desktop TestLiveViews::open(QString *error)
{
    Desktop d;
    d.source = StorageDataSource::open(m_url, m_clock, error);
    if (d.source)
        d.session = std::make_unique<Session>(d.source.get(), m_clock);
    return d;
}

void TestLiveViews::anotherDesktopsSaveShowsUp()
{
    QString error;
    Desktop mine = open(&error), theirs = open(&error);
    QVERIFY2(mine.source && theirs.source, qPrintable(error));
    MainWindow w(mine.session.get());
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    w.showView(MainWindow::Workers);
    auto *view = static_cast<WorkersView *>(w.view(MainWindow::Workers));
    const Worker shown = view->model()->record(0);

    // The other desktop changes the worker, through its own window's edit path.
    Worker changed =
        std::get<Worker>(*theirs.source->find(RecordKind::Worker, shown.employerUuid, shown.uuid));
    changed.familyName = QStringLiteral("Changed-Elsewhere");
    theirs.session->saveRecord(AnyRecord(shown), AnyRecord(changed), QStringLiteral("edit"));
    QCOMPARE(theirs.session->undoStack()->count(), 1);

    // Mine shows it, with the version it now has (an edit here is made on top of it).
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->record(view->model()->rowOfUuid(shown.uuid)).familyName,
                              QStringLiteral("Changed-Elsewhere"), 5000);
    QCOMPARE(view->model()->record(view->model()->rowOfUuid(shown.uuid)).rowVersion, shown.rowVersion + 1);
    // And a new worker the other desktop adds.
    Worker added = changed;
    added.uuid = QUuid::createUuid();
    added.ssin = Ssin::compose(77, 4, 12, 321, false);
    added.familyName = QStringLiteral("Newcomer");
    added.rowVersion = 0;
    const int rows = view->model()->rowCount();
    theirs.session->saveRecord(std::nullopt, AnyRecord(added), QStringLiteral("add"));
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), rows + 1, 5000);
    QVERIFY(view->model()->rowOfUuid(added.uuid) >= 0);
}

void TestLiveViews::typingIsNotInterrupted()
{
    QString error;
    Desktop mine = open(&error), theirs = open(&error);
    QVERIFY2(mine.source && theirs.source, qPrintable(error));
    MainWindow w(mine.session.get());
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    w.showView(MainWindow::Workers);
    auto *view = static_cast<WorkersView *>(w.view(MainWindow::Workers));
    QTableView *table = view->table();
    const QUuid uuid = table->model()->index(1, 0).data(UuidRole).toUuid();
    const Worker shown = view->model()->record(view->model()->rowOfUuid(uuid));

    // The user starts typing a new given name in the table...
    table->setFocus();
    table->setCurrentIndex(
        table->model()->index(1, view->model()->columnOfField(QStringLiteral("givenName"))));
    QTest::keyClick(table, Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Typed"));
    // ... while the other desktop saves the same worker.
    Worker changed = std::get<Worker>(*theirs.source->find(RecordKind::Worker, shown.employerUuid, uuid));
    changed.familyName = QStringLiteral("Theirs-Meanwhile");
    theirs.session->saveRecord(AnyRecord(shown), AnyRecord(changed), QStringLiteral("edit"));
    QTest::qWait(600); // the notification has come; the view waits for the edit
    QCOMPARE(QApplication::focusWidget(), editor);
    QCOMPARE(editor->text(), QStringLiteral("Typed"));

    // Enter: the save at the version the table read meets theirs.
    bool conflictShown = false;
    QString theirsInDialog;
    keyboard::onModal([&](QWidget *modal) {
        if (auto *d = qobject_cast<ConflictDialog *>(modal)) {
            conflictShown = true;
            theirsInDialog = d->conflict().theirs.value(QLatin1String("familyName")).toString();
            d->keepMineButton()->click();
        } else {
            modal->close();
        }
    });
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(conflictShown, 5000);
    QCOMPARE(theirsInDialog, QStringLiteral("Theirs-Meanwhile"));
    // Kept mine: the whole of mine, saved over theirs; both desktops' windows read it.
    const auto stored = [&] {
        return std::get<Worker>(*theirs.source->find(RecordKind::Worker, shown.employerUuid, uuid));
    };
    QTRY_COMPARE_WITH_TIMEOUT(stored().givenName, QStringLiteral("Typed"), 5000);
    QCOMPARE(stored().familyName, shown.familyName);
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->record(view->model()->rowOfUuid(uuid)).givenName,
                              QStringLiteral("Typed"), 5000);
}

QTEST_MAIN(TestLiveViews)
#include "tst_liveviews.moc"
