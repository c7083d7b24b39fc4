// Every view of the main window at 1280×800 and every dialog, over the demo
// workspace, in nl and fr (more with FLADESK_SCREENSHOT_LANGUAGES): saved as PNG
// for people to look at (scripts/screenshots.sh puts them in
// build/screenshots/<lang>/), and checked for text that does not fit: a label,
// button, check box or column header narrower than its text.
#include "SyncWorkspaceFixture.h"
#include "TestSupport.h"
#include "UiFixture.h"

#include "core/auth/OidcSignIn.h"
#include "core/domain/Ssin.h"
#include "core/storage/Backup.h"
#include "core/sync/ConflictResolver.h"
#include "core/sync/JsonMapping.h"
#include "core/sync/PlatformVersions.h"
#include "ui/AboutDialog.h"
#include "ui/MainWindow.h"
#include "ui/app/DeskApp.h"
#include "ui/app/Session.h"
#include "ui/auth/SignInDialog.h"
#include "ui/data/DemoData.h"
#include "ui/data/StorageDataSource.h"
#include "ui/data/WorkspaceSource.h"
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
#include "ui/views/ViewPage.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QImageWriter>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPixmap>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStyle>
#include <QTableView>
#include <QTest>
#include <iterator>

using namespace fla;
using namespace fla::ui;

namespace {

// Where the pictures go: $FLADESK_SCREENSHOTS_DIR/<lang>/, else the tests' artifacts folder.
QDir shotsDir(const QString &language)
{
    const QString base = qEnvironmentVariableIsEmpty("FLADESK_SCREENSHOTS_DIR")
                             ? QDir(test::artifactsDir()).filePath(QStringLiteral("screenshots"))
                             : qEnvironmentVariable("FLADESK_SCREENSHOTS_DIR");
    QDir dir(base);
    dir.mkpath(language);
    dir.cd(language);
    return dir;
}

// The single-line text of a widget that must fit in it, and the room it has.
// Word-wrapped and rich-text labels flow; elided texts say so themselves.
QStringList clippedIn(QWidget *window)
{
    QStringList out;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(window) || w->window() != window || w->width() <= 0)
            continue;
        const QFontMetrics fm = w->fontMetrics();
        auto check = [&](const QString &raw, int room, const char *kind) {
            QString text = raw;
            text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
            const int need = fm.horizontalAdvance(text.split(QLatin1Char('\n')).first());
            if (!text.isEmpty() && need > room)
                out << QStringLiteral("%1 \"%2\" (%3): needs %4 px, has %5")
                           .arg(QLatin1String(kind), text, w->objectName())
                           .arg(need)
                           .arg(room);
        };
        // A control that reaches past the window's edge is cut off (what scrolls inside a view is not).
        if (qobject_cast<QAbstractButton *>(w) || qobject_cast<QLabel *>(w) || qobject_cast<QLineEdit *>(w) ||
            qobject_cast<QComboBox *>(w)) {
            bool scrolled = false;
            for (QWidget *p = w->parentWidget(); p && p != window && !scrolled; p = p->parentWidget())
                scrolled = qobject_cast<QAbstractScrollArea *>(p) != nullptr;
            const QRect inWindow(w->mapTo(window, QPoint(0, 0)), w->size());
            if (!scrolled && !window->rect().contains(inWindow))
                out << QStringLiteral("%1 (%2) reaches past the window's edge: %3,%4 %5x%6 in %7x%8")
                           .arg(QLatin1String(w->metaObject()->className()), w->objectName())
                           .arg(inWindow.x())
                           .arg(inWindow.y())
                           .arg(inWindow.width())
                           .arg(inWindow.height())
                           .arg(window->width())
                           .arg(window->height());
        }
        if (auto *label = qobject_cast<QLabel *>(w)) {
            if (!label->wordWrap() && label->textFormat() != Qt::RichText &&
                !Qt::mightBeRichText(label->text()) && label->pixmap().isNull())
                check(label->text(), label->contentsRect().width(), "label");
        } else if (auto *box = qobject_cast<QCheckBox *>(w)) {
            check(box->text(), box->width() - box->iconSize().width() - 8, "check box");
        } else if (auto *radio = qobject_cast<QRadioButton *>(w)) {
            check(radio->text(), radio->width() - radio->iconSize().width() - 8, "radio button");
        } else if (auto *button = qobject_cast<QPushButton *>(w)) {
            check(button->text(), button->width() - 8, "button");
        } else if (auto *header = qobject_cast<QHeaderView *>(w);
                   header && header->orientation() == Qt::Horizontal && header->model()) {
            for (int s = 0; s < header->count(); ++s) {
                if (header->isSectionHidden(s) || header->sectionSize(s) == 0)
                    continue;
                const QString title = header->model()->headerData(s, Qt::Horizontal).toString();
                // The style's margins either side, and the sort arrow on the sorted column.
                const int margin = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
                const int arrow =
                    header->isSortIndicatorShown() && header->sortIndicatorSection() == s
                        ? header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header)
                        : 0;
                const int need = fm.horizontalAdvance(title) + margin + arrow;
                // The last section may run beyond the view: only what the view shows counts.
                if (need > header->sectionSize(s) &&
                    header->sectionViewportPosition(s) + need <= header->width())
                    out << QStringLiteral("column \"%1\" (%2): needs %3 px, has %4")
                               .arg(title, header->parentWidget()->objectName())
                               .arg(need)
                               .arg(header->sectionSize(s));
            }
        }
    }
    return out;
}

} // namespace

