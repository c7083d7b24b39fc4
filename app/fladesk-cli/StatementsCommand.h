#pragma once

#include "CliCommand.h"

namespace fla::cli {

// fladesk-cli statements --year Y --out DIR [--merged] [--workspace W | --csv DIR] [--employer N]
// Needs a QGuiApplication (main() makes one for this command; see needsGuiApplication).
bool needsGuiApplication(int argc, char **argv);

class StatementsCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("statements"); }
    QString summary() const override;
    int run(const QStringList &args, CliIo &io) override;
};

} // namespace fla::cli
