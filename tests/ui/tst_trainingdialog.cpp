// GIVEN a company with workers, WHEN one training is entered for several of
// them with the keyboard (typing, filtering, picking, pasting INSZ), THEN one
// training and its participations are saved, as one undo step.
#include "TestSupport.h"
#include "UiFixture.h"
#include "core/anomaly/AnomalyEngine.h"
#include "ui/data/FieldChecks.h"
#include "ui/dialogs/ParticipantPickerModel.h"
#include "ui/dialogs/TrainingDialog.h"
#include "ui/widgets/DateLineEdit.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

using namespace fla;
using namespace fla::ui;

class TestTrainingDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { UiFixture::initApp(); }
    void entersOneTrainingForSeveralWorkers();
    void marksFieldsAtFaultWhileTyping();
    void marksAreTheEnginesFindings_data();
    void marksAreTheEnginesFindings();
    void marksACertificateWithoutAttendance();
    void filtersCandidates_data();
    void filtersCandidates();
    void editKeepsAndRemovesParticipants();
    void duplicateMakesNewRecords();
    void costsBoxKeptAndAnUnreadableAmountBlocks();
};

static void typeInto(QWidget *w, const QString &text)
{
    w->setFocus();
    if (auto *e = qobject_cast<QLineEdit *>(w))
        e->selectAll();
    QTest::keyClicks(w, text);
}

void TestTrainingDialog::entersOneTrainingForSeveralWorkers()
{
    UiFixture f;
    const QUuid employer = f.employer();
    const int trainingsBefore = int(f.source->trainings(employer).size());
    const qint64 partsBefore = f.participationTotal();
    TrainingDialog dlg(f.session.get(), TrainingDialog::Mode::New);
    dlg.show();
    QVERIFY(QTest::qWaitForWindowActive(&dlg));

    // WHEN the training is typed in
    typeInto(dlg.findChild<QLineEdit *>("nameEdit"), "Brandpreventie");
    typeInto(dlg.findChild<QLineEdit *>("providerEdit"), "Brandweerschool");
    typeInto(dlg.findChild<QLineEdit *>("startEdit"), "3/11/2025");
    typeInto(dlg.findChild<QLineEdit *>("endEdit"), "03-11-2025");
    auto *duration = dlg.findChild<QDoubleSpinBox *>("durationSpin");
    duration->setFocus();
    duration->selectAll();
    QTest::keyClicks(duration, "3");
    QCOMPARE(duration->value(), 3.0);

    // AND three participants are picked with Space after filtering by name
    QTableView *view = dlg.pickerView();
    auto *search = dlg.findChild<QLineEdit *>("participantSearch");
    const QList<Worker> workers = f.source->workers(employer);
    QStringList picked;
    for (int i : {0, 2, 6}) {
        typeInto(search, workers.at(i).ssin);
        QVERIFY(dlg.pickerProxy()->rowCount() >= 1);
        view->setFocus();
        view->setCurrentIndex(dlg.pickerProxy()->index(0, 1));
        QTest::keyClick(view, Qt::Key_Space);
        picked << workers.at(i).ssin;
    }
    QCOMPARE(dlg.picker()->selectedCount(), 3);
    // AND two more by pasting a column of INSZ (with a header and an unknown number)
    const QString unknown = Ssin::compose(80, 1, 1, 123, false);
    const QStringList missing = dlg.selectBySsinList("INSZ\n" + Ssin::parse(workers.at(7).ssin).display() +
                                                     "\n" + workers.at(8).ssin + "\n" + unknown + "\n");
    QCOMPARE(missing, QStringList{Ssin::parse(unknown).display()});
    QCOMPARE(dlg.picker()->selectedCount(), 5);
    // AND one did not get the certificate but another one did: untick via Space in that column
    search->clear();
    const int row = dlg.picker()->rowOfSsin(workers.at(7).ssin);
    dlg.picker()->setData(dlg.picker()->index(row, ParticipantPickerModel::Certificate), Qt::Checked,
                          Qt::CheckStateRole);

    QVERIFY(dlg.currentAnomalies().isEmpty() ||
            std::none_of(dlg.currentAnomalies().begin(), dlg.currentAnomalies().end(),
                         [](const FieldAnomaly &a) { return a.severity == Severity::Blocking; }));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(dlg.result(), int(QDialog::Accepted));

    // THEN one training and five participations are saved
    const QList<Training> trainings = f.source->trainings(employer);
    QCOMPARE(trainings.size(), trainingsBefore + 1);
    const auto it = std::find_if(trainings.begin(), trainings.end(),
                                 [](const Training &t) { return t.name == "Brandpreventie"; });
    QVERIFY(it != trainings.end());
    QCOMPARE(it->startDate, QDate(2025, 11, 3));
    QCOMPARE(it->endDate, QDate(2025, 11, 3));
    QCOMPARE(it->duration, 3.0);
    QCOMPARE(it->provider, QString("Brandweerschool"));
    const QList<Participation> parts = f.source->participantsOf(employer, it->uuid);
    QCOMPARE(parts.size(), 5);
    int certificates = 0;
    for (const auto &p : parts)
        certificates += p.certificate ? 1 : 0;
    QCOMPARE(certificates, 1);

    // AND one undo removes all of it, redo brings it back
    QCOMPARE(f.session->undoStack()->count(), 1);
    f.session->undoStack()->undo();
    QCOMPARE(f.source->trainings(employer).size(), trainingsBefore);
    QCOMPARE(f.participationTotal(), partsBefore);
    f.session->undoStack()->redo();
    QCOMPARE(f.source->participantsOf(employer, it->uuid).size(), 5);
}

