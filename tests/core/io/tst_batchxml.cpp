#include "BatchTestData.h"
#include "core/io/BatchFileSet.h"
#include "core/io/BatchXml.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace fla;

// The batch file set: the XML validates against our XSD with xmllint, reads
// back unchanged, bad files are reported precisely, and the FS signature
// verifies with the openssl command.
class TestBatchXml : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void validatesAgainstSchema();
    void roundTrip();
    void badFiles_data();
    void badFiles();
    void fileNames();
    void signatureVerifiesWithOpenssl();
    void wrongPassword();

private:
    QString xsdPath() const
    {
        return QStringLiteral(FLADESK_SOURCE_DIR "/docs/batch/fla-declaration-v1.xsd");
    }
    int run(const QString &program, const QStringList &args, QByteArray *output = nullptr);
    BatchHeader header() const;

    QTemporaryDir m_dir;
};

void TestBatchXml::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (QStandardPaths::findExecutable("xmllint").isEmpty() ||
        QStandardPaths::findExecutable("openssl").isEmpty())
        QFAIL("xmllint (libxml2-utils) and openssl are needed: bash scripts/install-deps.sh");
}

int TestBatchXml::run(const QString &program, const QStringList &args, QByteArray *output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(30000))
        return -1;
    if (output)
        *output = p.readAll();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

BatchHeader TestBatchXml::header() const
{
    BatchHeader h;
    h.sender = "0566988259";
    h.createdOn = QDate(2026, 11, 28);
    h.sequence = 7;
    h.software = "FLA Desk test";
    return h;
}

void TestBatchXml::validatesAgainstSchema()
{
    const QString path = m_dir.filePath("decl.xml");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(BatchXml::toBytes(header(), test::sampleDataSet()));
    f.close();
    QByteArray out;
    QCOMPARE(run("xmllint", {"--noout", "--schema", xsdPath(), path}, &out), 0);
    QVERIFY2(out.contains("validates"), out.constData());

    // and the schema does reject what it must
    QByteArray bad = BatchXml::toBytes(header(), test::sampleDataSet());
    bad.replace("kind=\"FORMAL\"", "kind=\"FORMEEL\"");
    QFile b(m_dir.filePath("bad.xml"));
    QVERIFY(b.open(QIODevice::WriteOnly));
    b.write(bad);
    b.close();
    QVERIFY(run("xmllint", {"--noout", "--schema", xsdPath(), b.fileName()}, &out) != 0);
}

void TestBatchXml::roundTrip()
{
    const DataSet original = test::sampleDataSet();
    const QByteArray xml = BatchXml::toBytes(header(), original);
    const BatchReadResult r = BatchXml::read(xml);
    QVERIFY2(r.ok, r.issues.isEmpty() ? "" : qPrintable(r.issues.first().message));
    QVERIFY(r.issues.isEmpty());
    QCOMPARE(r.header.sender, "0566988259");
    QCOMPARE(r.header.sequence, 7);
    QCOMPARE(r.header.createdOn, QDate(2026, 11, 28));
    QCOMPARE(r.data.employers.size(), 1);
    QCOMPARE(r.data.workers.size(), 3);
    QCOMPARE(r.data.employments.size(), 3);
    QCOMPARE(r.data.trainings.size(), 4);
    QCOMPARE(r.data.participations.size(), 7);
    QCOMPARE(r.data.rights.size(), 3);
    // Nothing changed: field by field where it is subtle, and byte for byte as a whole.
    QCOMPARE(r.data.workers.first().address, "Kerkstraat 1\n2000 Antwerpen");
    QCOMPARE(r.data.workers.at(1).givenName, "Françoise");
    QCOMPARE(r.data.trainings.first().name, "Heftruck & veiligheid <basis>");
    QCOMPARE(r.data.trainings.first().costCents.value_or(0), 45050);
    QCOMPARE(r.data.trainings.at(2).duration, 3.8);
    QCOMPARE(r.data.participations.at(2).durationOverride.value_or(0), 1.5);
    QCOMPARE(r.data.participations.first().certificateValidUntil, QDate(2030, 2, 4));
    QCOMPARE(r.data.employers.first().jointCommittees, (QStringList{"118", "200"}));
    QCOMPARE(r.data.employments.at(1).workRegime, 0.5);
    QCOMPARE(BatchXml::toBytes(r.header, r.data), xml);
}

void TestBatchXml::badFiles_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("element");
    QTest::addColumn<QString>("attribute");
    const DataSet d = test::sampleDataSet();
    const QByteArray ssin = d.workers.first().ssin.toLatin1();
    QByteArray badSsin = ssin;
    badSsin[10] = badSsin[10] == '9' ? '0' : char(badSsin[10] + 1);
    QTest::newRow("INSZ check digits") << "ssin=\"" + ssin + "\""
                                       << "ssin=\"" + badSsin + "\""
                                       << "worker"
                                       << "ssin";
    QTest::newRow("unknown worker") << QByteArray("worker=\"00000002-0000-4000-8000-000000000003\" followed")
                                    << QByteArray("worker=\"00000002-0000-4000-8000-000000000009\" followed")
                                    << "participation"
                                    << "worker";
    QTest::newRow("duplicate UUID") << QByteArray("uuid=\"00000006-0000-4000-8000-000000000002\"")
                                    << QByteArray("uuid=\"00000006-0000-4000-8000-000000000001\"")
                                    << "participation"
                                    << "uuid";
    QTest::newRow("impossible date") << QByteArray("startDate=\"2025-02-03\"")
                                     << QByteArray("startDate=\"2025-02-30\"") << "training"
                                     << "startDate";
    QTest::newRow("code not in list")
        << QByteArray("unit=\"DAYS\"") << QByteArray("unit=\"WEEKS\"") << "training"
        << "unit";
    QTest::newRow("end before start")
        << QByteArray("endDate=\"2025-02-04\"") << QByteArray("endDate=\"2025-02-01\"") << "training"
        << "endDate";
    QTest::newRow("missing attribute")
        << QByteArray(" followed=\"true\"") << QByteArray("") << "participation"
        << "followed";
    QTest::newRow("zero duration") << QByteArray("duration=\"7.6\"") << QByteArray("duration=\"0\"")
                                   << "training"
                                   << "duration";
    QTest::newRow("not well-formed") << QByteArray("</declaration>") << QByteArray("</declaratio>") << ""
                                     << "";
    QTest::newRow("wrong namespace") << QByteArray("urn:fladesk:batch:FLA01:v1") << QByteArray("urn:other")
                                     << "declaration"
                                     << "";
}

