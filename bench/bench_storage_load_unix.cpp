// Loading the data users have into a workspace, against the sqlite3 tool.
//
//   bench_storage_load [--participations N] [--rounds R] [--add N2] [--keep DIR]
//
// The set is what `fladesk-cli generate --seed 1 --participations N` writes
// (many employers, workers, employments, trainings, participations and
// rights: the shape of an accountant's office). Each round runs, in turn and
// as separate processes:
//   - the reference: `sqlite3` .import of all six CSV files into plain tables,
//     and of participations.csv alone;
//   - `fladesk-cli import-csv` of the set into a new workspace, audited (the
//     default) and with --no-audit.
// With --add N2, a second, disjoint set of N2 participations (seed 2) is loaded
// into the full workspace and into an empty one: a load must cost in proportion
// to what it loads, not to what is already there.
// CPU (user + system) and peak memory come from each child's own rusage
// (wait4); the medians of the rounds are compared. Prints the figures of
// docs/performance.md ("Storage: bulk load on the generated shape").
#include "core/dataset/DataSetCsv.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

struct Run
{
    double wall = 0;
    double cpu = 0;
    double peakMiB = 0;
    bool ok = false;
    int exitCode = -1;
};

// Runs argv as a child (stdin from inputFile when given, output discarded)
// and reads its own CPU time and peak memory.
Run runChild(const QStringList &argv, const QString &inputFile = {})
{
    std::vector<QByteArray> bytes;
    for (const QString &a : argv)
        bytes.push_back(QFile::encodeName(a));
    std::vector<char *> args;
    for (QByteArray &b : bytes)
        args.push_back(b.data());
    args.push_back(nullptr);
    const QByteArray input = QFile::encodeName(inputFile);
    QElapsedTimer t;
    t.start();
    const pid_t pid = fork();
    if (pid == 0) {
        const int in = input.isEmpty() ? open("/dev/null", O_RDONLY) : open(input.constData(), O_RDONLY);
        const int out = open("/dev/null", O_WRONLY);
        if (in < 0 || out < 0)
            _exit(127);
        dup2(in, 0);
        dup2(out, 1);
        dup2(out, 2);
        execvp(args[0], args.data());
        _exit(127);
    }
    Run r;
    if (pid < 0)
        return r;
    int status = 0;
    rusage u{};
    if (wait4(pid, &status, 0, &u) != pid)
        return r;
    r.wall = t.elapsed() / 1000.0;
    r.cpu =
        double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
    r.peakMiB = double(u.ru_maxrss) / 1024.0;
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.ok = r.exitCode == 0;
    return r;
}

Run median(QList<Run> runs)
{
    Run out;
    out.ok = !runs.isEmpty() && std::all_of(runs.cbegin(), runs.cend(), [](const Run &r) { return r.ok; });
    auto mid = [&runs](double Run::*field) {
        std::sort(runs.begin(), runs.end(),
                  [field](const Run &a, const Run &b) { return a.*field < b.*field; });
        const qsizetype n = runs.size();
        return n % 2 ? runs.at(n / 2).*field : (runs.at(n / 2 - 1).*field + runs.at(n / 2).*field) / 2;
    };
    out.wall = mid(&Run::wall);
    out.cpu = mid(&Run::cpu);
    out.peakMiB = mid(&Run::peakMiB);
    return out;
}

void removeDatabase(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal", ".lock"})
        QFile::remove(path + QLatin1String(suffix));
}

// A sqlite3 script that imports the given CSV files of dir into plain tables named after them.
QString importScript(const QString &dir, const QStringList &files)
{
    const QString path =
        dir + QStringLiteral("/import-") + QString::number(files.size()) + QStringLiteral(".sql");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(".mode csv\n");
    for (const QString &file : files)
        f.write(QByteArray(".import ") + QFile::encodeName(dir + QStringLiteral("/csv/") + file) + ' ' +
                QFileInfo(file).baseName().toUtf8() + '\n');
    f.write(".quit\n");
    return path;
}