class TestScreenshotTour : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup() { SettingsDialog::applyLanguage("en"); }
    void views_data() { languages(); }
    void views();
    void dialogs_data() { languages(); }
    void dialogs();

private:
    static void languages()
    {
        const QString wanted = qEnvironmentVariable("FLADESK_SCREENSHOT_LANGUAGES", QStringLiteral("nl fr"));
        WorkspaceFixture::languages(wanted.split(QLatin1Char(' '), Qt::SkipEmptyParts));
    }
    // Saves the window's picture and records what does not fit in it.
    void shoot(QWidget *window, const QString &name);

    ManualClock m_clock{QDateTime(demoReferenceDate(), QTime(10, 0), Qt::UTC)};
    QTemporaryDir m_dir;
    QString m_language;
    QStringList m_clipped;
};

void TestScreenshotTour::initTestCase()
{
    UiFixture::initApp();
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 9)); // the same letters on every machine
}

void TestScreenshotTour::shoot(QWidget *window, const QString &name)
{
    if (!window->isVisible()) {
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
    }
    QCoreApplication::processEvents();
    // A window not yet laid out grabs as an empty picture: it is taken again
    // until it is whole; a picture that cannot be written says why.
    const QString file = shotsDir(m_language).filePath(name + QStringLiteral(".png"));
    QPixmap shot;
    QTRY_VERIFY2_WITH_TIMEOUT(!(shot = window->grab()).isNull(), qPrintable(name + QStringLiteral(": empty")),
                              5000);
    QImageWriter writer(file, "png");
    QVERIFY2(writer.write(shot.toImage()), qPrintable(file + QStringLiteral(": ") + writer.errorString()));
    for (const QString &line : clippedIn(window))
        m_clipped << name + QStringLiteral(": ") + line;
}

void TestScreenshotTour::views()
{
    QFETCH(QString, language);
    m_language = language;
    m_clipped.clear();
    SettingsDialog::applyLanguage(language);
    {
        UiFixture empty(DataSet{});
        MainWindow w(empty.session.get());
        w.resize(1280, 800);
        shoot(&w, "welcome");
    }
    QString error;
    auto source = createDemoWorkspace(m_dir.filePath(language + ".fladesk"), m_clock, 1200, &error);
    QVERIFY2(source, qPrintable(error));
    DeskApp desk(m_clock);
    desk.openSource(std::move(source));
    MainWindow *w = desk.window();
    w->resize(1280, 800);
    const char *const names[] = {"view-workers",          "view-trainings",     "view-participations",
                                 "view-rights",           "view-credit",        "view-anomalies",
                                 "view-training-account", "view-training-plan", "view-social-balance"};
    static_assert(std::size(names) == MainWindow::ViewCount, "a name for every view");
    for (int v = 0; v < MainWindow::ViewCount; ++v) {
        w->showView(MainWindow::View(v));
        if (v == MainWindow::Anomalies) { // the first one selected: its whole message under the list
            QTableView *table = w->view(MainWindow::Anomalies)->table();
            table->setCurrentIndex(table->model()->index(0, 0));
        }
        shoot(w, QString::fromLatin1(names[v]));
    }
    desk.platform()->showSyncView();
    shoot(w, "view-sync");
    QVERIFY2(m_clipped.isEmpty(), qPrintable(m_clipped.join('\n')));
}

