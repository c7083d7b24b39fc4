#include "../core/storage/StorageTestData.h"
#include "CliRun.h"
#include "Must.h"
#include "TestSupport.h"
#include "core/dataset/DataSetCsv.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/ParticipationRepository.h"
#include "core/storage/TrainingRepository.h"
#include "core/storage/WorkerRepository.h"
#include "core/storage/Workspace.h"

#include "core/generate/Generator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fla;
using namespace storagetest;

// fladesk-cli import-csv, history, backup and restore, run as a user would.
class TestStorageCommands : public QObject
{
    Q_OBJECT

private slots:
    void importTwiceThenHistory();
    void backupWhileOpenAndRestoreElsewhere();
    void restoreRefusesBadFiles();
    void secondProcessGetsClearMessage();
    void backupSaysWhetherToEncrypt();
    void restoreOfHugeLengthNamesTheNumbers();
    void malformedLinesNeverChangeStoredRecords();
    void onlyMalformedLinesChangeNothing();
    void fieldRulesOnImportCsv();
    void generatedSetWithInjectedLoadsTheRest();
    void dependentsOfRefusedLineRefused();
    void missingFolderCreatesNothing();
    void failedLoadLeavesNoWorkspace();
    void helpNamesExitStatuses();
    void fiftyMegabyteFieldRefusedInLittleMemory();

private:
    struct Result
    {
        int code = -1;
        QString out, err;
    };
    static Result run(const QStringList &args);
    static DataSet smallSet();
    static QByteArray digest(const QString &wsPath);
    // The set loaded by import-csv into dir's ws.fladesk (its path; empty on failure).
    static QString loaded(const DataSet &set, const QTemporaryDir &dir);
    static std::optional<Worker> storedWorker(const QString &wsPath, const Worker &w);
};

TestStorageCommands::Result TestStorageCommands::run(const QStringList &args)
{
    const test::CliRun r = test::runCli(args);
    return {r.exitCode, r.outText(), r.errText()};
}

DataSet TestStorageCommands::smallSet()
{
    DataSet s;
    const Employer e = employer("Cli BV");
    s.employers << e;
    for (int i = 0; i < 3; ++i)
        s.workers << worker(e.uuid, QStringLiteral("W%1").arg(i), 30 + i);
    const Training t = training(e.uuid, "Veiligheid");
    s.trainings << t;
    for (const Worker &w : s.workers)
        s.participations << participation(t, w);
    return s;
}

void TestStorageCommands::importTwiceThenHistory()
{
    QTemporaryDir dir;
    const DataSet set = smallSet();
    QString error;
    QVERIFY(DataSetCsv::write(set, dir.filePath("csv"), &error));
    const QString ws = dir.filePath("ws.fladesk");
    Result r = run({"import-csv", "--workspace", ws, dir.filePath("csv")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains("participations\t3\t0\t0"), qPrintable(r.out));
    r = run({"import-csv", "--workspace", ws, dir.filePath("csv")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("participations\t0\t0\t3"), qPrintable(r.out));
    QVERIFY2(r.out.contains("workers\t0\t0\t3"), qPrintable(r.out));

    const QString uuid = set.workers.at(0).uuid.toString(QUuid::WithoutBraces);
    r = run({"history", "--workspace", ws, uuid});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("\tcreate\tworker\t" + uuid), qPrintable(r.out));
    QVERIFY2(r.out.contains("familyName: - -> \"W0\""), qPrintable(r.out));
    r = run({"history", "--workspace", ws, "--json", uuid});
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8().trimmed()).object();
    QCOMPARE(o.value("change").toString(), QStringLiteral("create"));
    QCOMPARE(o.value("after").toObject().value("familyName").toString(), QStringLiteral("W0"));
    r = run({"history", "--workspace", ws, QUuid::createUuid().toString(QUuid::WithoutBraces)});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains("no record"));
    r = run({"history", "--workspace", ws, "not-a-uuid"});
    QCOMPARE(r.code, 64);
}

