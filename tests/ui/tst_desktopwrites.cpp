// The desktop writes through the workspace's one write path: a training saved
// in the app reaches the anomalies of everyone taking part (shown at once in
// the Anomalies view), undo and the fix take them away again, the stored
// anomalies are always those a full validation finds, and a save the
// workspace refuses is told to the user and leaves nothing behind.
#include "Must.h"
#include "StoredAnomalies.h"
#include "TestSupport.h"
#include "UiFixture.h"
#include "WorkspaceFixture.h"
#include "core/storage/ParticipationRepository.h"
#include "core/storage/StatementCache.h"
#include "core/storage/TrainingRepository.h"
#include "ui/MainWindow.h"
#include "ui/views/AnomaliesView.h"

#include <QApplication>
#include <QListWidget>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>
#include <functional>
#include <memory>

using namespace fla;
using namespace fla::ui;

class TestDesktopWrites : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { UiFixture::initApp(); }
    void savedTrainingReachesItsParticipants();
    void refusedSaveIsShownAndLeavesNothing();
    void aTrainingAndItsParticipantsAreKeptWholeOrNotAtAll();
    void unreadableRecordsAreTold();

private:
    // Reads the text of the next message box the window opens (and closes it), into shown.
    void readNextMessageBox(QString *shown);
    // A training of the company with participants, and their uuids.
    static Training trainingWithParticipants(WorkspaceFixture &f, QSet<QUuid> *participations);
    // The training 60 years earlier: nobody was employed then (EM-…, DT-…).
    static Training longBefore(Training t)
    {
        t.startDate = t.startDate.addYears(-60);
        t.endDate = t.endDate.addYears(-60);
        return t;
    }
    // The participations the view lists an anomaly for.
    static QSet<QUuid> flaggedParticipations(AnomaliesView &view)
    {
        QSet<QUuid> out;
        for (const FieldAnomaly &a : view.model()->anomalies()) {
            if (a.kind == RecordKind::Participation)
                out.insert(a.recordUuid);
        }
        return out;
    }
    static bool storedAsValidated(WorkspaceFixture &f, const QString &after)
    {
        return test::sameAnomalies(test::storedAnomalies(f.source->workspace()),
                                   test::validatedAnomalies(f.source->workspace(), f.clock), after);
    }
};

void TestDesktopWrites::readNextMessageBox(QString *shown)
{
    // Polled until the window has opened it (it runs its own event loop).
    auto read = std::make_shared<std::function<void(int)>>();
    *read = [shown, read](int tries) {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            if (tries > 0)
                QTimer::singleShot(20, [read, tries] { (*read)(tries - 1); });
            return;
        }
        *shown = box->windowTitle() + QLatin1Char('\n') + box->text();
        box->accept();
    };
    QTimer::singleShot(0, this, [read] { (*read)(200); });
}

Training TestDesktopWrites::trainingWithParticipants(WorkspaceFixture &f, QSet<QUuid> *participations)
{
    const QUuid employer = f.session->employer();
    for (const Training &t : f.source->trainings(employer)) {
        const QList<Participation> taking = f.source->participantsOf(employer, t.uuid);
        if (taking.size() < 2)
            continue;
        for (const Participation &p : taking)
            participations->insert(p.uuid);
        return t;
    }
    return {};
}

