#include "CheckIdCommand.h"
#include "CliCommand.h"
#include "CreditCommand.h"
#include "GenerateCommand.h"
#include "RulesCommand.h"
#include "ValidateCommand.h"

namespace fla::cli {

std::vector<std::unique_ptr<CliCommand>> allCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<CheckIdCommand>());
    commands.push_back(std::make_unique<GenerateCommand>());
    commands.push_back(std::make_unique<ValidateCommand>());
    commands.push_back(std::make_unique<RulesCommand>());
    commands.push_back(std::make_unique<CreditCommand>());
    return commands;
}

} // namespace fla::cli
