#include "MainWindow.h"

#include "AboutDialog.h"
#include "core/anomaly/FlaRules.h"
#include "core/common/Clock.h"
#include "core/common/Version.h"
#include "core/domain/EnterpriseNumber.h"
#include "core/io/ImportStore.h"
#include "core/storage/StorageDriver.h"
#include "ui/app/Session.h"
#include "ui/data/StorageDataSource.h"
#include "ui/dialogs/CompanyDialog.h"
#include "ui/dialogs/GettingAccessDialog.h"
#include "ui/dialogs/MakeBackupDialog.h"
#include "ui/dialogs/PasteReportDialog.h"
#include "ui/dialogs/RestoreBackupDialog.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/dialogs/TeamAccessDialog.h"
#include "ui/dialogs/TrainingDialog.h"
#include "ui/dialogs/WorkerDialog.h"
#include "ui/import/ImportWizard.h"
#include "ui/sync/ConflictDialog.h"
#include "ui/views/AnomaliesView.h"
#include "ui/views/CreditView.h"
#include "ui/views/ParticipationsView.h"
#include "ui/views/RightsView.h"
#include "ui/views/SocialBalanceView.h"
#include "ui/views/TrainingAccountView.h"
#include "ui/views/TrainingPlanView.h"
#include "ui/views/TrainingsView.h"
#include "ui/views/WorkersView.h"
#include "ui/widgets/Format.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace fla::ui {

using namespace fla::ui;

