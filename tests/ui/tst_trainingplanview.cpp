// The Training plan view shows what core computed for the session's clock (31
// December 2026): the reminders, the steps and their deadlines, the plan against
// what was realised; a plan, a planned training and a step entered here are kept.
// Screenshots in nl and fr go to the test artifacts.

#include "KeyboardSupport.h"
#include "TestSupport.h"
#include "UiFixture.h"
#include "core/obligations/TrainingPlanDeadlines.h"
#include "ui/views/CompanyRecords.h"
#include "ui/views/TrainingPlanView.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace fla;
using namespace fla::ui;

class TestTrainingPlanView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { UiFixture::initApp(); }
    void remindersAreCores();
    void enterAPlan();
    void changeAndRemoveByKeyboard();
    void screenshots_data();
    void screenshots();
};

void TestTrainingPlanView::remindersAreCores()
{
    UiFixture f;
    f.clock.setNowUtc(QDateTime(QDate(2026, 12, 31), QTime(23, 59, 30), Qt::UTC));
    f.session->setEmployer(f.employer());
    TrainingPlanView view(f.session.get());
    view.show();
    QCOMPARE(view.yearSpin()->value(), 2027); // in December: next year's plan
    const QList<PlanReminder> expected = plandeadlines::remindersFor(
        *f.session->currentEmployer(), companyRecords(*f.session), {}, f.clock.today());
    QVERIFY(!expected.isEmpty());
    for (const PlanReminder &r : expected)
        QVERIFY2(view.reminders()->text().contains(r.text().toHtmlEscaped()),
                 qPrintable(view.reminders()->text()));
    QVERIFY(!view.plan());
}

void TestTrainingPlanView::enterAPlan()
{
    UiFixture f;
    f.clock.setNowUtc(QDateTime(QDate(2027, 3, 16), QTime(9, 0), Qt::UTC));
    f.session->setEmployer(f.employer());
    TrainingPlanView view(f.session.get());
    view.show();
    QCOMPARE(view.yearSpin()->value(), 2027);
    QString error;
    QVERIFY2(view.createPlan(2027, 2027, ConsultedBody::UnionDelegation, &error), qPrintable(error));
    QVERIFY(view.plan());
    QVERIFY2(view.addItem({QUuid::createUuid(), TrainingCategory::FormalContinuing, "Forklift safety",
                           "warehouse", RiskGroup::Age50Plus, 6, 2},
                          &error),
             qPrintable(error));
    QVERIFY2(view.logStep(PlanStep::DraftSent, QDate(2027, 2, 10), &error), qPrintable(error));
    const QAbstractItemModel *steps = view.table()->model();
    QCOMPARE(steps->rowCount(), 4);
    QCOMPARE(steps->index(0, 3).data().toString(), "done on time");
    QCOMPARE(steps->index(1, 3).data().toString(), "overdue"); // advice by 15 March
    QVERIFY(steps->index(3, 1).data().toString().endsWith("(unconfirmed)"));
    QCOMPARE(view.itemsTable()->model()->rowCount(), 1);
    QCOMPARE(view.itemsTable()->model()->index(0, 1).data().toString(), "Forklift safety");
    // Realised: formal, its 50+ line, informal, initial.
    QCOMPARE(view.realisedTable()->model()->rowCount(), 4);
    QCOMPARE(view.realisedTable()->model()->index(0, 2).data().toString(), "12");
    QVERIFY(view.reminders()->text().contains("advice received was due by 15 March 2027 (1 day late)"));
    // Kept in the data source, seen by a new view.
    QCOMPARE(f.source->trainingPlans(f.employer(), &error).size(), 1);
    // A second plan over the same year is refused with a message.
    QVERIFY(!view.createPlan(2027, 2028, ConsultedBody::Workers, &error));
    QVERIFY(error.contains("overlaps"));
}

