#pragma once

#include "CliCommand.h"

namespace fla::cli {

// fladesk-cli sync [--workspace FILE] [--environment E | --api-url URL] [--employer NUMBER]…
// Declares what waits in the workspace's outbox to the FLA platform, with a
// progress line on standard error and a summary on standard output.
class SyncCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("sync"); }
    QString summary() const override;
    int run(const QStringList &args, CliIo &io) override;
};

} // namespace fla::cli
