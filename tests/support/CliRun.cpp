#include "CliRun.h"

#include "ChildStart.h"
#include "TestSupport.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace fla::test {

CliRun runCli(const QStringList &args, const CliOptions &options)
{
    QProcess p;
    if (!options.environment.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const auto &[name, value] : options.environment) {
            if (value.isEmpty())
                env.remove(name);
            else
                env.insert(name, value);
        }
        p.setProcessEnvironment(env);
    }
    p.setProgram(executablePath(QStringLiteral("fladesk-cli")));
    p.setArguments(args);
    CliRun run;
    if (!startChild(p)) {
        qWarning("fladesk-cli %s did not start: %s", qPrintable(args.join(QLatin1Char(' '))),
                 qPrintable(p.errorString()));
        return run;
    }
    if (!options.input.isNull()) {
        p.write(options.input);
        p.closeWriteChannel();
    }
    run.finished = p.waitForFinished(options.timeoutMs) && p.exitStatus() == QProcess::NormalExit;
    if (!run.finished) {
        qWarning("fladesk-cli %s did not finish: %s (exit code %#x)", qPrintable(args.join(QLatin1Char(' '))),
                 p.state() == QProcess::NotRunning ? "crashed" : "still running", uint(p.exitCode()));
        p.kill();
        p.waitForFinished(5000);
    }
    run.exitCode = run.finished ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

int cliExitCode(const QStringList &args, QString *out, QString *err)
{
    const CliRun r = runCli(args);
    if (out)
        *out = r.outText();
    if (err)
        *err = r.errText();
    return r.finished ? r.exitCode : -1;
}

} // namespace fla::test
