#pragma once

#include "CliCommand.h"

namespace fla::cli {

// fladesk-cli team grant|revoke --user ROLE --employer NUMBER [--workspace URL]
// fladesk-cli team list [--json] [--workspace URL]
// Which staff member (database role) may see and change which company of a
// workspace on a team server (PostgreSQL): docs/team.md.
class TeamCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("team"); }
    QString summary() const override;
    int run(const QStringList &args, CliIo &io) override;
};

} // namespace fla::cli
