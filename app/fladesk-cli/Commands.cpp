#include "CheckIdCommand.h"
#include "CliCommand.h"
#include "ExportBatchCommand.h"
#include "ImportBatchCommand.h"
#include "ImportCommand.h"
#include "StatementsCommand.h"

namespace fla::cli {

std::vector<std::unique_ptr<CliCommand>> allCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<CheckIdCommand>());
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<ExportBatchCommand>());
    commands.push_back(std::make_unique<ImportBatchCommand>());
    commands.push_back(std::make_unique<StatementsCommand>());
    return commands;
}

} // namespace fla::cli
