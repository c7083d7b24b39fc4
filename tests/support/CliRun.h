#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace fla::test {

// How fladesk-cli is run: extra environment variables (on top of this
// process's; an empty value removes one), what it reads on standard input,
// how long it may take.
struct CliOptions
{
    QList<QPair<QString, QString>> environment;
    QByteArray input; // null: standard input is left open and unused
    int timeoutMs = 120000;
};

// What a run of fladesk-cli did.
struct CliRun
{
    bool finished = false; // within the time, not crashed
    int exitCode = -1;
    QByteArray out, err;
    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

// Runs the project's built fladesk-cli as a child process, as a user would,
// and waits for it. A run that does not finish in time is killed (and says so).
CliRun runCli(const QStringList &args, const CliOptions &options = {});

// The same, for a test that compares the exit status and reads the texts:
// the status (-1 when it did not finish), standard output and error into out
// and err when given.
int cliExitCode(const QStringList &args, QString *out = nullptr, QString *err = nullptr);

} // namespace fla::test
