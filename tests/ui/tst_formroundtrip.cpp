// GIVEN a generated workspace, WHEN every record is opened in its form and
// saved without touching anything, THEN nothing changes: the audit trail gets
// no entry and every record reads back as it was.
#include "UiFixture.h"
#include "WorkspaceFixture.h"
#include "dialogs/CompanyDialog.h"
#include "dialogs/TrainingDialog.h"
#include "generate/Generator.h"
#include "storage/RecordJson.h"

#include <QApplication>
#include <QTest>

using namespace fla;
using namespace fla::ui;

class TestFormRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { UiFixture::initApp(); }
    void savingUntouchedFormsChangesNothing_data();
    void savingUntouchedFormsChangesNothing();
};

void TestFormRoundTrip::savingUntouchedFormsChangesNothing_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::newRow("seed 1") << quint64(1);
    QTest::newRow("seed 7") << quint64(7);
}

void TestFormRoundTrip::savingUntouchedFormsChangesNothing()
{
    QFETCH(quint64, seed);
    GeneratorOptions options;
    options.seed = seed;
    options.participations = 80;
    const DataSet set = Generator::generate(options).set;
    WorkspaceFixture f(set);
    const qint64 auditBefore = f.auditCount();
    int informal = 0;

    for (const Employer &stored : f.source->employers()) {
        f.session->setEmployer(stored.uuid);
        {
            CompanyDialog dlg(f.session.get(), stored);
            dlg.show();
            QVERIFY(QTest::qWaitForWindowActive(&dlg));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            QCOMPARE(dlg.result(), int(QDialog::Accepted));
        }
        const auto after = f.source->find(RecordKind::Employer, stored.uuid, stored.uuid);
        QVERIFY(after);
        QCOMPARE(recordjson::toJson(std::get<Employer>(*after)), recordjson::toJson(stored));

        for (const Training &t : f.source->trainings(stored.uuid)) {
            informal += t.kind == TrainingKind::Informal ? 1 : 0;
            {
                TrainingDialog dlg(f.session.get(), TrainingDialog::Mode::Edit, t);
                dlg.show();
                QVERIFY(QTest::qWaitForWindowActive(&dlg));
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
                QCOMPARE(dlg.result(), int(QDialog::Accepted));
            }
            const auto back = f.source->find(RecordKind::Training, stored.uuid, t.uuid);
            QVERIFY(back);
            QCOMPARE(recordjson::toJson(std::get<Training>(*back)), recordjson::toJson(t));
        }
    }
    QVERIFY2(informal > 0, "the generated set has informal trainings");
    QCOMPARE(f.auditCount(), auditBefore);
}

QTEST_MAIN(TestFormRoundTrip)
#include "tst_formroundtrip.moc"
