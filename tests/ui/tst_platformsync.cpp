// The whole path of the desktop app, as the README's run command offers it: the
// demo workspace (a real SQLite file, every record in the outbox), the built-in
// sandbox platform in this process on loopback, "Sync now" asking to sign in,
// the sign-in in a real headless Chromium (or, for the other cases, a browser
// made of a QNetworkAccessManager), the declaration, and the Sync view showing
// the platform's answer: accepted for the good records, refused with the
// anomaly on the right field for the bad one, which Enter opens at that
// field (story d of issue 14, keys only). And a company the identity has no mandate for: nothing sent,
// and the view says why. Screenshots of the Sync view and the sign-in dialog
// in nl and fr.

#include "AuthTestSupport.h"
#include "KeyboardSupport.h"
#include "Must.h"
#include "RunningClock.h"
#include "TestSupport.h"
#include "core/common/Clock.h"
#include "core/domain/EnterpriseNumber.h"
#include "core/storage/OutboxRepository.h"
#include "core/storage/TrainingRepository.h"
#include "core/storage/Workspace.h"
#include "core/sync/JsonMapping.h"
#include "core/sync/SyncRunner.h"
#include "sandbox/platform/DemoPlatform.h"
#include "ui/MainWindow.h"
#include "ui/app/DeskApp.h"
#include "ui/app/Session.h"
#include "ui/auth/SignInDialog.h"
#include "ui/data/DemoData.h"
#include "ui/data/StorageDataSource.h"
#include "ui/data/WorkspaceSource.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/models/RecordTableModel.h"
#include "ui/sync/ArchiveAllDialog.h"
#include "ui/sync/ConflictDialog.h"
#include "ui/sync/PlatformController.h"
#include "ui/sync/SyncStatusModel.h"
#include "ui/sync/SyncView.h"
#include "ui/views/TrainingsView.h"
#include "ui/widgets/FieldMarker.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace fla;
using namespace fla::ui;
using keyboard::mnemonic;

// The system browser as QDesktopServices::openUrl sees it.
class Browser : public QObject
{
    Q_OBJECT
public:
    enum Mode
    {
        Chromium, // real headless Chromium, signing in as `identity`
        Network,  // a QNetworkAccessManager following the sign-in as `identity`
        Nobody    // the user has not clicked yet
    };
    Mode mode = Network;
    QString identity = "chloe";
    QString workDir;
    QList<QUrl> opened;
    QProcess chromium;
    fla::test::FakeBrowser network;