// The generated set's participations as one office's payroll export for the
// mapped import (`fladesk-cli import`): one row per participation with its
// worker's INSZ and names and its training's name, dates and hours, all under
// one employer; employers.csv of that employer alone in employerDir.
bool writeMappedCsv(const QString &setDir, const QString &path, const QString &employerDir, QString *number)
{
    QList<fla::DataSetCsvIssue> issues;
    const fla::DataSet set = fla::DataSetCsv::read(setDir, &issues);
    if (set.employers.isEmpty() || !issues.isEmpty())
        return false;
    QHash<QUuid, const fla::Worker *> workers;
    for (const fla::Worker &w : set.workers)
        workers.insert(w.uuid, &w);
    QHash<QUuid, const fla::Training *> trainings;
    for (const fla::Training &t : set.trainings)
        trainings.insert(t.uuid, &t);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QByteArray buf = "INSZ;Naam;Voornaam;Opleiding;Begindatum;Einddatum;Uren\n";
    for (const fla::Participation &p : set.participations) {
        const fla::Worker *w = workers.value(p.workerUuid);
        const fla::Training *t = trainings.value(p.trainingUuid);
        if (!w || !t)
            return false;
        // The training's uuid in its name: one office's trainings stay apart.
        buf += w->ssin.toLatin1() + ';' + w->familyName.toUtf8() + ';' + w->givenName.toUtf8() + ';' +
               t->name.toUtf8() + ' ' + t->uuid.toString(QUuid::WithoutBraces).left(8).toLatin1() + ';' +
               t->startDate.toString(QStringLiteral("dd/MM/yyyy")).toLatin1() + ';' +
               t->endDate.toString(QStringLiteral("dd/MM/yyyy")).toLatin1() + ';' +
               QByteArray::number(t->duration, 'f', 1).replace('.', ',') + '\n';
        if (buf.size() > (1 << 20)) {
            f.write(buf);
            buf.clear();
        }
    }
    f.write(buf);
    fla::DataSet one;
    one.employers.append(set.employers.constFirst());
    *number = set.employers.constFirst().enterpriseNumber;
    QString error;
    return f.flush() && fla::DataSetCsv::write(one, employerDir, &error);
}

