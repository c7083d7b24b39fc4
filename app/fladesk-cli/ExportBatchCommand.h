#pragma once

#include "CliCommand.h"

namespace fla::cli {

// fladesk-cli export-batch --out DIR [--certificate P12 [--password-file F]] [--production]
//     [--sender N] [--sequence N] [--workspace W | --csv DIR] [--employer N]
class ExportBatchCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("export-batch"); }
    QString summary() const override;
    int run(const QStringList &args, CliIo &io) override;
};

} // namespace fla::cli
