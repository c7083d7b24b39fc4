#include "KeyboardSupport.h"
#include "MainWindow.h"
#include "PostgresTestCluster.h"
#include "SmallCompanySet.h"
#include "TestSupport.h"
#include "UiFixture.h"
#include "dialogs/SaveWhenServerBack.h"
#include "dialogs/TrainingDialog.h"
#include "storage/BulkLoader.h"
#include "sync/ConflictDialog.h"
#include "views/TrainingsView.h"
#include "views/WorkersView.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace fla;
using namespace fla::ui;
using fla::test::PostgresTestCluster;

// Issue 18, Deliver 3: the team server goes away while a user edits a record
// in a dialog (here a training, opened from the Trainings view with Enter, on
// a real PostgreSQL workspace). Nothing typed is lost: the dialog stays open
// with the typed text and names the record it keeps; the desktop connects
// again (same address and credentials, statements prepared anew) and saves,
// still at the version the dialog read, so a colleague's save meanwhile comes
// as a conflict and is not overwritten unseen.
class TestServerDropMidEdit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void typedThenTheServerWent_data();
    void typedThenTheServerWent();
    void typedInATableCellThenTheServerWent();
    void saidInTheUsersLanguage_data() { WorkspaceFixture::languages(); }
    void saidInTheUsersLanguage();

private:
    struct Desktop
    {
        std::unique_ptr<StorageDataSource> source;
        std::unique_ptr<Session> session;
    };
    Desktop open(QString *error);

    ManualClock m_clock{QDateTime(QDate(2025, 11, 15), QTime(10, 0), Qt::UTC)};
    QString m_db;
    QString m_url;
};

namespace {

enum class Drop
{
    BackendEnded,            // the server ended the session (pg_terminate_backend); it is still there
    ServerStopped,           // the server is down at Save, back a moment later
    ServerStoppedTheirsSaved // ... and a colleague saved the training before this desktop could
};

} // namespace

void TestServerDropMidEdit::initTestCase()
{
    UiFixture::initApp();
    QString error;
    FLADESK_START_TEST_CLUSTER();
    m_db = PostgresTestCluster::instance().createDatabase(QStringLiteral("drop"), &error);
    QVERIFY2(!m_db.isEmpty(), qPrintable(error));
    m_url = PostgresTestCluster::instance().url(m_db);
    auto loader = StorageDataSource::open(m_url, m_clock, &error);
    QVERIFY2(loader, qPrintable(error));
    const BulkLoadResult loaded = loadDataSet(loader->workspace(), test::smallCompanySet());
    QVERIFY2(loaded.ok, qPrintable(loaded.error));
    QVERIFY2(loader->revalidateAll(&error), qPrintable(error));
}

void TestServerDropMidEdit::cleanup()
{
    SettingsDialog::applyLanguage(QStringLiteral("en"));
    QString error;
    QVERIFY2(PostgresTestCluster::instance().resume(&error), qPrintable(error));
}

TestServerDropMidEdit::Desktop TestServerDropMidEdit::open(QString *error)
{
    Desktop d;
    d.source = StorageDataSource::open(m_url, m_clock, error);
    if (d.source)
        d.session = std::make_unique<Session>(d.source.get(), m_clock);
    return d;
}

void TestServerDropMidEdit::typedThenTheServerWent_data()
{
    QTest::addColumn<int>("drop");
    QTest::addColumn<int>("training"); // which of the company's trainings (each row its own)
    QTest::newRow("the server ended the session") << int(Drop::BackendEnded) << 0;
    QTest::newRow("the server stopped, then came back") << int(Drop::ServerStopped) << 1;
    QTest::newRow("the server stopped; a colleague saved meanwhile")
        << int(Drop::ServerStoppedTheirsSaved) << 2;
}

