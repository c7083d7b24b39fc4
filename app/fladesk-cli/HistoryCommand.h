#pragma once

#include "CliCommand.h"

namespace fla::cli {

// fladesk-cli history [--workspace PATH] [--json] [--restore] UUID
class HistoryCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("history"); }
    QString summary() const override;
    int run(const QStringList &args, CliIo &io) override;
};

} // namespace fla::cli
