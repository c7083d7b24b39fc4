#include "BinaryStreams.h"
#include "CliCommand.h"
#include "StatementsCommand.h"
#include "core/common/Translation.h"
#include "core/common/Version.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTextStream>
#include <cstdio>
#include <memory>

using namespace fla::cli;

namespace {

void printUsage(QTextStream &out, const std::vector<std::unique_ptr<CliCommand>> &commands)
{
    out << QCoreApplication::translate(
               "main", "Usage: fladesk-cli [--lang nl|fr|de|en] [--verbose] COMMAND [OPTIONS]")
        << "\n\n"
        << QCoreApplication::translate("main", "Commands:") << '\n';
    for (const auto &c : commands)
        out << "  " << c->name().leftJustified(14) << c->summary() << '\n';
    out << '\n'
        << QCoreApplication::translate("main", "fladesk-cli COMMAND --help describes one command.") << '\n'
        << QCoreApplication::translate(
               "main", "--verbose also prints the program's log lines (fladesk.*) on standard error.")
        << '\n';
}

// A command's answer is its output and its messages; the modules' log lines are
// for whoever asks (--verbose, or QT_LOGGING_RULES, which takes precedence).
void quietLogsUnlessVerbose(QStringList &args)
{
    const qsizetype verbose = args.indexOf(QStringLiteral("--verbose"), 1);
    if (verbose >= 1) {
        args.remove(verbose);
        return;
    }
    QLoggingCategory::setFilterRules(QStringLiteral("fladesk.*.debug=false\nfladesk.*.info=false"));
}

} // namespace

int main(int argc, char *argv[])
{
    // Log lines (--verbose) go to standard error also where the process has no console
    // window: Qt on Windows would hand them to the debugger instead.
    qputenv("QT_FORCE_STDERR_LOGGING", "1");
    // Commands that draw (PDF statements) need a QGuiApplication; the offscreen
    // platform needs no display.
    std::unique_ptr<QCoreApplication> app;
    if (fla::cli::needsGuiApplication(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("fladesk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("FLA Desk"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(fla::kVersion));

    fla::cli::useBinaryStandardStreams();
    QTextStream out(stdout);
    QTextStream err(stderr);
    CliIo io{out, err};

    QStringList args = QCoreApplication::arguments();
    QString language;
    // --lang is global: it applies to every command's messages.
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size()) {
            language = args.at(i + 1);
            args.remove(i, 2);
            break;
        }
        if (args.at(i).startsWith(QLatin1String("--lang="))) {
            language = args.at(i).mid(7);
            args.remove(i);
            break;
        }
    }
    fla::installTranslators(fla::chooseLanguage(language));
    quietLogsUnlessVerbose(args);

    const auto commands = allCommands();
    if (args.size() < 2 || args.at(1) == QLatin1String("--help") || args.at(1) == QLatin1String("-h")) {
        printUsage(args.size() < 2 ? err : out, commands);
        return args.size() < 2 ? ExitUsage : ExitOk;
    }
    if (args.at(1) == QLatin1String("--version") || args.at(1) == QLatin1String("-v")) {
        out << "fladesk-cli " << QString::fromLatin1(fla::kVersion) << '\n';
        return ExitOk;
    }
    for (const auto &c : commands) {
        if (c->name() == args.at(1))
            return c->run(args.mid(1), io);
    }
    err << QCoreApplication::translate("main", "Unknown command: %1").arg(args.at(1)) << '\n';
    printUsage(err, commands);
    return ExitUsage;
}
