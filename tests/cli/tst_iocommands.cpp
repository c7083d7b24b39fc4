#include "BatchTestData.h"
#include "CliRun.h"
#include "TestSupport.h"
#include "XlsxBombs.h"
#include "core/dataset/DataSetCsv.h"
#include "core/io/XlsxReader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The import/export commands of fladesk-cli, run as a user runs them.
class TestIoCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importSpreadsheet();
    void importTwiceSameRecords();
    void importUsage();
    void exportAndReadBackBatch();
    void importBatchReportsProblems();
    void statements();
    void workspaceImportIsIdempotentAndAtomic();
    void importDurationWithItsUnit();
    void importBatchChecksSignature_data();
    void importBatchChecksSignature();
    void importOfXlsxBombRefusedWithinBudget_data();
    void importOfXlsxBombRefusedWithinBudget();
    void importOfHostileRowsWithinLimitsStaysInBudget();

private:
    // A self-signed certificate and its PKCS#12 file (password "pw") made with openssl.
    bool makeCertificate(const QString &name, const QString &commonName);
    int run(const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr,
            const QList<QPair<QString, QString>> &environment = {});
    QTemporaryDir m_dir;
    QString m_csvSet;
};

int TestIoCommands::run(const QStringList &args, QByteArray *out, QByteArray *err,
                        const QList<QPair<QString, QString>> &environment)
{
    fla::test::CliOptions options;
    options.environment = environment;
    const fla::test::CliRun r = fla::test::runCli(args, options);
    if (out)
        *out = r.out;
    if (err)
        *err = r.err;
    return r.exitCode;
}

void TestIoCommands::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_csvSet = m_dir.filePath("set");
    QString error;
    QVERIFY2(fla::DataSetCsv::write(fla::test::sampleDataSet(), m_csvSet, &error), qPrintable(error));
}

void TestIoCommands::importSpreadsheet()
{
    const QString xlsx = m_dir.filePath("opleidingen.xlsx");
    const QString good = fla::Ssin::compose(85, 7, 30, 33, false);
    QString error;
    QVERIFY(
        fla::Xlsx::writeSheet(xlsx,
                              {{"Rijksregisternummer", "Naam", "Voornaam", "Opleiding", "Begindatum", "Uren"},
                               {good, "Peeters", "Jan", "EHBO", "05/02/2025", "4"},
                               {"85073003329", "Fout", "Piet", "EHBO", "05/02/2025", "4"},
                               {good, "Peeters", "Jan", "Excel", "31/02/2025", "3,5"}},
                              &error));
    QByteArray out, err;
    QCOMPARE(run({"import", xlsx, "--suggest"}, &out), 0);
    QFile mapping(m_dir.filePath("mapping.json"));
    QVERIFY(mapping.open(QIODevice::WriteOnly));
    mapping.write(out);
    mapping.close();

    const QString rejected = m_dir.filePath("afgewezen.csv");
    QCOMPARE(run({"import", xlsx, "--mapping", mapping.fileName(), "--employer", "0566.988.259", "--csv-out",
                  m_dir.filePath("imported"), "--rejected", rejected, "--today", "2025-06-30"},
                 &out, &err),
             1);
    QVERIFY2(out.contains("3 row(s) read, 1 accepted, 2 rejected"), out.constData());
    QVERIFY2(err.contains("row 3, Rijksregisternummer: [ID-002]"), err.constData());
    QVERIFY2(err.contains("row 4, Begindatum: [IM-002]"), err.constData());
    QList<fla::DataSetCsvIssue> issues;
    const fla::DataSet imported = fla::DataSetCsv::read(m_dir.filePath("imported"), &issues);
    QVERIFY(issues.isEmpty());
    QCOMPARE(imported.participations.size(), 1);
    QCOMPARE(imported.workers.first().ssin, good);
    QFile r(rejected);
    QVERIFY(r.open(QIODevice::ReadOnly));
    const QByteArray rejectedText = r.readAll();
    QVERIFY(rejectedText.contains("3;Rijksregisternummer;ID-002"));
    QVERIFY(rejectedText.contains("4;Begindatum;IM-002"));

    // As drafts, the rows with a wrong INSZ or date are kept too, and said to be drafts.
    QCOMPARE(run({"import", xlsx, "--mapping", mapping.fileName(), "--employer", "0566988259", "--drafts",
                  "--csv-out", m_dir.filePath("drafts"), "--rejected", rejected, "--today", "2025-06-30"},
                 &out, &err),
             1);
    QVERIFY2(out.contains("3 accepted, 0 rejected"), out.constData());
    QVERIFY2(out.contains("drafts"), out.constData());
}

