#include "MainWindow.h"

#include "AboutDialog.h"

#include "common/Version.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QVBoxLayout>

namespace fla {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(QString::fromLatin1(kProductName));
    auto *welcome = new QLabel(tr("<h2>Welcome to FLA Desk</h2>"
                                  "<p>Your training register: enter trainings offline, see at once what the "
                                  "platform would refuse, and declare them when you are ready.</p>"));
    welcome->setObjectName(QStringLiteral("welcomeLabel"));
    welcome->setWordWrap(true);
    welcome->setAlignment(Qt::AlignCenter);
    welcome->setMargin(24);
    setCentralWidget(welcome);
    createMenus();
    statusBar()->showMessage(tr("Ready"));
    resize(1024, 700);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About FLA Desk"), this, &MainWindow::showAbout);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

} // namespace fla
