// What the user reads about an anomaly: no placeholders left, listed once,
// fields by their label, sentences that read well in nl and fr, an INSZ as
// typed, and a registration date the training form lets the user fill in.
#include "UiFixture.h"
#include "WorkspaceFixture.h"
#include "core/generate/Generator.h"
#include "core/storage/AnomalyRepository.h"
#include "core/storage/TrainingRepository.h"
#include "ui/data/FieldChecks.h"
#include "ui/dialogs/PasteReportDialog.h"
#include "ui/dialogs/TrainingDialog.h"
#include "ui/dialogs/WorkerDialog.h"
#include "ui/sync/SyncStatusModel.h"
#include "ui/views/AnomaliesView.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

using namespace fla;
using namespace fla::ui;

namespace {

StoredAnomaly dt002(const QUuid &participation, bool fromPlatform)
{
    StoredAnomaly a;
    a.entity = RecordKind::Participation;
    a.recordUuid = participation;
    a.field = QStringLiteral("trainingUuid");
    a.code = QStringLiteral("DT-002");
    a.severity = Severity::Warning;
    if (fromPlatform)
        a.params = QJsonObject{{"source", "platform"}, {"message", "Training outside the employment."}};
    else
        a.params = QJsonObject{{"start", "2026-03-02"}, {"end", "2026-03-03"}};
    return a;
}

} // namespace

class TestAnomalyTexts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { UiFixture::initApp(); }
    void cleanup() { SettingsDialog::applyLanguage("en"); }
    void platformFindingsReadWellAndOnce_data();
    void platformFindingsReadWellAndOnce();
    void registrationDateIsOnTheTrainingForm();
    void refusalReasonsAreSentences();
    void zeroDurationReadsWell_data();
    void zeroDurationReadsWell();
    void partlyTypedSsinReadsAsTyped();
    void pasteSummaryInFrench();
    void wholeMessageOfTheCurrentAnomalyIsShown();
};

void TestAnomalyTexts::platformFindingsReadWellAndOnce_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("trainingLabel");
    QTest::newRow("nl") << "nl"
                        << "Opleiding";
    QTest::newRow("fr") << "fr"
                        << "Formation";
}

void TestAnomalyTexts::platformFindingsReadWellAndOnce()
{
    QFETCH(QString, language);
    QFETCH(QString, trainingLabel);
    SettingsDialog::applyLanguage(language);
    WorkspaceFixture f(WorkspaceFixture::generatedSet());
    const QUuid employer = f.session->employer();
    QList<Participation> parts;
    for (const Training &t : f.source->trainings(employer))
        parts += f.source->participantsOf(employer, t.uuid);
    QVERIFY(parts.size() >= 2);
    // After a sync: our own DT-002 and the platform's on one participation, the platform's alone on another.
    AnomalyRepository repo = f.source->workspace().anomalies(employer);
    QVERIFY(repo.replaceForRecord(RecordKind::Participation, parts.at(0).uuid,
                                  {dt002(parts.at(0).uuid, false), dt002(parts.at(0).uuid, true)}));
    QVERIFY(
        repo.replaceForRecord(RecordKind::Participation, parts.at(1).uuid, {dt002(parts.at(1).uuid, true)}));

    int first = 0;
    int second = 0;
    for (const FieldAnomaly &a : f.source->anomalies(employer)) {
        if (a.code != "DT-002")
            continue;
        QVERIFY2(!a.message.contains('{'), qPrintable(a.message));
        first += a.recordUuid == parts.at(0).uuid ? 1 : 0;
        second += a.recordUuid == parts.at(1).uuid ? 1 : 0;
    }
    QCOMPARE(first, 1);
    QCOMPARE(second, 1);

    // The Anomalies view names the field as the forms do.
    AnomaliesView view(f.session.get());
    view.reload();
    AnomalyModel *model = view.model();
    bool found = false;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QString field = model->index(r, AnomalyModel::FieldColumn).data().toString();
        QVERIFY2(!field.endsWith("Uuid"), qPrintable(field));
        found = found || field == trainingLabel;
    }
    QVERIFY(found);
}

