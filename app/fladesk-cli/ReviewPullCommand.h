#pragma once

#include "CliCommand.h"

namespace fla::cli {

// fladesk-cli review-pull --employer NUMBER [--accept-all | --reject-all] [--workspace FILE]
//                         [--environment E | --api-url URL] [--token-file FILE]
// The pull review of the app, headless: each difference between what the platform
// holds for the employer and the workspace, with its message; --accept-all takes
// the platform's version of all of them (audited), --reject-all keeps the
// workspace's and remembers it.
class ReviewPullCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("review-pull"); }
    QString summary() const override;
    int run(const QStringList &args, CliIo &io) override;
};

} // namespace fla::cli
