#pragma once

#include "CliCommand.h"

namespace fla::cli {

// fladesk-cli backup [--workspace PATH] --out FILE [--passphrase-file F]
class BackupCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("backup"); }
    QString summary() const override;
    int run(const QStringList &args, CliIo &io) override;
};

} // namespace fla::cli