    ~Browser() override
    {
        if (chromium.state() != QProcess::NotRunning) {
            chromium.kill();
            chromium.waitForFinished(5000);
        }
    }

public slots:
    void openUrl(const QUrl &url)
    {
        opened << url;
        if (mode == Nobody)
            return;
        if (mode == Network) {
            network.extra = {{"identity", identity}, {"key", "eid"}};
            network.open(url);
            return;
        }
        // What the sandbox's page does when the user clicks "Sign in with eID" for this identity.
        const QString target = QString::fromLatin1(url.toEncoded()) + "&identity=" + identity + "&key=eid";
        chromium.setProgram(QStandardPaths::findExecutable("chromium"));
        chromium.setArguments({"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                               "--no-first-run", "--disable-background-networking",
                               "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                               "--user-data-dir=" + workDir + "/chromium-profile", "--dump-dom", target});
        chromium.setStandardOutputFile(workDir + "/chromium-dom.html");
        chromium.setStandardErrorFile(workDir + "/chromium.log");
        chromium.start();
    }
};

class TestPlatformSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void demoWorkspaceIsReadyToDeclare();
    void storyD_f9DeclaresAndTheRefusedFieldIsMarked();
    void companyWithoutMandateIsNotSent();
    void conflictIsResolvedFromTheSyncView();
    void archivesEveryCompanyFromTheMenu();
    void productionClosedFrom2027();
    void screenshots_data();
    void screenshots();

private:
    // A desktop app over a fresh demo workspace, on the in-process sandbox.
    std::unique_ptr<DeskApp> openDemo(const QString &name, DemoWorkspaceSet *demo = nullptr,
                                      const Clock *clock = nullptr);
    void selectCompany(DeskApp &desk, int index);
    QUuid companyAt(DeskApp &desk, int index);
    static int rowOf(QTableView *table, const QUuid &uuid);

    QTemporaryDir m_dir;
    // The desktop's clock: a day in the FLA's last year, whatever today is.
    test::RunningClock m_clock{QDateTime(QDate(2026, 9, 14), QTime(9, 30), Qt::UTC)};
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    Browser m_browser;
};

void TestPlatformSync::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName("FLA Desk tests");
    QApplication::setApplicationName("platform sync tests");
    ui::SettingsDialog::applyLanguage("en");
    qApp->setStyleSheet(ui::fieldMarkerStyleSheet());
    qRegisterMetaType<fla::SyncSummary>();
    sandbox::DemoPlatformOptions o;
    o.port = 0;
    o.dataDir = m_dir.filePath("sandbox");
    o.clock = &m_clock;
    QString error;
    m_sandbox = sandbox::startDemoPlatform(&error, o);
    QVERIFY2(m_sandbox, qPrintable(error));
    m_browser.workDir = m_dir.path();
    QDesktopServices::setUrlHandler("http", &m_browser, "openUrl");
}

void TestPlatformSync::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler("http");
    // Chromium leaves read-only files in its profile: make them removable.
    fla::test::makeRemovable(m_dir.path());
}

void TestPlatformSync::cleanup()
{
    ui::SettingsDialog::applyLanguage("en");
    m_browser.mode = Browser::Network;
    m_browser.identity = "chloe";
}

std::unique_ptr<DeskApp> TestPlatformSync::openDemo(const QString &name, DemoWorkspaceSet *demo,
                                                    const Clock *clock)
{
    QString error;
    auto source = ui::createDemoWorkspace(m_dir.filePath(name + ".fladesk"), m_clock, 150, &error);
    if (!source) {
        qWarning("demo workspace not created: %s", qPrintable(error));
        return nullptr;
    }
    if (demo)
        *demo = demoWorkspaceSet(150);
    auto desk = std::make_unique<DeskApp>(clock ? *clock : m_clock);
    desk->setBuiltInSandbox(m_sandbox->baseUrl());
    desk->openSource(std::move(source));
    // The user's settings may name another Sandbox address: this test's sandbox it is.
    auth::EnvironmentConfig env = auth::EnvironmentSettings::defaults(auth::Environment::Sandbox);
    env.issuer = m_sandbox->issuer();
    env.apiBaseUrl = QUrl(m_sandbox->baseUrl().toString() + "/REST/fla/v1");
    desk->platform()->setEnvironment(env);
    desk->window()->resize(1280, 800);
    desk->window()->show();
    return desk;
}

QUuid TestPlatformSync::companyAt(DeskApp &desk, int index)
{
    return desk.session()->source()->employers().at(index).uuid;
}

void TestPlatformSync::selectCompany(DeskApp &desk, int index)
{
    desk.session()->setEmployer(companyAt(desk, index));
}

int TestPlatformSync::rowOf(QTableView *table, const QUuid &uuid)
{
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, 0).data(SyncStatusModel::RecordUuidRole).toUuid() == uuid)
            return r;
    }
    return -1;
}