void TestTrainingDialog::marksFieldsAtFaultWhileTyping()
{
    UiFixture f;
    TrainingDialog dlg(f.session.get(), TrainingDialog::Mode::New);
    dlg.show();
    QVERIFY(QTest::qWaitForWindowActive(&dlg));
    auto *start = dlg.findChild<QLineEdit *>("startEdit");
    auto *end = dlg.findChild<QLineEdit *>("endEdit");
    auto *name = dlg.findChild<QLineEdit *>("nameEdit");
    typeInto(name, "Heftruck");
    typeInto(start, "10/10/2025");
    typeInto(end, "09/10/2025");
    // Blocking: end before start (DT-001), named in the tooltip and the accessible description.
    QCOMPARE(end->property("anomaly").toString(), QString("blocking"));
    QVERIFY(end->toolTip().contains("DT-001"));
    QVERIFY(end->accessibleDescription().contains("Heftruck"));
    QCOMPARE(start->property("anomaly").toString(), QString());
    // Fixing it clears the mark at once.
    typeInto(end, "11/10/2025");
    QCOMPARE(end->property("anomaly").toString(), QString());
    // A date that cannot be read is blocking too, with what to write.
    typeInto(start, "31/02/2025");
    QCOMPARE(start->property("anomaly").toString(), QString("blocking"));
    QVERIFY(start->toolTip().contains("dd/mm/yyyy"));
    typeInto(start, "10/10/2025");
    // Warning (looks different): completed but ending in the future (the clock says 15/11/2025).
    typeInto(end, "20/12/2025");
    auto *status = dlg.findChild<QComboBox *>("statusCombo");
    QCOMPARE(status->property("anomaly").toString(), QString("warning"));
    QVERIFY(status->toolTip().contains("DT-004"));
    // Duration 0 is blocking on the duration field.
    auto *duration = dlg.findChild<QDoubleSpinBox *>("durationSpin");
    QCOMPARE(duration->property("anomaly").toString(), QString("blocking"));
    // The list under the form names every finding.
    auto *issues = dlg.findChild<QLabel *>("issuesLabel");
    QVERIFY(issues->text().contains("DU-001") || issues->text().contains("0"));
    QVERIFY(!issues->accessibleDescription().isEmpty());
}

