#pragma once

#include "CliCommand.h"

namespace fla::cli {

// fladesk-cli certificates attach|list|export --employer N --worker INSZ [--workspace W] …
// Certificate files kept with a worker's participations, and the worker's export
// (their trainings with the certificates) for their own learning account.
class CertificatesCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("certificates"); }
    QString summary() const override;
    int run(const QStringList &args, CliIo &io) override;
};

} // namespace fla::cli