void TestPlatformSync::demoWorkspaceIsReadyToDeclare()
{
    DemoWorkspaceSet demo;
    std::unique_ptr<DeskApp> desk = openDemo("ready", &demo);
    QVERIFY(desk && desk->platform());
    // Three companies: two the sandbox's Chloé Dubois may act for, one nobody may.
    const QList<Employer> employers = desk->session()->source()->employers();
    QCOMPARE(employers.size(), 3);
    QCOMPARE(employers.at(0).enterpriseNumber, demoEnterpriseNumbers().at(0));
    const auth::Environment sandboxEnv = auth::Environment::Sandbox;
    QCOMPARE(desk->platform()->environment().environment, sandboxEnv);
    QVERIFY(m_sandbox->identity("chloe")->enterprises.contains(demoEnterpriseNumbers().at(0)));
    QVERIFY(m_sandbox->identity("chloe")->enterprises.contains(demoEnterpriseNumbers().at(1)));
    for (const auto &id : m_sandbox->identities())
        QVERIFY(!id.enterprises.contains(demoEnterpriseNumbers().at(2)));
    // Every record waits in the outbox, with its status "queued".
    auto *storage = qobject_cast<StorageDataSource *>(desk->session()->source());
    QVERIFY(storage);
    OutboxRepository outbox = storage->workspace().outbox(employers.at(0).uuid);
    QVERIFY(fla::test::must(outbox.findSyncStatus(RecordKind::Participation, demo.refusedParticipation)) ==
            SyncStatus::Queued);
    // The window: a Platform menu, the Sync page in the navigation, the indicator in the status bar.
    MainWindow *w = desk->window();
    QMenu *menu = w->findChild<QMenu *>("menuPlatform");
    QVERIFY(menu);
    QCOMPARE(menu->title(), QString("&Platform"));
    QCOMPARE(w->menuBar()->actions().last()->text(), QString("&Help"));
    QCOMPARE(desk->platform()->action("syncNow")->shortcut(), QKeySequence(Qt::Key_F9));
    auto *indicator = w->statusBar()->findChild<QLabel *>("platformIndicator");
    QVERIFY(indicator);
    QCOMPARE(indicator->text(), QString("Sandbox: not signed in"));
    desk->platform()->showSyncView();
    SyncView *view = desk->platform()->syncView();
    QTRY_VERIFY(view->isVisible());
    QTRY_VERIFY(view->model()->rowCount() > 50); // what waits for the current company
    QVERIFY(view->noticeText().contains("Sign in to declare"));
    QVERIFY(view->noticeText().contains("access:")); // the Getting access guide
    // A user edit is queued too (the outbox row in the same transaction).
    Training t = storage->trainings(employers.at(0).uuid).first();
    t.name += " (bis)";
    QString error;
    QVERIFY2(storage->save(t, &error), qPrintable(error));
    QVERIFY(
        fla::test::must(
            storage->workspace().outbox(employers.at(0).uuid).findSyncStatus(RecordKind::Training, t.uuid)) ==
        SyncStatus::Queued);
}

