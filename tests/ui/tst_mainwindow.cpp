// The main window: views, company switcher, the keyboard path from an empty
// workspace to a training for ten workers, language switching at run time,
// and a screenshot of each main view in nl and fr for people to look at.
#include "KeyboardSupport.h"
#include "TestSupport.h"
#include "UiFixture.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/CompanyDialog.h"
#include "ui/dialogs/GettingAccessDialog.h"
#include "ui/dialogs/TrainingDialog.h"
#include "ui/dialogs/WorkerDialog.h"
#include "ui/views/AnomaliesView.h"
#include "ui/views/CreditView.h"
#include "ui/views/RightsView.h"
#include "ui/views/TrainingsView.h"
#include "ui/views/ViewPage.h"
#include "ui/views/WorkersView.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <functional>

using namespace fla;
using namespace fla::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { UiFixture::initApp(); }
    void cleanup() { SettingsDialog::applyLanguage("en"); }
    void showsWelcomeOnAnEmptyWorkspace();
    void tableHeadingsAreTheSchemasLabels_data();
    void tableHeadingsAreTheSchemasLabels();
    void keyboardOnlyFromCompanyToTraining();
    void companySwitcherShowsBlockingAndDeadline();
    void noDeadlineOnceTheFlaClosed();
    void nextAnomalyOpensTheRecordAtTheField();
    void creditShowsOverUse();
    void keyboardOnlySeesAndFixesAnAnomaly();
    void anomaliesNameTheirRecord();
    void exportsTheTableAsShown();
    void switchesLanguageAtRunTime();
    void gettingAccessInFourLanguages();
    void screenshots_data();
    void screenshots();
};

using keyboard::onModal;

void TestMainWindow::showsWelcomeOnAnEmptyWorkspace()
{
    UiFixture f(DataSet{});
    MainWindow w(f.session.get());
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QVERIFY(w.isWelcomeShown());
    QVERIFY(!w.action("newTraining")->isEnabled());
    QVERIFY(w.findChild<QPushButton *>("welcomeAddCompany")->isVisible());
    QVERIFY(w.grab().save(QDir(fla::test::artifactsDir()).filePath("welcome-en.png")));
}

void TestMainWindow::keyboardOnlyFromCompanyToTraining()
{
    UiFixture f(DataSet{});
    MainWindow w(f.session.get());
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));

    // Create a company: enterprise number, Tab, name, Enter.
    onModal([](QWidget *dlg) {
        QWidget *en = dlg->findChild<QLineEdit *>("enterpriseEdit");
        QTest::keyClicks(en, "0566.988.259");
        QTest::keyClick(en, Qt::Key_Tab);
        QTest::keyClicks(dlg->focusWidget(), "Drukkerij Claes");
        QTest::keyClick(dlg->focusWidget(), Qt::Key_Return);
    });
    w.findChild<QPushButton *>("welcomeAddCompany")->setFocus();
    QTest::keyClick(w.findChild<QPushButton *>("welcomeAddCompany"), Qt::Key_Space);
    QTRY_VERIFY(!w.isWelcomeShown());
    QCOMPARE(f.source->employers().size(), 1);

    // Add twelve workers with "Save and next" (Alt+N), then Escape.
    onModal([](QWidget *dlg) {
        for (int i = 0; i < 12; ++i) {
            QWidget *ssin = dlg->findChild<QLineEdit *>("ssinEdit");
            QTRY_VERIFY(ssin->hasFocus());
            QTest::keyClicks(ssin, Ssin::compose(80 + i, 3, 10 + i, 21 + 2 * i, false));
            QTest::keyClick(ssin, Qt::Key_Tab);
            QTest::keyClicks(dlg->focusWidget(), QString("Werker%1").arg(i));
            QTest::keyClick(dlg->focusWidget(), Qt::Key_Tab);
            QTest::keyClicks(dlg->focusWidget(), "An");
            QTest::keyClick(dlg->focusWidget(), Qt::Key_N, Qt::AltModifier);
            QTRY_COMPARE(static_cast<WorkerDialog *>(dlg)->savedCount(), i + 1);
        }
        QTest::keyClick(dlg, Qt::Key_Escape);
    });
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QTest::keyClick(&w, Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(f.source->workers(f.session->employer()).size(), 12);

    // A training for ten of them: type it, Tab to the list, Space ten times (each ticks and moves down).
    onModal([](QWidget *dlg) {
        QTest::keyClicks(dlg->focusWidget(), "EHBO op het werk");
        auto *start = dlg->findChild<QLineEdit *>("startEdit");
        start->setFocus();
        start->selectAll();
        QTest::keyClicks(start, "04/11/2025");
        auto *end = dlg->findChild<QLineEdit *>("endEdit");
        end->setFocus();
        end->selectAll();
        QTest::keyClicks(end, "04/11/2025");
        QTest::keyClick(end, Qt::Key_Tab);
        auto *duration = dlg->findChild<QDoubleSpinBox *>("durationSpin");
        QTRY_VERIFY(duration->hasFocus());
        duration->selectAll();
        QTest::keyClicks(duration, "6");
        auto *view = dlg->findChild<QTableView *>("pickerView");
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, 1));
        for (int i = 0; i < 10; ++i)
            QTest::keyClick(view, Qt::Key_Space);
        QTest::keyClick(view, Qt::Key_Return, Qt::ControlModifier);
        if (dlg->isVisible()) {
            qWarning() << "training dialog still open:" << dlg->findChild<QLabel *>("issuesLabel")->text()
                       << QApplication::activeWindow() << dlg->focusWidget();
            dlg->close();
        }
    });
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QTest::keyClick(&w, Qt::Key_N, Qt::ControlModifier);
    QTRY_COMPARE(f.source->trainings(f.session->employer()).size(), 1);
    const Training t = f.source->trainings(f.session->employer()).first();
    QCOMPARE(t.name, QString("EHBO op het werk"));
    QCOMPARE(t.duration, 6.0);
    QCOMPARE(f.source->participantsOf(f.session->employer(), t.uuid).size(), 10);

    // And undo the mistake with Ctrl+Z: the training and its ten participations go.
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(f.source->trainings(f.session->employer()).size(), 0);
    QCOMPARE(f.participationTotal(), qint64(0));
    QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(f.source->trainings(f.session->employer()).size(), 1);
}

