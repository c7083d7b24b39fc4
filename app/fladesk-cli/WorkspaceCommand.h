#pragma once

#include "CliCommand.h"

namespace fla::cli {

// fladesk-cli workspace copy --from A --to B [--replace] [--json]
// Copies a workspace between SQLite files and PostgreSQL databases, in
// either direction, and checks the copy (core/storage/WorkspaceCopy).
class WorkspaceCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("workspace"); }
    QString summary() const override;
    int run(const QStringList &args, CliIo &io) override;
};

} // namespace fla::cli
