// A conflict, offscreen: ours and the platform's version field by field, the fields
// that differ marked; "Keep mine" queues ours again, "Take the platform's" writes the
// platform's (audited); screenshots in nl and fr.

#include "FakeNetwork.h"
#include "Must.h"
#include "SyncWorkspaceFixture.h"
#include "UiFixture.h"

#include "core/storage/AuditRepository.h"
#include "core/sync/JsonMapping.h"
#include "core/sync/PlatformVersions.h"
#include "core/sync/TokenProvider.h"
#include "ui/sync/ConflictDialog.h"

#include <QDir>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

#include "TestSupport.h"

using namespace fla;
using namespace fla::ui;

namespace {

struct Scenario : SyncWorkspaceFixture
{
    Worker jan;
    Training excel;

    Scenario()
    {
        jan = addWorker("Peeters", "Jan", Ssin::compose(85, 7, 30, 33, false), QDate(1985, 7, 30),
                        "Kerkstraat 1, 9000 Gent");
        excel = addTraining("Excel basics", QDate(2025, 2, 10), 6);
        markAllDeclared();
        // The last sync answered conflict for both.
        OutboxRepository outbox = ws->outbox(employer.uuid);
        outbox.setSyncStatus(RecordKind::Worker, jan.uuid, SyncStatus::Conflict);
        outbox.setSyncStatus(RecordKind::Training, excel.uuid, SyncStatus::Conflict);
        PlatformVersions(*ws).setConflict(employer.uuid, RecordKind::Worker, jan.uuid, "\"w2\"");
        PlatformVersions(*ws).setConflict(employer.uuid, RecordKind::Training, excel.uuid, "\"t2\"");
    }
    ConflictCase workerCase()
    {
        Worker there = jan;
        there.familyName = "Peeters-Janssens";
        there.address = "Veldstraat 12, 9000 Gent";
        QString error;
        return ConflictResolver::makeCase(*ws, employer.uuid, jan.uuid, json::fromWorker(there), true,
                                          "\"w2\"", &error);
    }
    ConflictCase trainingCase()
    {
        Training there = excel;
        there.name = "Excel for beginners";
        there.duration = 4;
        QString error;
        return ConflictResolver::makeCase(*ws, employer.uuid, excel.uuid, json::fromTraining(there), true,
                                          "\"t2\"", &error);
    }
};

} // namespace

class TestConflictDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { UiFixture::initApp(); }
    void cleanup() { SettingsDialog::applyLanguage("en"); }
    void showsBothVersionsFieldByField();
    void takeThePlatforms();
    void keepMine();
    void screenshots_data();
    void screenshots();
    void fetchesThePlatformsVersion();
    void wordsItselfAnewWhenTheLanguageChanges();
};

void TestConflictDialog::showsBothVersionsFieldByField()
{
    Scenario s;
    QCOMPARE(fla::test::must(ConflictResolver::conflicts(*s.ws, s.employer.uuid)).size(), 2);
    ConflictDialog dlg(*s.ws, s.workerCase());
    dlg.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dlg));
    QCOMPARE(dlg.findChild<QLabel *>("titleLabel")->text(),
             QString("worker Jan Peeters (%1)").arg(Ssin::mask(s.jan.ssin)));
    QVERIFY(dlg.findChild<QLabel *>("explainLabel")->text().contains("2 field"));
    QTableWidget *t = dlg.table();
    QStringList fields;
    for (int r = 0; r < t->rowCount(); ++r)
        fields.append(t->item(r, 0)->text());
    QCOMPARE(fields, (QStringList{"INSZ", "family name", "given name", "birth date", "language", "address"}));
    // Differing fields stand out and say what differs; the others do not.
    QVERIFY(t->item(1, 0)->font().bold());
    QCOMPARE(t->item(1, 1)->text(), QString("Peeters"));
    QCOMPARE(t->item(1, 2)->text(), QString("Peeters-Janssens"));
    QVERIFY2(t->item(1, 1)->toolTip().contains("family name of worker Jan Peeters"),
             qPrintable(t->item(1, 1)->toolTip()));
    QVERIFY(!t->item(2, 0)->font().bold());
    QCOMPARE(t->item(3, 1)->text(), QString("30/07/1985")); // the locale's date
    // Enter decides nothing; closing leaves the conflict as it was.
    QTest::keyClick(&dlg, Qt::Key_Return);
    QCOMPARE(dlg.resolution(), ConflictDialog::Resolution::None);
    QCOMPARE(toString(fla::test::must(
                 s.ws->outbox(s.employer.uuid).findSyncStatus(RecordKind::Worker, s.jan.uuid))),
             toString(SyncStatus::Conflict));
}

void TestConflictDialog::takeThePlatforms()
{
    Scenario s;
    ConflictDialog dlg(*s.ws, s.workerCase());
    dlg.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dlg));
    QTest::mouseClick(dlg.takeTheirsButton(), Qt::LeftButton);
    QCOMPARE(dlg.resolution(), ConflictDialog::Resolution::TookTheirs);
    QCOMPARE(dlg.result(), int(QDialog::Accepted));
    const Worker now = *fla::test::must(s.ws->workers(s.employer.uuid).find(s.jan.uuid));
    QCOMPARE(now.familyName, QString("Peeters-Janssens"));
    QCOMPARE(now.address, QString("Veldstraat 12, 9000 Gent"));
    QCOMPARE(toString(s.ws->audit(s.employer.uuid).findHistory(s.jan.uuid).value().last().change),
             toString(ChangeKind::Update));
    QCOMPARE(toString(fla::test::must(
                 s.ws->outbox(s.employer.uuid).findSyncStatus(RecordKind::Worker, s.jan.uuid))),
             toString(SyncStatus::Accepted));
    QCOMPARE(s.ws->outbox(s.employer.uuid).findCount(OutboxState::Pending).value(), qint64(0));
    QCOMPARE(PlatformVersions(*s.ws).version(s.jan.uuid)->baseEtag, QString("\"w2\""));
    QCOMPARE(fla::test::must(ConflictResolver::conflicts(*s.ws, s.employer.uuid)),
             QList<QUuid>{s.excel.uuid});
}