void TestIoCommands::importTwiceSameRecords()
{
    const QString csv = m_dir.filePath("lijst.csv");
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("INSZ;Naam;Opleiding;Datum;Uren\n" + fla::Ssin::compose(92, 3, 14, 124, false).toLatin1() +
            ";Janssens An;Veiligheid;3/3/2025;7,6\n");
    f.close();
    QByteArray out;
    QCOMPARE(run({"import", csv, "--suggest"}, &out), 0);
    QFile mapping(m_dir.filePath("m2.json"));
    QVERIFY(mapping.open(QIODevice::WriteOnly));
    mapping.write(out);
    mapping.close();
    for (const char *dir : {"a", "b"}) {
        QCOMPARE(run({"import", csv, "--mapping", mapping.fileName(), "--employer", "0566988259", "--csv-out",
                      m_dir.filePath(QString::fromLatin1(dir)), "--today", "2025-06-30"}),
                 0);
    }
    QList<fla::DataSetCsvIssue> issues;
    const auto a = fla::DataSetCsv::read(m_dir.filePath("a"), &issues);
    const auto b = fla::DataSetCsv::read(m_dir.filePath("b"), &issues);
    QCOMPARE(a.participations.first().uuid, b.participations.first().uuid);
    QCOMPARE(a.workers.first().familyName, "Janssens");
    QCOMPARE(a.workers.first().givenName, "An");
}

void TestIoCommands::importUsage()
{
    QByteArray out, err;
    QCOMPARE(run({"import"}, &out, &err), 64);
    QCOMPARE(run({"import", m_dir.filePath("none.csv"), "--mapping", "x"}, &out, &err), 70);
    QVERIFY2(err.contains("none.csv"), err.constData());
}

