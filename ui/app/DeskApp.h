#pragma once

#include "core/auth/AuthTypes.h"
#include "ui/data/WorkspaceSource.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <memory>
#include <optional>

namespace fla {
class Clock;
} // namespace fla

namespace fla::ui {

class DataSource;
class MainWindow;
class PlatformController;
class Session;

// The desktop application around one open workspace: its data source, the
// session (undo stack, current company) and the main window. Opening another
// workspace (or the demo) replaces all three; the window's place is kept.
class DeskApp : public QObject
{
    Q_OBJECT

public:
    explicit DeskApp(const Clock &clock, QObject *parent = nullptr);
    ~DeskApp() override;

    // The workspace file used when none is given: in the user's data folder.
    static QString defaultWorkspacePath();

    // Opens (or creates) the workspace file; false with a translated message.
    bool openWorkspace(const QString &path, QString *error);
    // The demo workspace: synthetic companies, workers and trainings, every record
    // waiting to be declared (one the platform refuses). One that is there already
    // opens as the user left it (AsLeft), is replaced (Fresh), or the user is asked
    // which (std::nullopt, from the window's menu and welcome page).
    void openDemo(std::optional<ui::DemoStart> start = std::nullopt);
    // The demo workspace's file (tests use one of their own).
    void setDemoWorkspaceFile(const QString &path) { m_demoFile = path; }
    // The built-in sandbox the app started: the Sandbox environment's address.
    void setBuiltInSandbox(const QUrl &baseUrl) { m_builtInSandbox = baseUrl; }
    // Uses a data source made elsewhere (tests, benchmarks); takes ownership.
    void openSource(std::unique_ptr<DataSource> source);
    // File > Connect to a team server…: the dialog, then its workspace in the window.
    void connectTeamServer();

    MainWindow *window() const { return m_window; }
    Session *session() const { return m_session.get(); }
    // Sign-in and declaring (workspace files only; null over a data source in memory).
    PlatformController *platform() const { return m_platform.get(); }

private:
    void showWindow();
    // Closes the window, the session and the data source (the workspace file); the window's place is kept.
    void closeWorkspace();

    const Clock &m_clock;
    std::unique_ptr<DataSource> m_source;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<PlatformController> m_platform;
    QUrl m_builtInSandbox;
    QString m_demoFile = ui::demoWorkspaceFile();
    auth::Session m_signIn; // kept when another workspace is opened
    QPointer<MainWindow> m_window;
    QByteArray m_geometry;
    bool m_wasVisible = false;
};

} // namespace fla::ui
