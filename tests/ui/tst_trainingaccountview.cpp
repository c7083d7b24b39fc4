// The Training account view shows core's TrainingAccount for the chosen worker and
// year (the one credit calculation), says what is unconfirmed, and saves the yearly
// overview PDF. Screenshots in nl and fr go to the test artifacts.

#include "TestSupport.h"
#include "UiFixture.h"
#include "core/obligations/TrainingAccount.h"
#include "ui/views/CompanyRecords.h"
#include "ui/views/TrainingAccountView.h"
#include "ui/widgets/Format.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using namespace fla;
using namespace fla::ui;

namespace {

QString valueOf(const QStandardItemModel *m, const QString &label)
{
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->item(r, 0)->text() == label)
            return m->item(r, 1)->text();
    }
    return {};
}

} // namespace

class TestTrainingAccountView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { UiFixture::initApp(); }
    void showsCoresAccount();
    void screenshots_data();
    void screenshots();
};

void TestTrainingAccountView::showsCoresAccount()
{
    UiFixture f;
    f.session->setEmployer(f.employer());
    TrainingAccountView view(f.session.get());
    view.show();
    view.yearSpin()->setValue(2025);
    QVERIFY(view.workerCombo()->count() > 0);
    int shown = 0;
    for (int i = 0; i < view.workerCombo()->count(); ++i) {
        view.workerCombo()->setCurrentIndex(i);
        const TrainingAccount a = TrainingAccount::build(companyRecords(*f.session),
                                                         view.workerCombo()->currentData().toUuid(), 2025);
        if (!a.hasLine)
            continue;
        ++shown;
        QCOMPARE(valueOf(view.lines(), "Entitled"), QString("%1 d").arg(formatNumber(a.line.entitledDays)));
        QCOMPARE(valueOf(view.lines(), "Carried over"),
                 QString("%1 d").arg(formatNumber(a.line.carriedOverDays)));
        QCOMPARE(valueOf(view.lines(), "Used"), QString("%1 d").arg(formatNumber(a.line.usedDays)));
        QVERIFY(valueOf(view.lines(), "Five-year window").endsWith("unconfirmed"));
        QVERIFY(!valueOf(view.lines(), "Days per FTE").isEmpty());
    }
    QVERIFY(shown > 0);
    QTemporaryDir dir;
    QString error;
    const QString pdf = dir.filePath("overview.pdf");
    QVERIFY2(view.saveOverview(pdf, &error), qPrintable(error));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly) && file.read(5) == "%PDF-");
}

void TestTrainingAccountView::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("nl") << "nl";
    QTest::newRow("fr") << "fr";
}

void TestTrainingAccountView::screenshots()
{
    QFETCH(QString, language);
    UiFixture::initApp(language);
    UiFixture f;
    f.session->setEmployer(f.employer());
    TrainingAccountView view(f.session.get());
    view.resize(1000, 700);
    view.show();
    view.yearSpin()->setValue(2025);
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.grab().save(
        QDir(test::artifactsDir()).filePath(QString("view-account-detail-%1.png").arg(language))));
    UiFixture::initApp();
}

QTEST_MAIN(TestTrainingAccountView)
#include "tst_trainingaccountview.moc"
