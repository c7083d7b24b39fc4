// Acceptance story (issue 14, story a): one training for twenty workers,
// entered in the real main window over a real workspace with the keyboard
// only, counting every key press. The test reads state to assert, never to act.
// The figures are in docs/performance.md ("Keystrokes").

#include "RunningClock.h"
#include "TestSupport.h"
#include "UiFixture.h"
#include "WorkspaceFixture.h"

#include "ui/MainWindow.h"
#include "ui/data/StorageDataSource.h"
#include "ui/dialogs/TrainingDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QScopeGuard>
#include <QTest>
#include <QTimer>

using namespace fla;
using namespace fla::ui;

class TestKeystrokeStory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { UiFixture::initApp(); }
    void oneTrainingForTwentyWorkers_data();
    void oneTrainingForTwentyWorkers();
};

namespace {

// Presses keys in whatever widget has the focus, counting them.
struct Keyboard
{
    int presses = 0;
    void key(Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier)
    {
        QWidget *w = QApplication::focusWidget();
        QVERIFY2(w, "no widget has the focus");
        QTest::keyClick(w, k, m);
        ++presses;
    }
    void type(const QString &text)
    {
        for (const QChar c : text) {
            QWidget *w = QApplication::focusWidget();
            QVERIFY2(w, "no widget has the focus");
            QTest::keyClick(w, c.toLatin1());
            ++presses;
        }
    }
};

TrainingDialog *openDialog()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *d = qobject_cast<TrainingDialog *>(w); d && d->isVisible())
            return d;
    }
    return nullptr;
}

} // namespace

void TestKeystrokeStory::oneTrainingForTwentyWorkers_data()
{
    QTest::addColumn<bool>("pasted");
    QTest::addColumn<int>("goal");
    QTest::newRow("twenty workers picked in the list") << false << 40;
    QTest::newRow("their INSZ pasted from Excel") << true << 30;
}

void TestKeystrokeStory::oneTrainingForTwentyWorkers()
{
    QFETCH(bool, pasted);
    QFETCH(int, goal);
    WorkspaceFixture f(WorkspaceFixture::generatedSet(60));
    QUuid employer;
    for (const Employer &e : f.source->employers()) {
        if (f.source->workers(e.uuid).size() >= 20)
            employer = e.uuid;
    }
    QVERIFY(!employer.isNull());
    f.session->setEmployer(employer);
    const QList<Worker> workers = f.source->workers(employer);
    QStringList column{QStringLiteral("INSZ")}; // a column copied from a spreadsheet, header included
    for (int i = 0; i < 20; ++i)
        column << Ssin::parse(workers.at(i * workers.size() / 20).ssin).display();
    QApplication::clipboard()->setText(column.join(QLatin1Char('\n')));
    const qsizetype trainingsBefore = f.source->trainings(employer).size();

    MainWindow w(f.session.get());
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    Keyboard keys;
    bool dialogSeen = false;
    QTimer::singleShot(0, this, [&] {
        TrainingDialog *dlg = openDialog();
        QVERIFY(dlg);
        dialogSeen = true;
        // Whatever fails below, the dialog is closed, so the window's modal loop ends.
        const auto closeDialog = qScopeGuard([dlg] {
            if (dlg->isVisible())
                dlg->reject();
        });
        // What a window manager does for a dialog that opens (the offscreen platform leaves it to us).
        QApplication::setActiveWindow(dlg);
        QVERIFY(QTest::qWaitForWindowActive(dlg));
        QVERIFY2(dlg->isAncestorOf(QApplication::focusWidget()),
                 QApplication::focusWidget() ? qPrintable(QApplication::focusWidget()->objectName() + " " +
                                                          QApplication::focusWidget()->window()->objectName())
                                             : "none");
        keys.type(QStringLiteral("VCA"));     // the name has the focus
        keys.key(Qt::Key_S, Qt::AltModifier); // Start date
        keys.type(QStringLiteral("9/3/26"));  // the end date follows it
        keys.key(Qt::Key_U, Qt::AltModifier); // Duration
        keys.type(QStringLiteral("8"));       // hours
        if (pasted) {
            keys.key(Qt::Key_P, Qt::AltModifier); // Paste INSZ list
        } else {
            keys.key(Qt::Key_H, Qt::AltModifier); // Search: the list of workers below it
            keys.key(Qt::Key_Down);               // into the list
            for (int i = 0; i < 20; ++i)
                keys.key(Qt::Key_Space); // tick, and on to the next
        }
        QTRY_COMPARE(dlg->picker()->selectedCount(), 20); // a mnemonic clicks its button after a short flash
        keys.key(Qt::Key_Return, Qt::ControlModifier);    // Save
    });
    keys.key(Qt::Key_N, Qt::ControlModifier); // New training
    QVERIFY(dialogSeen);

    const QList<Training> trainings = f.source->trainings(employer);
    QCOMPARE(trainings.size(), trainingsBefore + 1);
    const auto vca = std::find_if(trainings.cbegin(), trainings.cend(),
                                  [](const Training &t) { return t.name == QLatin1String("VCA"); });
    QVERIFY(vca != trainings.cend());
    QCOMPARE(vca->startDate, QDate(2026, 3, 9));
    QCOMPARE(vca->endDate, QDate(2026, 3, 9));
    QCOMPARE(vca->duration, 8.0);
    QCOMPARE(f.source->participantsOf(employer, vca->uuid).size(), 20);
    qInfo("keystrokes for one training for 20 workers%s: %d (goal %d)", pasted ? " (INSZ pasted)" : "",
          keys.presses, goal);
    QVERIFY2(keys.presses <= goal, qPrintable(QString::number(keys.presses)));
}

QTEST_MAIN(TestKeystrokeStory)
#include "tst_keystrokestory.moc"
