#pragma once

#include "CliCommand.h"

namespace fla::cli {

// fladesk-cli social-balance --employer N (--year Y | --from D --to D) [--workspace W] [--json|--csv] [--pdf
// FILE]
class SocialBalanceCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("social-balance"); }
    QString summary() const override;
    int run(const QStringList &args, CliIo &io) override;
};

} // namespace fla::cli