MainWindow::MainWindow(Session *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("MainWindow"));
    m_workers = new WorkersView(session, this);
    m_trainings = new TrainingsView(session, this);
    m_participations = new ParticipationsView(session, this);
    m_rights = new RightsView(session, this);
    m_credit = new CreditView(session, this);
    m_anomalies = new AnomaliesView(session, this);
    m_account = new TrainingAccountView(session, this);
    m_plan = new TrainingPlanView(session, this);
    m_balance = new SocialBalanceView(session, this);
    m_views = {m_workers,   m_trainings, m_participations, m_rights, m_credit,
               m_anomalies, m_account,   m_plan,           m_balance};

    m_pages = new QStackedWidget(this);
    m_nav = new QListWidget(this);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setFocusPolicy(Qt::StrongFocus);
    for (ViewPage *v : std::as_const(m_views)) {
        m_pages->addWidget(v);
        m_nav->addItem(QString());
    }
    m_nav->setFixedWidth(qMax(170, m_nav->fontMetrics().averageCharWidth() * 22));
    connect(m_nav, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    auto *work = new QWidget(this);
    auto *workLayout = new QHBoxLayout(work);
    workLayout->setContentsMargins(0, 0, 0, 0);
    workLayout->addWidget(m_nav);
    workLayout->addWidget(m_pages, 1);
    m_central = new QStackedWidget(this);
    m_central->addWidget(createWelcome());
    m_central->addWidget(work);
    setCentralWidget(m_central);

    m_companies = new QComboBox(this);
    m_companies->setObjectName(QStringLiteral("companySwitcher"));
    // Wide enough for a name, the count and the deadline; longer names are
    // elided here and shown whole in the list and the tooltip.
    m_companies->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_companies->setMinimumContentsLength(54);
    m_companies->view()->setMinimumWidth(m_companies->fontMetrics().averageCharWidth() * 64);
    m_companyLabel = new QLabel(this);
    m_companyLabel->setBuddy(m_companies);
    connect(m_companies, &QComboBox::activated, this,
            [this](int i) { m_session->setEmployer(m_companies->itemData(i).toUuid()); });

    createActions();
    createMenus();
    m_toolbar = addToolBar(QString());
    m_toolbar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolbar->setMovable(false);
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolbar->addWidget(m_companyLabel);
    m_toolbar->addWidget(m_companies);
    // Adding a company is rare (Company menu, welcome page): the room goes to the switcher.
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_actions.value(QStringLiteral("newTraining")));
    m_toolbar->addAction(m_actions.value(QStringLiteral("addWorker")));
    m_toolbar->addAction(m_actions.value(QStringLiteral("nextAnomaly")));
    m_toolbar->addSeparator();
    // Undo and redo as icons: their text names the edit ("Undo Add worker
    // Peeters Jan") and would push the toolbar over; it is their tooltip.
    for (const char *name : {"undo", "redo"}) {
        QAction *act = m_actions.value(QString::fromLatin1(name));
        m_toolbar->addAction(act);
        if (auto *button = qobject_cast<QToolButton *>(m_toolbar->widgetForAction(act)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }

    m_saved = new QLabel(this);
    m_saved->setObjectName(QStringLiteral("savedLabel"));
    m_location = new QLabel(this);
    statusBar()->addWidget(m_saved);
    statusBar()->addPermanentWidget(m_location);

    connect(m_session, &Session::employerChanged, this, [this] {
        refreshCompanies();
        updateStatus();
    });
    connect(m_session->source(), &DataSource::changed, this, [this](RecordKind kind, const QUuid &employer) {
        companyRecordsChanged(kind, employer);
        updateStatus();
    });
    connect(m_session, &Session::errorOccurred, this,
            [this](const QString &msg) { QMessageBox::warning(this, tr("Not saved"), msg); });
    // A change the team server did not get is kept by the session: said where it stays in sight.
    connect(m_session, &Session::keptUntilServerBack, this,
            [this](const QString &msg) { statusBar()->showMessage(msg); });
    connect(m_session, &Session::savedWhenServerBack, this,
            [this](const QString &msg) { statusBar()->showMessage(msg, 8000); });
    // After the refused step has left the undo stack: the user's choice may save again.
    connect(m_session, &Session::conflictOccurred, this, [this](const RecordConflict &conflict) {
        QTimer::singleShot(0, this, [this, conflict] { showEditConflict(conflict); });
    });
    // A view left empty because the workspace could not be read says so, once per failure.
    connect(m_session->source(), &DataSource::readFailed, this, [this](const QString &msg) {
        statusBar()->showMessage(msg);
        if (m_readFailuresShown.contains(msg))
            return;
        m_readFailuresShown.insert(msg);
        QMessageBox::warning(this, tr("Not read"), msg);
    });
    connect(m_trainings, &TrainingsView::newTrainingRequested, this, &MainWindow::newTraining);
    connect(m_trainings, &TrainingsView::duplicateTrainingRequested, this, &MainWindow::duplicateTraining);
    connect(
        m_trainings, &TrainingsView::openTrainingRequested, this,
        [this](const Training &t, const QString &field) { openRecord(RecordKind::Training, t.uuid, field); });
    connect(m_workers, &WorkersView::addWorkerRequested, this, &MainWindow::addWorker);
    connect(m_workers, &WorkersView::pasteReport, this,
            [this](const PasteResult &r) { showPasteReport(r, PasteReportDialog::Target::Workers); });
    connect(m_participations, &ParticipationsView::pasteReport, this,
            [this](const PasteResult &r) { showPasteReport(r, PasteReportDialog::Target::Participations); });
    connect(m_anomalies, &AnomaliesView::openRecordRequested, this, &MainWindow::openRecord);
    connect(m_balance, &SocialBalanceView::openRecordRequested, this, &MainWindow::openRecord);

    retranslate(); // fills the company switcher
    resize(1200, 760);
    restoreLayout();
    updateStatus();
}

MainWindow::~MainWindow()
{
    // A cell editor closed while the window goes commits its edit: what the session then says
    // must not reach a half-destroyed window.
    disconnect(m_session, nullptr, this, nullptr);
}

void MainWindow::showEditConflict(const RecordConflict &conflict)
{
    ui::ConflictDialog dialog(conflict.shown, this);
    dialog.exec();
    switch (dialog.resolution()) {
    case ui::ConflictDialog::Resolution::KeptMine:
        m_session->keepMine(conflict);
        break;
    case ui::ConflictDialog::Resolution::TookTheirs:
        statusBar()->showMessage(tr("Your change of %1 was dropped: the version saved meanwhile stays.")
                                     .arg(conflict.shown.label));
        break;
    case ui::ConflictDialog::Resolution::None:
        statusBar()->showMessage(conflict.message);
        break;
    }
}

QWidget *MainWindow::createWelcome()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("welcomePage"));
    m_welcomeTitle = new QLabel(page);
    m_welcomeText = new QLabel(page);
    m_welcomeText->setWordWrap(true);
    m_welcomeAdd = new QPushButton(page);
    m_welcomeAdd->setObjectName(QStringLiteral("welcomeAddCompany"));
    m_welcomeDemo = new QPushButton(page);
    m_welcomeDemo->setObjectName(QStringLiteral("welcomeDemo"));
    m_welcomeOpen = new QPushButton(page);
    m_welcomeOpen->setObjectName(QStringLiteral("welcomeOpen"));
    m_welcomeAccess = new QPushButton(page);
    m_welcomeAccess->setObjectName(QStringLiteral("welcomeAccess"));
    connect(m_welcomeAdd, &QPushButton::clicked, this, &MainWindow::addCompany);
    connect(m_welcomeDemo, &QPushButton::clicked, this, &MainWindow::demoWorkspaceRequested);
    connect(m_welcomeOpen, &QPushButton::clicked, this, &MainWindow::chooseOpenWorkspace);
    connect(m_welcomeAccess, &QPushButton::clicked, this, &MainWindow::showGettingAccess);
    auto *box = new QVBoxLayout;
    box->addWidget(m_welcomeTitle);
    box->addWidget(m_welcomeText);
    box->addSpacing(12);
    for (QPushButton *b : {m_welcomeAdd, m_welcomeDemo, m_welcomeOpen, m_welcomeAccess}) {
        b->setMinimumHeight(b->sizeHint().height() + 8);
        box->addWidget(b);
    }
    auto *outer = new QHBoxLayout(page);
    outer->addStretch(1);
    auto *col = new QVBoxLayout;
    col->addStretch(1);
    col->addLayout(box);
    col->addStretch(2);
    outer->addLayout(col, 2);
    outer->addStretch(1);
    return page;
}

