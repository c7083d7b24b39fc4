// A team workspace (PostgreSQL) at an office's scale, on a server of its own.
//
//   bench_team_server --work DIR [--participations N] [--rounds R] [--clients C] [--iterations K]
//                     [--keep] [--cli PATH]
//
// Starts a PostgreSQL 15 cluster in DIR (initdb and pg_ctl from /usr/lib/postgresql/15/bin or
// $FLADESK_PG_BIN; a Unix socket only; the server's default, durable settings), as the user
// postgres (or nobody) when run as root. Then:
//   1. the set `fladesk-cli generate --seed 1 --participations N` writes, loaded R times, each into
//      a new database: `psql` \copy of the same six CSV files into plain tables (all text, no key,
//      no index: the reference), and `fladesk-cli import-csv` into a team workspace (COPY, the
//      schema's keys, references, checks and row-level security, the load's audit entries).
//      Wall time of each (the server does most of the work, so a client's CPU says little).
//   2. C client processes at once (this program with --client) on the last loaded workspace,
//      each on its own company (the C largest), each K times: a page of 200 participations at a
//      random place (sorted by training start), the same filtered on the start of a family name,
//      and a save of a worker through the write path (RecordWriter: the record, its audit and
//      outbox rows and the stored anomalies of what it reaches, one transaction). p50/p95/max of
//      each over every client.
// Prints the figures of docs/performance.md ("Team server"). DIR is removed unless --keep.
#include "core/common/Clock.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/ParticipationRepository.h"
#include "core/storage/WorkerRepository.h"
#include "core/storage/Workspace.h"
#include "core/workspace/RecordWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <pwd.h>
#include <unistd.h>
#include <vector>

using namespace fla;

namespace {

const QString kSuperuser = QStringLiteral("fladesk_bench");

double loadNow()
{
    double load[3] = {0, 0, 0};
    return getloadavg(load, 3) == 3 ? load[0] : -1.0;
}

// The user the server runs as: PostgreSQL refuses root.
QString serverUser()
{
    if (geteuid() != 0)
        return {};
    return getpwnam("postgres") ? QStringLiteral("postgres") : QStringLiteral("nobody");
}

struct Ran
{
    bool ok = false;
    double wall = 0;
    QByteArray output;
};

// Runs a program (as the server's user when asked and needed), wall time.
Ran run(const QString &program, const QStringList &args, bool asServer = false, int timeoutMs = 3600000)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    const QString user = asServer ? serverUser() : QString();
    QElapsedTimer t;
    t.start();
    if (user.isEmpty())
        p.start(program, args);
    else
        p.start(QStringLiteral("runuser"),
                QStringList{QStringLiteral("-u"), user, QStringLiteral("--"), program} + args);
    Ran r;
    r.ok = p.waitForFinished(timeoutMs) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    r.wall = t.elapsed() / 1000.0;
    r.output = p.readAll();
    if (!r.ok)
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program), r.output.constData());
    return r;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5))];
}

double median(std::vector<double> v)
{
    return percentile(std::move(v), 0.5);
}

