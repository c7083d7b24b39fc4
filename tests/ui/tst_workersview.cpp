// The workers table: a block pasted from a spreadsheet becomes workers, with
// the bad rows reported and kept; every edit is one undo step.
#include "UiFixture.h"
#include "ui/views/WorkersView.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

using namespace fla;
using namespace fla::ui;

class TestWorkersView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { UiFixture::initApp(); }
    void pastesABlockWithCtrlV();
    void editsInPlaceWithUndo();
    void marksCellsAtFault();
    void deletesAndRestores();
    void filters();
};

void TestWorkersView::pastesABlockWithCtrlV()
{
    UiFixture f;
    WorkersView view(f.session.get());
    view.show();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    const int before = view.model()->rowCount();
    const QString a = Ssin::compose(85, 7, 30, 33, false);
    const QString b = Ssin::compose(92, 12, 1, 144, false);
    const QString dup = f.source->workers(f.employer()).first().ssin;
    const QString block = "INSZ\tNaam\tVoornaam\n" + a + "\tVermeulen\tTom\t\tnl\t01/09/2025\t1\t118\n" +
                          "12345\tFout\tRij\n" + b + "\tLeroy\tAnne\n" + dup + "\tDubbel\tIemand\n";
    QApplication::clipboard()->setText(block);
    PasteResult seen;
    connect(&view, &WorkersView::pasteReport, this, [&seen](const PasteResult &r) { seen = r; });
    view.table()->setFocus();
    QTest::keyClick(view.table(), Qt::Key_V, Qt::ControlModifier);
    QTRY_COMPARE(view.model()->rowCount(), before + 2);
    QCOMPARE(seen.workers.size(), 2);
    QCOMPARE(seen.rejectedLines.size(), 2); // the short INSZ and the duplicate: kept to fix
    QCOMPARE(seen.issues.size(), 2);
    QVERIFY(seen.issues.at(1).message.contains("already"));
    QCOMPARE(f.source->employments(f.employer()).size(), before + 1);
    // One undo step for the whole block.
    QCOMPARE(f.session->undoStack()->count(), 1);
    f.session->undoStack()->undo();
    QTRY_COMPARE(view.model()->rowCount(), before);
    QCOMPARE(f.source->employments(f.employer()).size(), before);
    f.session->undoStack()->redo();
    QTRY_COMPARE(view.model()->rowCount(), before + 2);
}

void TestWorkersView::editsInPlaceWithUndo()
{
    UiFixture f;
    WorkersView view(f.session.get());
    auto *model = view.model();
    const Worker w = model->record(0);
    const int col = model->columnOfField("familyName");
    QVERIFY(model->setData(model->index(0, col), "Van den Broeck", Qt::EditRole));
    QTRY_COMPARE(std::get<Worker>(*f.source->find(RecordKind::Worker, f.employer(), w.uuid)).familyName,
                 QString("Van den Broeck"));
    f.session->undoStack()->undo();
    QCOMPARE(std::get<Worker>(*f.source->find(RecordKind::Worker, f.employer(), w.uuid)).familyName,
             w.familyName);
    // A birth date that cannot be read is refused: nothing changes, nothing is lost.
    QVERIFY(!model->setData(model->index(0, model->columnOfField("birthDate")), "31/02/1990", Qt::EditRole));
}

void TestWorkersView::marksCellsAtFault()
{
    UiFixture f;
    WorkersView view(f.session.get());
    auto *model = view.model();
    // The demo's fourth worker has wrong INSZ check digits: blocking, with the message.
    const Worker bad = f.set.workers.at(3);
    const int row = model->rowOfUuid(bad.uuid);
    const QModelIndex cell = model->index(row, model->columnOfField("ssin"));
    QCOMPARE(cell.data(SeverityRole).toInt(), int(Severity::Blocking));
    QVERIFY(cell.data(Qt::ToolTipRole).toString().contains("ID-002"));
    QVERIFY(cell.data(Qt::AccessibleDescriptionRole).toString().contains(bad.familyName));
    QVERIFY(cell.data(Qt::BackgroundRole).isValid());
    // Fixing it in place clears the mark.
    const QString fixed = Ssin::compose(bad.ssin.left(2).toInt(), bad.ssin.mid(2, 2).toInt(),
                                        bad.ssin.mid(4, 2).toInt(), bad.ssin.mid(6, 3).toInt(), false);
    QVERIFY(model->setData(cell, fixed, Qt::EditRole));
    QTRY_VERIFY(!model->index(model->rowOfUuid(bad.uuid), model->columnOfField("ssin"))
                     .data(Qt::ToolTipRole)
                     .isValid() ||
                !model->index(model->rowOfUuid(bad.uuid), model->columnOfField("ssin"))
                     .data(Qt::ToolTipRole)
                     .toString()
                     .contains("ID-002"));
}

void TestWorkersView::deletesAndRestores()
{
    UiFixture f;
    WorkersView view(f.session.get());
    view.show();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    const int before = view.model()->rowCount();
    view.table()->setFocus();
    const QModelIndex first = view.table()->model()->index(0, 0);
    view.table()->selectionModel()->setCurrentIndex(first, QItemSelectionModel::ClearAndSelect |
                                                               QItemSelectionModel::Rows);
    const QUuid gone = view.table()->currentIndex().data(UuidRole).toUuid();
    // On a real workspace the worker's participations and rights refer to it: they go with it.
    const qint64 participations = f.participationTotal();
    const qsizetype rights = f.source->rights(f.employer()).size();
    QTest::keyClick(view.table(), Qt::Key_Delete);
    QTRY_COMPARE(view.model()->rowCount(), before - 1);
    QVERIFY(!f.source->find(RecordKind::Worker, f.employer(), gone));
    QVERIFY(f.participationTotal() < participations);
    QVERIFY(f.source->rights(f.employer()).size() < rights);
    f.session->undoStack()->undo();
    QTRY_COMPARE(view.model()->rowCount(), before);
    QVERIFY(f.source->find(RecordKind::Worker, f.employer(), gone));
    QCOMPARE(f.participationTotal(), participations);
    QCOMPARE(f.source->rights(f.employer()).size(), rights);
}

void TestWorkersView::filters()
{
    UiFixture f;
    WorkersView view(f.session.get());
    QTest::keyClicks(view.filterEdit(), "peeters");
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(view.table()->model());
    QCOMPARE(proxy->rowCount(), 2);
}

QTEST_MAIN(TestWorkersView)
#include "tst_workersview.moc"