void TestTrainingDialog::marksAreTheEnginesFindings_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<QString>("duration");
    QTest::addColumn<int>("unit"); // index in the unit combo: 0 hours, 1 days
    QTest::addColumn<QString>("code");
    QTest::newRow("end before start") << "10/10/2025"
                                      << "09/10/2025"
                                      << "6" << 0 << "DT-001";
    QTest::newRow("before the register") << "10/10/2023"
                                         << "10/10/2023"
                                         << "6" << 0 << "DT-003";
    QTest::newRow("more days than the period") << "10/10/2025"
                                               << "11/10/2025"
                                               << "3" << 1 << "DU-002";
    QTest::newRow("more than 12 hours a day") << "10/10/2025"
                                              << "10/10/2025"
                                              << "13" << 0 << "DU-003";
}

// The marks while typing are the anomaly engine's: the same codes, severities
// and catalogue messages as the Anomalies view and `fladesk-cli validate`.
void TestTrainingDialog::marksAreTheEnginesFindings()
{
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(QString, duration);
    QFETCH(int, unit);
    QFETCH(QString, code);
    UiFixture f;
    TrainingDialog dlg(f.session.get(), TrainingDialog::Mode::New);
    dlg.show();
    QVERIFY(QTest::qWaitForWindowActive(&dlg));
    typeInto(dlg.findChild<QLineEdit *>("nameEdit"), "Heftruck");
    typeInto(dlg.findChild<QLineEdit *>("startEdit"), start);
    typeInto(dlg.findChild<QLineEdit *>("endEdit"), end);
    dlg.findChild<QComboBox *>("unitCombo")->setCurrentIndex(unit);
    auto *spin = dlg.findChild<QDoubleSpinBox *>("durationSpin");
    spin->selectAll();
    QTest::keyClicks(spin, duration);
    const QList<Anomaly> found = AnomalyEngine(f.clock).validate(dlg.training());
    bool seen = false;
    for (const Anomaly &a : found) {
        seen = seen || a.code == code;
        if (a.severity == Severity::Information)
            continue;
        const QString objectName = a.field == "duration"    ? "durationSpin"
                                   : a.field == "startDate" ? "startEdit"
                                   : a.field == "endDate"   ? "endEdit"
                                   : a.field == "status"    ? "statusCombo"
                                                            : QString();
        if (objectName.isEmpty())
            continue;
        auto *w = dlg.findChild<QWidget *>(objectName);
        QVERIFY2(w->toolTip().contains(a.code), qPrintable(w->toolTip()));
        QVERIFY2(w->toolTip().contains(FieldChecks::catalogueMessage(a)), qPrintable(w->toolTip()));
        QVERIFY(w->toolTip().contains("training \"Heftruck\""));
        QCOMPARE(w->accessibleDescription(), w->toolTip());
        const QString expected =
            QString::fromLatin1(a.severity == Severity::Blocking ? "blocking" : "warning");
        if (expected == "warning" &&
            FieldChecks::worstFor(FieldChecks::checkTraining(dlg.training(), f.clock), a.field) ==
                Severity::Blocking)
            continue; // a worse finding on the same field decides the look
        QCOMPARE(w->property("anomaly").toString(), expected);
    }
    QVERIFY2(seen, qPrintable(code));
}

