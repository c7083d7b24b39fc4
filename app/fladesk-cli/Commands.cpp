#include "BackupCommand.h"
#include "CertificatesCommand.h"
#include "CheckIdCommand.h"
#include "CliCommand.h"
#include "CreditCommand.h"
#include "ExportBatchCommand.h"
#include "GenerateCommand.h"
#include "HistoryCommand.h"
#include "ImportBatchCommand.h"
#include "ImportCommand.h"
#include "ImportCsvCommand.h"
#include "LoginCommand.h"
#include "LogoutCommand.h"
#include "PullCommand.h"
#include "ResolveCommand.h"
#include "RestoreCommand.h"
#include "ReviewPullCommand.h"
#include "RulesCommand.h"
#include "SocialBalanceCommand.h"
#include "StatementsCommand.h"
#include "SyncCommand.h"
#include "TeamCommand.h"
#include "TrainingAccountCommand.h"
#include "TrainingPlanCommand.h"
#include "ValidateCommand.h"
#include "WorkspaceCommand.h"

namespace fla::cli {

std::vector<std::unique_ptr<CliCommand>> allCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<CheckIdCommand>());
    commands.push_back(std::make_unique<GenerateCommand>());
    commands.push_back(std::make_unique<ValidateCommand>());
    commands.push_back(std::make_unique<RulesCommand>());
    commands.push_back(std::make_unique<CreditCommand>());
    commands.push_back(std::make_unique<SocialBalanceCommand>());
    commands.push_back(std::make_unique<TrainingAccountCommand>());
    commands.push_back(std::make_unique<TrainingPlanCommand>());
    commands.push_back(std::make_unique<CertificatesCommand>());
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<ExportBatchCommand>());
    commands.push_back(std::make_unique<ImportBatchCommand>());
    commands.push_back(std::make_unique<StatementsCommand>());
    commands.push_back(std::make_unique<ImportCsvCommand>());
    commands.push_back(std::make_unique<HistoryCommand>());
    commands.push_back(std::make_unique<BackupCommand>());
    commands.push_back(std::make_unique<RestoreCommand>());
    commands.push_back(std::make_unique<LoginCommand>());
    commands.push_back(std::make_unique<LogoutCommand>());
    commands.push_back(std::make_unique<SyncCommand>());
    commands.push_back(std::make_unique<PullCommand>());
    commands.push_back(std::make_unique<ReviewPullCommand>());
    commands.push_back(std::make_unique<ResolveCommand>());
    commands.push_back(std::make_unique<TeamCommand>());
    commands.push_back(std::make_unique<WorkspaceCommand>());
    return commands;
}

} // namespace fla::cli