void TestPlatformSync::storyD_f9DeclaresAndTheRefusedFieldIsMarked()
{
    if (QStandardPaths::findExecutable("chromium").isEmpty())
        QSKIP("chromium is not installed (Debian package `chromium`, in scripts/install-deps.sh)");
    DemoWorkspaceSet demo;
    std::unique_ptr<DeskApp> desk = openDemo("browser", &demo);
    QVERIFY(desk);
    PlatformController *platform = desk->platform();
    MainWindow *w = desk->window();
    selectCompany(*desk, 0);
    QVERIFY(QTest::qWaitForWindowActive(w));
    m_browser.mode = Browser::Chromium;
    m_browser.identity = "chloe";
    QSignalSpy finished(platform, &PlatformController::syncFinished);

    // GIVEN nobody signed in, WHEN the user presses F9 (Sync now)
    QTest::keyClick(w, Qt::Key_F9);
    // THEN the sign-in dialog opens the sandbox's page in the system browser (Chromium)...
    QTRY_VERIFY(platform->signInDialog() || platform->isSignedIn());
    QTRY_VERIFY_WITH_TIMEOUT(platform->isSignedIn(), 60000);
    QCOMPARE(platform->signedIn().name, QString::fromUtf8("Chlo\xc3\xa9 Dubois"));
    QVERIFY(
        m_browser.opened.last().toString().startsWith(m_sandbox->baseUrl().toString() + "/oauth/authorize?"));
    // ... which ends on the app's own page ...
    QTRY_VERIFY_WITH_TIMEOUT(m_browser.chromium.state() == QProcess::NotRunning, 20000);
    QFile dom(m_dir.filePath("chromium-dom.html"));
    QVERIFY(dom.open(QIODevice::ReadOnly));
    QVERIFY(dom.readAll().contains("You are signed in."));
    // ... and the declaration goes on by itself.
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    const SyncSummary summary = finished.first().first().value<SyncSummary>();
    QVERIFY2(!summary.offline && !summary.authenticationRequired, qPrintable(summary.messages.join('\n')));

    // The Sync view: every record accepted but the bad one, refused with the platform's reason.
    SyncView *view = platform->syncView();
    QVERIFY(view->isVisible());
    SyncStatusModel *model = view->model();
    const int total = model->rowCount();
    QVERIFY(total > 50);
    QCOMPARE(summary.counts.total, total);
    QCOMPARE(model->count(SyncStatus::Refused), 1);
    QCOMPARE(model->count(SyncStatus::Accepted) + model->count(SyncStatus::AcceptedWithWarnings), total - 1);
    // Numbers as the interface's locale writes them (1.496 in Belgium).
    QVERIFY2(view->countsText().contains(QString("%1 of %1 done").arg(QLocale().toString(total))),
             qPrintable(view->countsText()));
    QTableView *table = view->table();
    const int row = rowOf(table, demo.refusedParticipation);
    QVERIFY(row >= 0);
    const QModelIndex status = table->model()->index(row, SyncStatusModel::StatusColumn);
    QCOMPARE(status.data().toString(), QString("Refused"));
    const QString detail = table->model()->index(row, SyncStatusModel::DetailColumn).data().toString();
    QVERIFY2(detail.contains("PF-003, field INSZ") && detail.contains("outside the worker's employment"),
             qPrintable(detail));
    const QString field = status.data(SyncStatusModel::FieldRole).toString();
    QCOMPARE(field, QString("ssin"));
    // The platform's anomaly is kept on the record's field (the Anomalies view lists it).
    bool stored = false;
    for (const FieldAnomaly &a : desk->session()->source()->anomalies(companyAt(*desk, 0)))
        stored |= a.code == "PF-003" && a.recordUuid == demo.refusedParticipation && a.field == "ssin";
    QVERIFY(stored);
    // The status bar names who is signed in.
    QCOMPARE(w->statusBar()->findChild<QLabel *>("platformIndicator")->text(),
             QString::fromUtf8("Sandbox: signed in as Chlo\xc3\xa9 Dubois"));

    // Keys only: Alt+W, the "Show" filter, Down to what needs attention (the refused record
    // alone), Tab into the table, Enter: the record opens at the field at fault.
    w->activateWindow(); // the offscreen platform does not give it back after the sign-in dialog
    QVERIFY(QTest::qWaitForWindowActive(w));
    QTest::keyClick(w, mnemonic(view->findChild<QLabel *>("syncShowLabel")->text()), Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), view->findChild<QComboBox *>("syncShowFilter"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), table);
    QCOMPARE(table->currentIndex().data(SyncStatusModel::RecordUuidRole).toUuid(), demo.refusedParticipation);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(w->currentView(), MainWindow::Trainings);
    auto *participants = w->view(MainWindow::Trainings)->findChild<QTableView *>("participantTable");
    QVERIFY(participants);
    const QModelIndex at = participants->currentIndex();
    QVERIFY(at.isValid());
    QCOMPARE(participants->model()->headerData(at.column(), Qt::Horizontal).toString(), QString("INSZ"));
    QVERIFY(participants->model()->index(at.row(), 0).data().toString().contains("Vermeulen"));
    // The cell is marked with the platform's refusal, its reason at hand.
    QCOMPARE(at.data(ui::SeverityRole).toInt(), int(Severity::Blocking));
    QVERIFY(at.data(Qt::ToolTipRole).toString().contains("PF-003"));
}

