// Pull review, offscreen: the platform's differences with the workspace in a table
// (record, field, ours, the platform's), filtered, accepted and rejected per row and
// for all shown; nothing written until "Apply decisions"; screenshots in nl and fr.

#include "FakeNetwork.h"
#include "Must.h"
#include "SyncWorkspaceFixture.h"
#include "UiFixture.h"

#include "core/storage/AuditRepository.h"
#include "core/storage/TrainingRightRepository.h"
#include "core/sync/JsonMapping.h"
#include "core/sync/TokenProvider.h"
#include "ui/sync/PullReviewDialog.h"

#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

#include "TestSupport.h"

using namespace fla;
using namespace fla::ui;

namespace {

// A workspace declared earlier, and what the platform holds for it now.
struct Scenario : SyncWorkspaceFixture
{
    Worker jan, marie;
    Training excel, firstAid;
    PullResult platform;
    Worker pia;
    Training forklift;

    Scenario()
    {
        jan = worker("Peeters", "Jan", 1);
        marie = worker("Dubois", "Marie", 2);
        excel = addTraining("Excel basics", QDate(2025, 2, 10), 4);
        firstAid = addTraining("First aid", QDate(2025, 5, 12), 7);
        // Everything was declared and accepted before.
        OutboxRepository outbox = ws->outbox(employer.uuid);
        for (const auto &[e, u] : {std::pair{RecordKind::Worker, jan.uuid},
                                   {RecordKind::Worker, marie.uuid},
                                   {RecordKind::Training, excel.uuid},
                                   {RecordKind::Training, firstAid.uuid}})
            outbox.setSyncStatus(e, u, SyncStatus::Accepted);
        markAllDeclared();

        // The platform: Jan's family name changed there, Excel is shorter, First aid is gone;
        // a new worker, a training registered by a provider with Marie in it, a computed right.
        platform.ok = true;
        platform.enterpriseNumber = employer.enterpriseNumber;
        Worker janThere = jan;
        janThere.familyName = "Peeters-Janssens";
        pia = Worker{};
        pia.uuid = QUuid::createUuid();
        pia.ssin = Ssin::compose(90, 2, 14, 321, false);
        pia.familyName = "Platformson";
        pia.givenName = "Pia";
        pia.language = Language::Dutch;
        platform.data.workers = {janThere, marie, pia};
        for (const Worker &w : std::as_const(platform.data.workers))
            platform.ssinOf.insert(w.uuid, w.ssin);
        Training excelThere = excel;
        excelThere.duration = 3.5;
        forklift = Training{};
        forklift.uuid = QUuid::createUuid();
        forklift.name = "Forklift safety";
        forklift.provider = "Safety Academy";
        forklift.startDate = forklift.endDate = QDate(2025, 3, 3);
        forklift.duration = 8;
        platform.data.trainings = {excelThere, forklift};
        platform.providerTrainings.insert(forklift.uuid);
        Participation p;
        p.uuid = QUuid::createUuid();
        p.trainingUuid = forklift.uuid;
        p.workerUuid = marie.uuid;
        platform.data.participations = {p};
        TrainingRight r;
        r.uuid = QUuid::createUuid();
        r.workerUuid = marie.uuid;
        r.year = 2025;
        r.amount = 5;
        r.origin = RightOrigin::Platform;
        platform.data.rights = {r};
    }
    Worker worker(const QString &family, const QString &given, int n)
    {
        return addWorker(family, given, Ssin::compose(80 + n, 3, 10 + n, 100 + n, false));
    }
};

int rowOf(const PullReviewDialog &dlg, const QUuid &record, const QString &field = {})
{
    const QAbstractItemModel *m = dlg.table()->model();
    for (int r = 0; r < m->rowCount(); ++r) {
        const int diff = m->index(r, 0).data(Qt::UserRole + 1).toInt();
        const PullDifference &d = dlg.review().differences.at(diff);
        if (d.recordUuid == record && d.field == field)
            return r;
    }
    return -1;
}

} // namespace

class TestPullReviewDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { UiFixture::initApp(); }
    void cleanup() { SettingsDialog::applyLanguage("en"); }
    void showsTheDifferencesAndAppliesOnlyOnConfirm();
    void screenshots_data();
    void screenshots();
    void reportsWhatCannotBeApplied();
    void fetchesFromThePlatform();
};

void TestPullReviewDialog::showsTheDifferencesAndAppliesOnlyOnConfirm()
{
    Scenario s;
    PullReviewDialog dlg(*s.ws, s.employer.uuid, s.platform);
    dlg.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dlg));
    // 5 new (Pia, Forklift, its participation, the right … and no employment), 2 changed fields, 1 missing.
    QCOMPARE(dlg.review().count(PullChange::New), 4);
    QCOMPARE(dlg.review().count(PullChange::Changed), 2);
    QCOMPARE(dlg.review().count(PullChange::Missing), 1);
    QCOMPARE(dlg.table()->model()->rowCount(), 7);
    QVERIFY2(dlg.statusText().contains("7 difference") && dlg.statusText().contains("Bakkerij Peeters"),
             qPrintable(dlg.statusText()));

    // The row of the changed family name reads: record, field, ours, the platform's; the message names both.
    const int family = rowOf(dlg, s.jan.uuid, "familyName");
    QVERIFY(family >= 0);
    const QAbstractItemModel *m = dlg.table()->model();
    QCOMPARE(m->index(family, 1).data().toString(),
             QString("worker Jan Peeters (%1)").arg(Ssin::mask(s.jan.ssin)));
    QCOMPARE(m->index(family, 2).data().toString(), QString("family name"));
    QCOMPARE(m->index(family, 3).data().toString(), QString("Peeters"));
    QCOMPARE(m->index(family, 4).data().toString(), QString("Peeters-Janssens"));
    // The shorter Excel: the schema's label, the typed values as core formatted them.
    const int duration = rowOf(dlg, s.excel.uuid, "duration");
    QVERIFY(duration >= 0);
    QCOMPARE(m->index(duration, 2).data().toString(), QString("duration"));
    QCOMPARE(m->index(duration, 3).data().toString(), QLocale().toString(4));
    QCOMPARE(m->index(duration, 4).data().toString(), QLocale().toString(3.5));
    // A new record reads as its first labelled fields.
    const int pia = rowOf(dlg, s.pia.uuid);
    QVERIFY(pia >= 0);
    QCOMPARE(m->index(pia, 2).data().toString(), QString("whole record"));
    QCOMPARE(m->index(pia, 4).data().toString(),
             QString("INSZ %1 · family name Platformson · given name Pia · language Dutch")
                 .arg(Ssin::parse(s.pia.ssin).display()));
    dlg.table()->selectRow(family);
    QVERIFY2(
        dlg.detailText().contains("the platform has family name “Peeters-Janssens” where the workspace has "
                                  "“Peeters”"),
        qPrintable(dlg.detailText()));

    auto *apply = dlg.findChild<QPushButton *>("applyButton");
    QVERIFY(!apply->isEnabled()); // nothing decided yet
    // Reject that row with the button.
    QTest::mouseClick(dlg.findChild<QPushButton *>("rejectButton"), Qt::LeftButton);
    QCOMPARE(m->index(family, 5).data().toString(), QString("Reject"));
    QVERIFY(apply->isEnabled());

    // Show only what is new on the platform, accept all of it.
    auto *changes = dlg.findChild<QComboBox *>("changeFilter");
    changes->setCurrentIndex(changes->findData(int(PullChange::New)));
    QCOMPARE(m->rowCount(), 4);
    QTest::mouseClick(dlg.findChild<QPushButton *>("acceptAllButton"), Qt::LeftButton);
    // Only trainings: the provider's one is there and marked so.
    auto *kinds = dlg.findChild<QComboBox *>("entityFilter");
    kinds->setCurrentIndex(kinds->findData(int(RecordKind::Training)));
    QCOMPARE(m->rowCount(), 1);
    QVERIFY(m->index(0, 1).data().toString().contains("registered by a training provider"));
    QCOMPARE(m->index(0, 5).data().toString(), QString("Accept"));
    // What the platform no longer holds: reject (keep ours).
    kinds->setCurrentIndex(0);
    changes->setCurrentIndex(changes->findData(int(PullChange::Missing)));
    QCOMPARE(m->rowCount(), 1);
    QCOMPARE(m->index(0, 4).data().toString(), QString("(no longer on the platform)"));
    QTest::mouseClick(dlg.findChild<QPushButton *>("rejectAllButton"), Qt::LeftButton);
    changes->setCurrentIndex(0);
    QCOMPARE(m->rowCount(), 7);
    QCOMPARE(dlg.findChild<QLabel *>("countsLabel")->text(),
             QString("4 to accept, 2 to reject, 1 undecided"));

    // Nothing is written before the user confirms.
    QVERIFY(!fla::test::must(s.ws->workers(s.employer.uuid).find(s.pia.uuid)));
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(dlg.result(), int(QDialog::Accepted));
    QCOMPARE(dlg.applied().written, 4);
    QCOMPARE(dlg.applied().rejected, 2);
    QVERIFY(fla::test::must(s.ws->workers(s.employer.uuid).find(s.pia.uuid)));
    QCOMPARE(s.ws->audit(s.employer.uuid).findHistory(s.pia.uuid).value().size(), 1);
    QCOMPARE(fla::test::must(s.ws->trainings(s.employer.uuid).find(s.forklift.uuid))->provider,
             QString("Safety Academy"));
    QCOMPARE(fla::test::must(s.ws->workers(s.employer.uuid).find(s.jan.uuid))->familyName,
             QString("Peeters"));
    QCOMPARE(fla::test::must(s.ws->trainings(s.employer.uuid).find(s.excel.uuid))->duration,
             4.0); // undecided: unchanged
    QVERIFY(fla::test::must(s.ws->trainings(s.employer.uuid).find(s.firstAid.uuid)));

    // Opened again: the rejected ones are not asked again, the undecided one is.
    PullReviewDialog again(*s.ws, s.employer.uuid, s.platform);
    QCOMPARE(again.review().differences.size(), 1);
    QCOMPARE(again.review().differences.first().field, QString("duration"));
    QCOMPARE(again.review().rejectedBefore, 2);
    QVERIFY2(again.statusText().contains("you rejected before are not shown"),
             qPrintable(again.statusText()));
    // Cancel writes nothing.
    again.decideShown(PullDecision::Accept);
    QTest::mouseClick(again.findChild<QPushButton *>("cancelButton"), Qt::LeftButton);
    QCOMPARE(again.result(), int(QDialog::Rejected));
    QCOMPARE(fla::test::must(s.ws->trainings(s.employer.uuid).find(s.excel.uuid))->duration, 4.0);
}