void TestServerDropMidEdit::typedThenTheServerWent()
{
    QFETCH(int, drop);
    QFETCH(int, training);
    const Drop how = Drop(drop);
    QString error;
    Desktop mine = open(&error);
    QVERIFY2(mine.source, qPrintable(error));
    const QUuid employer = mine.session->employer();
    const QList<Training> trainings = mine.source->trainings(employer);
    QVERIFY(trainings.size() > training);
    const Training read = trainings.at(training);
    QVERIFY(read.rowVersion >= 1);
    const QString typed = QStringLiteral("Typed while the server went %1").arg(training);
    // Asked again quickly, except where the user presses Save again by hand.
    SaveWhenServerBack::setRetryIntervalMs(how == Drop::ServerStoppedTheirsSaved ? 600000 : 200);

    MainWindow w(mine.session.get());
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    w.showView(MainWindow::Trainings);
    auto *view = static_cast<TrainingsView *>(w.view(MainWindow::Trainings));
    QTableView *table = view->table();
    int row = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        if (table->model()->index(r, 0).data(UuidRole).toUuid() == read.uuid)
            row = r;
    QVERIFY(row >= 0);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(row, 0));

    bool dialogSeen = false, stayedOpen = false, closedBySave = false, conflictSeen = false;
    QString banner, keptText, theirsInConflict;
    int undoSteps = -1;
    keyboard::onModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<TrainingDialog *>(modal);
        if (!dialog) {
            modal->close();
            return;
        }
        dialogSeen = true;
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, typed);
        // The server goes away between typing and Save.
        QString why;
        if (how == Drop::BackendEnded) {
            if (!PostgresTestCluster::instance().endAppSessions(m_db, &why))
                qWarning("backend not ended: %s", qPrintable(why));
        } else {
            PostgresTestCluster::instance().pause();
        }
        QTest::keyClick(name, Qt::Key_Return, Qt::ControlModifier); // Save (Ctrl+Enter)
        if (how == Drop::BackendEnded) {
            closedBySave = QTest::qWaitFor([dialog] { return !dialog->isVisible(); }, 5000);
            return;
        }
        // Nothing written; the dialog keeps the typed text and names the record.
        QTest::qWait(100);
        stayedOpen = dialog->isVisible();
        auto *label = dialog->findChild<QLabel *>(QStringLiteral("serverUnreachableLabel"));
        banner = label && label->isVisible() ? label->text() : QString();
        keptText = name->text();
        undoSteps = mine.session->undoStack()->count();
        if (!PostgresTestCluster::instance().resume(&why)) {
            qWarning("server not back: %s", qPrintable(why));
            dialog->close();
            return;
        }
        if (how == Drop::ServerStopped) {
            // Saved by itself once the server answers again.
            closedBySave = QTest::qWaitFor([dialog] { return !dialog->isVisible(); }, 10000);
            return;
        }
        // A colleague saves the same training first; then the user presses Save again.
        Desktop theirs = open(&why);
        if (!theirs.source) {
            qWarning("colleague not connected: %s", qPrintable(why));
            dialog->close();
            return;
        }
        Training changed = read;
        changed.provider = QStringLiteral("Changed by a colleague");
        theirs.session->saveRecord(AnyRecord(read), AnyRecord(changed), QStringLiteral("edit"));
        keyboard::onModal([&](QWidget *next) {
            if (auto *conflict = qobject_cast<ConflictDialog *>(next)) {
                conflictSeen = true;
                theirsInConflict = conflict->conflict().theirs.value(QLatin1String("provider")).toString();
                conflict->keepMineButton()->click();
            } else {
                next->close();
            }
        });
        QTest::keyClick(name, Qt::Key_Return, Qt::ControlModifier);
        closedBySave = QTest::qWaitFor([dialog] { return !dialog->isVisible(); }, 5000);
    });
    QTest::keyClick(table, Qt::Key_Return); // Enter opens the training
    QTRY_VERIFY_WITH_TIMEOUT(dialogSeen, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(closedBySave, 20000);

    if (how != Drop::BackendEnded) {
        QVERIFY(stayedOpen);
        QCOMPARE(keptText, typed);
        QCOMPARE(undoSteps, 0); // nothing was written, no step to undo
        QVERIFY2(banner.contains(QLatin1String("team server cannot be reached")), qPrintable(banner));
        QVERIFY2(banner.contains(read.name), qPrintable(banner)); // names the training
    }
    if (how == Drop::ServerStoppedTheirsSaved) {
        QTRY_VERIFY_WITH_TIMEOUT(conflictSeen, 5000);
        QCOMPARE(theirsInConflict, QStringLiteral("Changed by a colleague"));
    }

    // The record is in the database, read through a connection of its own.
    Desktop check = open(&error);
    QVERIFY2(check.source, qPrintable(error));
    const auto stored = [&] {
        return std::get<Training>(*check.source->find(RecordKind::Training, employer, read.uuid));
    };
    QTRY_COMPARE_WITH_TIMEOUT(stored().name, typed, 5000);
    if (how == Drop::ServerStoppedTheirsSaved) {
        // Theirs, then mine kept over it: both in the trail, nothing overwritten unseen.
        QCOMPARE(stored().rowVersion, read.rowVersion + 2);
        QCOMPARE(stored().provider, read.provider); // mine is the whole record the dialog held
    } else {
        QCOMPARE(stored().rowVersion, read.rowVersion + 1);
    }
    // And the desktop works on: its window reads the saved name over the new connection.
    QTRY_COMPARE_WITH_TIMEOUT(mine.source->trainings(employer).at(training).name, typed, 5000);
}