// One client: C of them run at once, each on its own company.
int clientMain(const QString &url, int rank, int iterations)
{
    QString error;
    auto ws = Workspace::open(url, &error);
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 70;
    }
    const Result<QList<Employer>> employers = ws->employers().findAll();
    if (!employers) {
        std::fprintf(stderr, "%s\n", qPrintable(employers.error()));
        return 70;
    }
    QList<std::pair<qint64, Employer>> companies;
    for (const Employer &e : *employers) {
        const Result<qint64> n = ws->participations(e.uuid).findCount();
        if (!n) {
            std::fprintf(stderr, "%s\n", qPrintable(n.error()));
            return 70;
        }
        companies.append({*n, e});
    }
    std::sort(companies.begin(), companies.end(),
              [](const auto &a, const auto &b) { return a.first > b.first; });
    if (companies.isEmpty())
        return 70;
    const auto &[participations, company] = companies.at(rank % companies.size());
    const Result<QList<Worker>> read = ws->workers(company.uuid).findAll();
    if (!read || read->isEmpty())
        return 70;
    const QList<Worker> &workers = *read;
    RecordWriter writer(*ws, ws->clock());
    QRandomGenerator random(quint32(rank + 1));
    ParticipationRepository repo = ws->participations(company.uuid);
    for (int i = 0; i <= iterations; ++i) { // the first round warms up, not counted
        PageRequest page;
        page.limit = 200;
        page.sortColumn = ParticipationRepository::ByTrainingStart;
        page.offset = participations > 200 ? random.bounded(participations - 200) : 0;
        QElapsedTimer t;
        t.start();
        const auto rows = repo.findPage(page);
        const double pageMs = double(t.nsecsElapsed()) / 1e6;
        Worker w = workers.at(int(random.bounded(qint64(workers.size()))));
        ParticipationFilter filter;
        filter.text = w.familyName.left(2);
        page.offset = 0;
        page.sortColumn = ParticipationRepository::ByWorkerName;
        t.restart();
        const auto filtered = repo.findPage(page, filter);
        const double filterMs = double(t.nsecsElapsed()) / 1e6;
        w.address = QStringLiteral("Stationsstraat %1, 9000 Gent").arg(rank * 1000 + i);
        t.restart();
        const Result<void> saved = writer.save(w);
        const double saveMs = double(t.nsecsElapsed()) / 1e6;
        if (!rows || !filtered || !saved) {
            std::fprintf(stderr, "client %d: %s\n", rank,
                         qPrintable(!rows       ? rows.error()
                                    : !filtered ? filtered.error()
                                                : saved.error()));
            return 70;
        }
        if (i > 0)
            std::printf("page %.3f\nfilter %.3f\nsave %.3f\n", pageMs, filterMs, saveMs);
    }
    std::printf("company %lld\n", static_cast<long long>(participations));
    return 0;
}

