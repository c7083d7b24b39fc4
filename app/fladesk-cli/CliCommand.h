#pragma once

#include "core/common/Result.h"

#include <QString>
#include <QStringList>
#include <QTextStream>
#include <memory>
#include <optional>
#include <vector>

class QCommandLineParser;

namespace fla::cli {

// Where a command writes; tests hand it strings, main() hands it stdout/stderr.
struct CliIo
{
    QTextStream &out;
    QTextStream &err;
};

// What a read of the workspace gave, or nullopt after telling on io.err why it
// could not be read (the command then exits ExitFailure).
template<typename T> std::optional<T> readOrTell(Result<T> read, CliIo &io)
{
    if (!read) {
        io.err << read.error() << '\n';
        return std::nullopt;
    }
    return std::move(read).value();
}

// One `fladesk-cli NAME …` command. Each lives in its own file and parses its
// own options; the exit status is the command's answer (0 = all good).
class CliCommand
{
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // args[0] is the command name, as QCommandLineParser expects.
    virtual int run(const QStringList &args, CliIo &io) = 0;
};

// Every command, in the order `fladesk-cli --help` lists them (Commands.cpp).
std::vector<std::unique_ptr<CliCommand>> allCommands();

// Exit statuses shared by the commands.
enum ExitStatus
{
    ExitOk = 0,
    ExitFindings = 1,
    ExitBlocking = 2,
    ExitPartial = 3, // import-csv: some lines refused, every other record loaded
    ExitUsage = 64,
    ExitFailure = 70
};

// Parses a command's arguments. A status means the command stops with it: a
// usage error was written to err, or --help was printed to out.
std::optional<int> parseCommandLine(QCommandLineParser &parser, const QStringList &args, CliIo &io);

} // namespace fla::cli