// Platform → Archive everything from the FLA…: every company pulled and kept,
// a line per company; the one nobody may act for says why.
void TestPlatformSync::archivesEveryCompanyFromTheMenu()
{
    std::unique_ptr<DeskApp> desk = openDemo("archive");
    QVERIFY(desk);
    PlatformController *platform = desk->platform();
    QAction *archive = platform->action("archiveAll");
    QVERIFY(archive && archive->isVisible() && archive->isEnabled());
    QCOMPARE(archive->text(), QString("&Archive everything from the FLA…"));
    m_browser.mode = Browser::Network;
    m_browser.identity = "chloe";
    // The platform holds the first company's records once they are declared.
    selectCompany(*desk, 0);
    QSignalSpy synced(platform, &PlatformController::syncFinished);
    platform->syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 1, 60000);
    QList<CompanyArchiveReport> reports;
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&] {
        ui::ArchiveAllDialog *dialog = nullptr;
        for (QWidget *w : QApplication::topLevelWidgets())
            dialog = w->isVisible() && !dialog ? qobject_cast<ui::ArchiveAllDialog *>(w) : dialog;
        if (!dialog || dialog->isRunning())
            return;
        poll.stop();
        reports = dialog->reports();
        dialog->grab().save(fla::test::artifactsDir() + "/archive-all-en.png");
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    poll.start(50);
    archive->trigger();
    QCOMPARE(reports.size(), 3);
    QVERIFY2(reports.at(0).ok, qPrintable(reports.at(0).error));
    QCOMPARE(reports.at(0).stats.inserted, 0); // what was declared is in the workspace already
    QVERIFY(reports.at(0).stats.unchanged > 50);
    QVERIFY2(reports.at(1).ok, qPrintable(reports.at(1).error));
    QVERIFY(!reports.at(2).ok); // nobody may act for the third company
    QVERIFY(!reports.at(2).error.isEmpty());
}

// From 1 January 2027 the production platform is gone: nothing reaches for it,
// and the archive is no longer offered.
void TestPlatformSync::productionClosedFrom2027()
{
    test::RunningClock newYear(QDateTime(QDate(2027, 1, 4), QTime(9, 0), Qt::UTC));
    std::unique_ptr<DeskApp> desk = openDemo("closed", nullptr, &newYear);
    QVERIFY(desk);
    PlatformController *platform = desk->platform();
    auth::EnvironmentConfig production = auth::EnvironmentSettings::defaults(auth::Environment::Production);
    platform->setEnvironment(production);
    QVERIFY(!platform->action("archiveAll")->isVisible());
    m_browser.opened.clear();
    QTimer::singleShot(0, this, [] { // the message box saying so
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->isVisible() && w->inherits("QMessageBox"))
                QTest::keyClick(w, Qt::Key_Return);
        }
    });
    platform->syncNow();
    QVERIFY(m_browser.opened.isEmpty()); // no sign-in page, no request
    QVERIFY2(platform->syncView()->noticeText().contains("closed"),
             qPrintable(platform->syncView()->noticeText()));
}

