#pragma once

#include "CliCommand.h"

namespace fla::cli {

// fladesk-cli check-id [--json] NUMBER… | -
class CheckIdCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("check-id"); }
    QString summary() const override;
    int run(const QStringList &args, CliIo &io) override;
};

} // namespace fla::cli
