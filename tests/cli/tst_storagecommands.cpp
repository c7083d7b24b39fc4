#include "../core/storage/StorageTestData.h"
#include "TestSupport.h"
#include "dataset/DataSetCsv.h"
#include "storage/EmployerRepository.h"
#include "storage/ParticipationRepository.h"
#include "storage/WorkerRepository.h"
#include "storage/Workspace.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
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

private:
    struct Result
    {
        int code = -1;
        QString out, err;
    };
    static Result run(const QStringList &args);
    static DataSet smallSet();
};

TestStorageCommands::Result TestStorageCommands::run(const QStringList &args)
{
    QProcess p;
    p.start(fla::test::executablePath(QStringLiteral("fladesk-cli")), args);
    if (!p.waitForFinished(60000))
        qWarning("fladesk-cli did not finish");
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
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
    QCOMPARE(restored->workers(set.employers.at(0).uuid).count(), 3);
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
    const Result r = run({"import-csv", "--workspace", wsPath, dir.filePath("nothing")});
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
    // Said explicitly: written, and readable by the user only.
    r = run({"backup", "--workspace", wsPath, "--out", dir.filePath("b.fdbak"), "--no-encryption"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains("not encrypted"), qPrintable(r.out));
    QCOMPARE(QFile::permissions(dir.filePath("b.fdbak")) &
                 (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
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

QTEST_GUILESS_MAIN(TestStorageCommands)
#include "tst_storagecommands.moc"