void TestAnomalyTexts::registrationDateIsOnTheTrainingForm()
{
    WorkspaceFixture f(WorkspaceFixture::generatedSet());
    const QUuid employer = f.session->employer();
    Training t = f.source->trainings(employer).first();
    t.registeredOn = QDate(); // entered elsewhere without it
    QVERIFY(f.source->workspace().trainings(employer).save(t));
    t = std::get<Training>(*f.source->find(RecordKind::Training, employer, t.uuid)); // as the form opens it
    auto hasTr003 = [](const TrainingDialog &dlg) {
        const QList<FieldAnomaly> list = dlg.currentAnomalies();
        return std::any_of(list.begin(), list.end(), [](const FieldAnomaly &a) {
            return a.code == "TR-003" && a.field == "registeredOn";
        });
    };
    TrainingDialog dlg(f.session.get(), TrainingDialog::Mode::Edit, t);
    dlg.show();
    QVERIFY(QTest::qWaitForWindowActive(&dlg));
    QVERIFY(hasTr003(dlg));
    // The field the message speaks of is on the form: opening the anomaly goes there, and typing fixes it.
    dlg.focusField("registeredOn");
    auto *registered = dlg.findChild<QLineEdit *>("registeredEdit");
    QVERIFY(registered);
    QTRY_VERIFY(registered->hasFocus());
    QTest::keyClicks(registered, "12/03/2026");
    QVERIFY(!hasTr003(dlg));
    QTest::keyClick(registered, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(dlg.result(), int(QDialog::Accepted));
    const auto saved = f.source->find(RecordKind::Training, employer, t.uuid);
    QCOMPARE(std::get<Training>(*saved).registeredOn, QDate(2026, 3, 12));

    // A new training is registered today (the clock's day), shown on the form; a duplicate too.
    TrainingDialog fresh(f.session.get(), TrainingDialog::Mode::New);
    QCOMPARE(fresh.training().registeredOn, QDate(2026, 7, 15));
    TrainingDialog duplicate(f.session.get(), TrainingDialog::Mode::Duplicate, std::get<Training>(*saved));
    QCOMPARE(duplicate.training().registeredOn, QDate(2026, 7, 15));
}

void TestAnomalyTexts::refusalReasonsAreSentences()
{
    SettingsDialog::applyLanguage("nl");
    SyncStatusModel model;
    SyncItem item;
    item.recordUuid = QUuid::createUuid();
    item.type = RecordKind::Training;
    OutboxStore::Completion c;
    c.entry = item;
    c.outcome.verdict = ItemVerdict::Refused;
    c.outcome.anomalies = {{"DT-001", Severity::Blocking, "endDate", "End date before start date."},
                           {"DU-001", Severity::Blocking, "duration", "Duration not positive."}};
    model.complete({c});
    const QString detail = model.index(0, SyncStatusModel::DetailColumn).data().toString();
    QVERIFY2(!detail.contains(".;") && !detail.contains(". ;"), qPrintable(detail));
    QVERIFY2(detail.contains("DT-001") && detail.contains("DU-001"), qPrintable(detail));
    QVERIFY2(detail.endsWith('.'), qPrintable(detail));
}

void TestAnomalyTexts::zeroDurationReadsWell_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("awkward");
    QTest::newRow("nl") << "nl"
                        << "De duur 0 moet groter zijn dan 0";
    QTest::newRow("fr") << "fr"
                        << "La durée 0 doit être supérieure à 0";
    QTest::newRow("en") << "en"
                        << "The duration 0 must be greater than 0";
}

void TestAnomalyTexts::zeroDurationReadsWell()
{
    QFETCH(QString, language);
    QFETCH(QString, awkward);
    SettingsDialog::applyLanguage(language);
    WorkspaceFixture f(WorkspaceFixture::generatedSet());
    TrainingDialog dlg(f.session.get(), TrainingDialog::Mode::New);
    dlg.findChild<QLineEdit *>("nameEdit")->setText("EHBO");
    QString message;
    for (const FieldAnomaly &a : dlg.currentAnomalies()) {
        if (a.code == "DU-001")
            message = a.message;
    }
    QVERIFY(!message.isEmpty());
    QVERIFY2(!message.contains(awkward), qPrintable(message));
}

void TestAnomalyTexts::partlyTypedSsinReadsAsTyped()
{
    WorkspaceFixture f(WorkspaceFixture::generatedSet());
    WorkerDialog dlg(f.session.get());
    dlg.show();
    QVERIFY(QTest::qWaitForWindowActive(&dlg));
    QTest::keyClicks(dlg.ssinEdit(), "8507300");
    QCOMPARE(dlg.ssinEdit()->text(), QString("85.07.30-0"));
    // The worker is named by the number as typed until a name is typed.
    const QString said = dlg.ssinEdit()->accessibleDescription();
    QVERIFY2(said.contains("85.07.30-0") && !said.contains("8507300"), qPrintable(said));
    // Typed separators are taken as they come; the whole number in its usual form.
    QTest::keyClicks(dlg.ssinEdit(), "33.28");
    QCOMPARE(dlg.ssinEdit()->text(), QString("85.07.30-033.28"));
}

void TestAnomalyTexts::pasteSummaryInFrench()
{
    SettingsDialog::applyLanguage("fr");
    PasteResult r;
    r.rowsRead = 2;
    r.participations.resize(2);
    const QString s = PasteReportDialog::summary(r, PasteReportDialog::Target::Participations);
    QVERIFY2(s.contains("aux participations") && !s.contains("à les"), qPrintable(s));
}

QTEST_MAIN(TestAnomalyTexts)
// A message longer than its column is cut short in the table (the 1280x800
// screenshots showed it): the current anomaly's whole message is shown under it.
void TestAnomalyTexts::wholeMessageOfTheCurrentAnomalyIsShown()
{
    SettingsDialog::applyLanguage("fr");
    UiFixture f;
    AnomaliesView view(f.session.get());
    view.resize(1000, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.shownCount() >= 1);
    QTableView *table = view.table();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Down); // the first anomaly
    const QModelIndex current = table->currentIndex();
    QVERIFY(current.isValid());
    const QString message = current.siblingAtColumn(AnomalyModel::MessageColumn).data().toString();
    bool shown = false;
    for (QLabel *label : view.findChildren<QLabel *>())
        shown |= label->isVisible() && label->wordWrap() && label->text().contains(message);
    QVERIFY2(shown, qPrintable(message));
    SettingsDialog::applyLanguage("en");
}

#include "tst_anomalytexts.moc"
