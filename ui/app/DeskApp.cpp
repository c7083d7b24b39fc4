#include "ui/app/DeskApp.h"

#include "core/auth/SecretStore.h"
#include "ui/MainWindow.h"
#include "ui/app/Session.h"
#include "ui/data/DemoData.h"
#include "ui/data/StorageDataSource.h"
#include "ui/data/WorkspaceSource.h"
#include "ui/dialogs/TeamServerDialog.h"
#include "ui/sync/PlatformController.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

namespace fla::ui {

DeskApp::DeskApp(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{}

DeskApp::~DeskApp()
{
    m_platform.reset();
    delete m_window;
}

QString DeskApp::defaultWorkspacePath()
{
    return ui::defaultWorkspaceFile();
}

bool DeskApp::openWorkspace(const QString &path, QString *error)
{
    std::unique_ptr<DataSource> source = ui::openWorkspaceSource(path, error);
    if (!source)
        return false;
    openSource(std::move(source));
    return true;
}

void DeskApp::openDemo(std::optional<ui::DemoStart> start)
{
    if (!start && QFileInfo::exists(m_demoFile)) {
        // What the user entered in the demo is not replaced without asking.
        QMessageBox box(QMessageBox::Question, tr("Demo workspace"),
                        tr("The demo workspace is there already, with what you entered in it. Open it as "
                           "you left it, or start a fresh demo (what you entered in it is lost)?"),
                        QMessageBox::NoButton, m_window);
        box.setObjectName(QStringLiteral("demoStartBox"));
        QPushButton *asLeft = box.addButton(tr("&Open it as I left it"), QMessageBox::AcceptRole);
        QPushButton *fresh = box.addButton(tr("Start a &fresh demo"), QMessageBox::DestructiveRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(asLeft);
        box.exec();
        if (box.clickedButton() == asLeft)
            start = ui::DemoStart::AsLeft;
        else if (box.clickedButton() == fresh)
            start = ui::DemoStart::Fresh;
        else
            return;
    }
    const bool demoIsOpen = m_source && QFileInfo(m_source->location()).absoluteFilePath() ==
                                            QFileInfo(m_demoFile).absoluteFilePath();
    if (demoIsOpen && start == ui::DemoStart::AsLeft)
        return; // open already, as the user left it
    if (demoIsOpen)
        closeWorkspace(); // its file is replaced: nothing may hold it open
    QString error;
    std::unique_ptr<DataSource> source =
        ui::openDemoWorkspace(m_demoFile, m_clock, start.value_or(ui::DemoStart::Fresh), &error);
    if (!source) {
        QMessageBox::warning(m_window, tr("Demo workspace not opened"), error);
        if (!m_window) // the demo was closed to be replaced: the default workspace instead
            openWorkspace(defaultWorkspacePath(), &error);
        return;
    }
    openSource(std::move(source));
}

void DeskApp::closeWorkspace()
{
    m_platform.reset();
    if (m_window) {
        m_geometry = m_window->saveGeometry();
        m_wasVisible = m_window->isVisible();
        m_window->close();
        delete m_window;
    }
    m_session.reset();
    m_source.reset();
}

void DeskApp::openSource(std::unique_ptr<DataSource> source)
{
    closeWorkspace();
    m_source = std::move(source);
    m_session = std::make_unique<Session>(m_source.get(), m_clock);
    m_window = new MainWindow(m_session.get());
    m_window->setAttribute(Qt::WA_DeleteOnClose, false);
    if (!m_geometry.isEmpty())
        m_window->restoreGeometry(m_geometry);
    if (auto *storage = qobject_cast<StorageDataSource *>(m_source.get())) {
        m_platform = std::make_unique<PlatformController>(m_window, m_session.get(), storage);
        if (m_builtInSandbox.isValid())
            m_platform->setBuiltInSandbox(m_builtInSandbox);
        m_platform->restoreSignIn(m_signIn);
        connect(m_platform.get(), &PlatformController::signedInChanged, this,
                [this] { m_signIn = m_platform->signedIn(); });
    }
    connect(
        m_window, &MainWindow::demoWorkspaceRequested, this, [this] { openDemo(); }, Qt::QueuedConnection);
    auto open = [this](const QString &path) {
        QString error;
        if (!openWorkspace(path, &error))
            QMessageBox::warning(m_window, tr("Workspace not opened"), error);
    };
    connect(m_window, &MainWindow::openWorkspaceRequested, this, open, Qt::QueuedConnection);
    connect(m_window, &MainWindow::newWorkspaceRequested, this, open, Qt::QueuedConnection);
    connect(m_window, &MainWindow::teamServerRequested, this, &DeskApp::connectTeamServer,
            Qt::QueuedConnection);
    if (m_wasVisible)
        m_window->show();
}

void DeskApp::connectTeamServer()
{
    auth::KeychainSecretStore keychain; // where the sign-in keeps its tokens
    std::unique_ptr<StorageDataSource> connected;
    {
        ui::TeamServerDialog dialog(keychain, m_clock, m_window); // gone before the window is replaced
        if (dialog.exec() != QDialog::Accepted)
            return;
        connected = dialog.takeSource();
    }
    openSource(std::move(connected));
}

} // namespace fla::ui
