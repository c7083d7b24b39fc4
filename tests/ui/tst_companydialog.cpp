// First run: a company is added with its enterprise number checked as typed.
#include "UiFixture.h"
#include "ui/dialogs/CompanyDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace fla;
using namespace fla::ui;

class TestCompanyDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { UiFixture::initApp(); }
    void checksEnterpriseNumberAsTyped_data();
    void checksEnterpriseNumberAsTyped();
    void addsACompanyWithUndo();
};

void TestCompanyDialog::checksEnterpriseNumberAsTyped_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("mark");
    QTest::newRow("valid") << "0566.988.259"
                           << "";
    QTest::newRow("BE prefix") << "BE 0403.019.261"
                               << "";
    QTest::newRow("old 9 digits") << "428759497"
                                  << "";
    QTest::newRow("check digits") << "0566988258"
                                  << "blocking";
    QTest::newRow("too short") << "05669"
                               << "blocking";
    QTest::newRow("establishment unit") << "2000000042"
                                        << "blocking";
}

void TestCompanyDialog::checksEnterpriseNumberAsTyped()
{
    QFETCH(QString, typed);
    QFETCH(QString, mark);
    UiFixture f(DataSet{});
    CompanyDialog dlg(f.session.get());
    dlg.show();
    QVERIFY(QTest::qWaitForWindowActive(&dlg));
    QTest::keyClicks(dlg.nameEdit(), "Garage Janssens");
    QTest::keyClicks(dlg.enterpriseEdit(), typed);
    QCOMPARE(dlg.enterpriseEdit()->property("anomaly").toString(), mark);
    QCOMPARE(dlg.enterpriseEdit()->accessibleDescription().isEmpty(), mark.isEmpty());
    auto *save = dlg.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    QCOMPARE(save->isEnabled(), mark.isEmpty());
}

void TestCompanyDialog::addsACompanyWithUndo()
{
    UiFixture f(DataSet{});
    CompanyDialog dlg(f.session.get());
    dlg.show();
    QVERIFY(QTest::qWaitForWindowActive(&dlg));
    // Keyboard only: number, Tab, name, Ctrl... Enter on the default button.
    QTest::keyClicks(dlg.enterpriseEdit(), "0566988259");
    QTest::keyClick(dlg.enterpriseEdit(), Qt::Key_Tab);
    QVERIFY(dlg.nameEdit()->hasFocus());
    QTest::keyClicks(dlg.nameEdit(), "Garage Janssens");
    QTest::keyClick(dlg.nameEdit(), Qt::Key_Return);
    QCOMPARE(dlg.result(), int(QDialog::Accepted));
    QCOMPARE(f.source->employers().size(), 1);
    QCOMPARE(f.source->employers().first().enterpriseNumber, QString("0566988259"));
    QCOMPARE(f.source->employers().first().hoursPerDay, 7.6);
    f.session->undoStack()->undo();
    QVERIFY(f.source->employers().isEmpty());
}

QTEST_MAIN(TestCompanyDialog)
#include "tst_companydialog.moc"