void TestIoCommands::exportAndReadBackBatch()
{
#ifdef Q_OS_WIN
    // The Windows build's tests run under Wine on Linux, where no Windows xmllint exists.
    if (QStandardPaths::findExecutable("xmllint").isEmpty())
        QSKIP("xmllint (the FI file's XSD check) is not installed for Windows");
#endif
    const QString key = m_dir.filePath("key.pem"), cert = m_dir.filePath("cert.pem"),
                  p12 = m_dir.filePath("me.p12");
    QCOMPARE(QProcess::execute("openssl", {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key,
                                           "-out", cert, "-subj", "/CN=FLA Desk CLI test", "-days", "2"}),
             0);
    QCOMPARE(QProcess::execute("openssl", {"pkcs12", "-export", "-inkey", key, "-in", cert, "-out", p12,
                                           "-passout", "pass:s3cret"}),
             0);
    QFile pw(m_dir.filePath("pw.txt"));
    QVERIFY(pw.open(QIODevice::WriteOnly));
    pw.write("s3cret\n");
    pw.close();

    const QString out = m_dir.filePath("batch");
    QByteArray stdoutText, err;
    QCOMPARE(run({"export-batch", "--csv", m_csvSet, "--out", out, "--certificate", p12, "--password-file",
                  pw.fileName(), "--today", "2026-11-28", "--sequence", "3"},
                 &stdoutText, &err),
             0);
    const QString base = "FLA01.0566988259.20261128.00003.T.1.1";
    QVERIFY2(stdoutText.contains(("FI." + base).toLatin1()), stdoutText.constData());
    for (const char *prefix : {"FI.", "FS.", "GO."})
        QVERIFY(QFile::exists(out + "/" + QString::fromLatin1(prefix) + base));

    const QString xsd = QStringLiteral(FLADESK_SOURCE_DIR "/docs/batch/fla-declaration-v1.xsd");
    QCOMPARE(QProcess::execute("xmllint", {"--noout", "--schema", xsd, out + "/FI." + base}), 0);
    QFile fs(out + "/FS." + base);
    QVERIFY(fs.open(QIODevice::ReadOnly));
    QFile der(m_dir.filePath("fs.der"));
    QVERIFY(der.open(QIODevice::WriteOnly));
    der.write(QByteArray::fromBase64(fs.readAll()));
    der.close();
    QCOMPARE(QProcess::execute("openssl", {"cms", "-verify", "-binary", "-inform", "DER", "-in",
                                           der.fileName(), "-content", out + "/FI." + base, "-CAfile", cert,
                                           "-out", m_dir.filePath("verified.out")}),
             0);

    // Read back: the same records as the CSV set it came from.
    QCOMPARE(
        run({"import-batch", out + "/FI." + base, "--csv-out", m_dir.filePath("back")}, &stdoutText, &err),
        0);
    QVERIFY2(stdoutText.contains("Signature valid, signed by: CN=FLA Desk CLI test"), stdoutText.constData());
    QVERIFY2(stdoutText.contains("1 employer(s), 3 worker(s), 4 training(s), 7 participation(s), 3 right(s)"),
             stdoutText.constData());
    for (const QString &name : fla::DataSetCsv::fileNames()) {
        QFile a(m_csvSet + "/" + name), b(m_dir.filePath("back/" + name));
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(b.readAll(), a.readAll());
    }

    // A wrong password: a clear message, no files.
    QFile wrong(m_dir.filePath("wrong.txt"));
    QVERIFY(wrong.open(QIODevice::WriteOnly));
    wrong.write("nope\n");
    wrong.close();
    QCOMPARE(run({"export-batch", "--csv", m_csvSet, "--out", m_dir.filePath("batch2"), "--certificate", p12,
                  "--password-file", wrong.fileName()},
                 &stdoutText, &err),
             70);
    QVERIFY2(err.contains("password"), err.constData());
    QVERIFY(!QDir(m_dir.filePath("batch2")).entryList(QDir::Files).join("").contains("GO."));
}