void TestDesktopWrites::savedTrainingReachesItsParticipants()
{
    WorkspaceFixture f(WorkspaceFixture::generatedSet(60));
    QSet<QUuid> taking;
    const Training t = trainingWithParticipants(f, &taking);
    QVERIFY(!t.uuid.isNull());
    AnomaliesView view(f.session.get());
    view.resize(900, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY((flaggedParticipations(view) & taking).isEmpty());
    QVERIFY(storedAsValidated(f, QStringLiteral("the load")));

    // GIVEN the training moved to a time nobody was employed, WHEN it is saved in the app,
    // THEN every participant's record has its anomaly in the view at once.
    const Training moved = longBefore(t);
    QSignalSpy refused(f.session.get(), &Session::errorOccurred);
    f.session->saveRecord(AnyRecord(t), AnyRecord(moved), QStringLiteral("Move the training"));
    QVERIFY2(refused.isEmpty(), refused.isEmpty() ? "" : qPrintable(refused.first().first().toString()));
    QTRY_COMPARE(flaggedParticipations(view) & taking, taking);
    QVERIFY(storedAsValidated(f, QStringLiteral("the training moved")));
    QVERIFY(
        view.grab().save(test::artifactsDir() + QStringLiteral("/desktopwrites-participants-flagged.png")));

    // Undo takes them away, redo brings them back.
    f.session->undoStack()->undo();
    QTRY_VERIFY((flaggedParticipations(view) & taking).isEmpty());
    QVERIFY(storedAsValidated(f, QStringLiteral("undo")));
    f.session->undoStack()->redo();
    QTRY_COMPARE(flaggedParticipations(view) & taking, taking);
    QVERIFY(storedAsValidated(f, QStringLiteral("redo")));

    // The dates typed back (in an editor opened now, on the version stored now): gone.
    Training back = t;
    back.rowVersion =
        std::get<Training>(*f.source->find(RecordKind::Training, t.employerUuid, t.uuid)).rowVersion;
    f.session->saveRecord(AnyRecord(moved), AnyRecord(back), QStringLiteral("Fix the dates"));
    QTRY_VERIFY((flaggedParticipations(view) & taking).isEmpty());
    QVERIFY(storedAsValidated(f, QStringLiteral("the fix")));
}

void TestDesktopWrites::refusedSaveIsShownAndLeavesNothing()
{
    WorkspaceFixture f(WorkspaceFixture::generatedSet(60));
    QSet<QUuid> taking;
    const Training t = trainingWithParticipants(f, &taking);
    QVERIFY(!t.uuid.isNull());
    MainWindow window(f.session.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const qint64 audit = f.auditCount();
    const QByteArray records = test::recordsDigest(f.source->workspace());
    // The workspace refuses the last step of the change: storing the anomalies it reaches.
    QSqlQuery refuse(f.source->workspace().database());
    QVERIFY2(refuse.exec("CREATE TEMP TRIGGER refuse_anomalies BEFORE INSERT ON anomaly "
                         "BEGIN SELECT RAISE(ABORT, 'disk refused'); END"),
             qPrintable(refuse.lastError().text()));

    QString shown;
    readNextMessageBox(&shown);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("disk refused"));
    f.session->saveRecord(AnyRecord(t), AnyRecord(longBefore(t)), QStringLiteral("Move the training"));
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 5000);
    // The user is told which record was not saved, and why.
    QVERIFY2(shown.startsWith(QStringLiteral("Not saved\n")), qPrintable(shown));
    QVERIFY2(shown.contains(t.name) && shown.contains(QStringLiteral("was not saved")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("disk refused")), qPrintable(shown));
    // Nothing of it stayed.
    QCOMPARE(test::recordsDigest(f.source->workspace()), records);
    QCOMPARE(f.auditCount(), audit);
    QCOMPARE(fla::test::must(f.source->workspace().trainings(t.employerUuid).find(t.uuid))->startDate,
             t.startDate);
    QVERIFY(refuse.exec("DROP TRIGGER refuse_anomalies"));
    QVERIFY(storedAsValidated(f, QStringLiteral("the refused save")));
}

