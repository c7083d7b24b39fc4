// Benchmark (a) of issue 6: importing N participations from a CSV file with
// full validation, side by side with the sqlite3 tool's .import of the same
// file. Prints both times and their ratio.
//
//   bench_csv_import [--rows 1000000] [--keep DIR]

#include "BenchCpu_unix.h"
#include "core/domain/EnterpriseNumber.h"
#include "core/domain/Ssin.h"
#include "core/io/ImportStore.h"
#include "core/io/Importer.h"
#include "core/io/TableReader.h"
#include "core/storage/BulkLoader.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <cstdio>

using namespace fla;

namespace {

// Payroll-export style: ';', Belgian dates, decimal commas; 20,000 workers,
// 50,000 trainings (20 participants each).
void writeCsv(const QString &path, qint64 rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QByteArray buf = "INSZ;Naam;Voornaam;Opleiding;Begindatum;Einddatum;Uren\n";
    const int workers = 20000;
    QList<QByteArray> ssins;
    for (int w = 0; w < workers; ++w) {
        ssins.append(Ssin::compose(60 + w % 40, 1 + w % 12, 1 + w % 28, 1 + w % 997, false).toLatin1());
    }
    for (qint64 i = 0; i < rows; ++i) {
        const qint64 t = i / 20;
        const int day = 1 + int(t % 28), month = 1 + int((t / 28) % 12);
        const QByteArray date = QByteArray::number(day) + '/' + QByteArray::number(month) + "/2025";
        buf += ssins.at(int((i * 7919) % workers)) + ";Achternaam" + QByteArray::number(i % workers) +
               ";Voornaam;Opleiding " + QByteArray::number(t) + ';' + date + ';' + date + ";7,5\n";
        if (buf.size() > (1 << 20)) {
            f.write(buf);
            buf.clear();
        }
    }
    f.write(buf);
}

double secondsOf(const std::function<bool()> &work)
{
    QElapsedTimer t;
    t.start();
    if (!work())
        return -1;
    return t.nsecsElapsed() / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Participations."),
                                        QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("Work in DIR and keep it."),
                                        QStringLiteral("DIR"));
    parser.addOption(rowsOption);
    parser.addOption(keepOption);
    const QCommandLineOption oursOption(QStringLiteral("validate-only"),
                                        QStringLiteral("Only read and validate (profiling)."));
    parser.addOption(oursOption);
    parser.addHelpOption();
    parser.process(app);
    const qint64 rows = parser.value(rowsOption).toLongLong();
    QTemporaryDir tmp;
    const QString dir = parser.isSet(keepOption) ? parser.value(keepOption) : tmp.path();
    QDir().mkpath(dir);
    const QString csv = QDir(dir).filePath(QStringLiteral("participations.csv"));
    QTextStream out(stdout);

    writeCsv(csv, rows);
    out << "file: " << QFile(csv).size() / (1 << 20) << " MiB, " << rows << " participations\n";
    out.flush();

    if (parser.isSet(oursOption)) {
        Employer e;
        e.uuid = QUuid::createUuid();
        QString error;
        auto reader = TableReader::open(csv, &error);
        const ImportResult r = Importer(e, suggestProfile(reader->header()), QDate(2026, 1, 15))
                                   .run(*reader, ImportMode::ValidRowsOnly);
        out << r.rowsAccepted << " accepted, " << r.rows.size() << " rows with " << r.issueCount()
            << " issues\n";
        if (!r.rows.isEmpty() && !r.rows.first().issues.isEmpty())
            out << "first: " << r.rows.first().issues.first().code << ' '
                << r.rows.first().issues.first().message << '\n';
        return 0;
    }

    // 1. sqlite3 .import into a new database file (no checks at all).
    const QString db = QDir(dir).filePath(QStringLiteral("sqlite-import.db"));
    QFile::remove(db);
    const double childCpu0 = bench::cpuSeconds(true);
    const double sqlite = secondsOf([&] {
        QProcess p;
        p.start(QStringLiteral("sqlite3"), {db, QStringLiteral(".mode csv"), QStringLiteral(".separator ;"),
                                            QStringLiteral(".import %1 participations").arg(csv)});
        return p.waitForFinished(-1) && p.exitCode() == 0;
    });

    // 2. Ours: detect, read, map, validate every row (INSZ check digits,
    //    dates, numbers, required fields, duration rules), derive UUIDs,
    //    deduplicate workers and trainings.
    Employer employer;
    employer.uuid = QUuid::createUuid();
    employer.enterpriseNumber = EnterpriseNumber::compose(5669882);
    employer.name = QStringLiteral("Bench NV");
    const double sqliteCpu = bench::cpuSeconds(true) - childCpu0;
    ImportResult result;
    const double selfCpu0 = bench::cpuSeconds(false);
    const double validate = secondsOf([&] {
        QString error;
        auto reader = TableReader::open(csv, &error);
        if (!reader)
            return false;
        result = Importer(employer, suggestProfile(reader->header()), QDate(2026, 1, 15))
                     .run(*reader, ImportMode::ValidRowsOnly);
        return result.ok;
    });

    const double validateCpu = bench::cpuSeconds(false) - selfCpu0;

    // 3. Ours, the whole way: 2. and storing into a new workspace in one transaction.
    const QString wsPath = QDir(dir).filePath(QStringLiteral("bench.fladesk"));
    QFile::remove(wsPath);
    double store = -1;
    {
        QString error;
        auto ws = Workspace::open(wsPath, &error);
        if (ws && ws->employers().save(employer, &error)) {
            store = secondsOf([&] {
                ImportStoreStats stats;
                return storeImport(*ws, employer.uuid, result, ImportMode::AllAsDrafts, &stats, &error,
                                   false);
            });
        }
        if (store < 0)
            out << "store failed: " << error << '\n';
    }

    out << QStringLiteral("rows accepted %1, rejected %2; %3 workers, %4 trainings\n")
               .arg(result.rowsAccepted)
               .arg(result.rowsRejected)
               .arg(result.data.workers.size())
               .arg(result.data.trainings.size());
    out << QStringLiteral("sqlite3 .import:                 %1 s\n").arg(sqlite, 0, 'f', 2);
    out << QStringLiteral("fladesk read + full validation:  %1 s  ratio %2\n")
               .arg(validate, 0, 'f', 2)
               .arg(validate / sqlite, 0, 'f', 2);
    out << QStringLiteral("CPU seconds: sqlite3 %1, fladesk read + full validation %2  ratio %3\n")
               .arg(sqliteCpu, 0, 'f', 2)
               .arg(validateCpu, 0, 'f', 2)
               .arg(validateCpu / sqliteCpu, 0, 'f', 2);
    out << QStringLiteral("fladesk + store in workspace:    %1 s  ratio %2\n")
               .arg(validate + store, 0, 'f', 2)
               .arg((validate + store) / sqlite, 0, 'f', 2);
    return 0;
}