void TestIoCommands::importBatchReportsProblems()
{
    QFile f(m_dir.filePath("FI.broken"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("<?xml version=\"1.0\"?>\n<declaration xmlns=\"urn:fladesk:batch:FLA01:v1\" version=\"1\">\n"
            "<header fileCode=\"FLA01\" sender=\"x\" createdOn=\"2026-13-01\" sequence=\"1\" "
            "environment=\"T\"/>\n"
            "</declaration>\n");
    f.close();
    QByteArray out, err;
    QCOMPARE(run({"import-batch", f.fileName(), "--check", "--unsigned"}, &out, &err), 2);
    QVERIFY2(err.contains("FI.broken:3: header@createdOn"), err.constData());
    QVERIFY(err.contains("nothing was stored"));
}

void TestIoCommands::statements()
{
    QByteArray out, err;
    const QString dir = m_dir.filePath("statements");
    QCOMPARE(run({"statements", "--year", "2025", "--out", dir, "--csv", m_csvSet, "--today", "2026-11-28"},
                 &out, &err),
             0);
    QCOMPARE(QDir(dir).entryList({"*.pdf"}).size(), 3);
    QCOMPARE(run({"statements", "--year", "2025", "--out", dir, "--csv", m_csvSet, "--merged"}, &out, &err),
             0);
    QVERIFY(QFile::exists(dir + "/statements-2025.pdf"));
    QCOMPARE(run({"statements", "--out", dir}, &out, &err), 64);
}

void TestIoCommands::workspaceImportIsIdempotentAndAtomic()
{
    // GIVEN a workspace holding the sample employer and its records
    const QString ws = m_dir.filePath("work.fladesk");
    QByteArray out, err;
    QCOMPARE(run({"import-csv", m_csvSet, "--workspace", ws}, &out, &err), 0);
    const QString jan = fla::Ssin::compose(85, 7, 30, 33, false); // already a worker (own UUID)
    const QString newcomer = fla::Ssin::compose(99, 1, 2, 45, false);
    const QString csv = m_dir.filePath("ws-lijst.csv");
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("INSZ;Naam;Voornaam;Opleiding;Begindatum;Uren\n" + jan.toLatin1() +
            ";Peeters;Jan;Brandpreventie;" + "12/05/2025;3\n" + newcomer.toLatin1() +
            ";Nieuw;Nele;Brandpreventie;12/05/2025;3\n" +
            "85073003329;Fout;Piet;Brandpreventie;12/05/2025;3\n");
    f.close();
    QCOMPARE(run({"import", csv, "--suggest"}, &out), 0);
    QFile mapping(m_dir.filePath("ws-map.json"));
    QVERIFY(mapping.open(QIODevice::WriteOnly));
    mapping.write(out);
    mapping.close();
    const QStringList importArgs{
        "import",      csv, "--mapping", mapping.fileName(), "--employer", "0566988259",
        "--workspace", ws,  "--today",   "2025-06-30",       "--rejected", m_dir.filePath("ws-rejected.csv")};
    // WHEN it is imported twice
    QVERIFY2(run(importArgs, &out, &err) == 1, err.constData());
    QVERIFY2(out.contains("2 new and 0 unchanged participation(s), 1 new worker(s), 1 new training(s)"),
             out.constData());
    QCOMPARE(run(importArgs, &out, &err), 1);
    // THEN the second time adds nothing, and Jan stayed one worker
    QVERIFY2(out.contains("0 new and 2 unchanged participation(s), 0 new worker(s), 0 new training(s)"),
             out.constData());
    const QString exported = m_dir.filePath("ws-batch");
    QCOMPARE(run({"export-batch", "--workspace", ws, "--employer", "0566988259", "--out", exported, "--today",
                  "2026-11-28"},
                 &out, &err),
             0);
    QFile fi(exported + "/FI.FLA01.0566988259.20261128.00001.T.1.1");
    QVERIFY(fi.open(QIODevice::ReadOnly));
    const QByteArray xml = fi.readAll();
    QCOMPARE(xml.count("<worker "), 4);
    QCOMPARE(xml.count("<participation "), 9);

    // An unknown employer: a clear message, nothing stored.
    QStringList other = importArgs;
    other[other.indexOf("0566988259")] = "0403019261";
    QCOMPARE(run(other, &out, &err), 70);
    QVERIFY2(err.contains("0403.019.261"), err.constData());

    // Statements straight from the workspace.
    QCOMPARE(run({"statements", "--year", "2025", "--out", m_dir.filePath("ws-st"), "--workspace", ws}, &out,
                 &err),
             0);
    QCOMPARE(QDir(m_dir.filePath("ws-st")).entryList({"*.pdf"}).size(), 4);

    // The exported declaration read back into a fresh workspace, twice: the second time adds nothing.
    const QString ws2 = m_dir.filePath("work2.fladesk");
    const QString fiPath = exported + "/FI.FLA01.0566988259.20261128.00001.T.1.1";
    QCOMPARE(run({"import-batch", fiPath, "--workspace", ws2, "--unsigned"}, &out, &err), 0);
    QVERIFY2(out.contains("25 new, 0 changed, 0 unchanged"), out.constData());
    QCOMPARE(run({"import-batch", fiPath, "--workspace", ws2, "--unsigned"}, &out, &err), 0);
    QVERIFY2(out.contains("0 new, 0 changed, 25 unchanged"), out.constData());
}

// Issue 14: "1,5 dagen" in a Duur column with a unit column was stored as 1.5 hours.
void TestIoCommands::importDurationWithItsUnit()
{
    const QString jan = fla::Ssin::compose(85, 7, 30, 33, false);
    const QString csv = m_dir.filePath("duur.csv");
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("INSZ;Naam;Opleiding;Van;Tot;Duur;Eenheid\n" + jan.toLatin1() +
            ";Peeters Jan;Heftruck;03/02/2025;04/02/2025;1,5;dagen\n" + jan.toLatin1() +
            ";Peeters Jan;Excel;10/03/2025;10/03/2025;90;min\n" + jan.toLatin1() +
            ";Peeters Jan;EHBO;12/03/2025;12/03/2025;3 uur;\n" + jan.toLatin1() +
            ";Peeters Jan;Brandpreventie;12/05/2025;12/05/2025;1,5;\n");
    f.close();
    QFile mapping(m_dir.filePath("duur-map.json"));
    QVERIFY(mapping.open(QIODevice::WriteOnly));
    mapping.write(R"({"columns": {"ssin": "INSZ", "fullName": "Naam", "trainingName": "Opleiding",
                      "startDate": "Van", "endDate": "Tot", "duration": "Duur", "durationUnit": "Eenheid"}})");
    mapping.close();
    QByteArray out, err;
    const QString back = m_dir.filePath("duur-out");
    QCOMPARE(run({"import", csv, "--mapping", mapping.fileName(), "--employer", "0566988259", "--csv-out",
                  back, "--rejected", m_dir.filePath("duur-rejected.csv"), "--today", "2025-06-30"},
                 &out, &err),
             1);
    QVERIFY2(out.contains("4 row(s) read, 3 accepted, 1 rejected"), out.constData());
    // The unit-less line is refused by line and column, never guessed.
    QVERIFY2(err.contains("row 5, Duur: [IM-002]") && err.contains("unit is not given"), err.constData());
    QList<fla::DataSetCsvIssue> issues;
    const fla::DataSet set = fla::DataSetCsv::read(back, &issues);
    QCOMPARE(set.trainings.size(), 3);
    for (const fla::Training &t : set.trainings) {
        if (t.name == "Heftruck") {
            QCOMPARE(t.duration, 1.5);
            QVERIFY(t.unit == fla::DurationUnit::Days);
        } else {
            QVERIFY(t.unit == fla::DurationUnit::Hours);
            QCOMPARE(t.duration, t.name == "Excel" ? 1.5 : 3.0);
        }
    }

    // A misspelt field in the mapping: refused, the valid names listed.
    mapping.open(QIODevice::WriteOnly);
    mapping.write(R"({"columns": {"ssin": "INSZ", "duur": "Duur"}})");
    mapping.close();
    QCOMPARE(run({"import", csv, "--mapping", mapping.fileName(), "--employer", "0566988259", "--csv-out",
                  m_dir.filePath("duur-out2")},
                 &out, &err),
             64);
    QVERIFY2(err.contains("duur") && err.contains("duration, durationUnit"), err.constData());
}