void TestScreenshotTour::dialogs()
{
    QFETCH(QString, language);
    m_language = language;
    m_clipped.clear();
    SettingsDialog::applyLanguage(language);
    QString error;
    auto source = createDemoWorkspace(m_dir.filePath(language + "-dialogs.fladesk"), m_clock, 300, &error);
    QVERIFY2(source, qPrintable(error));
    StorageDataSource *storage = source.get();
    Session session(storage, m_clock);
    const Employer employer = storage->employers().first();
    session.setEmployer(employer.uuid);
    const QList<Training> trainings = storage->trainings(employer.uuid);
    QVERIFY(!trainings.isEmpty());
    {
        TrainingDialog dlg(&session, TrainingDialog::Mode::New);
        shoot(&dlg, "training-new");
    }
    {
        TrainingDialog dlg(&session, TrainingDialog::Mode::Edit, trainings.first());
        dlg.findChild<QLineEdit *>("endEdit")->setText(
            trainings.first().startDate.addDays(-1).toString("dd/MM/yyyy"));
        shoot(&dlg, "training-edit-end-date-at-fault");
        dlg.hide();
    }
    {
        WorkerDialog dlg(&session);
        shoot(&dlg, "worker-new");
    }
    {
        CompanyDialog dlg(&session, employer);
        shoot(&dlg, "company");
    }
    {
        CompanyDialog dlg(&session);
        dlg.enterpriseEdit()->setText("0566.988.258");
        shoot(&dlg, "company-new-wrong-number");
        dlg.hide();
    }
    {
        MakeBackupDialog dlg(storage->location(), m_clock.today());
        shoot(&dlg, "make-backup");
    }
    const QString backup = m_dir.filePath(language + ".fladeskbackup");
    QVERIFY2(Backup::create(storage->workspace(), backup, "zout en peper", &error), qPrintable(error));
    {
        RestoreBackupDialog dlg(backup, storage->location());
        shoot(&dlg, "restore-backup");
        dlg.findChild<QLineEdit *>("passphraseEdit")->setText("peper en zout");
        dlg.accept(); // a wrong passphrase: the error under the fields
        shoot(&dlg, "restore-backup-wrong-passphrase");
    }
    {
        SettingsDialog dlg;
        shoot(&dlg, "settings");
    }
    {
        AboutDialog dlg;
        shoot(&dlg, "about");
    }
    {
        GettingAccessDialog dlg;
        dlg.resize(640, 600);
        shoot(&dlg, "getting-access");
    }
    {
        const QList<Worker> workers = storage->workers(employer.uuid);
        const QString block = workers.first().ssin + "\tEHBO\t05/02/2026\t\t4\turen\tja\tja\n" +
                              "123\tEHBO\t05/02/2026\t\t4\turen\tja\tja\n";
        const PasteResult r = PasteParser::parseParticipations(block, employer.uuid, workers, trainings);
        PasteReportDialog dlg(r, PasteReportDialog::Target::Participations);
        shoot(&dlg, "paste-report");
    }
    {
        const QString csv = m_dir.filePath("deelnemers.csv");
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Rijksregisternummer;Naam;Voornaam;Opleiding;Begindatum;Duur;Eenheid\n" +
                   Ssin::compose(85, 7, 30, 33, false).toLatin1() +
                   ";Peeters;Jan;EHBO;05/02/2026;1,5;dagen\n" +
                   "123;Dubois;Marie;EHBO;05/02/2026;1,5;dagen\n");
        file.close();
        ImportWizard wizard(
            employer, [](ImportResult &, ImportMode, QString *) { return true; }, nullptr);
        wizard.setToday(m_clock.today());
        wizard.resize(900, 600);
        shoot(&wizard, "import-1-file");
        wizard.setFile(csv);
        for (int page = 2; page <= 4; ++page) {
            wizard.next();
            shoot(&wizard, QStringLiteral("import-%1").arg(page));
        }
    }
    {
        QNetworkAccessManager nam;
        auth::OidcConfig config;
        config.issuer = QUrl("http://127.0.0.1:1");
        SignInDialog dlg(&nam, m_clock, config);
        shoot(&dlg, "sign-in");
    }
    SyncWorkspaceFixture s;
    const Worker jan = s.addWorker("Peeters", "Jan", Ssin::compose(85, 7, 30, 33, false), QDate(1985, 7, 30),
                                   "Kerkstraat 1, 9000 Gent");
    s.markAllDeclared();
    {
        s.ws->outbox(s.employer.uuid).setSyncStatus(RecordKind::Worker, jan.uuid, SyncStatus::Conflict);
        PlatformVersions(*s.ws).setConflict(s.employer.uuid, RecordKind::Worker, jan.uuid, "\"w2\"");
        Worker there = jan;
        there.familyName = "Peeters-Janssens";
        there.address = "Veldstraat 12, 9000 Gent";
        const ConflictCase c = ConflictResolver::makeCase(*s.ws, s.employer.uuid, jan.uuid,
                                                          json::fromWorker(there), true, "\"w2\"", &error);
        ConflictDialog dlg(*s.ws, c);
        shoot(&dlg, "conflict");
    }
    {
        PullResult platform;
        platform.ok = true;
        platform.enterpriseNumber = s.employer.enterpriseNumber;
        Worker there = jan;
        there.familyName = "Peeters-Janssens";
        platform.data.workers = {there};
        platform.ssinOf.insert(there.uuid, there.ssin);
        PullReviewDialog dlg(*s.ws, s.employer.uuid, platform);
        shoot(&dlg, "pull-review");
    }
    QVERIFY2(m_clipped.isEmpty(), qPrintable(m_clipped.join('\n')));
}

QTEST_MAIN(TestScreenshotTour)
#include "tst_screenshottour.moc"