void TestMainWindow::noDeadlineOnceTheFlaClosed()
{
    UiFixture f;
    f.clock.setNowUtc(QDateTime(QDate(2027, 1, 4), QTime(9, 0), Qt::UTC));
    MainWindow w(f.session.get());
    w.show();
    QComboBox *c = w.companySwitcher();
    QTRY_VERIFY2(c->itemText(0).contains("2 blocking"), qPrintable(c->itemText(0)));
    QVERIFY2(!c->itemText(0).contains("due"), qPrintable(c->itemText(0)));
    QVERIFY(!c->itemData(0, Qt::ToolTipRole).toString().contains("deadline"));
}

void TestMainWindow::companySwitcherShowsBlockingAndDeadline()
{
    UiFixture f;
    MainWindow w(f.session.get());
    QComboBox *c = w.companySwitcher();
    QCOMPARE(c->count(), 2);
    // The clock says 15/11/2025: the next deadline is 31/01/2026 (trainings of Q4).
    QVERIFY2(c->itemText(0).contains("31/01/2026"), qPrintable(c->itemText(0)));
    // The blocking anomalies are counted once the window is up (not before it is shown).
    QTRY_VERIFY2(c->itemText(0).contains("2 blocking"), qPrintable(c->itemText(0)));
    QVERIFY(c->itemData(0, Qt::ToolTipRole).toString().contains("blocking anomalies"));
    // Switching company changes every view.
    const int before = w.view(MainWindow::Workers)->table()->model()->rowCount();
    QVERIFY(before > 0);
    c->setCurrentIndex(1);
    emit c->activated(1);
    QCOMPARE(f.session->employer(), f.source->employers().at(1).uuid);
}

void TestMainWindow::nextAnomalyOpensTheRecordAtTheField()
{
    UiFixture f;
    MainWindow w(f.session.get());
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    auto *anomalies = static_cast<AnomaliesView *>(w.view(MainWindow::Anomalies));
    QVERIFY(anomalies->shownCount() >= 2);
    // Filter on the INSZ code: the worker with wrong check digits.
    anomalies->codeFilter()->setCurrentIndex(anomalies->codeFilter()->findText("ID-002"));
    QCOMPARE(anomalies->shownCount(), 1);
    QTest::keyClick(&w, Qt::Key_F8);
    QCOMPARE(w.currentView(), MainWindow::Workers);
    QTableView *table = w.view(MainWindow::Workers)->table();
    auto *proxy = static_cast<QSortFilterProxyModel *>(table->model());
    const QModelIndex cur = proxy->mapToSource(table->currentIndex());
    QCOMPARE(cur.data(FieldRole).toString(), QString("ssin"));
    QCOMPARE(cur.data(UuidRole).toUuid(), f.set.workers.at(3).uuid);
    // A training anomaly opens the training with the cursor in the field.
    anomalies->codeFilter()->setCurrentIndex(anomalies->codeFilter()->findText("DT-001"));
    QCOMPARE(anomalies->shownCount(), 1);
    bool focused = false;
    onModal([&focused](QWidget *dlg) {
        focused = dlg->focusWidget() == dlg->findChild<QLineEdit *>("endEdit");
        QTest::keyClick(dlg, Qt::Key_Escape);
    });
    QTest::keyClick(&w, Qt::Key_F8);
    QVERIFY(focused);
}

