#pragma once

#include "CliCommand.h"

namespace fla::cli {

// fladesk-cli import-batch FI-FILE [--check] [--workspace W | --csv-out DIR]
class ImportBatchCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("import-batch"); }
    QString summary() const override;
    int run(const QStringList &args, CliIo &io) override;
};

} // namespace fla::cli
