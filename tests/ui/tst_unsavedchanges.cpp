// GIVEN a form with something typed in it, WHEN the user presses Escape (or
// Cancel, or closes it), THEN it asks whether to discard what was typed, and
// keeps it on "Keep editing"; an untouched form closes at once.
#include "KeyboardSupport.h"
#include "UiFixture.h"
#include "WorkspaceFixture.h"
#include "core/generate/Generator.h"
#include "ui/dialogs/CompanyDialog.h"
#include "ui/dialogs/TrainingDialog.h"
#include "ui/dialogs/WorkerDialog.h"

#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QTest>
#include <QTimer>
#include <functional>
#include <memory>

using namespace fla;
using namespace fla::ui;

namespace {

// Presses Escape in the dialog; when the question comes, answers it with key
// (with modifiers). Returns whether the question was asked.
bool escapeAnswering(QDialog *dlg, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    const auto question =
        keyboard::answerQuestion(QStringLiteral("unsavedChangesBox"), [key, modifiers](QMessageBox *box) {
            QTest::keyClick(box, key, modifiers);
        });
    QTest::keyClick(dlg->focusWidget() ? dlg->focusWidget() : dlg, Qt::Key_Escape);
    question->over = true;
    QTest::qWait(30); // a question that comes is answered before this returns
    return question->asked;
}

} // namespace

class TestUnsavedChanges : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { UiFixture::initApp(); }
    void asksBeforeDiscardingATypedForm_data();
    void asksBeforeDiscardingATypedForm();
    void untouchedFormClosesAtOnce_data();
    void untouchedFormClosesAtOnce();
};

using MakeDialog = std::function<QDialog *(WorkspaceFixture &)>;
Q_DECLARE_METATYPE(MakeDialog)

static void forms()
{
    QTest::addColumn<MakeDialog>("make");
    QTest::addColumn<QString>("field"); // the line edit typed into
    QTest::newRow("new training") << MakeDialog([](WorkspaceFixture &f) -> QDialog * {
        return new TrainingDialog(f.session.get(), TrainingDialog::Mode::New);
    }) << "nameEdit";
    QTest::newRow("existing training") << MakeDialog([](WorkspaceFixture &f) -> QDialog * {
        return new TrainingDialog(f.session.get(), TrainingDialog::Mode::Edit,
                                  f.source->trainings(f.session->employer()).first());
    }) << "providerEdit";
    QTest::newRow("new worker") << MakeDialog([](WorkspaceFixture &f) -> QDialog * {
        return new WorkerDialog(f.session.get());
    }) << "familyEdit";
    QTest::newRow("existing company") << MakeDialog([](WorkspaceFixture &f) -> QDialog * {
        return new CompanyDialog(f.session.get(), f.session->currentEmployer());
    }) << "nameEdit";
}

void TestUnsavedChanges::asksBeforeDiscardingATypedForm_data()
{
    forms();
}

void TestUnsavedChanges::asksBeforeDiscardingATypedForm()
{
    QFETCH(MakeDialog, make);
    QFETCH(QString, field);
    WorkspaceFixture f(WorkspaceFixture::generatedSet());
    const qint64 auditBefore = f.auditCount();
    std::unique_ptr<QDialog> dlg(make(f));
    dlg->show();
    QVERIFY(QTest::qWaitForWindowActive(dlg.get()));
    auto *edit = dlg->findChild<QLineEdit *>(field);
    QVERIFY(edit);
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_End);
    QTest::keyClicks(edit, " Zuid");
    const QString typed = edit->text();

    // Escape asks; Escape on the question keeps the form and what was typed.
    QVERIFY(escapeAnswering(dlg.get(), Qt::Key_Escape));
    QVERIFY(dlg->isVisible());
    QCOMPARE(edit->text(), typed);

    // Escape again, and "Discard changes" (Alt+D) closes it without saving anything.
    QVERIFY(escapeAnswering(dlg.get(), Qt::Key_D, Qt::AltModifier));
    QVERIFY(!dlg->isVisible());
    QCOMPARE(dlg->result(), int(QDialog::Rejected));
    QCOMPARE(f.auditCount(), auditBefore);
}

void TestUnsavedChanges::untouchedFormClosesAtOnce_data()
{
    forms();
}

void TestUnsavedChanges::untouchedFormClosesAtOnce()
{
    QFETCH(MakeDialog, make);
    WorkspaceFixture f(WorkspaceFixture::generatedSet());
    std::unique_ptr<QDialog> dlg(make(f));
    dlg->show();
    QVERIFY(QTest::qWaitForWindowActive(dlg.get()));
    QVERIFY(!escapeAnswering(dlg.get(), Qt::Key_Escape));
    QVERIFY(!dlg->isVisible());
}

QTEST_MAIN(TestUnsavedChanges)
#include "tst_unsavedchanges.moc"