bool TestIoCommands::makeCertificate(const QString &name, const QString &commonName)
{
    const QString key = m_dir.filePath(name + ".key"), cert = m_dir.filePath(name + ".pem");
    return QProcess::execute("openssl", {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key,
                                         "-out", cert, "-subj", "/CN=" + commonName, "-days", "2"}) == 0 &&
           QProcess::execute("openssl", {"pkcs12", "-export", "-inkey", key, "-in", cert, "-out",
                                         m_dir.filePath(name + ".p12"), "-passout", "pass:pw"}) == 0;
}

void TestIoCommands::importBatchChecksSignature_data()
{
    // How the set is spoiled after export-batch wrote and signed it (issue 20.10).
    QTest::addColumn<QString>("change");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected");
    QTest::newRow("intact") << "" << QStringList() << 0 << "Signature valid, signed by: CN=Signer One";
    QTest::newRow("intact, trusted authority")
        << "" << QStringList{"--ca", "one.pem"} << 0 << "Signature valid, signed by: CN=Signer One";
    QTest::newRow("another authority") << "" << QStringList{"--ca", "two.pem"} << 2 << "not trusted by";
    QTest::newRow("FI tampered") << "tamper" << QStringList() << 2 << "changed after it was signed";
    QTest::newRow("FI tampered, --unsigned")
        << "tamper" << QStringList{"--unsigned"} << 2 << "changed after it was signed";
    QTest::newRow("FS garbage") << "garbage" << QStringList() << 2 << "does not hold a CMS";
    QTest::newRow("FS not base64") << "text" << QStringList() << 2 << "not base64";
    QTest::newRow("FS of 2 MiB") << "huge" << QStringList() << 2 << "far too large";
    QTest::newRow("FS of another file") << "swap" << QStringList() << 2 << "changed after it was signed";
    QTest::newRow("FS missing") << "remove" << QStringList() << 2 << "--unsigned";
    QTest::newRow("FS missing, --unsigned") << "remove" << QStringList{"--unsigned"} << 0 << "Not signed";
}

