// GIVEN a demo workspace the user entered things in, WHEN the demo is opened
// again (--demo, or the window's "Open the demo workspace"), THEN it opens as
// the user left it; replacing it is explicit (--reset-demo, or the answer to
// the window's question).
#include "KeyboardSupport.h"
#include "UiFixture.h"
#include "core/domain/EnterpriseNumber.h"
#include "ui/MainWindow.h"
#include "ui/app/DeskApp.h"
#include "ui/app/Session.h"
#include "ui/data/StorageDataSource.h"
#include "ui/data/WorkspaceSource.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>
#include <memory>

using namespace fla;
using namespace fla::ui;

namespace {

Employer ownCompany()
{
    Employer e;
    e.uuid = QUuid::createUuid();
    e.enterpriseNumber = EnterpriseNumber::compose(4233333);
    e.name = QStringLiteral("Mijn eigen bedrijf");
    return e;
}

bool hasCompany(DataSource *source, const QUuid &uuid)
{
    for (const Employer &e : source->employers()) {
        if (e.uuid == uuid)
            return true;
    }
    return false;
}

// Triggers "Open the demo workspace" from the File menu by keyboard and
// answers the question with the button named answer; returns whether it was asked.
bool openDemoFromMenu(DeskApp &desk, const QString &answer)
{
    const auto question =
        keyboard::answerQuestion(QStringLiteral("demoStartBox"), [answer](QMessageBox *box) {
            for (QAbstractButton *b : box->buttons()) {
                if (b->text() == answer) {
                    QTest::keyClick(box, keyboard::mnemonic(b->text()), Qt::AltModifier);
                    return;
                }
            }
            box->reject();
        });
    MainWindow *w = desk.window();
    QTest::keyClick(w, Qt::Key_F, Qt::AltModifier);
    if (!QTest::qWaitFor([] { return QApplication::activePopupWidget() != nullptr; })) {
        question->over = true;
        return false;
    }
    QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_D);
    // The window is replaced (or not) through a queued call.
    QTest::qWait(50);
    const bool closed = QTest::qWaitFor([] { return !QApplication::activeModalWidget(); }, 20000);
    question->over = true;
    if (!closed)
        return false;
    QTest::qWait(50);
    return question->asked;
}

// A demo workspace at path, made on the clock's day, with a company the user added to it.
bool demoWithOwnCompany(const QString &path, const Clock &clock, const Employer &mine)
{
    QString error;
    auto demo = openDemoWorkspace(path, clock, DemoStart::AsLeft, &error, 40);
    if (!demo || demo->employers().isEmpty() || !demo->save(AnyRecord(mine), &error)) {
        qWarning("demo not made: %s", qPrintable(error));
        return false;
    }
    return true;
}

} // namespace

class TestDemoWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { UiFixture::initApp(); }
    void init();
    void reopensTheDemoAsLeft();
    void windowAsksBeforeReplacingTheDemo();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path; // the demo workspace, with a company the user added: m_mine
    ManualClock m_clock{QDateTime(QDate(2026, 7, 15), QTime(10, 0), Qt::UTC)};
    Employer m_mine;
};

void TestDemoWorkspace::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath("demo.fladesk");
    m_mine = ownCompany();
    QVERIFY(demoWithOwnCompany(m_path, m_clock, m_mine));
}

void TestDemoWorkspace::reopensTheDemoAsLeft()
{
    QString error;
    {
        // --demo: as it was left.
        auto demo = openDemoWorkspace(m_path, m_clock, DemoStart::AsLeft, &error, 40);
        QVERIFY2(demo, qPrintable(error));
        QVERIFY(hasCompany(demo.get(), m_mine.uuid));
    }
    {
        // --demo --reset-demo: a fresh demo.
        auto demo = openDemoWorkspace(m_path, m_clock, DemoStart::Fresh, &error, 40);
        QVERIFY2(demo, qPrintable(error));
        QVERIFY(!hasCompany(demo.get(), m_mine.uuid));
        QVERIFY(!demo->employers().isEmpty());
    }
}

void TestDemoWorkspace::windowAsksBeforeReplacingTheDemo()
{
    DeskApp desk(m_clock);
    desk.setDemoWorkspaceFile(m_path);
    desk.openDemo(DemoStart::AsLeft);
    QVERIFY(desk.window());
    desk.window()->show();
    QVERIFY(QTest::qWaitForWindowActive(desk.window()));
    QVERIFY(hasCompany(desk.session()->source(), m_mine.uuid));

    // Asked; "open it as I left it" keeps what was entered.
    QVERIFY(openDemoFromMenu(desk, DeskApp::tr("&Open it as I left it")));
    QVERIFY(hasCompany(desk.session()->source(), m_mine.uuid));
    desk.window()->activateWindow(); // the offscreen platform does not give it back after the question
    QVERIFY(QTest::qWaitForWindowActive(desk.window()));

    // Asked; "start a fresh demo" replaces it.
    QVERIFY(openDemoFromMenu(desk, DeskApp::tr("Start a &fresh demo")));
    QVERIFY(!hasCompany(desk.session()->source(), m_mine.uuid));
}

QTEST_MAIN(TestDemoWorkspace)
#include "tst_demoworkspace.moc"
