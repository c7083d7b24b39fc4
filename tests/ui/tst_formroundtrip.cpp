// GIVEN a generated workspace, WHEN every record is opened in its form (the
// company and training dialogs, the Workers table's cells) and saved without
// touching anything, THEN nothing changes: the audit trail gets no entry and
// every record reads back as it was. Records the forms refuse to save (a
// blocking anomaly) are closed again, untouched, without a question.
#include "UiFixture.h"
#include "WorkspaceFixture.h"
#include "core/generate/Generator.h"
#include "core/storage/RecordJson.h"
#include "ui/dialogs/CompanyDialog.h"
#include "ui/dialogs/TrainingDialog.h"
#include "ui/views/WorkersView.h"

#include <QApplication>
#include <QMessageBox>
#include <QPointer>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace fla;
using namespace fla::ui;

namespace {

// Closes a message box the form shows (a refusal), noting the question about unsaved changes if
// that is what it asks; tries again until the form is gone.
void acknowledgeLater(QPointer<QDialog> form, std::shared_ptr<QString> asked, int tries)
{
    QTimer::singleShot(10, [form, asked, tries] {
        if (!form || !form->isVisible())
            return;
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            if (tries > 0)
                acknowledgeLater(form, asked, tries - 1);
            return;
        }
        if (box->objectName() == QLatin1String("unsavedChangesBox"))
            *asked = box->text();
        box->reject();
    });
}

// Presses the form's Save key; a refusal is acknowledged and the untouched form closed with
// Escape, which must not ask anything. Returns what was asked, if anything.
QString saveUntouched(QDialog &dlg, Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    auto asked = std::make_shared<QString>();
    acknowledgeLater(&dlg, asked, 50);
    QTest::keyClick(dlg.focusWidget() ? dlg.focusWidget() : &dlg, key, modifiers);
    if (dlg.isVisible()) {
        acknowledgeLater(&dlg, asked, 50);
        QTest::keyClick(dlg.focusWidget() ? dlg.focusWidget() : &dlg, Qt::Key_Escape);
    }
    return *asked;
}

void storeRecordByRecord(WorkspaceFixture &f, const DataSet &set)
{
    QString error;
    auto saveAll = [&f, &error](const auto &records) {
        for (const auto &r : records)
            f.source->save(AnyRecord(r), &error); // what the workspace itself refuses stays out
    };
    saveAll(set.employers);
    saveAll(set.workers);
    saveAll(set.employments);
    saveAll(set.trainings);
    saveAll(set.participations);
    saveAll(set.rights);
}

} // namespace

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
    QTest::addColumn<double>("invalidFraction");
    QTest::newRow("seed 1") << quint64(1) << 0.0;
    QTest::newRow("seed 7") << quint64(7) << 0.0;
    QTest::newRow("seed 3, with anomalies") << quint64(3) << 0.05;
}

void TestFormRoundTrip::savingUntouchedFormsChangesNothing()
{
    QFETCH(quint64, seed);
    QFETCH(double, invalidFraction);
    GeneratorOptions options;
    options.seed = seed;
    options.invalidFraction = invalidFraction;
    options.participations = invalidFraction > 0 ? 20 : 40;
    const DataSet set = Generator::generate(options).set;
    // A clean set in one bulk load; one with anomalies record by record, as typed ones come
    // (the workspace refuses a few of them itself, such as a negative cost).
    WorkspaceFixture f(invalidFraction > 0 ? DataSet() : set);
    if (invalidFraction > 0)
        storeRecordByRecord(f, set);
    const qint64 auditBefore = f.auditCount();
    int informal = 0;

    for (const Employer &stored : f.source->employers()) {
        f.session->setEmployer(stored.uuid);
        {
            CompanyDialog dlg(f.session.get(), stored);
            dlg.show();
            QVERIFY(QTest::qWaitForWindowActive(&dlg));
            // The form describes the record exactly as stored (also when a field is then changed).
            QCOMPARE(recordjson::toJson(dlg.employer()), recordjson::toJson(stored));
            const QString asked = saveUntouched(dlg, Qt::Key_Return, Qt::NoModifier);
            QVERIFY2(asked.isEmpty(), qPrintable(stored.name));
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
                QCOMPARE(recordjson::toJson(dlg.training()), recordjson::toJson(t));
                const QString asked = saveUntouched(dlg, Qt::Key_Return, Qt::ControlModifier);
                QVERIFY2(asked.isEmpty(), qPrintable(t.name));
            }
            const auto back = f.source->find(RecordKind::Training, stored.uuid, t.uuid);
            QVERIFY(back);
            QCOMPARE(recordjson::toJson(std::get<Training>(*back)), recordjson::toJson(t));
        }

        // The Workers table is the worker's form: each editable cell opened (F2) and committed (Enter).
        const QList<Worker> workers = f.source->workers(stored.uuid);
        WorkersView view(f.session.get());
        view.show();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        QTableView *table = view.table();
        table->setFocus();
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            for (int column = 0; column < table->model()->columnCount(); ++column) {
                const QModelIndex cell = table->model()->index(row, column);
                if (!(cell.flags() & Qt::ItemIsEditable))
                    continue;
                table->setCurrentIndex(cell);
                QTest::keyClick(table, Qt::Key_F2);
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
                QCoreApplication::processEvents();
            }
        }
        for (const Worker &w : workers) {
            const auto back = f.source->find(RecordKind::Worker, stored.uuid, w.uuid);
            QVERIFY(back);
            QCOMPARE(recordjson::toJson(std::get<Worker>(*back)), recordjson::toJson(w));
        }
    }
    if (invalidFraction == 0)
        QVERIFY2(informal > 0, "the generated set has informal trainings");
    QCOMPARE(f.auditCount(), auditBefore);
    QCOMPARE(f.session->undoStack()->count(), 0); // nothing to undo either
}

QTEST_MAIN(TestFormRoundTrip)
#include "tst_formroundtrip.moc"