// A planned training changed with Enter and removed with Delete in the items
// table, through core's TrainingPlan, kept in the real workspace.
void TestTrainingPlanView::changeAndRemoveByKeyboard()
{
    UiFixture f;
    f.clock.setNowUtc(QDateTime(QDate(2027, 3, 16), QTime(9, 0), Qt::UTC));
    f.session->setEmployer(f.employer());
    TrainingPlanView view(f.session.get());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QString error;
    QVERIFY2(view.createPlan(2027, 2027, ConsultedBody::WorksCouncil, &error), qPrintable(error));
    const QUuid forklift = QUuid::createUuid(), toolbox = QUuid::createUuid();
    QVERIFY(view.addItem({forklift, TrainingCategory::FormalContinuing, "Forklift safety", "warehouse",
                          RiskGroup::Age50Plus, 6, 2},
                         &error));
    QVERIFY(view.addItem(
        {toolbox, TrainingCategory::InformalContinuing, "Toolbox", "production", RiskGroup::None, 20, 0.5},
        &error));
    QTableView *items = view.itemsTable();
    QVERIFY(!view.changeItemButton()->isEnabled()); // nothing chosen yet
    items->setFocus();
    items->setCurrentIndex(items->model()->index(0, 1));
    QVERIFY(view.changeItemButton()->isEnabled());
    QVERIFY(view.removeItemButton()->isEnabled());

    // Enter opens the planned training filled in; its new name and head count are kept.
    keyboard::onModal([](QWidget *dialog) {
        auto *title = dialog->findChild<QLineEdit *>("plannedTitleEdit");
        auto *workers = dialog->findChild<QSpinBox *>("plannedWorkersSpin");
        QCOMPARE(title->text(), "Forklift safety");
        QCOMPARE(workers->value(), 6);
        title->selectAll();
        keyboard::typeText(title, "Forklift refresher");
        workers->setValue(8);
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    QTest::keyClick(items, Qt::Key_Return);
    QTRY_COMPARE(view.plan()->items.size(), 2);
    QTRY_COMPARE(view.plan()->items.at(0).title, "Forklift refresher");
    QCOMPARE(view.plan()->items.at(0).uuid, forklift);
    QCOMPARE(view.plan()->items.at(0).plannedWorkers, 8);
    QCOMPARE(items->model()->index(0, 1).data().toString(), "Forklift refresher");

    // Delete asks, and Yes removes the second one.
    items->setFocus();
    items->setCurrentIndex(items->model()->index(1, 1));
    keyboard::onModal([](QWidget *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        QVERIFY(box);
        QVERIFY(box->text().contains("Toolbox"));
        box->button(QMessageBox::Yes)->click();
    });
    QTest::keyClick(items, Qt::Key_Delete);
    QTRY_COMPARE(view.plan()->items.size(), 1);
    QCOMPARE(view.plan()->items.at(0).uuid, forklift);

    // What the workspace keeps, read back.
    const QList<TrainingPlan> stored = f.source->trainingPlans(f.employer(), &error);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.at(0).items.size(), 1);
    QCOMPARE(stored.at(0).items.at(0).title, "Forklift refresher");
    QCOMPARE(stored.at(0).items.at(0).plannedWorkers, 8);
    // A planned training not in the plan is refused with its name.
    QVERIFY(
        !view.changeItem({toolbox, TrainingCategory::Initial, "Toolbox", "", RiskGroup::None, 1, 1}, &error));
    QVERIFY(error.contains("Toolbox"));
}

void TestTrainingPlanView::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("nl") << "nl";
    QTest::newRow("fr") << "fr";
}

void TestTrainingPlanView::screenshots()
{
    QFETCH(QString, language);
    UiFixture::initApp(language);
    UiFixture f;
    f.clock.setNowUtc(QDateTime(QDate(2027, 3, 16), QTime(9, 0), Qt::UTC));
    f.session->setEmployer(f.employer());
    TrainingPlanView view(f.session.get());
    view.resize(1100, 760);
    view.show();
    QString error;
    QVERIFY(view.createPlan(2027, 2027, ConsultedBody::WorksCouncil, &error));
    QVERIFY(view.addItem({QUuid::createUuid(), TrainingCategory::FormalContinuing, "Heftruck veilig",
                          "magazijn", RiskGroup::Age50Plus, 6, 2},
                         &error));
    QVERIFY(view.addItem({QUuid::createUuid(), TrainingCategory::InformalContinuing, "Toolbox", "productie",
                          RiskGroup::None, 20, 0.5},
                         &error));
    QVERIFY(view.logStep(PlanStep::DraftSent, QDate(2027, 2, 10), &error));
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QString path =
        QDir(test::artifactsDir()).filePath(QString("view-plan-detail-%1.png").arg(language));
    QVERIFY(view.grab().save(path));
    UiFixture::initApp();
}

QTEST_MAIN(TestTrainingPlanView)
#include "tst_trainingplanview.moc"