// A family name typed into the workers table while the server is down: the
// session keeps the change, the status bar says so, and it is saved (at the
// version it was typed over) once the server answers again.
void TestServerDropMidEdit::typedInATableCellThenTheServerWent()
{
    Session::setServerRetryIntervalMs(200);
    QString error;
    Desktop mine = open(&error);
    QVERIFY2(mine.source, qPrintable(error));
    MainWindow w(mine.session.get());
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    w.showView(MainWindow::Workers);
    auto *view = static_cast<WorkersView *>(w.view(MainWindow::Workers));
    QTableView *table = view->table();
    const QUuid uuid = table->model()->index(2, 0).data(UuidRole).toUuid(); // the table's third row
    const Worker read = view->model()->record(view->model()->rowOfUuid(uuid));
    table->setFocus();
    table->setCurrentIndex(
        table->model()->index(2, view->model()->columnOfField(QStringLiteral("familyName"))));
    QTest::keyClick(table, Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Kept"));
    PostgresTestCluster::instance().pause();
    QTest::keyClick(editor, Qt::Key_Return);

    QTRY_COMPARE_WITH_TIMEOUT(mine.session->waitingCount(), 1, 5000);
    QCOMPARE(mine.session->undoStack()->count(), 0);
    const QString said = w.statusBar()->currentMessage();
    QVERIFY2(said.contains(QLatin1String("team server cannot be reached")), qPrintable(said));
    QVERIFY2(said.contains(read.familyName), qPrintable(said)); // the worker, as stored

    // Closing the window now would lose the kept change: the user is asked, and
    // Escape (as Enter) keeps the window open.
    QString asked;
    keyboard::onModal([&](QWidget *modal) {
        if (auto *box = qobject_cast<QMessageBox *>(modal))
            asked = box->text();
        QTest::keyClick(modal, Qt::Key_Escape);
    });
    QVERIFY(!w.close());
    QVERIFY(w.isVisible());
    QVERIFY2(asked.startsWith(QLatin1String("1 change")) &&
                 asked.contains(QLatin1String("could not reach the team server")),
             qPrintable(asked));
    QCOMPARE(mine.session->waitingCount(), 1);

    QVERIFY2(PostgresTestCluster::instance().resume(&error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(mine.session->waitingCount(), 0, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(w.statusBar()->currentMessage().contains(QLatin1String("Saved now")), 5000);
    QCOMPARE(mine.session->undoStack()->count(), 1); // one step, as if saved at once
    Desktop check = open(&error);
    QVERIFY2(check.source, qPrintable(error));
    const Worker stored =
        std::get<Worker>(*check.source->find(RecordKind::Worker, read.employerUuid, read.uuid));
    QCOMPARE(stored.familyName, QStringLiteral("Kept"));
    QCOMPARE(stored.rowVersion, read.rowVersion + 1);
    QCOMPARE(stored.givenName, read.givenName);
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->record(view->model()->rowOfUuid(read.uuid)).familyName,
                              QStringLiteral("Kept"), 5000);
    // Nothing waits any more: the window closes without a question.
    QVERIFY(w.close());
}

// The dialog's message in the user's language, saved for people to look at.
void TestServerDropMidEdit::saidInTheUsersLanguage()
{
    QFETCH(QString, language);
    SettingsDialog::applyLanguage(language);
    SaveWhenServerBack::setRetryIntervalMs(600000);
    QString error;
    Desktop mine = open(&error);
    QVERIFY2(mine.source, qPrintable(error));
    const Training read = mine.source->trainings(mine.session->employer()).first();
    TrainingDialog dialog(mine.session.get(), TrainingDialog::Mode::Edit, read);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral(" (2)"));
    PostgresTestCluster::instance().pause();
    QTest::keyClick(name, Qt::Key_Return, Qt::ControlModifier);
    auto *banner = dialog.findChild<QLabel *>(QStringLiteral("serverUnreachableLabel"));
    QVERIFY(dialog.isVisible());
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(read.name), qPrintable(banner->text()));
    QVERIFY2(!banner->text().contains(QLatin1String("cannot be reached")), qPrintable(banner->text()));
    QVERIFY(dialog.grab().save(
        QDir(fla::test::artifactsDir()).filePath(QStringLiteral("server-unreachable-%1.png").arg(language))));
    QVERIFY2(PostgresTestCluster::instance().resume(&error), qPrintable(error));
}

QTEST_MAIN(TestServerDropMidEdit)
#include "tst_serverdropmidedit.moc"
