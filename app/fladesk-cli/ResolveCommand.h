#pragma once

#include "CliCommand.h"

namespace fla::cli {

// fladesk-cli resolve [UUID [--keep-mine | --take-theirs]] [--workspace FILE]
//                     [--environment E | --api-url URL] [--token-file FILE]
// Without UUID: the records in conflict with the platform. With UUID: the record's
// version and the platform's, field by field; --keep-mine declares ours again at the
// next sync (over the platform's version shown), --take-theirs writes the platform's
// into the workspace (audited) and closes the record's outbox entry.
class ResolveCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("resolve"); }
    QString summary() const override;
    int run(const QStringList &args, CliIo &io) override;
};

} // namespace fla::cli