void TestBatchXml::badFiles()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, element);
    QFETCH(QString, attribute);
    QByteArray xml = BatchXml::toBytes(header(), test::sampleDataSet());
    QVERIFY2(xml.contains(from), from.constData());
    const qsizetype at = xml.indexOf(from);
    xml.replace(at, from.size(), to);
    const BatchReadResult r = BatchXml::read(xml);
    QVERIFY(!r.ok);
    QVERIFY(!r.issues.isEmpty());
    const BatchIssue &i = r.issues.first();
    QCOMPARE(i.element, element);
    QCOMPARE(i.attribute, attribute);
    QVERIFY(i.line > 1);
    QVERIFY(!i.message.isEmpty());
    // The full INSZ never appears in a message.
    for (const auto &w : test::sampleDataSet().workers)
        QVERIFY(!i.message.contains(w.ssin.left(9)));
}

void TestBatchXml::fileNames()
{
    BatchHeader h = header();
    QCOMPARE(BatchFileSet::baseName(h), "FLA01.0566988259.20261128.00007.T.1.1");
    h.production = true;
    h.sequence = 12345;
    QCOMPARE(BatchFileSet::baseName(h), "FLA01.0566988259.20261128.12345.R.1.1");
}

void TestBatchXml::signatureVerifiesWithOpenssl()
{
    // A throwaway self-signed certificate, made here and never kept.
    const QString key = m_dir.filePath("key.pem"), cert = m_dir.filePath("cert.pem"),
                  p12 = m_dir.filePath("me.p12");
    QByteArray out;
    QCOMPARE(run("openssl",
                 {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-subj",
                  "/CN=FLA Desk test signer", "-days", "2"},
                 &out),
             0);
    QCOMPARE(run("openssl",
                 {"pkcs12", "-export", "-inkey", key, "-in", cert, "-out", p12, "-passout", "pass:geheim"},
                 &out),
             0);

    const QString dir = m_dir.filePath("batch");
    QStringList written;
    QString error;
    QVERIFY2(BatchFileSet::write(dir, header(), test::sampleDataSet(), p12, "geheim", &written, &error),
             qPrintable(error));
    const QString base = "FLA01.0566988259.20261128.00007.T.1.1";
    QCOMPARE(written, (QStringList{dir + "/FI." + base, dir + "/FS." + base, dir + "/GO." + base}));
    QCOMPARE(QFileInfo(dir + "/GO." + base).size(), 0);
    QCOMPARE(run("xmllint", {"--noout", "--schema", xsdPath(), dir + "/FI." + base}, &out), 0);

    // FS is base64 of a DER CMS signature; openssl verifies it against FI.
    QFile fs(dir + "/FS." + base);
    QVERIFY(fs.open(QIODevice::ReadOnly));
    const QByteArray der = QByteArray::fromBase64(fs.readAll());
    QVERIFY(der.size() > 500);
    QFile sig(m_dir.filePath("sig.der"));
    QVERIFY(sig.open(QIODevice::WriteOnly));
    sig.write(der);
    sig.close();
    const QStringList verify{"cms",
                             "-verify",
                             "-binary",
                             "-inform",
                             "DER",
                             "-in",
                             sig.fileName(),
                             "-content",
                             dir + "/FI." + base,
                             "-CAfile",
                             cert,
                             "-out",
                             m_dir.filePath("content.out")};
    QVERIFY2(run("openssl", verify, &out) == 0, out.constData());
    QVERIFY2(out.contains("Verification successful"), out.constData());

    // A changed FI no longer verifies.
    QFile fi(dir + "/FI." + base);
    QVERIFY(fi.open(QIODevice::Append));
    fi.write("\n<!-- changed -->");
    fi.close();
    QVERIFY(run("openssl", verify, &out) != 0);
}

void TestBatchXml::wrongPassword()
{
    const QString key = m_dir.filePath("k2.pem"), cert = m_dir.filePath("c2.pem"),
                  p12 = m_dir.filePath("c2.p12");
    QCOMPARE(run("openssl", {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
                             "-subj", "/CN=t", "-days", "1"}),
             0);
    QCOMPARE(run("openssl",
                 {"pkcs12", "-export", "-inkey", key, "-in", cert, "-out", p12, "-passout", "pass:right"}),
             0);
    QByteArray der;
    QString error;
    QVERIFY(!BatchFileSet::signDetached("x", p12, "wrong", &der, &error));
    QVERIFY2(error.contains("password"), qPrintable(error));
    QVERIFY(!BatchFileSet::signDetached("x", m_dir.filePath("none.p12"), "right", &der, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestBatchXml)
#include "tst_batchxml.moc"
