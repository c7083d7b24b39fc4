#pragma once

#include "CliCommand.h"

namespace fla::cli {

// fladesk-cli login [--environment E] [--issuer URL --client-id ID [--scope S]] [--no-keychain]
// fladesk-cli login --certificate FILE.p12 --client-id ID --token-url URL
class LoginCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("login"); }
    QString summary() const override;
    int run(const QStringList &args, CliIo &io) override;
};

} // namespace fla::cli
