#pragma once

#include "CliCommand.h"

namespace fla::cli {

// fladesk-cli restore [--workspace PATH] [--passphrase-file F] BACKUP
class RestoreCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("restore"); }
    QString summary() const override;
    int run(const QStringList &args, CliIo &io) override;
};

} // namespace fla::cli
