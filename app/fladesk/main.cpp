#include "MainWindow.h"
#include "common/Translation.h"
#include "common/Version.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
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
    parser.addOption(langOption);
    parser.process(app);

    fla::installTranslators(fla::chooseLanguage(parser.value(langOption)));

    fla::MainWindow window;
    window.show();
    return app.exec();
}
