#pragma once

#include "CliCommand.h"

namespace fla::cli {

// fladesk-cli pull --employer NUMBER [--archive] [--workspace FILE] [--environment E | --api-url URL]
// Fetches what the platform holds for an employer and shows how it differs
// from the workspace; --archive stores all of it in the workspace.
class PullCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("pull"); }
    QString summary() const override;
    int run(const QStringList &args, CliIo &io) override;
};

} // namespace fla::cli