void TestIoCommands::importBatchChecksSignature()
{
    QFETCH(QString, change);
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    if (!QFile::exists(m_dir.filePath("one.p12"))) {
        QVERIFY(makeCertificate("one", "Signer One"));
        QVERIFY(makeCertificate("two", "Signer Two"));
    }
    const QString dir =
        m_dir.filePath("signed-" + QString::fromLatin1(QTest::currentDataTag()).replace(' ', '_'));
    QByteArray out, err;
    QCOMPARE(run({"export-batch", "--csv", m_csvSet, "--out", dir, "--certificate", m_dir.filePath("one.p12"),
                  "--today", "2026-11-28"},
                 &out, &err, {{"FLADESK_P12_PASSWORD", "pw"}}),
             0);
    const QString base = "FLA01.0566988259.20261128.00001.T.1.1";
    const QString fi = dir + "/FI." + base, fs = dir + "/FS." + base;
    const auto rewrite = [](const QString &file, const QByteArray &content) {
        QFile f(file);
        return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
    };
    if (change == "tamper") {
        QFile f(fi);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray xml = f.readAll();
        f.close();
        QVERIFY(xml.contains("Peeters"));
        QVERIFY(rewrite(fi, xml.replace("Peeters", "Peetars"))); // still a valid declaration
    } else if (change == "garbage") {
        QVERIFY(rewrite(fs, QByteArray("not a signature at all").toBase64() + "\n"));
    } else if (change == "huge") {
        QVERIFY(rewrite(fs, QByteArray(2 << 20, 'A')));
    } else if (change == "text") {
        QVERIFY(rewrite(fs, "this is not base64!\n"));
    } else if (change == "swap") {
        // A valid signature, of another declaration (sequence 2).
        const QString other = m_dir.filePath("other-set");
        QCOMPARE(run({"export-batch", "--csv", m_csvSet, "--out", other, "--certificate",
                      m_dir.filePath("two.p12"), "--today", "2026-11-28", "--sequence", "2", "--production"},
                     &out, &err, {{"FLADESK_P12_PASSWORD", "pw"}}),
                 0);
        QFile::remove(fs);
        QVERIFY(QFile::copy(other + "/FS.FLA01.0566988259.20261128.00002.R.1.1", fs));
    } else if (change == "remove") {
        QVERIFY(QFile::remove(fs));
    }
    for (QString &o : options) {
        if (o.endsWith(".pem"))
            o = m_dir.filePath(o);
    }
    const QString csv = dir + "-csv";
    const int code = run(QStringList{"import-batch", fi, "--csv-out", csv} + options, &out, &err);
    const QByteArray said = out + err;
    QVERIFY2(code == exitCode, said.constData());
    QVERIFY2(said.contains(expected.toUtf8()), said.constData());
    QCOMPARE(QFileInfo::exists(csv), exitCode == 0); // refused: nothing written
}

