// The Sync view as the user reads it after a sync: what needs them (refused,
// conflicts) first and filterable, each company's own last sync, every number
// in the locale's form, and a refused record opened with its field marked.
#include "KeyboardSupport.h"
#include "TestSupport.h"
#include "UiFixture.h"
#include "WorkspaceFixture.h"
#include "core/generate/Generator.h"
#include "core/storage/AnomalyRepository.h"
#include "ui/MainWindow.h"
#include "ui/models/RecordTableModel.h"
#include "ui/sync/SyncStatusFilter.h"
#include "ui/sync/SyncStatusModel.h"
#include "ui/sync/SyncView.h"
#include "ui/views/TrainingsView.h"
#include "ui/views/WorkersView.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTest>

using namespace fla;
using namespace fla::ui;

namespace {

SyncItem item(const QString &label)
{
    SyncItem i;
    i.recordUuid = QUuid::createUuid();
    i.type = RecordKind::Participation;
    i.label = label;
    i.enterpriseNumber = QStringLiteral("0566988259");
    return i;
}

OutboxStore::Completion answer(const SyncItem &i, ItemVerdict verdict)
{
    OutboxStore::Completion c;
    c.entry = i;
    c.outcome.verdict = verdict;
    if (verdict == ItemVerdict::Refused)
        c.outcome.anomalies = {{"PF-003", Severity::Blocking, "ssin", "outside the employment"}};
    return c;
}

} // namespace

class TestSyncViewReading : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { UiFixture::initApp(); }
    void cleanup() { SettingsDialog::applyLanguage("en"); }
    void refusedComeFirstAndCanBeFiltered_data();
    void refusedComeFirstAndCanBeFiltered();
    void lastSyncIsPerCompany();
    void countsInTheLocalesForm();
    void refusedRecordOpensWithItsFieldMarked_data();
    void refusedRecordOpensWithItsFieldMarked();
    void refusedTrainingOpensWithItsFieldMarked();
};

void TestSyncViewReading::refusedComeFirstAndCanBeFiltered_data()
{
    WorkspaceFixture::languages();
}

void TestSyncViewReading::refusedComeFirstAndCanBeFiltered()
{
    QFETCH(QString, language);
    SettingsDialog::applyLanguage(language);
    SyncView view;
    view.resize(1280, 500);
    QList<SyncItem> items;
    for (int n = 0; n < 40; ++n)
        items.append(item(QStringLiteral("Deelname %1").arg(n, 2, 10, QLatin1Char('0'))));
    view.setQueued(items);
    QList<OutboxStore::Completion> done;
    for (int n = 0; n < 40; ++n)
        done.append(answer(items.at(n), n == 27 ? ItemVerdict::Refused : ItemVerdict::Accepted));
    view.model()->complete(done);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTableView *table = view.table();
    // The refused one is the first row, not the 28th.
    QCOMPARE(table->model()->index(0, SyncStatusModel::RecordColumn).data().toString(),
             QString("Deelname 27"));
    view.grab().save(QDir(test::artifactsDir()).filePath(QString("sync-view-sorted-%1.png").arg(language)));

    // "Refused and conflicts" from the Show list, by keyboard: only that one.
    QComboBox *show = view.showFilter();
    show->setFocus();
    QTest::keyClick(show, Qt::Key_Down);
    QCOMPARE(SyncStatusFilter::Show(show->currentData().toInt()), SyncStatusFilter::Show::NeedsAttention);
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, SyncStatusModel::RecordColumn).data().toString(),
             QString("Deelname 27"));
}

void TestSyncViewReading::lastSyncIsPerCompany()
{
    SyncView view;
    const QUuid synced = QUuid::createUuid();
    const QUuid never = QUuid::createUuid();
    view.setCompany(synced);
    SyncSummary s;
    s.finishedAt = QDateTime(QDate(2026, 7, 15), QTime(9, 30), Qt::UTC);
    view.onFinished(s);
    auto lastSyncText = [&view] {
        for (QLabel *l : view.findChildren<QLabel *>()) {
            if (l->text().startsWith("Last sync") || l->text().startsWith("Never"))
                return l->text();
        }
        return QString();
    };
    QVERIFY2(lastSyncText().startsWith("Last sync"), qPrintable(lastSyncText()));
    view.setCompany(never);
    QCOMPARE(lastSyncText(), QString("Never synchronised"));
    view.setCompany(synced);
    QVERIFY(lastSyncText().startsWith("Last sync"));
}

