#pragma once

#include "CliCommand.h"

namespace fla::cli {

// fladesk-cli generate --out DIR [--seed N] [--participations N] [--invalid-fraction F] [--reference-date D]
class GenerateCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("generate"); }
    QString summary() const override;
    int run(const QStringList &args, CliIo &io) override;
};

} // namespace fla::cli
