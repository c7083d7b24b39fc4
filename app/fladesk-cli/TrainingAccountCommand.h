#pragma once

#include "CliCommand.h"

namespace fla::cli {

// fladesk-cli training-account --worker INSZ|UUID --year Y [--employer N]
//   [--workspace W | --csv DIR] [--json] [--pdf FILE] [--today D]
// The individual training account of one worker (docs/credit.md), from the one
// credit calculation; --pdf writes the yearly overview in the worker's language.
class TrainingAccountCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("training-account"); }
    QString summary() const override;
    int run(const QStringList &args, CliIo &io) override;
};

} // namespace fla::cli
