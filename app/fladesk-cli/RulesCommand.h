#pragma once

#include "CliCommand.h"

namespace fla::cli {

// fladesk-cli rules [--markdown | --json]
class RulesCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("rules"); }
    QString summary() const override;
    int run(const QStringList &args, CliIo &io) override;
};

} // namespace fla::cli
