#pragma once

#include "CliCommand.h"

namespace fla::cli {

// fladesk-cli training-plan create|add|log|show|check|pdf --employer N [--workspace W] …
// The yearly training plan of one employer (docs/obligations.md): kept in the
// workspace, its consultation deadlines and reminders computed for --today.
class TrainingPlanCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("training-plan"); }
    QString summary() const override;
    int run(const QStringList &args, CliIo &io) override;
};

} // namespace fla::cli
