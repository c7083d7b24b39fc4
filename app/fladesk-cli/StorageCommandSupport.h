#pragma once

#include <QByteArray>
#include <QCommandLineOption>
#include <QString>
#include <optional>

class QCommandLineParser;

namespace fla::cli {

struct CliIo;

// --workspace PATH, shared by the commands that work on a workspace.
QCommandLineOption workspaceOption();
// The workspace named on the command line, else Workspace::defaultPath().
QString workspacePath(const QCommandLineParser &parser);
// The passphrase in the file `option` names (one line; the line end is not
// part of it): empty when the option is not given, nullopt after telling on
// io.err why the file cannot be read or is empty.
std::optional<QByteArray> passphraseFrom(const QCommandLineParser &parser, const QCommandLineOption &option,
                                         CliIo &io);

} // namespace fla::cli
