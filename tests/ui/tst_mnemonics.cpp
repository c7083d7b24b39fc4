// No Alt shortcut used twice in one window: every dialog and the main window
// (each of its views, and each of its menus) in nl, fr, de and en, with the
// translations the app loads. Two visible controls of one window that underline
// the same letter make Alt+letter reach only one of them (or cycle between them).
#include "SmallCompanySet.h"
#include "SyncWorkspaceFixture.h"
#include "UiFixture.h"

#include "core/auth/OidcSignIn.h"
#include "core/domain/Ssin.h"
#include "core/storage/Backup.h"
#include "core/storage/OutboxRepository.h"
#include "core/sync/ConflictResolver.h"
#include "core/sync/JsonMapping.h"
#include "core/sync/PlatformVersions.h"
#include "ui/AboutDialog.h"
#include "ui/MainWindow.h"
#include "ui/app/DeskApp.h"
#include "ui/auth/SignInDialog.h"
#include "ui/dialogs/CompanyDialog.h"
#include "ui/dialogs/GettingAccessDialog.h"
#include "ui/dialogs/MakeBackupDialog.h"
#include "ui/dialogs/PasteReportDialog.h"
#include "ui/dialogs/RestoreBackupDialog.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/dialogs/TrainingDialog.h"
#include "ui/dialogs/WorkerDialog.h"
#include "ui/import/ImportWizard.h"
#include "ui/sync/ConflictDialog.h"
#include "ui/sync/PlatformController.h"
#include "ui/sync/PullReviewDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QTabBar>
#include <QTest>

using namespace fla;
using namespace fla::ui;

namespace {

// The letter after a single & (an Alt shortcut), or a null QChar.
QChar mnemonicOf(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i; // "&&" is an ampersand shown as it is
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return {};
}

// The Alt letters a window's visible controls use, each with what uses it.
QMultiHash<QChar, QString> lettersOf(QWidget *window)
{
    QMultiHash<QChar, QString> letters;
    auto add = [&letters](const QString &text, const char *kind) {
        const QChar c = mnemonicOf(text);
        if (!c.isNull())
            letters.insert(c, QStringLiteral("%1 \"%2\"").arg(QLatin1String(kind), text));
    };
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(window) || w->window() != window)
            continue;
        if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            add(label->text(), "label");
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(button->text(), "button");
        else if (auto *box = qobject_cast<QGroupBox *>(w))
            add(box->title(), "group");
        else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i), "tab");
        } else if (auto *bar = qobject_cast<QMenuBar *>(w)) {
            for (QAction *a : bar->actions())
                add(a->text(), "menu");
        }
    }
    return letters;
}

// The letters used twice, one line each ("E: label "&Einddatum:", label "&Eenheid:"").
QStringList clashes(const QMultiHash<QChar, QString> &letters, const QString &where)
{
    QStringList out;
    for (const QChar c : letters.uniqueKeys()) {
        const QStringList users = letters.values(c);
        if (users.size() > 1)
            out << QStringLiteral("%1: Alt+%2 is %3")
                       .arg(where, QString(c), users.join(QStringLiteral(", ")));
    }
    return out;
}

QStringList clashesOf(QWidget *window, const QString &where)
{
    if (!window->isVisible()) {
        window->show();
        if (!QTest::qWaitForWindowExposed(window))
            return {where + QStringLiteral(": not shown")};
    }
    return clashes(lettersOf(window), where);
}

// A menu's own letters (an open menu takes the letter without Alt), and those of its submenus.
QStringList clashesOfMenu(QMenu *menu, const QString &where)
{
    QMultiHash<QChar, QString> letters;
    QStringList out;
    for (QAction *a : menu->actions()) {
        if (!a->isVisible() || a->isSeparator())
            continue;
        const QChar c = mnemonicOf(a->text());
        if (!c.isNull())
            letters.insert(c, QStringLiteral("\"%1\"").arg(a->text()));
        if (a->menu())
            out << clashesOfMenu(a->menu(), where + QStringLiteral(" > ") + a->text());
    }
    return clashes(letters, where) + out;
}

} // namespace