void MainWindow::createActions()
{
    auto make = [this](const char *name, auto slot, const QKeySequence &key = {}) {
        auto *a = new QAction(this);
        a->setObjectName(QString::fromLatin1(name));
        if (!key.isEmpty())
            a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        m_actions.insert(a->objectName(), a);
        addAction(a);
        return a;
    };
    make("newWorkspace", &MainWindow::chooseNewWorkspace);
    make("openWorkspace", &MainWindow::chooseOpenWorkspace, QKeySequence::Open);
    make("demoWorkspace", &MainWindow::demoWorkspaceRequested);
    make("connectTeamServer", &MainWindow::teamServerRequested);
    make("teamAccess", &MainWindow::showTeamAccess)
        ->setVisible(isServerLocation(m_session->source()->location())); // a file has one user
    make("exportTable", &MainWindow::chooseExportTable, QKeySequence(Qt::CTRL | Qt::Key_E));
    make("restoreBackup", &MainWindow::chooseRestoreBackup);
    make("importTrainings", &MainWindow::importTrainings, QKeySequence(Qt::CTRL | Qt::Key_I));
    make("makeBackup", &MainWindow::makeBackup, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    make("settings", &MainWindow::showSettings, QKeySequence(Qt::CTRL | Qt::Key_Comma));
    make("quit", &MainWindow::close, QKeySequence::Quit);
    QAction *undo = m_session->undoStack()->createUndoAction(this);
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_actions.insert(undo->objectName(), undo);
    addAction(undo);
    QAction *redo = m_session->undoStack()->createRedoAction(this);
    redo->setObjectName(QStringLiteral("redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_actions.insert(redo->objectName(), redo);
    addAction(redo);
    connect(undo, &QAction::changed, this, &MainWindow::updateUndoTips);
    connect(redo, &QAction::changed, this, &MainWindow::updateUndoTips);
    make(
        "find",
        [this] {
            ViewPage *v = view(currentView());
            if (m_central->currentIndex() == 1 && v) {
                v->filterEdit()->setFocus();
                v->filterEdit()->selectAll();
            }
        },
        QKeySequence::Find);
    make("addCompany", &MainWindow::addCompany);
    make("editCompany", &MainWindow::editCompany);
    make("newTraining", &MainWindow::newTraining, QKeySequence::New)
        ->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    make("duplicateTraining", &MainWindow::duplicateTraining, QKeySequence(Qt::CTRL | Qt::Key_D));
    make("addWorker", &MainWindow::addWorker, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W))
        ->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    make("nextAnomaly", &MainWindow::nextAnomaly, QKeySequence(Qt::Key_F8))
        ->setIcon(severityIcon(Severity::Warning));
    for (int v = 0; v < ViewCount; ++v) {
        auto *a = make(
            QStringLiteral("view%1").arg(v).toLatin1().constData(), [this, v] { showView(View(v)); },
            QKeySequence(Qt::CTRL | (Qt::Key_1 + v)));
        a->setObjectName(QStringLiteral("view%1").arg(v));
        m_actions.remove(QStringLiteral("view%1").arg(v));
        m_actions.insert(a->objectName(), a);
    }
    make("gettingAccess", &MainWindow::showGettingAccess, QKeySequence::HelpContents);
    make("signIn", &MainWindow::signInRequested);
    make("about", &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    auto a = [this](const char *name) { return m_actions.value(QString::fromLatin1(name)); };
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(a("newWorkspace"));
    m_fileMenu->addAction(a("openWorkspace"));
    m_fileMenu->addAction(a("connectTeamServer"));
    m_fileMenu->addAction(a("teamAccess"));
    m_fileMenu->addAction(a("demoWorkspace"));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(a("importTrainings"));
    m_fileMenu->addAction(a("exportTable"));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(a("makeBackup"));
    m_fileMenu->addAction(a("restoreBackup"));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(a("settings"));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(a("quit"));
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(a("undo"));
    m_editMenu->addAction(a("redo"));
    m_editMenu->addSeparator();
    m_editMenu->addAction(a("find"));
    m_companyMenu = menuBar()->addMenu(QString());
    m_companyMenu->addAction(a("addCompany"));
    m_companyMenu->addAction(a("editCompany"));
    m_companyMenu->addSeparator();
    m_companyMenu->addAction(a("signIn"));
    m_recordsMenu = menuBar()->addMenu(QString());
    m_recordsMenu->addAction(a("newTraining"));
    m_recordsMenu->addAction(a("duplicateTraining"));
    m_recordsMenu->addAction(a("addWorker"));
    m_viewMenu = menuBar()->addMenu(QString());
    for (int v = 0; v < ViewCount; ++v)
        m_viewMenu->addAction(m_actions.value(QStringLiteral("view%1").arg(v)));
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(a("nextAnomaly"));
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(a("gettingAccess"));
    m_helpMenu->addAction(a("about"));
}

void MainWindow::retranslate()
{
    setWindowTitle(QString::fromLatin1(kProductName));
    auto set = [this](const char *name, const QString &text, const QString &tip = {}) {
        QAction *act = m_actions.value(QString::fromLatin1(name));
        act->setText(text);
        act->setToolTip(tip.isEmpty() ? QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…"))
                                      : tip);
    };
    set("newWorkspace", tr("&New workspace…"));
    set("openWorkspace", tr("&Open workspace…"));
    set("connectTeamServer", tr("Connect to a team ser&ver…"));
    set("teamAccess", tr("Team &access…"), tr("Which staff member may see and change which company"));
    set("demoWorkspace", tr("Open the &demo workspace"));
    set("exportTable", tr("&Export table…"),
        tr("Save the table of the current view, as filtered and sorted, as CSV or Excel (Ctrl+E)"));
    set("restoreBackup", tr("&Restore backup…"),
        tr("Restore a workspace from a .fladeskbackup file into a workspace file you choose"));
    set("importTrainings", tr("&Import trainings…"),
        tr("Import the trainings followed from a spreadsheet (CSV or Excel) into this company (Ctrl+I)"));
    set("makeBackup", tr("Make a &backup…"),
        tr("Write a backup of this workspace to one encrypted file (Ctrl+Shift+B)"));
    set("settings", tr("&Settings…"));
    set("quit", tr("&Quit"));
    set("find", tr("&Search"), tr("Search in the current view (Ctrl+F)"));
    set("addCompany", tr("&Add company…"), tr("Add a company (client) to this workspace"));
    set("editCompany", tr("&Edit company…"));
    set("newTraining", tr("&New training…"), tr("Enter one training for many workers (Ctrl+N)"));
    set("duplicateTraining", tr("&Duplicate training…"),
        tr("A new training with the same fields and participants (Ctrl+D)"));
    set("addWorker", tr("Add &worker…"), tr("Add a worker with the employment (Ctrl+Shift+W)"));
    set("nextAnomaly", tr("Next &anomaly"),
        tr("Go to the next anomaly and open the record at the field (F8)"));
    set("gettingAccess", tr("&Getting access"),
        tr("What the social security portal requires before you can declare"));
    set("signIn", tr("&Sign in to the platform…"));
    set("about", tr("&About FLA Desk"));
    updateUndoTips();
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_companyMenu->setTitle(tr("&Company"));
    m_recordsMenu->setTitle(tr("&Records"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolbar ? m_toolbar->setWindowTitle(tr("Main toolbar")) : void();
    m_companyLabel->setText(tr("Co&mpany:"));
    m_companies->setAccessibleName(tr("Company switcher"));
    m_companies->setToolTip(tr("The company you work on, with its blocking anomalies and next deadline"));
    m_nav->setAccessibleName(tr("Views"));
    for (int v = 0; v < ViewCount; ++v) {
        const QString title = m_views.at(v)->title();
        m_nav->item(v)->setText(title);
        m_actions.value(QStringLiteral("view%1").arg(v))->setText(title);
    }
    m_welcomeTitle->setText(QStringLiteral("<h1>%1</h1>").arg(tr("Welcome to FLA Desk").toHtmlEscaped()));
    m_welcomeText->setText(
        tr("Your training register: enter trainings offline, see at once what the platform "
           "would refuse, and declare them when you are ready. Start by adding the company "
           "whose trainings you keep, or look around in a demo workspace."));
    m_welcomeAdd->setText(tr("&Add a company…"));
    m_welcomeDemo->setText(tr("Open the &demo workspace"));
    m_welcomeOpen->setText(tr("&Open another workspace…"));
    m_welcomeAccess->setText(tr("&Getting access to the platform"));
    refreshCompanies();
    updateStatus();
}

void MainWindow::updateUndoTips()
{
    // The tooltip names the edit that would be undone, with the shortcut.
    for (const char *name : {"undo", "redo"}) {
        QAction *act = m_actions.value(QString::fromLatin1(name));
        const QString tip = QStringLiteral("%1 (%2)").arg(QString(act->text()).remove(QLatin1Char('&')),
                                                          act->shortcut().toString(QKeySequence::NativeText));
        if (act->toolTip() != tip)
            act->setToolTip(tip); // emits changed() once more, then equal
    }
}

void MainWindow::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(e);
}

void MainWindow::closeEvent(QCloseEvent *e)
{
    if (!mayCloseWithWaitingChanges()) {
        e->ignore();
        return;
    }
    saveLayout();
    QMainWindow::closeEvent(e);
}

// Changes kept because the team server could not be reached live only in this
// window's session: closing it drops them, so the user decides, and staying is
// the default (they are saved by themselves once the server answers).
bool MainWindow::mayCloseWithWaitingChanges()
{
    const int waiting = m_session ? m_session->waitingCount() : 0;
    if (waiting == 0)
        return true;
    QMessageBox box(
        QMessageBox::Warning, tr("Changes not saved yet"),
        tr("%n change(s) could not reach the team server and are not saved yet. They are saved by "
           "themselves as soon as the server answers; if you close FLA Desk now, they are lost.",
           nullptr, waiting),
        QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("waitingChangesBox"));
    QPushButton *stay = box.addButton(tr("&Keep FLA Desk open"), QMessageBox::RejectRole);
    box.addButton(tr("&Close and lose them"), QMessageBox::DestructiveRole);
    box.setDefaultButton(stay);
    box.setEscapeButton(stay);
    box.exec();
    return box.clickedButton() != stay;
}

void MainWindow::restoreLayout()
{
    QSettings s;
    restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    showView(View(qBound(0, s.value(QStringLiteral("window/view"), int(Trainings)).toInt(), ViewCount - 1)));
    const QList<QSplitter *> splitters = findChildren<QSplitter *>();
    for (QSplitter *sp : splitters) {
        if (!sp->objectName().isEmpty())
            sp->restoreState(s.value(QStringLiteral("window/") + sp->objectName()).toByteArray());
    }
}

void MainWindow::saveLayout()
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    s.setValue(QStringLiteral("window/view"), int(currentView()));
    const QList<QSplitter *> splitters = findChildren<QSplitter *>();
    for (QSplitter *sp : splitters) {
        if (!sp->objectName().isEmpty())
            s.setValue(QStringLiteral("window/") + sp->objectName(), sp->saveState());
    }
}

void MainWindow::refreshCompanies()
{
    if (!m_companies)
        return;
    const QList<Employer> employers = m_session->source()->employers();
    const QSignalBlocker block(m_companies);
    m_companies->clear();
    for (const auto &e : employers) {
        m_companies->addItem(e.name, e.uuid);
        m_companies->setItemData(m_companies->count() - 1, e.name, CompanyNameRole);
        m_companies->setItemData(m_companies->count() - 1, e.enterpriseNumber, EnterpriseNumberRole);
        showCompanyCount(m_companies->count() - 1);
    }
    m_companies->setCurrentIndex(m_companies->findData(m_session->employer()));
    const bool any = !employers.isEmpty();
    if (any && m_session->employer().isNull())
        m_session->setEmployer(employers.first().uuid);
    m_central->setCurrentIndex(any ? 1 : 0);
    m_companies->setEnabled(any);
    for (const char *name : {"editCompany", "newTraining", "duplicateTraining", "addWorker", "nextAnomaly",
                             "find", "exportTable"})
        m_actions.value(QString::fromLatin1(name))->setEnabled(any);
    scheduleCompanyCounts();
}

void MainWindow::showCompanyCount(int index)
{
    const QUuid uuid = m_companies->itemData(index).toUuid();
    const QString company = m_companies->itemData(index, CompanyNameRole).toString();
    const QDate deadline = flarules::nextQuarterlyDeadline(m_session->clock().today());
    const QString number =
        EnterpriseNumber::parse(m_companies->itemData(index, EnterpriseNumberRole).toString()).display();
    const auto count = m_blockingCounts.constFind(uuid);
    if (count == m_blockingCounts.constEnd()) {
        // Counted after the window is shown (see scheduleCompanyCounts).
        m_companies->setItemText(
            index, deadline.isValid() ? tr("%1 — due %2").arg(company, formatDate(deadline)) : company);
        m_companies->setItemIcon(index, QIcon());
        m_companies->setItemData(index, QString(company + QLatin1String(", ") + number), Qt::ToolTipRole);
        return;
    }
    const int blocking = *count;
    m_companies->setItemIcon(index, blocking > 0 ? severityIcon(Severity::Blocking) : QIcon());
    if (!deadline.isValid()) { // the FLA has closed: no declaration deadline to show
        m_companies->setItemText(index, tr("%1 — %n blocking", nullptr, blocking).arg(company));
        m_companies->setItemData(
            index,
            tr("%1, enterprise number %2: %n blocking anomalies", nullptr, blocking).arg(company, number),
            Qt::ToolTipRole);
        return;
    }
    m_companies->setItemText(
        index, tr("%1 — %n blocking — due %2", nullptr, blocking).arg(company, formatDate(deadline)));
    m_companies->setItemData(
        index,
        tr("%1, enterprise number %2: %n blocking anomalies; next declaration deadline %3", nullptr, blocking)
            .arg(company, number, formatDate(deadline)),
        Qt::ToolTipRole);
}

void MainWindow::scheduleCompanyCounts()
{
    if (m_countsScheduled)
        return;
    m_countsScheduled = true;
    // The blocking anomalies of each company are counted after the first window
    // is shown, a few companies per turn of the event loop, so a workspace with
    // thousands of clients opens at once and stays responsive.
    QTimer::singleShot(0, this, [this] {
        m_countsScheduled = false;
        QElapsedTimer budget;
        budget.start();
        const QSignalBlocker block(m_companies);
        for (int i = 0; i < m_companies->count(); ++i) {
            const QUuid uuid = m_companies->itemData(i).toUuid();
            if (m_blockingCounts.contains(uuid))
                continue;
            if (budget.elapsed() > 15) {
                scheduleCompanyCounts();
                return;
            }
            int blocking = 0;
            const QList<FieldAnomaly> list = m_session->source()->anomalies(uuid);
            for (const auto &a : list)
                blocking += a.severity == Severity::Blocking ? 1 : 0;
            m_blockingCounts.insert(uuid, blocking);
            showCompanyCount(i);
        }
    });
}

void MainWindow::companyRecordsChanged(RecordKind kind, const QUuid &employer)
{
    m_blockingCounts.remove(employer);
    if (kind == RecordKind::Employer) {
        refreshCompanies();
        return;
    }
    const int index = m_companies->findData(employer);
    if (index >= 0)
        showCompanyCount(index);
    scheduleCompanyCounts();
}

void MainWindow::updateStatus()
{
    if (!m_saved)
        return;
    m_saved->setText(tr("Every change is saved at once."));
    const QString loc = m_session->source()->location();
    const QString where = loc.isEmpty() ? tr("Demo workspace in memory: not saved to disk")
                                        : tr("Workspace: %1").arg(QDir::toNativeSeparators(loc));
    // A long path (a workspace restored deep in the user's folders) is shortened in the middle, so
    // the status bar keeps room for its messages; the whole path is in the tooltip.
    const QFontMetrics metrics = m_location->fontMetrics();
    m_location->setText(metrics.elidedText(where, Qt::ElideMiddle, metrics.averageCharWidth() * 60));
    m_location->setToolTip(where);
}

bool MainWindow::isWelcomeShown() const
{
    return m_central->currentIndex() == 0;
}

void MainWindow::showView(View v)
{
    m_nav->setCurrentRow(int(v));
    m_pages->setCurrentIndex(int(v));
}

int MainWindow::addPage(QWidget *page)
{
    const int index = m_pages->addWidget(page);
    auto *item = new QListWidgetItem(page->windowTitle(), m_nav);
    connect(page, &QWidget::windowTitleChanged, m_nav,
            [item](const QString &title) { item->setText(title); });
    return index;
}

void MainWindow::showPage(int index)
{
    m_nav->setCurrentRow(index);
    m_pages->setCurrentIndex(index);
}

MainWindow::View MainWindow::currentView() const
{
    return View(m_pages->currentIndex());
}

ViewPage *MainWindow::view(View v) const
{
    return m_views.value(int(v));
}

QAction *MainWindow::action(const QString &objectName) const
{
    return m_actions.value(objectName);
}

void MainWindow::openRecord(RecordKind kind, const QUuid &uuid, const QString &field)
{
    switch (kind) {
    case RecordKind::Employer: {
        const auto rec = m_session->source()->find(kind, uuid, uuid);
        if (!rec)
            return;
        CompanyDialog dlg(m_session, std::get<Employer>(*rec), this);
        dlg.focusField(field);
        dlg.exec();
        return;
    }
    case RecordKind::Worker:
    case RecordKind::Employment:
        showView(Workers);
        m_workers->showRecord(kind, uuid, field);
        return;
    case RecordKind::Training: {
        showView(Trainings);
        m_trainings->showRecord(kind, uuid, QString());
        const auto rec = m_session->source()->find(kind, m_session->employer(), uuid);
        if (!rec)
            return;
        TrainingDialog dlg(m_session, TrainingDialog::Mode::Edit, std::get<Training>(*rec), this);
        dlg.focusField(field);
        dlg.exec();
        return;
    }
    case RecordKind::Participation:
        showView(Trainings);
        m_trainings->showRecord(kind, uuid, field);
        return;
    case RecordKind::TrainingRight:
        showView(Rights);
        m_rights->showRecord(kind, uuid, field);
        return;
    }
}

void MainWindow::nextAnomaly()
{
    if (!m_anomalies->openNext())
        statusBar()->showMessage(tr("No anomalies: everything can be declared."), 4000);
}

void MainWindow::newTraining()
{
    if (m_session->employer().isNull())
        return;
    TrainingDialog dlg(m_session, TrainingDialog::Mode::New, std::nullopt, this);
    if (dlg.exec() == QDialog::Accepted)
        showView(Trainings);
}

void MainWindow::duplicateTraining()
{
    const auto t = m_trainings->currentTraining();
    if (!t) {
        statusBar()->showMessage(tr("Select the training to duplicate in the Trainings view."), 4000);
        showView(Trainings);
        return;
    }
    TrainingDialog dlg(m_session, TrainingDialog::Mode::Duplicate, *t, this);
    dlg.exec();
}

void MainWindow::addWorker()
{
    if (m_session->employer().isNull())
        return;
    WorkerDialog dlg(m_session, this);
    if (dlg.exec() == QDialog::Accepted || dlg.savedCount() > 0)
        showView(Workers);
}

void MainWindow::addCompany()
{
    CompanyDialog dlg(m_session, std::nullopt, this);
    if (dlg.exec() == QDialog::Accepted) {
        m_session->setEmployer(dlg.employer().uuid);
        refreshCompanies();
    }
}

void MainWindow::editCompany()
{
    if (const auto e = m_session->currentEmployer())
        openRecord(RecordKind::Employer, e->uuid, QString());
}

void MainWindow::showGettingAccess()
{
    GettingAccessDialog dlg(this);
    dlg.exec();
}

void MainWindow::showSettings()
{
    SettingsDialog dlg(this);
    dlg.exec();
}

void MainWindow::showPasteReport(const PasteResult &result, ui::PasteReportDialog::Target target)
{
    if (result.issues.isEmpty()) {
        statusBar()->showMessage(PasteReportDialog::summary(result, target), 6000);
        return;
    }
    PasteReportDialog dlg(result, target, this);
    dlg.exec();
}

void MainWindow::chooseNewWorkspace()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New workspace"), QString(),
                                                      tr("FLA Desk workspaces (*.fladesk)"));
    if (!path.isEmpty())
        emit newWorkspaceRequested(path);
}

void MainWindow::chooseOpenWorkspace()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open workspace"), QString(),
                                                      tr("FLA Desk workspaces (*.fladesk);;All files (*)"));
    if (!path.isEmpty())
        emit openWorkspaceRequested(path);
}