void TestPullReviewDialog::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("familyName"); // the schema's label, translated
    QTest::newRow("nl") << "nl"
                        << "familienaam";
    QTest::newRow("fr") << "fr"
                        << "nom de famille";
}

void TestPullReviewDialog::screenshots()
{
    QFETCH(QString, language);
    QFETCH(QString, familyName);
    SettingsDialog::applyLanguage(language);
    Scenario s;
    PullReviewDialog dlg(*s.ws, s.employer.uuid, s.platform);
    dlg.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dlg));
    // The field column is the schema's label in the interface's language.
    const int family = rowOf(dlg, s.jan.uuid, "familyName");
    QCOMPARE(dlg.table()->model()->index(family, 2).data().toString(), familyName);
    dlg.table()->selectRow(family);
    dlg.decideSelected(PullDecision::Reject);
    dlg.table()->selectRow(rowOf(dlg, s.pia.uuid));
    dlg.decideSelected(PullDecision::Accept);
    QCoreApplication::processEvents();
    QVERIFY(dlg.grab().save(
        QDir(fla::test::artifactsDir()).filePath(QString("pull-review-%1.png").arg(language))));
}

void TestPullReviewDialog::reportsWhatCannotBeApplied()
{
    Scenario s;
    PullReviewDialog dlg(*s.ws, s.employer.uuid, s.platform);
    dlg.show();
    // The participation without its training: refused with a message naming the record, nothing written.
    for (int r = 0; r < dlg.review().differences.size(); ++r) {
        const PullDifference &d = dlg.review().differences.at(r);
        if (d.entity == RecordKind::Participation || d.entity == RecordKind::Worker) {
            dlg.table()->selectRow(rowOf(dlg, d.recordUuid, d.field));
            dlg.decideSelected(PullDecision::Accept);
        }
    }
    QTest::mouseClick(dlg.findChild<QPushButton *>("applyButton"), Qt::LeftButton);
    QVERIFY(dlg.isVisible());
    auto *error = dlg.findChild<QLabel *>("errorLabel");
    QVERIFY2(
        error->text().startsWith("Nothing was changed: participation of Marie Dubois in “Forklift safety”") &&
            error->text().contains("Accept the training as well"),
        qPrintable(error->text()));
    QVERIFY(!fla::test::must(s.ws->workers(s.employer.uuid).find(s.pia.uuid)));
}

