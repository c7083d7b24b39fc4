#pragma once

#include <QByteArray>
#include <QCommandLineOption>
#include <QString>

class QCommandLineParser;

namespace fla::cli {

// --workspace PATH, shared by the commands that work on a workspace.
QCommandLineOption workspaceOption();
// The workspace named on the command line, else Workspace::defaultPath().
QString workspacePath(const QCommandLineParser &parser);
// Reads a passphrase file (one line; the line end is not part of it).
// Empty with a translated message in error when it cannot be read or is empty.
QByteArray readPassphraseFile(const QString &file, QString *error);

} // namespace fla::cli