void TestTrainingDialog::marksACertificateWithoutAttendance()
{
    UiFixture f;
    TrainingDialog dlg(f.session.get(), TrainingDialog::Mode::New);
    auto *view = dlg.findChild<QTableView *>("pickerView");
    QAbstractItemModel *m = view->model();
    QVERIFY(m->setData(m->index(0, ParticipantPickerModel::Selected), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(m->setData(m->index(0, ParticipantPickerModel::Certificate), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(!m->index(0, ParticipantPickerModel::Certificate).data(Qt::ToolTipRole).isValid());
    // Not followed, but a certificate: the engine's PA-004 warning, on the pair of boxes.
    QVERIFY(m->setData(m->index(0, ParticipantPickerModel::Followed), Qt::Unchecked, Qt::CheckStateRole));
    const QModelIndex cert = m->index(0, ParticipantPickerModel::Certificate);
    QVERIFY2(cert.data(Qt::ToolTipRole).toString().contains("PA-004"),
             qPrintable(cert.data(Qt::ToolTipRole).toString()));
    QVERIFY(cert.data(Qt::ToolTipRole)
                .toString()
                .contains(m->index(0, ParticipantPickerModel::Name).data().toString()));
    QCOMPARE(cert.data(Qt::AccessibleDescriptionRole), cert.data(Qt::ToolTipRole));
    QVERIFY(cert.data(Qt::BackgroundRole).isValid());
}

void TestTrainingDialog::filtersCandidates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("committee"); // index in the combo
    QTest::addColumn<int>("status");    // 0 employed, 1 left, 2 all
    QTest::addColumn<int>("expected");
    // The demo's first company: 24 workers in joint committee 118, two of whom left (i % 11 == 5).
    QTest::newRow("all") << "" << 0 << 2 << 24;
    QTest::newRow("employed") << "" << 0 << 0 << 22;
    QTest::newRow("left") << "" << 0 << 1 << 2;
    QTest::newRow("committee 118") << "" << 1 << 2 << 24;
    QTest::newRow("name") << "peeters" << 0 << 2 << 2;
    QTest::newRow("no match") << "zzz" << 0 << 2 << 0;
}

void TestTrainingDialog::filtersCandidates()
{
    QFETCH(QString, text);
    QFETCH(int, committee);
    QFETCH(int, status);
    QFETCH(int, expected);
    UiFixture f;
    TrainingDialog dlg(f.session.get(), TrainingDialog::Mode::New);
    dlg.findChild<QLineEdit *>("participantSearch")->setText(text);
    dlg.findChild<QComboBox *>("committeeFilter")->setCurrentIndex(committee);
    dlg.findChild<QComboBox *>("employmentFilter")->setCurrentIndex(status);
    QCOMPARE(dlg.pickerProxy()->rowCount(), expected);
}

void TestTrainingDialog::editKeepsAndRemovesParticipants()
{
    UiFixture f;
    const QUuid employer = f.employer();
    const Training t = f.source->trainings(employer).at(1);
    const QList<Participation> before = f.source->participantsOf(employer, t.uuid);
    QVERIFY(before.size() >= 2);
    TrainingDialog dlg(f.session.get(), TrainingDialog::Mode::Edit, t);
    QCOMPARE(dlg.picker()->selectedCount(), int(before.size()));
    // Untick the first participant, rename the training.
    QString ssin;
    for (const auto &w : f.source->workers(employer)) {
        if (w.uuid == before.first().workerUuid)
            ssin = w.ssin;
    }
    const int row = dlg.picker()->rowOfSsin(ssin);
    QVERIFY(row >= 0);
    dlg.picker()->setSelected(row, false);
    dlg.findChild<QLineEdit *>("nameEdit")->setText("Renamed");
    QVERIFY(dlg.save());
    QCOMPARE(f.source->participantsOf(employer, t.uuid).size(), before.size() - 1);
    QCOMPARE(std::get<Training>(*f.source->find(RecordKind::Training, employer, t.uuid)).name,
             QString("Renamed"));
    // The kept participations keep their identity (no delete and re-create).
    const QList<Participation> after = f.source->participantsOf(employer, t.uuid);
    for (const auto &p : after)
        QVERIFY(std::any_of(before.begin(), before.end(),
                            [&](const Participation &b) { return b.uuid == p.uuid; }));
    f.session->undoStack()->undo();
    QCOMPARE(f.source->participantsOf(employer, t.uuid).size(), before.size());
    QCOMPARE(std::get<Training>(*f.source->find(RecordKind::Training, employer, t.uuid)).name, t.name);
}

void TestTrainingDialog::duplicateMakesNewRecords()
{
    UiFixture f;
    const QUuid employer = f.employer();
    const Training t = f.source->trainings(employer).at(1);
    const int n = int(f.source->participantsOf(employer, t.uuid).size());
    TrainingDialog dlg(f.session.get(), TrainingDialog::Mode::Duplicate, t);
    QCOMPARE(dlg.picker()->selectedCount(), n);
    QVERIFY(dlg.training().uuid != t.uuid);
    QVERIFY(dlg.save());
    QCOMPARE(f.source->participantsOf(employer, t.uuid).size(), n); // the original is untouched
    QCOMPARE(f.source->participantsOf(employer, dlg.training().uuid).size(), n);
}

// The box "Costs and social balance sheet": amounts typed as Belgians write them,
// the category, sharing and leave, kept in the real workspace; an amount that cannot
// be read blocks saving and names the field; the Alt letter of the box reaches it.
void TestTrainingDialog::costsBoxKeptAndAnUnreadableAmountBlocks()
{
    UiFixture f;
    const QUuid employer = f.employer();
    const Training t = f.source->trainings(employer).at(1);
    TrainingDialog dlg(f.session.get(), TrainingDialog::Mode::Edit, t);
    dlg.show();
    QVERIFY(QTest::qWaitForWindowActive(&dlg));
    auto *category = dlg.findChild<QComboBox *>("categoryCombo");
    QCOMPARE(category->currentData().toInt(), int(StatedCategory::ByKind));
    // Alt + the box's letter goes to its first field.
    auto *box = dlg.findChild<QGroupBox *>("trainingCostsBox");
    const QString title = box->title();
    QTest::keyClick(&dlg, Qt::Key(title.at(title.indexOf('&') + 1).toUpper().unicode()), Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(category));

    category->setCurrentIndex(category->findData(int(StatedCategory::Initial)));
    typeInto(dlg.findChild<QLineEdit *>("costEdit"), "1.250,50");
    typeInto(dlg.findChild<QLineEdit *>("traineePayEdit"), "300");
    typeInto(dlg.findChild<QLineEdit *>("subsidiesEdit"), "twee");
    // Unreadable: blocking, named at the field, not saved.
    const QList<FieldAnomaly> found = dlg.currentAnomalies();
    QVERIFY(std::any_of(found.begin(), found.end(), [](const FieldAnomaly &a) {
        return a.code == "UI-001" && a.field == "subsidiesCents" && a.message.contains("twee");
    }));
    auto *sharing = dlg.findChild<QComboBox *>("costSharingCombo");
    sharing->setCurrentIndex(sharing->findData(int(CostSharing::ByHours)));
    auto *leave = dlg.findChild<QComboBox *>("leaveCombo");
    leave->setCurrentIndex(leave->findData(int(TrainingLeave::PaidEducationalLeave)));
    // TR-005: under leave, still deducted from the right.
    const QList<FieldAnomaly> underLeave = dlg.currentAnomalies();
    QVERIFY(std::any_of(underLeave.begin(), underLeave.end(),
                        [](const FieldAnomaly &a) { return a.code == "TR-005"; }));
    dlg.findChild<QCheckBox *>("deductCheck")->setChecked(false);
    typeInto(dlg.findChild<QLineEdit *>("subsidiesEdit"), "100");
    QVERIFY(dlg.save());

    const Training back = std::get<Training>(*f.source->find(RecordKind::Training, employer, t.uuid));
    QCOMPARE(toString(back.category), "INITIAL");
    QCOMPARE(back.costCents, std::optional<qint64>(125050));
    QCOMPARE(back.traineePayCents, std::optional<qint64>(30000));
    QCOMPARE(back.subsidiesCents, std::optional<qint64>(10000));
    QVERIFY(!back.travelCostCents);
    QCOMPARE(toString(back.costSharing), "BY_HOURS");
    QCOMPARE(toString(back.leave), "PAID_EDUCATIONAL_LEAVE");
    QVERIFY(!back.deductFromRight);
}

QTEST_MAIN(TestTrainingDialog)
#include "tst_trainingdialog.moc"