void TestConflictDialog::keepMine()
{
    Scenario s;
    ConflictDialog dlg(*s.ws, s.trainingCase());
    dlg.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dlg));
    QVERIFY(dlg.findChild<QLabel *>("explainLabel")->text().contains("2 field"));
    QTest::mouseClick(dlg.keepMineButton(), Qt::LeftButton);
    QCOMPARE(dlg.resolution(), ConflictDialog::Resolution::KeptMine);
    // Ours stays, queued to be declared again over the platform's version the user saw.
    QCOMPARE(fla::test::must(s.ws->trainings(s.employer.uuid).find(s.excel.uuid))->name,
             QString("Excel basics"));
    QCOMPARE(toString(fla::test::must(
                 s.ws->outbox(s.employer.uuid).findSyncStatus(RecordKind::Training, s.excel.uuid))),
             toString(SyncStatus::Queued));
    QCOMPARE(s.ws->outbox(s.employer.uuid).findCount(OutboxState::Pending).value(), qint64(1));
    QCOMPARE(PlatformVersions(*s.ws).version(s.excel.uuid)->baseEtag, QString("\"t2\""));
    QVERIFY(!PlatformVersions(*s.ws).version(s.excel.uuid)->conflict);
}

void TestConflictDialog::screenshots_data()
{
    SyncWorkspaceFixture::screenshotLanguages();
}

void TestConflictDialog::screenshots()
{
    QFETCH(QString, language);
    SettingsDialog::applyLanguage(language);
    Scenario s;
    ConflictDialog dlg(*s.ws, language == "nl" ? s.workerCase() : s.trainingCase());
    dlg.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dlg));
    QVERIFY(
        dlg.grab().save(QDir(fla::test::artifactsDir()).filePath(QString("conflict-%1.png").arg(language))));
}

void TestConflictDialog::wordsItselfAnewWhenTheLanguageChanges()
{
    // An open dialog follows a change of language (ui/dialogs/TranslatedDialog). The dialog is modal, so
    // the user cannot change it meanwhile today; the field names, made in core when the case was made,
    // keep their language.
    Scenario s;
    ConflictDialog dlg(*s.ws, s.workerCase());
    dlg.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dlg));
    QCOMPARE(dlg.windowTitle(), QString("Conflict with the platform"));
    SettingsDialog::applyLanguage("nl");
    QTRY_COMPARE(dlg.windowTitle(), QString("Conflict met het platform")); // the change is posted
    QPushButton *keepMine = dlg.findChild<QPushButton *>("keepMineButton");
    QVERIFY(keepMine);
    QCOMPARE(keepMine->text(), QString("Mijn versie &houden"));
}

void TestConflictDialog::fetchesThePlatformsVersion()
{
    // The constructor the app uses: it fetches the platform's version itself (getTraining, with its ETag).
    Scenario s;
    Training there = s.excel;
    there.name = "Excel for beginners";
    fla::test::FakeQnam nam([&](const fla::test::FakeRequest &r) {
        if (r.url.path().endsWith("/trainings/" + s.excel.uuid.toString(QUuid::WithoutBraces)))
            return fla::test::FakeResponse{
                200, {{"ETag", "\"t9\""}}, QJsonDocument(json::fromTraining(there)).toJson()};
        return fla::test::FakeResponse{404, {}, "{}"};
    });
    StaticTokenProvider tokens("t");
    ConflictDialog dlg(*s.ws, &nam, QUrl("http://platform.test/REST/fla/v1"), &tokens, s.employer.uuid,
                       s.excel.uuid);
    QVERIFY(!dlg.keepMineButton()->isEnabled()); // not before both versions are known
    QTRY_VERIFY(dlg.conflict().isValid());
    QCOMPARE(dlg.conflict().theirEtag, QString("\"t9\""));
    QCOMPARE(dlg.conflict().differingFields(), 1);
    QVERIFY(dlg.keepMineButton()->isEnabled());
    QTest::mouseClick(dlg.keepMineButton(), Qt::LeftButton);
    QCOMPARE(PlatformVersions(*s.ws).version(s.excel.uuid)->baseEtag, QString("\"t9\""));

    // A record the workspace does not have: said so, nothing to click.
    ConflictDialog missing(*s.ws, &nam, QUrl("http://platform.test/REST/fla/v1"), &tokens, s.employer.uuid,
                           QUuid::createUuid());
    QTRY_VERIFY(
        missing.findChild<QLabel *>("explainLabel")->text().contains("is no longer in the workspace"));
    QVERIFY(!missing.keepMineButton()->isEnabled());
    QVERIFY(!missing.takeTheirsButton()->isEnabled());
}

QTEST_MAIN(TestConflictDialog)
#include "tst_conflictdialog.moc"
