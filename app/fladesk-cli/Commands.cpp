#include "BackupCommand.h"
#include "CheckIdCommand.h"
#include "CliCommand.h"
#include "HistoryCommand.h"
#include "ImportCsvCommand.h"
#include "LoginCommand.h"
#include "LogoutCommand.h"
#include "PullCommand.h"
#include "RestoreCommand.h"
#include "SyncCommand.h"

namespace fla::cli {

std::vector<std::unique_ptr<CliCommand>> allCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<CheckIdCommand>());
    commands.push_back(std::make_unique<ImportCsvCommand>());
    commands.push_back(std::make_unique<HistoryCommand>());
    commands.push_back(std::make_unique<BackupCommand>());
    commands.push_back(std::make_unique<RestoreCommand>());
    commands.push_back(std::make_unique<LoginCommand>());
    commands.push_back(std::make_unique<LogoutCommand>());
    commands.push_back(std::make_unique<SyncCommand>());
    commands.push_back(std::make_unique<PullCommand>());
    return commands;
}

} // namespace fla::cli