void TestPlatformSync::companyWithoutMandateIsNotSent()
{
    std::unique_ptr<DeskApp> desk = openDemo("mandate");
    QVERIFY(desk);
    PlatformController *platform = desk->platform();
    m_browser.mode = Browser::Network;
    m_browser.identity = "an"; // An Peeters may act for the first company only
    platform->signIn();
    QTRY_VERIFY_WITH_TIMEOUT(platform->isSignedIn(), 30000);
    QCOMPARE(platform->signedIn().name, QString("An Peeters"));
    selectCompany(*desk, 1);
    QVERIFY(!platform->mayActForCurrentCompany());
    platform->showSyncView();
    SyncView *view = platform->syncView();
    // Before anything is sent, the view says so.
    QVERIFY2(view->noticeText().contains("An Peeters may not act for"), qPrintable(view->noticeText()));
    QVERIFY(view->noticeText().contains(EnterpriseNumber::parse(demoEnterpriseNumbers().at(1)).display()));
    QSignalSpy finished(platform, &PlatformController::syncFinished);
    platform->syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    const SyncSummary summary = finished.first().first().value<SyncSummary>();
    // Nothing of the company was sent: every record held, none accepted or refused.
    QVERIFY(summary.counts.total > 0);
    QCOMPARE(summary.counts.held, summary.counts.total);
    QCOMPARE(summary.counts.done(), 0);
    QCOMPARE(view->model()->count(SyncStatus::Accepted), 0);
    QVERIFY2(view->messagesText().contains("may not act for enterprise " +
                                           EnterpriseNumber::parse(demoEnterpriseNumbers().at(1)).display()),
             qPrintable(view->messagesText()));
    QVERIFY2(view->noticeText().contains("not sent: An Peeters may not act for this enterprise"),
             qPrintable(view->noticeText()));
    QVERIFY(view->noticeText().contains("access:"));
    // Each row says why.
    const QString why = view->table()->model()->index(0, SyncStatusModel::DetailColumn).data().toString();
    QVERIFY2(why.contains("may not act for"), qPrintable(why));
    // The records still wait in the outbox for someone with a mandate.
    auto *storage = qobject_cast<StorageDataSource *>(desk->session()->source());
    QCOMPARE(storage->workspace().employersWithPendingOutbox().contains(companyAt(*desk, 1)), true);
    QVERIFY(view->grab().save(QDir(fla::test::artifactsDir()).filePath("view-sync-no-mandate-en.png")));
}

void TestPlatformSync::conflictIsResolvedFromTheSyncView()
{
    std::unique_ptr<DeskApp> desk = openDemo("conflict");
    QVERIFY(desk);
    PlatformController *platform = desk->platform();
    platform->signIn();
    QTRY_VERIFY_WITH_TIMEOUT(platform->isSignedIn(), 30000);
    selectCompany(*desk, 0);
    const QUuid employer = companyAt(*desk, 0);
    QSignalSpy finished(platform, &PlatformController::syncFinished);
    platform->syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);

    // GIVEN a declared (accepted) training renamed on the platform by another channel …
    auto *storage = qobject_cast<StorageDataSource *>(desk->session()->source());
    Training ours;
    for (const Training &t : desk->session()->source()->trainings(employer)) {
        if (fla::test::must(storage->workspace().outbox(employer).findSyncStatus(
                RecordKind::Training, t.uuid)) == SyncStatus::Accepted) {
            ours = t;
            break;
        }
    }
    QVERIFY(!ours.uuid.isNull());
    Training theirs = ours;
    theirs.name = "Renamed on the platform";
    QNetworkAccessManager nam;
    QNetworkRequest put(QUrl(platform->apiUrl().toString() + "/employers/" +
                             desk->session()->currentEmployer()->enterpriseNumber + "/trainings/" +
                             ours.uuid.toString(QUuid::WithoutBraces)));
    put.setRawHeader("Authorization", "Bearer " + platform->tokenProvider()->accessToken().toLatin1());
    put.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    QNetworkReply *reply = nam.put(put, QJsonDocument(json::fromTraining(theirs)).toJson());
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    reply->deleteLater();
    // … AND changed here too
    Training mine = ours;
    mine.name = ours.name + " (changed here)";
    desk->session()->saveRecord(AnyRecord(ours), AnyRecord(mine), "Rename");

    // WHEN the user syncs, THEN the Sync view shows the training in conflict
    platform->syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
    SyncView *view = platform->syncView();
    QCOMPARE(finished.last().first().value<SyncSummary>().counts.conflicts, 1);
    const int row = rowOf(view->table(), ours.uuid);
    QVERIFY(row >= 0);

    // WHEN the user double-clicks it and takes the platform's version in the dialog
    bool dialogSeen = false;
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<ui::ConflictDialog *>(QApplication::activeModalWidget());
        if (dialog && dialog->takeTheirsButton()->isEnabled()) {
            dialogSeen = true;
            dialog->takeTheirsButton()->click();
        }
    });
    poll.start(50);
    Q_EMIT view->table()->doubleClicked(view->table()->model()->index(row, 0));
    poll.stop();

    // THEN the workspace holds the platform's version, accepted, and nothing waits
    QVERIFY(dialogSeen);
    const auto stored = fla::test::must(storage->workspace().trainings(employer).find(ours.uuid));
    QVERIFY(stored);
    QCOMPARE(stored->name, QString("Renamed on the platform"));
    QCOMPARE(int(fla::test::must(
                 storage->workspace().outbox(employer).findSyncStatus(RecordKind::Training, ours.uuid))),
             int(SyncStatus::Accepted));
}