void MainWindow::chooseExportTable()
{
    ViewPage *v = view(currentView());
    if (!v || isWelcomeShown())
        return;
    QString selected;
    const QString csv = tr("CSV for Excel (*.csv)");
    const QString xlsx = tr("Excel workbook (*.xlsx)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export table"), v->title() + QStringLiteral(".csv"),
                                                csv + QStringLiteral(";;") + xlsx, &selected);
    if (path.isEmpty())
        return;
    const bool wantXlsx = selected == xlsx;
    if (QFileInfo(path).suffix().isEmpty())
        path += wantXlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
    exportCurrentView(path);
}

bool MainWindow::exportCurrentView(const QString &path)
{
    ViewPage *v = view(currentView());
    if (!v)
        return false;
    QString error;
    if (!v->exportTable(path, &error)) {
        QMessageBox::warning(this, tr("Table not exported"), error);
        return false;
    }
    statusBar()->showMessage(
        tr("Table \"%1\" exported to %2").arg(v->title(), QDir::toNativeSeparators(path)), 6000);
    return true;
}

void MainWindow::chooseRestoreBackup()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Restore backup"), QString(), tr("FLA Desk backups (*.fladeskbackup);;All files (*)"));
    if (!path.isEmpty())
        openBackup(path);
}

void MainWindow::importTrainings()
{
    const std::optional<Employer> employer = m_session->currentEmployer();
    auto *storage = qobject_cast<StorageDataSource *>(m_session->source());
    if (!employer || !storage) {
        statusBar()->showMessage(tr("Add or choose the company to import into first."), 6000);
        return;
    }
    const QUuid id = employer->uuid;
    ImportWizard wizard(
        *employer,
        [storage, id](ImportResult &result, ImportMode mode, QString *error) {
            ImportStoreStats stats;
            // storeImport writes through the one write path: the records and their anomalies.
            if (!storeImport(storage->workspace(), id, result, mode, &stats, error))
                return false;
            storage->notifyChanged(id);
            return true;
        },
        this);
    wizard.setToday(m_session->clock().today());
    wizard.exec();
}