void TestMainWindow::keyboardOnlySeesAndFixesAnAnomaly()
{
    UiFixture f;
    MainWindow w(f.session.get());
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    auto hasCode = [&f](const char *code) {
        const QList<FieldAnomaly> list = f.source->anomalies(f.session->employer());
        return std::any_of(list.cbegin(), list.cend(),
                           [code](const FieldAnomaly &a) { return a.code == QLatin1String(code); });
    };
    QVERIFY(hasCode("DT-001"));
    // Ctrl+6: the Anomalies view; Alt+O: the code filter, typed to DT-001.
    QTest::keyClick(&w, Qt::Key_6, Qt::ControlModifier);
    QCOMPARE(w.currentView(), MainWindow::Anomalies);
    auto *anomalies = static_cast<AnomaliesView *>(w.view(MainWindow::Anomalies));
    QTest::keyClick(&w, Qt::Key_O, Qt::AltModifier);
    QTRY_VERIFY(anomalies->codeFilter()->hasFocus());
    QTest::keyClicks(anomalies->codeFilter(), "DT-001");
    QTRY_COMPARE(anomalies->codeFilter()->currentText(), QString("DT-001"));
    QCOMPARE(anomalies->shownCount(), 1);
    // The message names the training and its date, and the field.
    const QModelIndex first = anomalies->table()->model()->index(0, AnomalyModel::MessageColumn);
    QVERIFY2(first.data().toString().contains("training \"Communication client\" of "),
             qPrintable(first.data().toString()));
    QVERIFY(first.data().toString().contains("End date: "));
    // F8 opens the training with the cursor in the end date; type a good one, Ctrl+Enter.
    bool focused = false;
    onModal([&focused](QWidget *dlg) {
        auto *end = dlg->findChild<QLineEdit *>("endEdit");
        focused = dlg->focusWidget() == end;
        const QString start = dlg->findChild<QLineEdit *>("startEdit")->text();
        end->selectAll();
        QTest::keyClicks(end, start);
        QTest::keyClick(end, Qt::Key_Return, Qt::ControlModifier);
    });
    QTest::keyClick(&w, Qt::Key_F8);
    QVERIFY(focused);
    QTRY_VERIFY(!hasCode("DT-001"));
    // The fix was a mistake after all: Ctrl+Z brings the anomaly back.
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
    QTRY_VERIFY(hasCode("DT-001"));
}

void TestMainWindow::anomaliesNameTheirRecord()
{
    UiFixture f;
    MainWindow w(f.session.get());
    auto *anomalies = static_cast<AnomaliesView *>(w.view(MainWindow::Anomalies));
    const Worker bad = f.set.workers.at(3);
    anomalies->codeFilter()->setCurrentIndex(anomalies->codeFilter()->findText("ID-002"));
    QCOMPARE(anomalies->shownCount(), 1);
    const QModelIndex idx = anomalies->table()->model()->index(0, AnomalyModel::MessageColumn);
    const QString message = idx.data().toString();
    // The catalogue's message (the same as `fladesk-cli validate`), naming the worker and the field.
    QVERIFY2(message.startsWith(QString("worker %1 %2, INSZ: ").arg(bad.familyName, bad.givenName)),
             qPrintable(message));
    QVERIFY(message.contains("check digits of the INSZ number"));
    QCOMPARE(idx.data(Qt::AccessibleDescriptionRole).toString(), message);
    // A participation is named "worker in training of date".
    Participation p = f.set.participations.first();
    p.certificate = true;
    p.followed = false;
    QVERIFY(f.source->save(AnyRecord(p), nullptr));
    QTRY_VERIFY(anomalies->codeFilter()->findText("PA-004") >= 0);
    anomalies->codeFilter()->setCurrentIndex(anomalies->codeFilter()->findText("PA-004"));
    QTRY_COMPARE(anomalies->shownCount(), 1);
    const QString pa = anomalies->table()->model()->index(0, AnomalyModel::MessageColumn).data().toString();
    QString worker;
    for (const auto &x : f.set.workers) {
        if (x.uuid == p.workerUuid)
            worker = x.familyName + ' ' + x.givenName;
    }
    QVERIFY2(pa.startsWith(worker + " in \""), qPrintable(pa));
    QVERIFY(pa.contains(", Certificate: "));
}