void TestSyncViewReading::countsInTheLocalesForm()
{
    SettingsDialog::applyLanguage("nl");
    SyncView view;
    SyncSummary s;
    s.counts.total = 2600;
    s.counts.accepted = 2589;
    s.counts.refused = 11;
    view.onFinished(s);
    const QString counts = view.countsText();
    QVERIFY2(counts.contains("2.589 ") && counts.contains("2.600"), qPrintable(counts));
    QVERIFY2(!counts.contains(QRegularExpression("\\d{4}")), qPrintable(counts));
}

void TestSyncViewReading::refusedRecordOpensWithItsFieldMarked_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("platformField"); // as the platform names it
    QTest::addColumn<QString>("field");
    QTest::newRow("participation") << int(RecordKind::Participation) << "participations[0].ssin"
                                   << "ssin";
    QTest::newRow("employment") << int(RecordKind::Employment) << "data.jointCommittee"
                                << "jointCommittee";
    QTest::newRow("worker") << int(RecordKind::Worker) << "data.ssin"
                            << "ssin";
}

void TestSyncViewReading::refusedRecordOpensWithItsFieldMarked()
{
    QFETCH(int, kind);
    QFETCH(QString, platformField);
    QFETCH(QString, field);
    WorkspaceFixture f(WorkspaceFixture::generatedSet());
    const QUuid employer = f.session->employer();
    QUuid refused;
    RecordKind entity = RecordKind::Worker;
    switch (RecordKind(kind)) {
    case RecordKind::Participation:
        refused = f.source->participantsOf(employer, f.source->trainings(employer).first().uuid).first().uuid;
        entity = RecordKind::Participation;
        break;
    case RecordKind::Employment:
        refused = f.source->employments(employer).first().uuid;
        entity = RecordKind::Employment;
        break;
    default:
        refused = f.source->workers(employer).first().uuid;
        break;
    }
    // What a sync stores when the platform refuses the record at a field.
    StoredAnomaly a;
    a.entity = entity;
    a.recordUuid = refused;
    a.field = platformField;
    a.code = "PF-003";
    a.severity = Severity::Blocking;
    a.params = QJsonObject{{"source", "platform"}, {"message", "outside the employment"}};
    QVERIFY(f.source->workspace().anomalies(employer).replaceForRecord(a.entity, refused, {a}));
    f.source->notifyChanged(employer);

    MainWindow w(f.session.get());
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    w.openRecord(RecordKind(kind), refused, field); // as the Sync view's Enter does
    auto *workers = static_cast<WorkersView *>(w.view(MainWindow::Workers));
    QTableView *table = RecordKind(kind) == RecordKind::Participation
                            ? static_cast<TrainingsView *>(w.view(MainWindow::Trainings))->participantTable()
                        : RecordKind(kind) == RecordKind::Employment ? workers->employmentTable()
                                                                     : workers->table();
    const QModelIndex current = table->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(current.data(FieldRole).toString(), field);
    QCOMPARE(current.data(SeverityRole).toInt(), int(Severity::Blocking));
    QVERIFY(!current.data(Qt::ToolTipRole).toString().isEmpty()); // the platform's reason, at the cell
}

void TestSyncViewReading::refusedTrainingOpensWithItsFieldMarked()
{
    WorkspaceFixture f(WorkspaceFixture::generatedSet());
    const QUuid employer = f.session->employer();
    const Training refused = f.source->trainings(employer).first();
    // The platform refused the training at its provider: no check of ours finds that.
    StoredAnomaly a;
    a.entity = RecordKind::Training;
    a.recordUuid = refused.uuid;
    a.field = "data.provider";
    a.code = "PF-008";
    a.severity = Severity::Blocking;
    a.params = QJsonObject{{"source", "platform"}, {"message", "provider not recognised"}};
    QVERIFY(
        f.source->workspace().anomalies(employer).replaceForRecord(RecordKind::Training, refused.uuid, {a}));

    MainWindow w(f.session.get());
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QString markedAtOpening;
    QString markedAfterTyping = "not seen";
    keyboard::onModal([&](QWidget *dialog) {
        auto *provider = dialog->findChild<QLineEdit *>("providerEdit");
        markedAtOpening = provider->property("anomaly").toString();
        // Changing the field is what the user does about it: the platform's mark goes.
        provider->setFocus();
        QTest::keyClicks(provider, " Academy");
        markedAfterTyping = provider->property("anomaly").toString();
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->setFocus();
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    });
    w.openRecord(RecordKind::Training, refused.uuid, "provider"); // as the Sync view's Enter does
    QCOMPARE(markedAtOpening, QString("blocking"));
    QCOMPARE(markedAfterTyping, QString());
}

QTEST_MAIN(TestSyncViewReading)
#include "tst_syncviewreading.moc"
