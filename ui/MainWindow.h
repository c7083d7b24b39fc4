#pragma once

#include "ui/data/DataSource.h"
#include "ui/data/PasteParser.h"
#include "ui/dialogs/PasteReportDialog.h"

#include <QHash>
#include <QMainWindow>
#include <QSet>

class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QStackedWidget;
class QToolBar;
class QPushButton;

namespace fla::ui {

class Session;
class ViewPage;
class WorkersView;
class TrainingsView;
class ParticipationsView;
class RightsView;
class CreditView;
class TrainingAccountView;
class TrainingPlanView;
class SocialBalanceView;
class AnomaliesView;

// The application window: the company switcher (each company with its
// blocking anomalies and next deadline), the views, and the menus. Every edit
// is saved at once and can be undone; there is no Save.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum View
    {
        Workers,
        Trainings,
        Participations,
        Rights,
        Credit,
        Anomalies,
        TrainingAccount,
        TrainingPlan,
        SocialBalance,
        ViewCount
    };

    explicit MainWindow(Session *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    Session *session() const { return m_session; }
    void showView(View view);
    View currentView() const;
    ui::ViewPage *view(View v) const;
    QComboBox *companySwitcher() const { return m_companies; }
    QAction *action(const QString &objectName) const;
    bool isWelcomeShown() const;

    // Opens the record of an anomaly at its field.
    void openRecord(fla::RecordKind kind, const QUuid &uuid, const QString &field);
    // Moves to the next anomaly of the company and opens it (F8).
    void nextAnomaly();

    void newTraining();
    void duplicateTraining();
    void addWorker();
    void addCompany();
    void editCompany();
    void showGettingAccess();
    void showSettings();
    // File > Export table…: the current view's table as shown, to CSV or XLSX.
    bool exportCurrentView(const QString &path);
    // Restores a .fladeskbackup (asking for the passphrase and the workspace
    // file to restore into) and opens the restored workspace.
    void openBackup(const QString &backupFile);
    // File > Import trainings… (Ctrl+I): the import wizard into the current company.
    void importTrainings();
    // File > Make a backup… (Ctrl+Shift+B).
    void makeBackup();
    // On a team server: which staff member may see which company (for the owner).
    void showTeamAccess();

    // A page after the views (the Sync view, placed by ui/sync/PlatformController): its
    // navigation entry follows the page's windowTitle. Returns the index for showPage().
    int addPage(QWidget *page);
    void showPage(int index);

signals:
    // File menu: the application replaces the workspace.
    void newWorkspaceRequested(const QString &path);
    void openWorkspaceRequested(const QString &path);
    void demoWorkspaceRequested();
    // File > Connect to a team server… (DeskApp opens TeamServerDialog).
    void teamServerRequested();
    // Company menu: "Sign in to the platform…" (handled by ui/sync/PlatformController).
    void signInRequested();

protected:
    void changeEvent(QEvent *e) override;
    void closeEvent(QCloseEvent *e) override;
    // False when changes wait for the team server and the user keeps the window open.
    bool mayCloseWithWaitingChanges();

private:
    void createActions();
    void createMenus();
    QWidget *createWelcome();
    void retranslate();
    void refreshCompanies();
    void showCompanyCount(int index);
    void updateUndoTips();
    void scheduleCompanyCounts();
    void companyRecordsChanged(fla::RecordKind kind, const QUuid &employer);
    // Someone else saved the record the user just saved: both versions, the user chooses.
    void showEditConflict(const fla::ui::RecordConflict &conflict);
    void updateStatus();
    void restoreLayout();
    void saveLayout();
    void chooseNewWorkspace();
    void chooseOpenWorkspace();
    void showAbout();
    void chooseExportTable();
    void chooseRestoreBackup();
    void showPasteReport(const fla::ui::PasteResult &result, ui::PasteReportDialog::Target target);

    enum CompanyRole
    {
        CompanyNameRole = Qt::UserRole + 1,
        EnterpriseNumberRole
    };

    Session *m_session;
    QHash<QUuid, int> m_blockingCounts; // per company, counted after the window is shown
    bool m_countsScheduled = false;
    QSet<QString> m_readFailuresShown; // what could not be read, told once each
    QToolBar *m_toolbar = nullptr;
    QComboBox *m_companies = nullptr;
    QLabel *m_companyLabel = nullptr;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_pages = nullptr;
    QStackedWidget *m_central = nullptr;
    QLabel *m_saved = nullptr;
    QLabel *m_location = nullptr;
    QLabel *m_welcomeTitle = nullptr;
    QLabel *m_welcomeText = nullptr;
    QPushButton *m_welcomeAdd = nullptr;
    QPushButton *m_welcomeDemo = nullptr;
    QPushButton *m_welcomeOpen = nullptr;
    QPushButton *m_welcomeAccess = nullptr;
    ui::WorkersView *m_workers = nullptr;
    ui::TrainingsView *m_trainings = nullptr;
    ui::ParticipationsView *m_participations = nullptr;
    ui::RightsView *m_rights = nullptr;
    ui::CreditView *m_credit = nullptr;
    ui::TrainingAccountView *m_account = nullptr;
    ui::TrainingPlanView *m_plan = nullptr;
    ui::SocialBalanceView *m_balance = nullptr;
    ui::AnomaliesView *m_anomalies = nullptr;
    QList<ui::ViewPage *> m_views;
    QHash<QString, QAction *> m_actions;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_companyMenu = nullptr;
    QMenu *m_recordsMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
};

} // namespace fla::ui
