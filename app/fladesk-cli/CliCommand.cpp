#include "CliCommand.h"

#include <QCommandLineParser>

namespace fla::cli {

std::optional<int> parseCommandLine(QCommandLineParser &parser, const QStringList &args, CliIo &io)
{
    if (!parser.parse(args)) {
        io.err << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText();
        return ExitOk;
    }
    return std::nullopt;
}

} // namespace fla::cli
