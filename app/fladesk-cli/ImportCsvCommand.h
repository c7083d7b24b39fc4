#pragma once

#include "CliCommand.h"

namespace fla::cli {

// fladesk-cli import-csv [--workspace PATH] [--queue] [--no-audit] [--all-or-nothing] DIR
class ImportCsvCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("import-csv"); }
    QString summary() const override;
    int run(const QStringList &args, CliIo &io) override;
};

} // namespace fla::cli