void MainWindow::makeBackup()
{
    const QString workspace = m_session->source()->location();
    if (workspace.isEmpty())
        return;
    MakeBackupDialog dlg(workspace, m_session->clock().today(), this);
    if (dlg.exec() != QDialog::Accepted)
        return;
    statusBar()->showMessage(
        dlg.isEncrypted()
            ? tr("Backup made: %1 (encrypted)").arg(QDir::toNativeSeparators(dlg.backupPath()))
            : tr("Backup made: %1 (not encrypted)").arg(QDir::toNativeSeparators(dlg.backupPath())),
        8000);
}

void MainWindow::showTeamAccess()
{
    auto *source = qobject_cast<StorageDataSource *>(m_session->source());
    if (!source)
        return;
    TeamAccessDialog dlg(source->workspace(), source->employers(), this);
    dlg.exec();
}

void MainWindow::openBackup(const QString &backupFile)
{
    RestoreBackupDialog dlg(backupFile, m_session->source()->location(), this);
    if (dlg.exec() != QDialog::Accepted)
        return;
    if (!dlg.keptCopy().isEmpty())
        QMessageBox::information(
            this, tr("Backup restored"),
            tr("The workspace that was at %1 is kept as %2.")
                .arg(QDir::toNativeSeparators(dlg.restoredPath()), QDir::toNativeSeparators(dlg.keptCopy())));
    emit openWorkspaceRequested(dlg.restoredPath());
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

} // namespace fla::ui
