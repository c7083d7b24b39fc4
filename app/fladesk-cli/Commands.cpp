#include "CheckIdCommand.h"
#include "CliCommand.h"

namespace fla::cli {

std::vector<std::unique_ptr<CliCommand>> allCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<CheckIdCommand>());
    return commands;
}

} // namespace fla::cli