void TestMainWindow::exportsTheTableAsShown()
{
    UiFixture f;
    MainWindow w(f.session.get());
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    w.showView(MainWindow::Workers);
    ViewPage *v = w.view(MainWindow::Workers);
    const Worker kept = f.set.workers.at(0);
    v->filterEdit()->setText(kept.familyName);
    const int shown = v->table()->model()->rowCount();
    QVERIFY(shown >= 1);
    QVERIFY(shown < f.source->workers(f.session->employer()).size());
    QTemporaryDir dir;
    const QString csv = dir.filePath("workers.csv");
    QVERIFY(w.exportCurrentView(csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    const QStringList lines = text.split(QRegularExpression("\r?\n"), Qt::SkipEmptyParts);
    // The header as on screen, then only the rows the filter left.
    QCOMPARE(lines.size(), shown + 1);
    QVERIFY2(lines.first().startsWith(v->table()->model()->headerData(0, Qt::Horizontal).toString()),
             qPrintable(lines.first()));
    for (int i = 1; i < lines.size(); ++i)
        QVERIFY2(lines.at(i).contains(kept.familyName), qPrintable(lines.at(i)));
    // Sorted as shown: the first data row is the first row of the view.
    QVERIFY(lines.at(1).startsWith(v->table()->model()->index(0, 0).data().toString()));
    const QString xlsx = dir.filePath("workers.xlsx");
    QVERIFY(w.exportCurrentView(xlsx));
    QFile book(xlsx);
    QVERIFY(book.open(QIODevice::ReadOnly));
    QCOMPARE(book.read(2), QByteArray("PK"));
    // A folder that does not exist: false, and nothing written.
    QVERIFY(w.action("exportTable")->isEnabled());
    onModal([](QWidget *dlg) { QTest::keyClick(dlg, Qt::Key_Escape); });
    QVERIFY(!w.exportCurrentView(dir.filePath("missing/folder/workers.csv")));
}

void TestMainWindow::creditShowsOverUse()
{
    UiFixture f;
    MainWindow w(f.session.get());
    auto *credit = static_cast<CreditView *>(w.view(MainWindow::Credit));
    QCOMPARE(credit->yearSpin()->value(), 2025);
    int over = 0;
    for (const auto &r : credit->model()->rows())
        over += r.credit.isOverused() ? 1 : 0;
    QVERIFY(over >= 1);
    for (int r = 0; r < credit->model()->rowCount(); ++r) {
        if (credit->model()->rows().at(r).credit.isOverused()) {
            const QModelIndex remaining = credit->model()->index(r, CreditModel::RemainingColumn);
            QVERIFY(remaining.data(Qt::BackgroundRole).isValid());
            QVERIFY(remaining.data(Qt::ToolTipRole).toString().contains("CR-001"));
        }
    }
}

void TestMainWindow::tableHeadingsAreTheSchemasLabels_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << "en";
    QTest::newRow("nl") << "nl";
}

// Every column that shows a field of its record is headed by the schema's label, in the interface's language.
void TestMainWindow::tableHeadingsAreTheSchemasLabels()
{
    QFETCH(QString, language);
    SettingsDialog::applyLanguage(language);
    UiFixture f;
    MainWindow w(f.session.get());
    auto *workers = qobject_cast<WorkersView *>(w.view(MainWindow::Workers));
    auto *trainings = qobject_cast<TrainingsView *>(w.view(MainWindow::Trainings));
    auto *rights = qobject_cast<RightsView *>(w.view(MainWindow::Rights));
    QVERIFY(workers && trainings && rights);
    const std::pair<RecordKind, const RecordTableBase *> models[] = {
        {RecordKind::Worker, workers->model()},
        {RecordKind::Employment, workers->employmentModel()},
        {RecordKind::Training, trainings->model()},
        {RecordKind::Participation, trainings->participantModel()},
        {RecordKind::TrainingRight, rights->model()}};
    int schemaColumns = 0;
    for (const auto &[kind, model] : models) {
        for (int c = 0; c < model->columnCount(); ++c) {
            const QString field = model->fieldOfColumn(c);
            const schema::FieldInfo *info = schema::find(kind, field);
            if (!info)
                continue; // a column of its own (the worker's name on a right, the participants)
            ++schemaColumns;
            QCOMPARE(model->headerData(c, Qt::Horizontal).toString(), asHeading(fieldLabel(*info)));
        }
    }
    QVERIFY(schemaColumns >= 20);
    if (language == QLatin1String("nl"))
        QCOMPARE(workers->model()->headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QString("Familienaam"));
}

void TestMainWindow::switchesLanguageAtRunTime()
{
    UiFixture f;
    MainWindow w(f.session.get());
    QCOMPARE(w.menuBar()->actions().first()->text(), QString("&File"));
    SettingsDialog::applyLanguage("fr");
    QCoreApplication::processEvents();
    QCOMPARE(w.menuBar()->actions().first()->text(), QString("&Fichier"));
    QCOMPARE(w.view(MainWindow::Workers)->table()->model()->headerData(0, Qt::Horizontal).toString(),
             QString("NISS"));
    // Dates and numbers follow: dd/mm/yyyy and a decimal comma.
    QCOMPARE(formatDate(QDate(2025, 3, 9)), QString("09/03/2025"));
    QCOMPARE(formatNumber(7.6), QString("7,6"));
    SettingsDialog::applyLanguage("nl");
    QCoreApplication::processEvents();
    QCOMPARE(w.menuBar()->actions().first()->text(), QString("&Bestand"));
    QCOMPARE(w.view(MainWindow::Workers)->table()->model()->headerData(0, Qt::Horizontal).toString(),
             QString("INSZ"));
    SettingsDialog::applyLanguage("de");
    QCoreApplication::processEvents();
    QCOMPARE(w.menuBar()->actions().first()->text(), QString("&Datei"));
}

void TestMainWindow::gettingAccessInFourLanguages()
{
    const QString nl = GettingAccessDialog::guideHtml("nl");
    const QString fr = GettingAccessDialog::guideHtml("fr");
    const QString de = GettingAccessDialog::guideHtml("de");
    const QString en = GettingAccessDialog::guideHtml("en");
    QVERIFY(en.contains("CareerPro Federal Learning Account"));
    QVERIFY(en.contains("Werkgever RSZ"));
    QVERIFY(nl.contains("lokale beheerder"));
    QVERIFY(nl.contains("INSZ"));
    QVERIFY(fr.contains("gestionnaire local"));
    QVERIFY(fr.contains("NISS"));
    QVERIFY(de.contains("lokale Verwalter"));
    QVERIFY(nl.contains("mandaat"));
    QVERIFY(fr.contains("mandat"));
    QVERIFY(de.contains("Mandat"));
    GettingAccessDialog dlg;
    dlg.showLanguage("fr");
    QVERIFY(dlg.browser()->toPlainText().contains("Obtenir"));
    dlg.resize(640, 600);
    dlg.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dlg));
    QVERIFY(dlg.grab().save(QDir(fla::test::artifactsDir()).filePath("getting-access-fr.png")));
}