// psql's script: plain text tables named after the six files, each \copy'd.
bool writeCopyScript(const QString &csvDir, const QString &path)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    for (const char *name :
         {"employers", "workers", "employments", "trainings", "participations", "rights"}) {
        const QString file = csvDir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".csv");
        QFile csv(file);
        if (!csv.open(QIODevice::ReadOnly))
            return false;
        QStringList columns;
        for (const QByteArray &c : csv.readLine().trimmed().split(','))
            columns << QStringLiteral("\"%1\" text").arg(QString::fromUtf8(c).remove(QLatin1Char('"')));
        out.write(
            QStringLiteral(
                "CREATE TABLE plain_%1 (%2);\n\\copy plain_%1 FROM '%3' WITH (FORMAT csv, HEADER true)\n")
                .arg(QLatin1String(name), columns.join(QStringLiteral(", ")), file)
                .toUtf8());
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption workOption(
        QStringLiteral("work"), QStringLiteral("Folder for the cluster and the set."), QStringLiteral("DIR"));
    const QCommandLineOption nOption(QStringLiteral("participations"), QStringLiteral("Set size (1000000)."),
                                     QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Loads of each kind (3)."),
                                          QStringLiteral("R"), QStringLiteral("3"));
    const QCommandLineOption clientsOption(QStringLiteral("clients"),
                                           QStringLiteral("Client processes (10)."), QStringLiteral("C"),
                                           QStringLiteral("10"));
    const QCommandLineOption iterationsOption(QStringLiteral("iterations"),
                                              QStringLiteral("Page, filter and save rounds per client (50)."),
                                              QStringLiteral("K"), QStringLiteral("50"));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
                                        QStringLiteral("Keep DIR (and stop the server)."));
    const QCommandLineOption cliOption(QStringLiteral("cli"), QStringLiteral("The fladesk-cli to measure."),
                                       QStringLiteral("PATH"));
    const QCommandLineOption clientOption(
        QStringLiteral("client"), QStringLiteral("(internal) run one client."), QStringLiteral("URL"));
    const QCommandLineOption rankOption(QStringLiteral("rank"),
                                        QStringLiteral("(internal) the client's number."),
                                        QStringLiteral("I"), QStringLiteral("0"));
    parser.addOptions({workOption, nOption, roundsOption, clientsOption, iterationsOption, keepOption,
                       cliOption, clientOption, rankOption});
    parser.addHelpOption();
    parser.process(app);
    const int iterations = qMax(1, parser.value(iterationsOption).toInt());
    if (parser.isSet(clientOption))
        return clientMain(parser.value(clientOption), parser.value(rankOption).toInt(), iterations);

    if (!parser.isSet(workOption)) {
        std::fprintf(stderr, "give --work DIR (a folder on a disk with room for the set and the cluster)\n");
        return 64;
    }
    const QString cli = parser.isSet(cliOption) ? parser.value(cliOption)
                                                : QCoreApplication::applicationDirPath() +
                                                      QStringLiteral("/../app/fladesk-cli/fladesk-cli");
    const QString bin = qEnvironmentVariable("FLADESK_PG_BIN", QStringLiteral("/usr/lib/postgresql/15/bin"));
    const QString work = QDir(parser.value(workOption)).absolutePath();
    const QString cluster = work + QStringLiteral("/cluster"), socket = work + QStringLiteral("/socket");
    const QString csv = work + QStringLiteral("/csv");
    if (QFileInfo::exists(cluster)) {
        std::fprintf(stderr, "%s already holds a cluster\n", qPrintable(cluster));
        return 64;
    }
    QDir().mkpath(socket);
    const QString n = parser.value(nOption);
    std::printf("load average at the start: %.2f (%d cores)\n", loadNow(), QThread::idealThreadCount());
    if (!run(cli, {"generate", "--seed", "1", "--participations", n, "--out", csv}).ok)
        return 1;
    if (!serverUser().isEmpty())
        run(QStringLiteral("chown"), {QStringLiteral("-R"), serverUser(), work});
    const int port = 20000 + int(QCoreApplication::applicationPid() % 20000);
    if (!run(bin + QStringLiteral("/initdb"),
             {"-D", cluster, "-U", kSuperuser, "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"}, true)
             .ok ||
        !run(bin + QStringLiteral("/pg_ctl"),
             {"-D", cluster, "-l", work + QStringLiteral("/server.log"), "-w", "-o",
              QStringLiteral("-k %1 -p %2 -c listen_addresses= -c max_connections=50").arg(socket).arg(port),
              "start"},
             true)
             .ok)
        return 1;
    auto stopServer = [&] {
        run(bin + QStringLiteral("/pg_ctl"), {"-D", cluster, "-m", "fast", "-w", "stop"}, true);
    };
    const QStringList psql{QStringLiteral("-X"), QStringLiteral("-q"),
                           QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                           QStringLiteral("-h"), socket,
                           QStringLiteral("-p"), QString::number(port),
                           QStringLiteral("-U"), kSuperuser};
    auto createDb = [&](const QString &name) {
        return run(bin + QStringLiteral("/psql"),
                   psql + QStringList{"-d", "postgres", "-c",
                                      QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' "
                                                     "LC_COLLATE 'C' LC_CTYPE 'C'")
                                          .arg(name)})
            .ok;
    };
    auto url = [&](const QString &db) {
        return QStringLiteral("postgresql://%1@/%2?host=%3&port=%4").arg(kSuperuser, db, socket).arg(port);
    };
    const QString script = work + QStringLiteral("/copy.sql");
    if (!writeCopyScript(csv, script)) {
        stopServer();
        return 1;
    }
    const int rounds = qMax(1, parser.value(roundsOption).toInt());
    std::vector<double> reference, loads;
    QString lastWorkspace;
    bool ok = true;
    for (int r = 0; r < rounds && ok; ++r) {
        std::printf("round %d starts at a load average of %.2f\n", r + 1, loadNow());
        const QString plain = QStringLiteral("plain_%1").arg(r), ws = QStringLiteral("office_%1").arg(r);
        ok = createDb(plain) && createDb(ws);
        const Ran copy = run(bin + QStringLiteral("/psql"), psql + QStringList{"-d", plain, "-f", script});
        const Ran load = run(cli, {"import-csv", csv, "--workspace", url(ws)});
        ok = ok && copy.ok && load.ok;
        reference.push_back(copy.wall);
        loads.push_back(load.wall);
        std::printf("round %d: psql \\copy %.2f s, fladesk-cli import-csv %.2f s (%.2f x)\n", r + 1,
                    copy.wall, load.wall, load.wall / copy.wall);
        // Only the last workspace stays (the clients' office); the disk holds one at a time.
        run(bin + QStringLiteral("/psql"),
            psql + QStringList{"-d", "postgres", "-c", QStringLiteral("DROP DATABASE %1").arg(plain)});
        if (!lastWorkspace.isEmpty())
            run(bin + QStringLiteral("/psql"),
                psql + QStringList{"-d", "postgres", "-c",
                                   QStringLiteral("DROP DATABASE %1").arg(lastWorkspace)});
        lastWorkspace = ws;
    }
    if (ok) {
        std::printf("\n%s participations, medians of %d rounds (wall):\n", qPrintable(n), rounds);
        std::printf("  psql \\copy of the six CSV files into plain tables: %8.2f s\n", median(reference));
        std::printf("  fladesk-cli import-csv into a team workspace:       %8.2f s  %.2f x\n", median(loads),
                    median(loads) / median(reference));
    }

    if (ok) {
        const int clients = qMax(1, parser.value(clientsOption).toInt());
        run(bin + QStringLiteral("/psql"), psql + QStringList{"-d", lastWorkspace, "-c", "VACUUM ANALYZE"});
        std::printf("\n%d clients at once, %d rounds each (load average %.2f)\n", clients, iterations,
                    loadNow());
        std::vector<std::unique_ptr<QProcess>> procs;
        QElapsedTimer wall;
        wall.start();
        for (int i = 0; i < clients; ++i) {
            auto p = std::make_unique<QProcess>();
            p->start(QCoreApplication::applicationFilePath(),
                     {"--client", url(lastWorkspace), "--rank", QString::number(i), "--iterations",
                      QString::number(iterations)});
            procs.push_back(std::move(p));
        }
        std::map<QByteArray, std::vector<double>> times;
        std::vector<double> companies;
        for (auto &p : procs) {
            const bool done = p->waitForFinished(3600000) && p->exitCode() == 0;
            if (!done) {
                std::fprintf(stderr, "a client failed: %s\n", p->readAllStandardError().constData());
                ok = false;
            }
            for (const QByteArray &line : p->readAllStandardOutput().split('\n')) {
                const QList<QByteArray> parts = line.split(' ');
                if (parts.size() != 2)
                    continue;
                if (parts.at(0) == "company")
                    companies.push_back(parts.at(1).toDouble());
                else
                    times[parts.at(0)].push_back(parts.at(1).toDouble());
            }
        }
        std::sort(companies.begin(), companies.end());
        std::printf("companies of %.0f to %.0f participations; %.1f s in all\n",
                    companies.empty() ? 0 : companies.front(), companies.empty() ? 0 : companies.back(),
                    wall.elapsed() / 1000.0);
        for (const char *op : {"page", "filter", "save"}) {
            const std::vector<double> &v = times[op];
            std::printf("  %-7s p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms  (%zu)\n", op, percentile(v, 0.5),
                        percentile(v, 0.95), v.empty() ? 0 : *std::max_element(v.begin(), v.end()), v.size());
        }
    }
    std::printf("load average at the end: %.2f\n", loadNow());
    stopServer();
    if (!parser.isSet(keepOption))
        QDir(work).removeRecursively();
    return ok ? 0 : 1;
}