void TestPlatformSync::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("reason"); // the platform's PF-003, told in the user's language
    QTest::newRow("nl") << "nl"
                        << "PF-003, veld INSZ: De opleiding valt buiten de tewerkstelling";
    QTest::newRow("fr") << "fr"
                        << "PF-003, champ NISS : La formation se situe en dehors de l'occupation";
}

void TestPlatformSync::screenshots()
{
    QFETCH(QString, language);
    QFETCH(QString, reason);
    ui::SettingsDialog::applyLanguage(language);
    DemoWorkspaceSet demo;
    std::unique_ptr<DeskApp> desk = openDemo("shots-" + language, &demo);
    QVERIFY(desk);
    PlatformController *platform = desk->platform();
    MainWindow *w = desk->window();
    const QDir dir(fla::test::artifactsDir());
    m_browser.mode = Browser::Nobody;
    m_browser.opened.clear();
    QSignalSpy finished(platform, &PlatformController::syncFinished);
    platform->syncNow();
    // The sign-in dialog while the user is in the browser.
    QTRY_VERIFY(platform->signInDialog() && !platform->signInDialog()->linkText().isEmpty());
    ui::SignInDialog *dialog = platform->signInDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(dialog->grab().save(dir.filePath(QString("signin-dialog-%1.png").arg(language))));
    QVERIFY(dialog->findChild<QLabel *>("gettingAccess")->text().contains("access:"));
    // The user signs in in the browser; the declaration follows.
    QCOMPARE(m_browser.opened.size(), 1);
    m_browser.network.extra = {{"identity", "chloe"}, {"key", "eid"}};
    m_browser.network.open(m_browser.opened.first());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    SyncView *view = platform->syncView();
    QCOMPARE(view->model()->count(SyncStatus::Refused), 1);
    // The refused record first, selected, for the screenshot.
    view->table()->sortByColumn(SyncStatusModel::StatusColumn, Qt::DescendingOrder);
    const int row = rowOf(view->table(), demo.refusedParticipation);
    view->table()->selectRow(row);
    view->table()->scrollTo(view->table()->model()->index(row, 0));
    const QString detail =
        view->table()->model()->index(row, SyncStatusModel::DetailColumn).data().toString();
    QVERIFY2(detail.startsWith(reason), qPrintable(detail));
    QCoreApplication::processEvents();
    QVERIFY(w->grab().save(dir.filePath(QString("view-sync-%1.png").arg(language))));
    // The navigation entry follows the page's title in the language.
    const auto *nav = w->findChild<QListWidget *>("navigation");
    QCOMPARE(nav->item(nav->count() - 1)->text(), view->windowTitle());
}

QTEST_MAIN(TestPlatformSync)
#include "tst_platformsync.moc"
