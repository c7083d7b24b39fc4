#include "app/DeskApp.h"

#include "MainWindow.h"
#include "app/Session.h"
#include "data/DemoData.h"
#include "data/StorageDataSource.h"
#include "data/WorkspaceSource.h"
#include "sync/PlatformController.h"

#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>

namespace fla {

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

void DeskApp::openDemo()
{
    QString error;
    std::unique_ptr<DataSource> source = ui::openDemoSource(&error);
    if (!source) {
        QMessageBox::warning(m_window, tr("Demo workspace not opened"), error);
        return;
    }
    openSource(std::move(source));
}

void DeskApp::openSource(std::unique_ptr<DataSource> source)
{
    QByteArray geometry;
    const bool wasVisible = m_window && m_window->isVisible();
    m_platform.reset();
    if (m_window) {
        geometry = m_window->saveGeometry();
        m_window->close();
        delete m_window;
    }
    m_session.reset();
    m_source = std::move(source);
    m_session = std::make_unique<Session>(m_source.get(), m_clock);
    m_window = new MainWindow(m_session.get());
    m_window->setAttribute(Qt::WA_DeleteOnClose, false);
    if (!geometry.isEmpty())
        m_window->restoreGeometry(geometry);
    if (auto *storage = qobject_cast<StorageDataSource *>(m_source.get())) {
        m_platform = std::make_unique<PlatformController>(m_window, m_session.get(), storage);
        if (m_builtInSandbox.isValid())
            m_platform->setBuiltInSandbox(m_builtInSandbox);
        m_platform->restoreSignIn(m_signIn);
        connect(m_platform.get(), &PlatformController::signedInChanged, this,
                [this] { m_signIn = m_platform->signedIn(); });
    }
    connect(m_window, &MainWindow::demoWorkspaceRequested, this, &DeskApp::openDemo, Qt::QueuedConnection);
    auto open = [this](const QString &path) {
        QString error;
        if (!openWorkspace(path, &error))
            QMessageBox::warning(m_window, tr("Workspace not opened"), error);
    };
    connect(m_window, &MainWindow::openWorkspaceRequested, this, open, Qt::QueuedConnection);
    connect(m_window, &MainWindow::newWorkspaceRequested, this, open, Qt::QueuedConnection);
    if (wasVisible)
        m_window->show();
}

} // namespace fla