class TestMnemonics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { UiFixture::initApp(); }
    void cleanup() { SettingsDialog::applyLanguage("en"); }
    void mainWindow_data() { WorkspaceFixture::languages({"nl", "fr", "de", "en"}); }
    void mainWindow();
    void recordForms_data() { WorkspaceFixture::languages({"nl", "fr", "de", "en"}); }
    void recordForms();
    void fileDialogs_data() { WorkspaceFixture::languages({"nl", "fr", "de", "en"}); }
    void fileDialogs();
    void importWizard_data() { WorkspaceFixture::languages({"nl", "fr", "de", "en"}); }
    void importWizard();
    void otherDialogs_data() { WorkspaceFixture::languages({"nl", "fr", "de", "en"}); }
    void otherDialogs();
    void syncDialogs_data() { WorkspaceFixture::languages({"nl", "fr", "de", "en"}); }
    void syncDialogs();
};

void TestMnemonics::mainWindow()
{
    QFETCH(QString, language);
    SettingsDialog::applyLanguage(language);
    QStringList found;
    // The app's own window over a workspace file: its menus include the Platform menu.
    for (const bool empty : {true, false}) {
        UiFixture f(empty ? DataSet{} : test::smallCompanySet());
        DeskApp desk(f.clock);
        f.session.reset();
        desk.openSource(std::move(f.source));
        MainWindow *w = desk.window();
        QVERIFY(w && desk.platform());
        w->resize(1280, 800);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        if (empty) {
            found << clashesOf(w, "welcome page");
            continue;
        }
        for (int v = 0; v < MainWindow::ViewCount; ++v) {
            w->showView(MainWindow::View(v));
            QCoreApplication::processEvents();
            found << clashesOf(w, QStringLiteral("main window, view %1").arg(v));
        }
        desk.platform()->showSyncView();
        found << clashesOf(w, "main window, Sync view");
        for (QAction *a : w->menuBar()->actions()) {
            if (a->menu())
                found << clashesOfMenu(a->menu(), QStringLiteral("menu ") + a->text());
        }
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join('\n')));
}

void TestMnemonics::recordForms()
{
    QFETCH(QString, language);
    SettingsDialog::applyLanguage(language);
    UiFixture f;
    const Training t = f.source->trainings(f.employer()).first();
    QStringList found;
    {
        TrainingDialog dlg(f.session.get(), TrainingDialog::Mode::New);
        found << clashesOf(&dlg, "new training");
    }
    {
        TrainingDialog dlg(f.session.get(), TrainingDialog::Mode::Edit, t);
        found << clashesOf(&dlg, "training");
        dlg.hide();
    }
    {
        WorkerDialog dlg(f.session.get());
        found << clashesOf(&dlg, "new worker");
    }
    {
        CompanyDialog dlg(f.session.get());
        found << clashesOf(&dlg, "new company");
    }
    {
        CompanyDialog dlg(f.session.get(), f.source->employers().first());
        found << clashesOf(&dlg, "company");
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join('\n')));
}

void TestMnemonics::fileDialogs()
{
    QFETCH(QString, language);
    SettingsDialog::applyLanguage(language);
    UiFixture f;
    const QString workspace = f.source->location();
    QStringList found;
    {
        MakeBackupDialog dlg(workspace, f.clock.today());
        found << clashesOf(&dlg, "make a backup");
    }
    const QString backup = f.dir.filePath("ws.fladeskbackup");
    QString error;
    QVERIFY2(Backup::create(f.source->workspace(), backup, "zout en peper", &error), qPrintable(error));
    {
        RestoreBackupDialog dlg(backup, workspace);
        found << clashesOf(&dlg, "restore a backup");
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join('\n')));
}

