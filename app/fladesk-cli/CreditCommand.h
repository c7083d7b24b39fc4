#pragma once

#include "CliCommand.h"

namespace fla::cli {

// fladesk-cli credit (--workspace W | --csv DIR) --year Y [--json]
class CreditCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("credit"); }
    QString summary() const override;
    int run(const QStringList &args, CliIo &io) override;
};

} // namespace fla::cli
