#pragma once

#include "CliCommand.h"

namespace fla::cli {

// fladesk-cli logout [--environment E] [--subject SUB | --all]
class LogoutCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("logout"); }
    QString summary() const override;
    int run(const QStringList &args, CliIo &io) override;
};

} // namespace fla::cli