void printRow(const char *label, const Run &r, const Run &reference)
{
    std::printf("%-52s %7.2f s %7.2f s %6.2f %9.2f %8.0f MiB%s\n", label, r.wall, r.cpu,
                r.wall / reference.wall, r.cpu / reference.cpu, r.peakMiB, r.ok ? "" : "  FAILED");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption nOption(QStringLiteral("participations"),
                                     QStringLiteral("Participations of the generated set (1000000)."),
                                     QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"),
                                          QStringLiteral("Rounds, alternating reference and loads (3)."),
                                          QStringLiteral("R"), QStringLiteral("3"));
    const QCommandLineOption addOption(
        QStringLiteral("add"), QStringLiteral("Also load N2 more participations into the full workspace."),
        QStringLiteral("N2"));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("Work in DIR and keep it."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption cliOption(
        QStringLiteral("cli"), QStringLiteral("The fladesk-cli to measure (another build, to compare)."),
        QStringLiteral("PATH"));
    const QCommandLineOption noMappedOption(
        QStringLiteral("no-mapped"),
        QStringLiteral("Skip the mapped import (fladesk-cli import) of the same participations."));
    parser.addOptions({nOption, roundsOption, addOption, keepOption, cliOption, noMappedOption});
    parser.addHelpOption();
    parser.process(app);

    const QString cli = parser.isSet(cliOption) ? parser.value(cliOption)
                                                : QCoreApplication::applicationDirPath() +
                                                      QStringLiteral("/../app/fladesk-cli/fladesk-cli");
    if (!QFileInfo(cli).isExecutable()) {
        std::fprintf(stderr, "fladesk-cli not found at %s\n", qPrintable(cli));
        return 1;
    }
    QTemporaryDir tmp;
    const QString dir = parser.isSet(keepOption) ? parser.value(keepOption) : tmp.path();
    QDir().mkpath(dir);
    const QString n = parser.value(nOption);
    const Run generated = runChild(
        {cli, "generate", "--seed", "1", "--participations", n, "--out", dir + QStringLiteral("/csv")});
    if (!generated.ok) {
        std::fprintf(stderr, "fladesk-cli generate failed\n");
        return 1;
    }
    const QStringList six{"employers.csv", "workers.csv",        "employments.csv",
                          "trainings.csv", "participations.csv", "rights.csv"};
    const QString allSix = importScript(dir, six);
    const QString participationsOnly = importScript(dir, {"participations.csv"});
    std::printf("generated set: %s participations (fladesk-cli generate --seed 1), %.0f MiB of CSV\n",
                qPrintable(n), [&] {
                    qint64 size = 0;
                    for (const QString &f : six)
                        size += QFileInfo(dir + QStringLiteral("/csv/") + f).size();
                    return size / 1048576.0;
                }());

    const int rounds = qMax(1, parser.value(roundsOption).toInt());
    QList<Run> refSix, refParticipations, audited, noAudit;
    const QString plain = dir + QStringLiteral("/plain.db");
    const QString ws = dir + QStringLiteral("/ws.fladesk");
    const QString wsNoAudit = dir + QStringLiteral("/ws-noaudit.fladesk");
    const auto loadNow = [] {
        double load[3] = {0, 0, 0};
        return getloadavg(load, 3) == 3 ? load[0] : -1.0;
    };
    for (int round = 0; round < rounds; ++round) {
        std::printf("round %d starts at a load average of %.1f\n", round + 1, loadNow());
        removeDatabase(plain);
        refSix << runChild({QStringLiteral("sqlite3"), plain}, allSix);
        removeDatabase(plain);
        refParticipations << runChild({QStringLiteral("sqlite3"), plain}, participationsOnly);
        removeDatabase(ws);
        audited << runChild({cli, "import-csv", dir + QStringLiteral("/csv"), "--workspace", ws});
        removeDatabase(wsNoAudit);
        noAudit << runChild(
            {cli, "import-csv", dir + QStringLiteral("/csv"), "--workspace", wsNoAudit, "--no-audit"});
        std::printf(
            "round %d: cpu %.2f s reference (six files), %.2f s audited (%.2f x), %.2f s no audit (%.2f x)\n",
            round + 1, refSix.constLast().cpu, audited.constLast().cpu,
            audited.constLast().cpu / refSix.constLast().cpu, noAudit.constLast().cpu,
            noAudit.constLast().cpu / refSix.constLast().cpu);
    }
    const Run ref = median(refSix);
    std::printf("\nmedians of %d rounds                                    wall       cpu   ratio(wall) "
                "ratio(cpu)  peak\n",
                rounds);
    printRow("sqlite3 .import of the six CSV files, plain tables:", ref, ref);
    printRow("sqlite3 .import of participations.csv alone:", median(refParticipations), ref);
    printRow("fladesk-cli import-csv, audited (default):", median(audited), ref);
    printRow("fladesk-cli import-csv --no-audit:", median(noAudit), ref);
    std::printf("workspace file: %.0f MiB; plain tables: %.0f MiB\n", QFileInfo(ws).size() / 1048576.0,
                QFileInfo(plain).size() / 1048576.0);

    bool ok = ref.ok && median(audited).ok && median(noAudit).ok;
    if (parser.isSet(addOption)) {
        // A second office's set (other employers) of N2 participations, into the full
        // workspace and into an empty one: the two should cost about the same.
        const QString more = dir + QStringLiteral("/csv-more");
        if (!runChild(
                 {cli, "generate", "--seed", "2", "--participations", parser.value(addOption), "--out", more})
                 .ok) {
            std::fprintf(stderr, "fladesk-cli generate (--add) failed\n");
            return 1;
        }
        QList<Run> intoFull, intoEmpty;
        for (int round = 0; round < rounds; ++round) {
            const QString full = dir + QStringLiteral("/ws-full-%1.fladesk").arg(round);
            removeDatabase(full);
            QFile::copy(ws, full);
            intoFull << runChild({cli, "import-csv", more, "--workspace", full});
            const QString empty = dir + QStringLiteral("/ws-empty.fladesk");
            removeDatabase(empty);
            intoEmpty << runChild({cli, "import-csv", more, "--workspace", empty});
            removeDatabase(full);
        }
        const Run a = median(intoFull), b = median(intoEmpty);
        std::printf("\n%s more participations (seed 2)                     wall       cpu   ratio to an "
                    "empty workspace\n",
                    qPrintable(parser.value(addOption)));
        std::printf("%-52s %7.2f s %7.2f s\n", "into an empty workspace:", b.wall, b.cpu);
        std::printf("%-52s %7.2f s %7.2f s %6.2f (cpu)%s\n",
                    "into the workspace holding the first set:", a.wall, a.cpu, a.cpu / b.cpu,
                    a.ok && b.ok ? "" : "  FAILED");
        ok = ok && a.ok && b.ok;
    }
    if (!parser.isSet(noMappedOption)) {
        // The same participations through the mapped import (full validation),
        // as one office's payroll export into a workspace holding its employer.
        const QString mapped = dir + QStringLiteral("/mapped.csv");
        const QString employerDir = dir + QStringLiteral("/employer");
        const QString profiles = dir + QStringLiteral("/profiles");
        const QString pristine = dir + QStringLiteral("/ws-employer.fladesk");
        QString number;
        QDir().mkpath(profiles);
        removeDatabase(pristine);
        QProcess suggest;
        if (!writeMappedCsv(dir + QStringLiteral("/csv"), mapped, employerDir, &number) ||
            !runChild({cli, "import-csv", employerDir, "--workspace", pristine}).ok) {
            std::fprintf(stderr, "the mapped file or its employer's workspace could not be made\n");
            return 1;
        }
        suggest.start(cli, {QStringLiteral("import"), QStringLiteral("--suggest"), mapped});
        QFile profile(profiles + QStringLiteral("/bench.json"));
        if (!suggest.waitForFinished(600000) || suggest.exitCode() != 0 ||
            !profile.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::fprintf(stderr, "fladesk-cli import --suggest failed\n");
            return 1;
        }
        QByteArray json = suggest.readAllStandardOutput();
        json.replace("\"name\": \"mapped\"", "\"name\": \"bench\"");
        profile.write(json);
        profile.close();
        QList<Run> mappedRuns, refAgain;
        for (int round = 0; round < rounds; ++round) {
            removeDatabase(plain);
            refAgain << runChild({QStringLiteral("sqlite3"), plain}, allSix);
            const QString target = dir + QStringLiteral("/ws-mapped.fladesk");
            removeDatabase(target);
            QFile::copy(pristine, target);
            // By its path: a name is looked for first in the working directory, and the repository
            // has a folder bench/ (run from there, the import stopped with 64).
            Run r = runChild({cli, "import", "--mapping", profiles + QStringLiteral("/bench.json"),
                              "--employer", number, "--workspace", target, mapped});
            r.ok = r.exitCode == 0 || r.exitCode == 1; // 1: rows kept as drafts or rejected (listed)
            mappedRuns << r;
            std::printf("mapped round %d: cpu %.2f s reference, %.2f s import (%.2f x), exit %d\n", round + 1,
                        refAgain.constLast().cpu, r.cpu, r.cpu / refAgain.constLast().cpu, r.exitCode);
        }
        const Run again = median(refAgain);
        std::printf(
            "\nmapped import of the same %s participations (one office)  wall       cpu   ratio(wall) "
            "ratio(cpu)  peak\n",
            qPrintable(n));
        printRow("sqlite3 .import of the six CSV files (again):", again, again);
        printRow("fladesk-cli import --mapping (full validation):", median(mappedRuns), again);
        ok = ok && median(mappedRuns).ok;
    }
    double load[3] = {0, 0, 0};
    if (getloadavg(load, 3) == 3)
        std::printf("machine load average at the end: %.2f %.2f %.2f (%d cores)\n", load[0], load[1], load[2],
                    QThread::idealThreadCount());
    return ok ? 0 : 1;
}
