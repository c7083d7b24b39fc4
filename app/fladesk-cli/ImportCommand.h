#pragma once

#include "CliCommand.h"

namespace fla::cli {

// fladesk-cli import FILE --mapping PROFILE [--employer N] [--drafts] [--rejected FILE]
//     [--preview N] [--workspace W | --csv-out DIR]
class ImportCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    int run(const QStringList &args, CliIo &io) override;
};

} // namespace fla::cli
