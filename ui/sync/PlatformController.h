#pragma once

#include "core/auth/AuthTypes.h"
#include "core/auth/Environment.h"
#include "core/domain/Entities.h"
#include "core/sync/SyncEngine.h"
#include "ui/auth/SignInDialog.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QMenu;
class QNetworkAccessManager;

namespace fla {
class Clock;
class SyncRunner;
class TokenProvider;
class Workspace;
} // namespace fla

namespace fla::ui {

class MainWindow;
class Session;
class StorageDataSource;
class SyncView;

// The main window's link with the FLA platform: the sign-in (the signed-in
// identity and its token provider), the environment, and declaring the current
// company's outbox through a SyncRunner into the Sync view. It places its
// parts in the window: the Sync page after the views, the Platform menu before
// Help (Sign in…, Sign out, Sync now, Environment…) and an indicator in the
// status bar (environment, who is signed in, offline). The sign-in lives in
// memory for as long as the workspace is open.
//
// Other platform dialogs (conflicts, pull review) use network(),
// tokenProvider(), apiUrl() and currentEmployer().
class PlatformController : public QObject
{
    Q_OBJECT
public:
    PlatformController(MainWindow *window, Session *session, StorageDataSource *source,
                       QObject *parent = nullptr);
    ~PlatformController() override;

    // The built-in sandbox's address (the app started it): the Sandbox
    // environment points there instead of its configured address.
    void setBuiltInSandbox(const QUrl &baseUrl);
    // Uses this environment (tests; the Environment… dialog saves to the settings first).
    void setEnvironment(const auth::EnvironmentConfig &config);

    QNetworkAccessManager *network() const { return m_network; }
    // The signed-in identity's tokens; null when nobody is signed in.
    TokenProvider *tokenProvider() const { return m_tokens.get(); }
    QUrl apiUrl() const { return m_environment.apiBaseUrl; }
    const auth::EnvironmentConfig &environment() const { return m_environment; }
    std::optional<Employer> currentEmployer() const;
    Workspace &workspace() const;

    bool isSignedIn() const { return m_signedIn.isSignedIn(); }
    const auth::Session &signedIn() const { return m_signedIn; }
    // May the signed-in identity act for the current company (its mandates)?
    bool mayActForCurrentCompany() const;
    bool isSyncing() const;

    SyncView *syncView() const { return m_view; }
    SyncRunner *runner() const { return m_runner.get(); }
    QAction *action(const QString &objectName) const;
    QMenu *menu() const { return m_menu; }
    QLabel *indicator() const { return m_indicator; }
    // The sign-in dialog while it is open.
    ui::SignInDialog *signInDialog() const { return m_dialog; }

    // Takes over a sign-in made earlier (the previous workspace's window).
    void restoreSignIn(const auth::Session &session);

public Q_SLOTS:
    void signIn();
    void signOut();
    // Declares the current company's waiting records (asks to sign in first when needed).
    void syncNow();
    void cancelSync();
    void editEnvironment();
    void showSyncView();
    // Reads what waits in the current company's outbox into the Sync view.
    void refreshQueue();
    // Shows what the platform holds for the current company that differs from
    // the workspace, for the user to accept or reject (PullReviewDialog).
    void reviewPlatformData();
    // Every company of the workspace pulled and kept in it, before the FLA's
    // data is destroyed (ArchiveAllDialog); offered until the platform closes.
    void archiveEverything();
    // Goes through the current company's records in conflict, one dialog each.
    void resolveConflicts();
    // Decides one record in conflict between ours and the platform's version.
    void resolveConflict(const QUuid &recordUuid);

Q_SIGNALS:
    void signedInChanged();
    void syncFinished(const fla::SyncSummary &summary);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void retranslate();
    void updateState();
    void loadEnvironment();
    void onSignedIn(const auth::Session &session);
    void onSyncFinished(const SyncSummary &summary);
    void openRecord(RecordKind type, const QUuid &uuid, const QString &field);
    QString companyText() const;
    // Signed in with a mandate for the current company; otherwise says why (and offers to sign in).
    bool readyForPlatform();
    // True, after telling the user, when the chosen platform has closed (auth::closedReason).
    bool platformClosed();
    // After the platform's versions were written into the workspace: anomalies and views anew.
    void afterPlatformWrites();

    MainWindow *m_window;
    Session *m_session;
    StorageDataSource *m_source;
    const Clock &m_clock;
    QNetworkAccessManager *m_network;
    auth::EnvironmentConfig m_environment;
    QUrl m_builtInSandbox;
    auth::Session m_signedIn;
    std::unique_ptr<TokenProvider> m_tokens;
    std::unique_ptr<SyncRunner> m_runner;
    QPointer<ui::SignInDialog> m_dialog;
    bool m_syncAfterSignIn = false;
    bool m_offline = false;
    SyncView *m_view = nullptr;
    int m_page = -1;
    QMenu *m_menu = nullptr;
    QLabel *m_indicator = nullptr;
    QHash<QString, QAction *> m_actions;
};

} // namespace fla::ui
