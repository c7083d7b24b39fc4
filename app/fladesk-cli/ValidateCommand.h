#pragma once

#include "CliCommand.h"

namespace fla::cli {

// fladesk-cli validate [--workspace W | --csv DIR] [--json] [--today DATE] [--lang nl|fr|de|en]
class ValidateCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("validate"); }
    QString summary() const override;
    int run(const QStringList &args, CliIo &io) override;
};

} // namespace fla::cli
