#include "core/common/Clock.h"
#include "core/common/Version.h"
#include "sandbox/platform/DemoPlatform.h"
#include "ui/MainWindow.h"
#include "ui/app/DeskApp.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/widgets/FieldMarker.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

int main(int argc, char *argv[])
{
    QGuiApplication::setHighDpiScaleFactorRoundingPolicy(Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("FLA Desk"));
    QApplication::setOrganizationName(QStringLiteral("FLA Desk"));
    QApplication::setApplicationVersion(QString::fromLatin1(fla::kVersion));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("FLA Desk: training records and FLA declarations."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("Interface language: nl, fr, de or en."),
                                        QStringLiteral("language"));
    const QCommandLineOption workspaceOption(
        QStringLiteral("workspace"),
        QStringLiteral("The workspace file to open (created if missing), or a team server's address: "
                       "postgresql://user@host/database."),
        QStringLiteral("path"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QStringLiteral("Open the demo workspace as it was left (created the first time)."));
    const QCommandLineOption resetDemoOption(
        QStringLiteral("reset-demo"),
        QStringLiteral(
            "With --demo: replace the demo workspace by a fresh one (what was entered in it is lost)."));
    parser.addOption(langOption);
    parser.addOption(workspaceOption);
    const QCommandLineOption noSandboxOption(
        QStringLiteral("no-sandbox"),
        QStringLiteral("Do not start the built-in sandbox platform (the default Sandbox environment)."));
    parser.addOption(demoOption);
    parser.addOption(resetDemoOption);
    parser.addOption(noSandboxOption);
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QStringLiteral("A .fladeskbackup to restore (the installer's file association)."));
    parser.process(app);

    const QString lang =
        parser.isSet(langOption) ? parser.value(langOption) : fla::ui::SettingsDialog::languageSetting();
    fla::ui::SettingsDialog::applyLanguage(lang);
    app.setStyleSheet(fla::ui::fieldMarkerStyleSheet());

    // The built-in sandbox: the default environment's sign-in and API, on
    // loopback inside this process, so a new user can try the whole job.
    std::unique_ptr<fla::sandbox::SandboxServer> sandbox;
    if (!parser.isSet(noSandboxOption)) {
        QString sandboxError;
        sandbox = fla::sandbox::startDemoPlatform(&sandboxError);
        if (!sandbox)
            qWarning("built-in sandbox not started: %s", qUtf8Printable(sandboxError));
    }

    fla::ui::DeskApp desk(fla::Clock::system());
    if (sandbox)
        desk.setBuiltInSandbox(sandbox->baseUrl());
    if (parser.isSet(demoOption)) {
        desk.openDemo(parser.isSet(resetDemoOption) ? fla::ui::DemoStart::Fresh : fla::ui::DemoStart::AsLeft);
    } else {
        const QString path = parser.isSet(workspaceOption) ? parser.value(workspaceOption)
                                                           : fla::ui::DeskApp::defaultWorkspacePath();
        QString error;
        if (!desk.openWorkspace(path, &error)) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Workspace not opened"),
                                  error);
            return 1;
        }
    }
    desk.window()->show();
    // Opening a .fladeskbackup (double-click, "Open with"): restore it, then open it.
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty() && files.first().endsWith(QLatin1String(".fladeskbackup"), Qt::CaseInsensitive)) {
        const QString backup = files.first();
        QTimer::singleShot(0, &desk, [&desk, backup] {
            if (desk.window())
                desk.window()->openBackup(backup);
        });
    }
    return app.exec();
}