void TestStorageCommands::backupWhileOpenAndRestoreElsewhere()
{
    QTemporaryDir dir;
    const QString wsPath = dir.filePath("ws.fladesk");
    QString error;
    auto ws = Workspace::open(wsPath, &error); // "the app" keeps it open
    QVERIFY(ws);
    const DataSet set = smallSet();
    QVERIFY(ws->employers().save(set.employers.at(0), &error));
    QVERIFY(ws->workers(set.employers.at(0).uuid).saveAll(set.workers, &error));
    QFile pass(dir.filePath("pass.txt"));
    QVERIFY(pass.open(QIODevice::WriteOnly));
    pass.write("s3cret passphrase\n");
    pass.close();

    Result r = run({"backup", "--workspace", wsPath, "--out", dir.filePath("b.fdbak"), "--passphrase-file",
                    dir.filePath("pass.txt")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains("encrypted"));
    r = run({"backup", "--workspace", wsPath, "--out", dir.filePath("b.fdbak"), "--no-encryption"});
    QCOMPARE(r.code, 64); // never overwrites
    QVERIFY2(r.err.contains("already exists"), qPrintable(r.err));
    // Restoring over the open workspace is refused.
    r = run({"restore", "--workspace", wsPath, "--passphrase-file", dir.filePath("pass.txt"),
             dir.filePath("b.fdbak")});
    QCOMPARE(r.code, 70);
    QVERIFY2(r.err.contains("open in another program"), qPrintable(r.err));
    // On another path it works.
    const QString other = dir.filePath("elsewhere/ws.fladesk");
    r = run({"restore", "--workspace", other, "--passphrase-file", dir.filePath("pass.txt"),
             dir.filePath("b.fdbak")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    auto restored = Workspace::open(other, &error);
    QVERIFY2(restored, qPrintable(error));
    QCOMPARE(fla::test::must(restored->workers(set.employers.at(0).uuid).findCount()), 3);
    restored.reset();
    // Restoring again over it keeps the current one as a copy.
    r = run({"restore", "--workspace", other, "--passphrase-file", dir.filePath("pass.txt"),
             dir.filePath("b.fdbak")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("kept as"), qPrintable(r.out));
}

void TestStorageCommands::restoreRefusesBadFiles()
{
    QTemporaryDir dir;
    const QString wsPath = dir.filePath("ws.fladesk");
    {
        QString error;
        auto ws = Workspace::open(wsPath, &error);
        QVERIFY(ws->employers().save(employer("X"), &error));
    }
    QFile pass(dir.filePath("pass.txt"));
    QVERIFY(pass.open(QIODevice::WriteOnly));
    pass.write("right");
    pass.close();
    QFile wrong(dir.filePath("wrong.txt"));
    QVERIFY(wrong.open(QIODevice::WriteOnly));
    wrong.write("wrong");
    wrong.close();
    QCOMPARE(run({"backup", "--workspace", wsPath, "--out", dir.filePath("b.fdbak"), "--passphrase-file",
                  dir.filePath("pass.txt")})
                 .code,
             0);
    const QString target = dir.filePath("t.fladesk");
    Result r = run({"restore", "--workspace", target, "--passphrase-file", dir.filePath("wrong.txt"),
                    dir.filePath("b.fdbak")});
    QCOMPARE(r.code, 70);
    QVERIFY2(r.err.contains("Wrong passphrase"), qPrintable(r.err));
    // Tampered.
    QFile f(dir.filePath("b.fdbak"));
    QVERIFY(f.open(QIODevice::ReadWrite));
    f.seek(200);
    f.putChar('\x5a');
    f.close();
    r = run({"restore", "--workspace", target, "--passphrase-file", dir.filePath("pass.txt"),
             dir.filePath("b.fdbak")});
    QCOMPARE(r.code, 70);
    QVERIFY2(r.err.contains("altered"), qPrintable(r.err));
    // Truncated.
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.resize(f.size() / 2));
    f.close();
    r = run({"restore", "--workspace", target, "--passphrase-file", dir.filePath("pass.txt"),
             dir.filePath("b.fdbak")});
    QCOMPARE(r.code, 70);
    QVERIFY2(r.err.contains("truncated"), qPrintable(r.err));
    QVERIFY(!QFile::exists(target));
}

void TestStorageCommands::secondProcessGetsClearMessage()
{
    QTemporaryDir dir;
    const QString wsPath = dir.filePath("ws.fladesk");
    QString error;
    auto ws = Workspace::open(wsPath, &error);
    QVERIFY(ws);
    QVERIFY(DataSetCsv::write(smallSet(), dir.filePath("csv"), &error));
    const Result r = run({"import-csv", "--workspace", wsPath, dir.filePath("csv")});
    QCOMPARE(r.code, 70);
    QVERIFY2(r.err.contains("is open in another program"), qPrintable(r.err));
}

void TestStorageCommands::backupSaysWhetherToEncrypt()
{
    QTemporaryDir dir;
    const QString wsPath = dir.filePath("ws.fladesk");
    {
        QString error;
        auto ws = Workspace::open(wsPath, &error);
        QVERIFY(ws->employers().save(employer("Plain BV"), &error));
    }
    // Neither a passphrase nor --no-encryption: refused, both options named, nothing written.
    Result r = run({"backup", "--workspace", wsPath, "--out", dir.filePath("b.fdbak")});
    QCOMPARE(r.code, 64);
    QVERIFY2(r.err.contains("--passphrase-file") && r.err.contains("--no-encryption"), qPrintable(r.err));
    QVERIFY(!QFile::exists(dir.filePath("b.fdbak")));
    // Both at once contradict each other.
    QFile pass(dir.filePath("pass.txt"));
    QVERIFY(pass.open(QIODevice::WriteOnly));
    pass.write("pw");
    pass.close();
    r = run({"backup", "--workspace", wsPath, "--out", dir.filePath("b.fdbak"), "--no-encryption",
             "--passphrase-file", dir.filePath("pass.txt")});
    QCOMPARE(r.code, 64);
    QVERIFY(!QFile::exists(dir.filePath("b.fdbak")));
    // A passphrase file that is not there, or empty: named, nothing written or restored.
    r = run({"backup", "--workspace", wsPath, "--out", dir.filePath("b.fdbak"), "--passphrase-file",
             dir.filePath("missing.txt")});
    QCOMPARE(r.code, 64);
    QVERIFY2(r.err.contains("missing.txt") && r.err.contains("cannot be read"), qPrintable(r.err));
    QVERIFY(!QFile::exists(dir.filePath("b.fdbak")));
    QFile empty(dir.filePath("empty.txt"));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.write("\r\n");
    empty.close();
    r = run({"backup", "--workspace", wsPath, "--out", dir.filePath("b.fdbak"), "--passphrase-file",
             empty.fileName()});
    QCOMPARE(r.code, 64);
    QVERIFY2(r.err.contains("empty.txt") && r.err.contains("is empty"), qPrintable(r.err));
    QVERIFY(!QFile::exists(dir.filePath("b.fdbak")));
    r = run(
        {"restore", "--workspace", wsPath, "--passphrase-file", empty.fileName(), dir.filePath("b.fdbak")});
    QCOMPARE(r.code, 64);
    QVERIFY2(r.err.contains("is empty"), qPrintable(r.err));
    // Said explicitly: written, and readable by the user only.
    r = run({"backup", "--workspace", wsPath, "--out", dir.filePath("b.fdbak"), "--no-encryption"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains("not encrypted"), qPrintable(r.out));
#ifndef Q_OS_WIN // Windows: the profile folder's access control list keeps it private
    QCOMPARE(QFile::permissions(dir.filePath("b.fdbak")) &
                 (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
#endif
    r = run({"restore", "--workspace", dir.filePath("copy.fladesk"), dir.filePath("b.fdbak")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
}

void TestStorageCommands::restoreOfHugeLengthNamesTheNumbers()
{
    QTemporaryDir dir;
    const QString wsPath = dir.filePath("ws.fladesk");
    {
        QString error;
        auto ws = Workspace::open(wsPath, &error);
        QVERIFY(ws->employers().save(employer("Length BV"), &error));
    }
    QCOMPARE(run({"backup", "--workspace", wsPath, "--out", dir.filePath("b.fdbak"), "--no-encryption"}).code,
             0);
    QFile f(dir.filePath("b.fdbak"));
    QVERIFY(f.open(QIODevice::ReadWrite));
    f.seek(48); // the payload length, big-endian
    f.write(QByteArray(8, '\xff'));
    f.close();
    const Result r = run({"restore", "--workspace", dir.filePath("t.fladesk"), dir.filePath("b.fdbak")});
    QCOMPARE(r.code, 70);
    QVERIFY2(r.err.contains("18446744073709551615") && r.err.contains(QString::number(f.size())),
             qPrintable(r.err));
    QVERIFY2(!r.err.contains(QRegularExpression("(^|\\s)-\\d")), qPrintable(r.err)); // no negative count
    QVERIFY(!QFile::exists(dir.filePath("t.fladesk")));
}

QString TestStorageCommands::loaded(const DataSet &set, const QTemporaryDir &dir)
{
    QString error;
    const QString ws = dir.filePath("ws.fladesk");
    if (!DataSetCsv::write(set, dir.filePath("csv"), &error) ||
        run({"import-csv", "--workspace", ws, dir.filePath("csv")}).code != 0)
        return {};
    return ws;
}

QByteArray TestStorageCommands::digest(const QString &wsPath)
{
    QString error;
    auto ws = Workspace::open(wsPath, &error);
    return ws ? fla::test::recordsDigest(*ws) : QByteArray();
}

std::optional<Worker> TestStorageCommands::storedWorker(const QString &wsPath, const Worker &w)
{
    QString error;
    auto ws = Workspace::open(wsPath, &error);
    return ws ? fla::test::must(ws->workers(w.employerUuid).find(w.uuid)) : std::nullopt;
}

namespace {

const QByteArray kWorkersHeader("uuid,employerUuid,ssin,familyName,givenName,birthDate,language,address\n");

QByteArray uuidText(const QUuid &u)
{
    return u.toByteArray(QUuid::WithoutBraces);
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

bool sameWorker(const std::optional<Worker> &a, const Worker &b)
{
    return a && a->familyName == b.familyName && a->givenName == b.givenName && a->birthDate == b.birthDate &&
           a->language == b.language && a->address == b.address && a->ssin == b.ssin;
}

} // namespace

// Issue #20.1: a malformed line of workers.csv, loaded over stored workers,
// is refused and named (file, line, why) and the stored worker is left as
// it was; the good line beside it loads, and the exit status says "partly
// loaded" (3). Before: the 4-field line loaded with exit 0 and "0 issues",
// blanking the worker's given name, birth date and address and switching
// the language; the broken quote made the family name the rest of the line,
// committed with exit 1.
void TestStorageCommands::malformedLinesNeverChangeStoredRecords()
{
    QTemporaryDir dir;
    DataSet set = smallSet();
    for (Worker &w : set.workers) {
        w.language = Language::French;
        w.address = QStringLiteral("Rue Haute 1\n1000 Bruxelles");
    }
    const QString ws = loaded(set, dir);
    QVERIFY(!ws.isEmpty());

    const Worker &a = set.workers.at(0), &b = set.workers.at(1), &c = set.workers.at(2);
    const QByteArray e = uuidText(a.employerUuid);
    const QByteArray lines = kWorkersHeader +
                             // line 2: 4 of 8 fields
                             uuidText(a.uuid) + "," + e + "," + a.ssin.toLatin1() + ",Peeters\n" +
                             // line 3: a good change
                             uuidText(c.uuid) + "," + e + "," + c.ssin.toLatin1() + ",W2,Changed,,fr,\n" +
                             // line 4: a broken quote, closed by the quote in line 5
                             uuidText(b.uuid) + "," + e + "," + b.ssin.toLatin1() +
                             ",\"Janssens,Bo,1990-01-01,nl,Kerkstraat 1\n" + uuidText(b.uuid) + "," + e +
                             "," + b.ssin.toLatin1() + ",Jans\"sens,Bo,,nl,\n" +
                             // line 6: a broken quote to the end of the file
                             uuidText(b.uuid) + "," + e + "," + b.ssin.toLatin1() + ",\"Janssens,Bo,,nl,\n";
    writeBytes(dir.filePath("bad/workers.csv"), lines);
    const QByteArray before = digest(ws);

    // All or nothing: refused, and nothing at all changed.
    Result r = run({"import-csv", "--workspace", ws, "--all-or-nothing", dir.filePath("bad")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("workers.csv:2: The line has 4 fields where the header line has 8"),
             qPrintable(r.err));
    QVERIFY2(r.err.contains("Nothing was loaded"), qPrintable(r.err));
    QCOMPARE(digest(ws), before);

    r = run({"import-csv", "--workspace", ws, dir.filePath("bad")});
    QCOMPARE(r.code, 3);
    QVERIFY2(
        r.err.contains("workers.csv:2: The line has 4 fields where the header line has 8: it is not read."),
        qPrintable(r.err));
    QVERIFY2(
        r.err.contains("workers.csv:4 familyName: A quote stands where none may: a field is either quoted "
                       "whole, with each quote inside it doubled, or holds no quote. The line is not read. "
                       "The row runs from line 4 to line 5."),
        qPrintable(r.err));
    QVERIFY2(
        r.err.contains("workers.csv:6: Line 6: a quoted field is not closed before the end of the file."),
        qPrintable(r.err));
    QVERIFY2(r.out.contains("workers\t0\t1\t0"), qPrintable(r.out));
    QVERIFY2(r.out.contains("Partly loaded: 3 lines refused"), qPrintable(r.out));
    QVERIFY(sameWorker(storedWorker(ws, a), a));
    QVERIFY(sameWorker(storedWorker(ws, b), b));
    QCOMPARE(storedWorker(ws, c)->givenName, QStringLiteral("Changed"));
}

// A command that exits non-zero changed nothing: a set of only malformed
// lines leaves the workspace (records, audit trail) as it was.
void TestStorageCommands::onlyMalformedLinesChangeNothing()
{
    QTemporaryDir dir;
    const DataSet set = smallSet();
    const QString ws = loaded(set, dir);
    QVERIFY(!ws.isEmpty());
    const Worker &a = set.workers.at(0);
    writeBytes(dir.filePath("bad/workers.csv"), kWorkersHeader + uuidText(a.uuid) + "," +
                                                    uuidText(a.employerUuid) + ",\"" + a.ssin.toLatin1() +
                                                    "\"x,Peeters,An,,nl,\n");
    const QByteArray before = digest(ws);
    const Result r = run({"import-csv", "--workspace", ws, dir.filePath("bad")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("workers.csv:2 ssin: A quote stands where none may"), qPrintable(r.err));
    QVERIFY2(r.err.contains("Nothing was loaded: 1 line refused."), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(digest(ws), before);
}

// Issue #20.2: one set of field limits and one decoding rule for every way
// in. A NUL byte ("VCA\0" became a second training that looks like VCA),
// bytes that are not valid UTF-8 (silently replaced) and a 200 kB family
// name (stored, where `import` refuses over 100 characters) are refused and
// named; the messages never repeat the whole field.
void TestStorageCommands::fieldRulesOnImportCsv()
{
    QTemporaryDir dir;
    const DataSet set = smallSet();
    QString error;
    const QString ws = loaded(set, dir);
    QVERIFY(!ws.isEmpty());
    const QByteArray e = uuidText(set.employers.at(0).uuid);
    const QUuid nulTraining = QUuid::createUuid(), goodTraining = QUuid::createUuid();
    writeBytes(dir.filePath("bad/trainings.csv"),
               "uuid,employerUuid,name,kind,startDate,endDate,duration,unit\n" + uuidText(nulTraining) + "," +
                   e + "," + QByteArray("Veiligheid\0", 11) + ",FORMAL,2025-03-04,2025-03-05,7.5,HOURS\n" +
                   uuidText(goodTraining) + "," + e + ",EHBO,FORMAL,2025-03-04,2025-03-05,7.5,HOURS\n");
    // More than the 64 KiB the encoding is told from, all valid UTF-8; then a
    // byte that is not (a Windows-1252 é): refused, not replaced.
    QByteArray workers = kWorkersHeader;
    QList<Worker> many;
    for (int i = 0; workers.size() < 70000; ++i) {
        Worker w = set.workers.at(0);
        w.uuid = QUuid::createUuid();
        w.familyName = QString::fromUtf8("Müller%1").arg(i);
        many << w;
        workers +=
            uuidText(w.uuid) + "," + e + "," + w.ssin.toLatin1() + "," + w.familyName.toUtf8() + ",An,,nl,\n";
    }
    const QUuid badUtf8 = QUuid::createUuid(), huge = QUuid::createUuid();
    workers += uuidText(badUtf8) + "," + e + "," + set.workers.at(0).ssin.toLatin1() + ",Dupr\xE9,An,,fr,\n";
    workers += uuidText(huge) + "," + e + "," + set.workers.at(0).ssin.toLatin1() + "," +
               QByteArray(200000, 'x') + ",An,,fr,\n";
    writeBytes(dir.filePath("bad/workers.csv"), workers);

    const Result r = run({"import-csv", "--workspace", ws, dir.filePath("bad")});
    QCOMPARE(r.code, 3);
    QVERIFY2(
        r.err.contains("trainings.csv:2 name: The text holds a control character (U+0000) at position 11"),
        qPrintable(r.err.left(2000)));
    const qint64 badLine = many.size() + 2;
    QVERIFY2(
        r.err.contains(QStringLiteral("workers.csv:%1 familyName: The text holds bytes that are not valid in "
                                      "the file's encoding (shown as U+FFFD) at position 5")
                           .arg(badLine)),
        qPrintable(r.err.left(2000)));
    QVERIFY2(
        r.err.contains(QStringLiteral("workers.csv:%1 familyName: The text holds 200000 characters; at most "
                                      "100 are allowed.")
                           .arg(badLine + 1)),
        qPrintable(r.err.left(2000)));
    QVERIFY2(r.err.size() < 5000, qPrintable(QString::number(r.err.size())));
    QVERIFY2(r.out.contains("trainings\t1\t0\t0"), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("workers\t%1\t0\t0").arg(many.size())), qPrintable(r.out));
    auto opened = Workspace::open(ws, &error);
    QVERIFY(opened);
    const QUuid employer = set.employers.at(0).uuid;
    QVERIFY(!fla::test::must(opened->trainings(employer).find(nulTraining)).has_value());
    QVERIFY(fla::test::must(opened->trainings(employer).find(goodTraining)).has_value());
    QVERIFY(!fla::test::must(opened->workers(employer).find(badUtf8)).has_value());
    QVERIFY(!fla::test::must(opened->workers(employer).find(huge)).has_value());
    QCOMPARE(fla::test::must(opened->workers(employer).find(many.last().uuid))->familyName,
             many.last().familyName);
}

// Issue #14: `generate --invalid-fraction 0.02` then `import-csv` loaded
// nothing ("the field cost_cents holds a value that is not allowed"). Now
// every other record loads, each refused line is named by file, line,
// column and why, in the language asked for, and the status is 3; with
// --all-or-nothing nothing is loaded, not even an empty workspace created.
void TestStorageCommands::generatedSetWithInjectedLoadsTheRest()
{
    QTemporaryDir dir;
    const QString csv = dir.filePath("csv");
    QCOMPARE(run({"generate", "--out", csv, "--seed", "14", "--participations", "1500", "--invalid-fraction",
                  "0.02"})
                 .code,
             0);
    const QString strict = dir.filePath("strict.fladesk");
    Result r = run({"import-csv", "--workspace", strict, "--all-or-nothing", csv});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("(--all-or-nothing)"), qPrintable(r.err.right(500)));
    QVERIFY(!QFileInfo::exists(strict));

    const QString ws = dir.filePath("ws.fladesk");
    r = run({"--lang", "nl", "import-csv", "--workspace", ws, csv});
    QCOMPARE(r.code, 3);
    // Each refusal on its own line: file:line column: message.
    const QStringList refusals =
        r.err.split('\n', Qt::SkipEmptyParts).filter(QRegularExpression("^\\w+\\.csv:\\d+ "));
    QVERIFY2(refusals.size() > 10, qPrintable(r.err.left(2000)));
    QVERIFY2(r.err.contains("trainings.csv:") &&
                 r.err.contains(" cost: Een kostprijs kan niet negatief zijn."),
             qPrintable(r.err.left(3000)));
    QVERIFY2(r.err.contains("participations.csv:"), qPrintable(r.err.left(2000)));
    QVERIFY2(r.out.contains("Gedeeltelijk geladen"), qPrintable(r.out));

    // Loaded: exactly the records of the set but the refused lines.
    QList<DataSetCsvIssue> issues;
    const DataSet set = DataSetCsv::read(csv, &issues);
    QString error;
    auto opened = Workspace::open(ws, &error);
    QVERIFY(opened);
    QSqlQuery q(opened->database());
    qint64 stored = 0;
    for (const char *table :
         {"employer", "worker", "employment", "training", "participation", "training_right"}) {
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) && q.next());
        stored += q.value(0).toLongLong();
    }
    QCOMPARE(stored + refusals.size(), set.recordCount() + issues.size());
}

// A record that depends on a refused line is refused too, saying which line.
void TestStorageCommands::dependentsOfRefusedLineRefused()
{
    QTemporaryDir dir;
    const DataSet set = smallSet();
    QString error;
    QVERIFY(DataSetCsv::write(set, dir.filePath("csv"), &error));
    // The training's line is broken: its three participations go with it.
    QFile f(dir.filePath("csv/trainings.csv"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray trainings = f.readAll();
    f.close();
    trainings.replace(",Veiligheid,", ",Veilig\"heid,");
    writeBytes(dir.filePath("csv/trainings.csv"), trainings);
    const QString ws = dir.filePath("ws.fladesk");
    const Result r = run({"import-csv", "--workspace", ws, dir.filePath("csv")});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains("trainings.csv:2 name: A quote stands where none may"), qPrintable(r.err));
    QCOMPARE(
        r.err.count("trainingUuid: Its training (trainings.csv, line 2) was refused, so it is refused too."),
        3);
    QVERIFY2(r.out.contains("Partly loaded: 4 lines refused"), qPrintable(r.out));
    QVERIFY2(r.out.contains("workers\t3\t0\t0"), qPrintable(r.out));
    QVERIFY2(r.out.contains("participations\t0\t0\t0"), qPrintable(r.out));
}

// Issue #14: a folder that does not exist is checked before anything else:
// no workspace is created, nothing is printed as loaded, a clear message.
void TestStorageCommands::missingFolderCreatesNothing()
{
    QTemporaryDir dir;
    const QString ws = dir.filePath("ws.fladesk");
    Result r = run({"import-csv", "--workspace", ws, dir.filePath("nothing")});
    QCOMPARE(r.code, 70);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("does not exist: nothing was loaded."), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(ws));
    // A folder without any file of a CSV set: the same.
    QVERIFY(QDir().mkpath(dir.filePath("empty")));
    r = run({"import-csv", "--workspace", ws, dir.filePath("empty")});
    QCOMPARE(r.code, 70);
    QVERIFY2(r.err.contains("holds none of the files of a CSV set"), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(ws));
}

// A load the workspace refuses as a whole (two participations of one worker
// in one training: not refused line by line) changes nothing, not even by
// leaving an empty workspace behind: exit 70, the record named.
void TestStorageCommands::failedLoadLeavesNoWorkspace()
{
    QTemporaryDir dir;
    DataSet set = smallSet();
    Participation twice = set.participations.at(0);
    twice.uuid = QUuid::createUuid();
    set.participations << twice;
    QString error;
    QVERIFY(DataSetCsv::write(set, dir.filePath("csv"), &error));
    const QString ws = dir.filePath("ws.fladesk");
    const Result r = run({"import-csv", "--workspace", ws, dir.filePath("csv")});
    QCOMPARE(r.code, 70);
    QVERIFY2(r.err.contains("Nothing was loaded: "), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFileInfo::exists(ws));
    QVERIFY(!QFileInfo::exists(ws + "-wal"));
}

void TestStorageCommands::helpNamesExitStatuses()
{
    const Result r = run({"import-csv", "--help"});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("--all-or-nothing"), qPrintable(r.out));
    QVERIFY2(r.out.contains("3 partly loaded"), qPrintable(r.out));
}

// Issue #20.2, the whole size: a 50 MB family name is refused without being
// decoded or stored (before: stored, 570 MB resident). The peak of the
// process stays near the file's own size.
void TestStorageCommands::fiftyMegabyteFieldRefusedInLittleMemory()
{
    using fla::test::MemoryOf;
    QTemporaryDir dir;
    const DataSet set = smallSet();
    const Worker &w = set.workers.at(0);
    QByteArray workers =
        kWorkersHeader + uuidText(w.uuid) + "," + uuidText(w.employerUuid) + "," + w.ssin.toLatin1() + ",";
    workers += QByteArray(50 << 20, 'x');
    workers += ",An,,nl,\n";
    writeBytes(dir.filePath("csv/workers.csv"), workers);
    workers.clear();
    const QString ws = dir.filePath("ws.fladesk");
    const Result r = run({"import-csv", "--workspace", ws, dir.filePath("csv")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("familyName: The text holds 52428800 characters; at most 100 are allowed."),
             qPrintable(r.err.left(500)));
    QVERIFY(!QFileInfo::exists(ws));
    const qint64 peakMiB = fla::test::peakRssMiB(MemoryOf::Children);
    if (peakMiB <= 0)
        QSKIP("the peak memory of a child process is not measured on this platform");
    qInfo("peak of the largest child: %lld MiB", peakMiB);
    QVERIFY2(fla::test::withinMemoryBudget(peakMiB, 159), qPrintable(QString::number(peakMiB)));
}

QTEST_GUILESS_MAIN(TestStorageCommands)
#include "tst_storagecommands.moc"