void TestIoCommands::importOfXlsxBombRefusedWithinBudget_data()
{
    QTest::addColumn<int>("index");
    const QList<fla::test::Bomb> bombs = fla::test::xlsxBombs();
    for (int i = 0; i < bombs.size(); ++i)
        QTest::newRow(bombs.at(i).name) << i;
}

// Issue 20.6: the real command on each bomb, its peak memory read from the
// kernel's accounting of the finished child (the largest of all children so
// far: each must stay within the budget, so the largest must).
void TestIoCommands::importOfXlsxBombRefusedWithinBudget()
{
    QFETCH(int, index);
    const fla::test::Bomb bomb = fla::test::xlsxBombs().at(index);
    const QString path = m_dir.filePath(QStringLiteral("bomb%1.xlsx").arg(index));
    QVERIFY(fla::test::writeBomb(path, bomb.parts, bomb.extraFiles));
    QFile mapping(m_dir.filePath("bomb-map.json"));
    QVERIFY(mapping.open(QIODevice::WriteOnly));
    mapping.write(R"({"columns": {"fullName": "Naam"}})");
    mapping.close();
    QByteArray out, err;
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(run({"import", path, "--mapping", mapping.fileName(), "--employer", "0566988259", "--csv-out",
                  m_dir.filePath("bomb-out"), "--today", "2025-06-30"},
                 &out, &err),
             70);
    const qint64 ms = timer.elapsed();
    QVERIFY2(err.contains(QFileInfo(path).fileName().toUtf8()) && err.contains(bomb.expected),
             err.constData());
    QVERIFY(!QFileInfo::exists(m_dir.filePath("bomb-out")));
    const qint64 peakMiB = fla::test::peakRssMiB(fla::test::MemoryOf::Children);
    QVERIFY2(fla::test::withinMemoryBudget(peakMiB, 300), qPrintable(QString::number(peakMiB)));
    qInfo("%s (%lld KiB): refused in %lld ms, fladesk-cli peak RSS %lld MiB", bomb.name,
          QFileInfo(path).size() / 1024, ms, peakMiB);
    QFile::remove(path);
}

// What the reader's limits let through must fit the budget too, every
// row's problems kept by the importer included.
void TestIoCommands::importOfHostileRowsWithinLimitsStaysInBudget()
{
    const QString path = m_dir.filePath("hostile-rows.xlsx");
    QVERIFY(fla::test::writeBomb(path, fla::test::hostileRowsWithinLimits()));
    QFile mapping(m_dir.filePath("hostile-map.json"));
    QVERIFY(mapping.open(QIODevice::WriteOnly));
    mapping.write(R"({"columns": {"ssin": "INSZ", "fullName": "Naam", "trainingName": "Opleiding",
                      "startDate": "Van", "hours": "Uren"}})");
    mapping.close();
    QByteArray out, err;
    QCOMPARE(run({"import", path, "--mapping", mapping.fileName(), "--employer", "0566988259", "--csv-out",
                  m_dir.filePath("hostile-out"), "--rejected", m_dir.filePath("hostile-rejected.csv"),
                  "--today", "2025-06-30"},
                 &out, &err),
             1);
    QVERIFY2(out.contains("550000 row(s) read, 0 accepted, 550000 rejected"), out.constData());
    QVERIFY2(err.contains("500000 more rows with problems are not listed"), err.right(500).constData());
    const qint64 peakMiB = fla::test::peakRssMiB(fla::test::MemoryOf::Children);
    QVERIFY2(fla::test::withinMemoryBudget(peakMiB, 300), qPrintable(QString::number(peakMiB)));
    qInfo("550,000 rejected rows (%lld KiB): fladesk-cli peak RSS %lld MiB", QFileInfo(path).size() / 1024,
          peakMiB);
    QFile::remove(m_dir.filePath("hostile-rejected.csv"));
}

QTEST_GUILESS_MAIN(TestIoCommands)
#include "tst_iocommands.moc"