void TestMainWindow::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("nl") << "nl";
    QTest::newRow("fr") << "fr";
}

void TestMainWindow::screenshots()
{
    QFETCH(QString, language);
    SettingsDialog::applyLanguage(language);
    UiFixture f;
    if (language == "fr")
        f.session->setEmployer(f.source->employers().at(1).uuid);
    MainWindow w(f.session.get());
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    const QDir dir(fla::test::artifactsDir());
    const char *names[] = {"workers",   "trainings", "participations", "rights", "credit",
                           "anomalies", "account",   "plan",           "balance"};
    static_assert(std::size(names) == MainWindow::ViewCount);
    for (int v = 0; v < MainWindow::ViewCount; ++v) {
        w.showView(MainWindow::View(v));
        QCoreApplication::processEvents();
        const QPixmap shot = w.grab();
        QVERIFY(!shot.isNull());
        QVERIFY(
            shot.save(dir.filePath(QString("view-%1-%2.png").arg(QString::fromLatin1(names[v]), language))));
    }
    // The entry dialog, filled in, with a field at fault.
    const Training t = f.source->trainings(f.session->employer()).at(2);
    TrainingDialog dlg(f.session.get(), TrainingDialog::Mode::Edit, t, &w);
    dlg.findChild<QLineEdit *>("endEdit")->setText(t.startDate.addDays(-1).toString("dd/MM/yyyy"));
    dlg.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dlg));
    QVERIFY(dlg.grab().save(dir.filePath(QString("training-dialog-%1.png").arg(language))));
    dlg.hide(); // closing would ask whether to discard the change made for the picture
    CompanyDialog cd(f.session.get(), std::nullopt, &w);
    cd.enterpriseEdit()->setText("0566.988.258");
    cd.show();
    QVERIFY(QTest::qWaitForWindowExposed(&cd));
    QVERIFY(cd.grab().save(dir.filePath(QString("company-dialog-%1.png").arg(language))));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