void TestMnemonics::importWizard()
{
    QFETCH(QString, language);
    SettingsDialog::applyLanguage(language);
    UiFixture f;
    const QString csv = f.dir.filePath("deelnemers.csv");
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Rijksregisternummer;Naam;Voornaam;Opleiding;Begindatum;Duur;Eenheid\n" +
               Ssin::compose(85, 7, 30, 33, false).toLatin1() + ";Peeters;Jan;EHBO;05/02/2025;1,5;dagen\n");
    file.close();
    ImportWizard wizard(
        f.source->employers().first(), [](ImportResult &, ImportMode, QString *) { return true; }, nullptr);
    wizard.setToday(f.clock.today());
    QStringList found;
    found << clashesOf(&wizard, "import: file");
    wizard.setFile(csv);
    for (int page = 1; page < 4 && found.isEmpty(); ++page) {
        wizard.next();
        QCoreApplication::processEvents();
        found << clashesOf(&wizard, QStringLiteral("import: page %1").arg(wizard.currentId()));
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join('\n')));
}

void TestMnemonics::otherDialogs()
{
    QFETCH(QString, language);
    SettingsDialog::applyLanguage(language);
    UiFixture f;
    QStringList found;
    {
        SettingsDialog dlg;
        found << clashesOf(&dlg, "settings");
    }
    {
        AboutDialog dlg;
        found << clashesOf(&dlg, "about");
    }
    {
        GettingAccessDialog dlg;
        found << clashesOf(&dlg, "getting access");
    }
    {
        const QUuid employer = f.employer();
        const QString block = Ssin::compose(85, 7, 30, 33, false) +
                              "\tEHBO\t05/02/2025\t\t4\turen\tja\tja\n" +
                              "123\tEHBO\t05/02/2025\t\t4\turen\tja\tja\n";
        const PasteResult r = PasteParser::parseParticipations(block, employer, f.source->workers(employer),
                                                               f.source->trainings(employer));
        PasteReportDialog dlg(r, PasteReportDialog::Target::Participations);
        found << clashesOf(&dlg, "paste report");
    }
    {
        QNetworkAccessManager nam;
        auth::OidcConfig config;
        config.issuer = QUrl("http://127.0.0.1:1");
        SignInDialog dlg(&nam, f.clock, config);
        found << clashesOf(&dlg, "sign in");
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join('\n')));
}

void TestMnemonics::syncDialogs()
{
    QFETCH(QString, language);
    SettingsDialog::applyLanguage(language);
    QStringList found;
    SyncWorkspaceFixture s;
    const Worker jan = s.addWorker("Peeters", "Jan", Ssin::compose(85, 7, 30, 33, false));
    s.markAllDeclared();
    {
        // A conflict on a worker: ours and the platform's version.
        s.ws->outbox(s.employer.uuid).setSyncStatus(RecordKind::Worker, jan.uuid, SyncStatus::Conflict);
        PlatformVersions(*s.ws).setConflict(s.employer.uuid, RecordKind::Worker, jan.uuid, "\"w2\"");
        Worker there = jan;
        there.familyName = "Peeters-Janssens";
        QString error;
        const ConflictCase c = ConflictResolver::makeCase(*s.ws, s.employer.uuid, jan.uuid,
                                                          json::fromWorker(there), true, "\"w2\"", &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        ConflictDialog dlg(*s.ws, c);
        found << clashesOf(&dlg, "conflict");
    }
    {
        // What the platform holds differs: the review of a pull.
        PullResult platform;
        platform.ok = true;
        platform.enterpriseNumber = s.employer.enterpriseNumber;
        Worker there = jan;
        there.familyName = "Peeters-Janssens";
        platform.data.workers = {there};
        platform.ssinOf.insert(there.uuid, there.ssin);
        PullReviewDialog dlg(*s.ws, s.employer.uuid, platform);
        found << clashesOf(&dlg, "pull review");
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join('\n')));
}

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