void TestPullReviewDialog::fetchesFromThePlatform()
{
    // The constructor the app uses: it pulls the employer itself (the platform faked at the network).
    Scenario s;
    const auto page = [](const QJsonArray &items) {
        return fla::test::FakeResponse{200, {}, QJsonDocument(QJsonObject{{"items", items}}).toJson()};
    };
    QJsonObject forklift = json::fromTraining(s.forklift);
    forklift.insert("registeredBy", "PROVIDER");
    bool down = false;
    fla::test::FakeQnam nam([&](const fla::test::FakeRequest &r) {
        if (down)
            return fla::test::FakeResponse{503,
                                           {},
                                           R"({"type":"urn:problem-type:belgif:serviceUnavailable",)"
                                           R"("title":"Service Unavailable","status":503})"};
        const QString path = r.url.path();
        if (path.endsWith("/workers"))
            return page({json::fromWorker(s.jan), json::fromWorker(s.marie), json::fromWorker(s.pia)});
        if (path.endsWith("/trainings"))
            return page({json::fromTraining(s.excel), json::fromTraining(s.firstAid), forklift});
        return page({});
    });
    StaticTokenProvider tokens("t");
    PullReviewDialog dlg(*s.ws, &nam, QUrl("http://platform.test/REST/fla/v1"), &tokens, s.employer.uuid);
    QVERIFY(dlg.isFetching());
    QVERIFY2(dlg.statusText().startsWith("Fetching what the platform holds for Bakkerij Peeters"),
             qPrintable(dlg.statusText()));
    QTRY_VERIFY(!dlg.isFetching());
    QCOMPARE(dlg.review().differences.size(), 2);
    QCOMPARE(dlg.review().count(PullChange::New), 2);
    QVERIFY(dlg.review().differences.at(1).fromProvider);
    QVERIFY(nam.requests.first().request.rawHeader("Authorization") == "Bearer t");

    // A platform that does not answer (after the pull's retries): said so, nothing to decide.
    down = true;
    PullOptions quick;
    quick.maxAttempts = 2;
    quick.baseBackoffMs = 10;
    PullReviewDialog failing(*s.ws, &nam, QUrl("http://platform.test/REST/fla/v1"), &tokens, s.employer.uuid,
                             nullptr, quick);
    QTRY_VERIFY(!failing.isFetching());
    QVERIFY2(failing.statusText().contains("HTTP 503"), qPrintable(failing.statusText()));
    QCOMPARE(failing.table()->model()->rowCount(), 0);
    QVERIFY(!failing.findChild<QPushButton *>("applyButton")->isEnabled());
}

QTEST_MAIN(TestPullReviewDialog)
#include "tst_pullreviewdialog.moc"