// A training and its participants are one change, as the training dialog saves
// them (one group): when the workspace refuses a participant, the training is
// not kept either, and no undo step is left for what was not saved. Kept whole,
// it is one undo step that takes both back.
void TestDesktopWrites::aTrainingAndItsParticipantsAreKeptWholeOrNotAtAll()
{
    WorkspaceFixture f(WorkspaceFixture::generatedSet(60));
    QSet<QUuid> taking;
    const Training t = trainingWithParticipants(f, &taking);
    QVERIFY(!t.uuid.isNull());
    const auto found = f.source->find(RecordKind::Participation, t.employerUuid, *taking.cbegin());
    QVERIFY(found && std::holds_alternative<Participation>(*found));
    const Participation p = std::get<Participation>(*found);
    Participation changed = p;
    changed.followed = !p.followed;
    const Training moved = longBefore(t);
    const int steps = f.session->undoStack()->count();
    const QByteArray records = test::recordsDigest(f.source->workspace());
    const qint64 audit = f.auditCount();
    const auto saveBoth = [&] {
        f.session->beginGroup(QStringLiteral("Edit training"));
        f.session->saveRecord(AnyRecord(t), AnyRecord(moved), QStringLiteral("Edit training"));
        f.session->saveRecord(AnyRecord(p), AnyRecord(changed), QStringLiteral("Participation"));
        return f.session->endGroup();
    };

    QSqlQuery refuse(f.source->workspace().database());
    QVERIFY2(refuse.exec("CREATE TEMP TRIGGER refuse_participants BEFORE UPDATE ON participation "
                         "BEGIN SELECT RAISE(ABORT, 'participant refused'); END"),
             qPrintable(refuse.lastError().text()));
    QSignalSpy told(f.session.get(), &Session::errorOccurred);
    QVERIFY(!saveBoth());
    QVERIFY(!f.session->groupMetUnreachableServer());
    QVERIFY(!told.isEmpty());
    QVERIFY2(told.constFirst().at(0).toString().contains(QStringLiteral("participant refused")),
             qPrintable(told.constFirst().at(0).toString()));
    QCOMPARE(test::recordsDigest(f.source->workspace()), records); // the training was not kept either
    QCOMPARE(f.auditCount(), audit);
    QCOMPARE(f.session->undoStack()->count(), steps);
    QVERIFY(refuse.exec("DROP TRIGGER refuse_participants"));

    QVERIFY(saveBoth());
    QCOMPARE(f.session->undoStack()->count(), steps + 1);
    QCOMPARE(fla::test::must(f.source->workspace().trainings(t.employerUuid).find(t.uuid))->startDate,
             moved.startDate);
    QCOMPARE(fla::test::must(f.source->workspace().participations(t.employerUuid).find(p.uuid))->followed,
             changed.followed);
    f.session->undoStack()->undo();
    QCOMPARE(fla::test::must(f.source->workspace().trainings(t.employerUuid).find(t.uuid))->startDate,
             t.startDate);
    QCOMPARE(fla::test::must(f.source->workspace().participations(t.employerUuid).find(p.uuid))->followed,
             p.followed);
    QVERIFY(storedAsValidated(f, QStringLiteral("the group kept and undone")));
}

void TestDesktopWrites::unreadableRecordsAreTold()
{
    WorkspaceFixture f(WorkspaceFixture::generatedSet(30));
    MainWindow window(f.session.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The trainings cannot be read any more (a damaged or tampered file).
    QSqlQuery drop(f.source->workspace().database());
    QVERIFY2(drop.exec("PRAGMA foreign_keys = OFF") && drop.exec("DROP TABLE training"),
             qPrintable(drop.lastError().text()));
    f.source->workspace().statements().clear();

    QString shown;
    readNextMessageBox(&shown);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("no such table: training"));
    // Every page in turn: the first that shows trainings finds it cannot read them.
    auto *nav = window.findChild<QListWidget *>();
    QVERIFY(nav);
    for (int row = 0; row < nav->count() && shown.isEmpty(); ++row) {
        nav->setCurrentRow(row);
        QTest::qWait(50);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 5000);
    // The user reads what could not be read, and why, instead of an empty list.
    QVERIFY2(shown.startsWith(QStringLiteral("Not read\n")), qPrintable(shown));
    // (the trainings themselves, or the participations joined with them: whichever page comes first)
    QVERIFY2(QRegularExpression("could not read the (training|participation) records of the company")
                 .match(shown)
                 .hasMatch(),
             qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("no such table: training")), qPrintable(shown));
}

QTEST_MAIN(TestDesktopWrites)
#include "tst_desktopwrites.moc"
