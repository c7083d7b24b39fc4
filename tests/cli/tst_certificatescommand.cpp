// fladesk-cli certificates on a real workspace: a certificate kept with a participation,
// one too large refused with its size and the limit, and the worker's export (their
// trainings and the files, byte for byte, without the INSZ).

#include "CliRun.h"
#include "TestRecords.h"
#include "TestSupport.h"
#include "core/dataset/DataSetCsv.h"
#include "core/domain/EnterpriseNumber.h"
#include "core/domain/Ssin.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace fla;
using namespace fla::test;

namespace {

const QString kEnterprise = EnterpriseNumber::compose(5669882);
const QString kSsin = Ssin::compose(85, 7, 30, 33, false);
const QUuid kParticipation = QUuid::fromString(QStringLiteral("{50000000-0000-4000-8000-000000000001}"));

DataSet oneWorker()
{
    DataSet s;
    const Employer e = employerRecord(kEnterprise, QStringLiteral("Bakkerij Peeters BV"));
    s.employers.append(e);
    Worker w = workerOf(e, kSsin, QStringLiteral("Peeters"), QStringLiteral("Jan"));
    w.birthDate = QDate(1985, 7, 30);
    s.workers.append(w);
    s.employments.append(employmentOf(w, QDate(2020, 1, 1)));
    Training t = trainingOf(e, QStringLiteral("VCA basis"), QDate(2025, 5, 5));
    t.provider = QStringLiteral("Syntra");
    t.registeredOn = QDate(2025, 5, 6);
    s.trainings.append(t);
    Participation p = participationOf(t, w);
    p.uuid = kParticipation;
    p.certificate = true;
    p.certificateValidUntil = QDate(2035, 5, 5);
    s.participations.append(p);
    return s;
}

} // namespace

class TestCertificatesCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void attachListExport();
    void tooLargeOrNotOurs();

private:
    QStringList ws() const { return {"--workspace", m_workspace, "--employer", kEnterprise}; }
    QTemporaryDir m_dir;
    QString m_workspace;
};

void TestCertificatesCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(DataSetCsv::write(oneWorker(), m_dir.filePath("set"), &error), qPrintable(error));
    m_workspace = m_dir.filePath("office.fladesk");
    QCOMPARE(
        test::cliExitCode({"--lang", "en", "import-csv", m_dir.filePath("set"), "--workspace", m_workspace}),
        0);
}

void TestCertificatesCommand::attachListExport()
{
    const QString scan = m_dir.filePath("VCA certificaat.pdf");
    QByteArray bytes("%PDF-1.4 synthetic certificate\n");
    bytes.append(QByteArray(4096, 'x'));
    QFile f(scan);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size());
    f.close();
    QString out, err;
    QCOMPARE(test::cliExitCode(QStringList{"--lang", "en", "certificates", "attach", "--participation",
                                           kParticipation.toString(QUuid::WithoutBraces), "--file", scan} +
                                   ws(),
                               &out, &err),
             0);
    QCOMPARE(test::cliExitCode(QStringList{"--lang", "en", "certificates", "list", "--worker", kSsin} + ws(),
                               &out, &err),
             0);
    QVERIFY2(out.contains(QStringLiteral("VCA certificaat.pdf (%1 bytes)").arg(bytes.size())),
             qPrintable(out));

    const QString dest = m_dir.filePath("export");
    QCOMPARE(
        test::cliExitCode(
            QStringList{"--lang", "en", "certificates", "export", "--worker", kSsin, "--out", dest} + ws(),
            &out, &err),
        0);
    const QStringList written = out.split('\n', Qt::SkipEmptyParts);
    QCOMPARE(written.size(), 3); // the certificate, trainings.json, trainings.csv
    QFile json(written.at(1));
    QVERIFY(json.fileName().endsWith("trainings.json") && json.open(QIODevice::ReadOnly));
    const QJsonObject manifest = QJsonDocument::fromJson(json.readAll()).object();
    QCOMPARE(manifest["worker"].toString(), "Jan Peeters");
    const QJsonObject training = manifest["trainings"].toArray().first().toObject();
    QCOMPARE(training["training"].toString(), "VCA basis");
    QCOMPARE(training["validUntil"].toString(), "2035-05-05");
    const QString file = training["files"].toArray().first().toString();
    QVERIFY2(file.startsWith("2025-05-05-vca-basis-") && file.endsWith("vca-certificaat.pdf"),
             qPrintable(file));
    QFile copy(QFileInfo(written.at(1)).dir().filePath(file));
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), bytes);
    for (const QString &w : written) {
        QFile any(w);
        QVERIFY(any.open(QIODevice::ReadOnly));
        const QByteArray content = any.readAll();
        QVERIFY2(!content.contains(kSsin.toUtf8()) && !content.contains("85.07.30"), qPrintable(w));
    }
}

void TestCertificatesCommand::tooLargeOrNotOurs()
{
    const QString big = m_dir.filePath("video.mp4");
    QFile f(big);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.resize(5 * 1024 * 1024 + 1));
    f.close();
    QString out, err;
    QCOMPARE(test::cliExitCode(QStringList{"--lang", "en", "certificates", "attach", "--participation",
                                           kParticipation.toString(QUuid::WithoutBraces), "--file", big} +
                                   ws(),
                               &out, &err),
             70);
    QVERIFY2(err.contains("The certificate video.mp4 is 5,242,881 bytes: at most 5,242,880 bytes (5 MiB)"),
             qPrintable(err));
    const QString other = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QCOMPARE(test::cliExitCode(QStringList{"--lang", "en", "certificates", "attach", "--participation", other,
                                           "--file", big} +
                                   ws(),
                               &out, &err),
             70);
    QVERIFY2(err.contains("is not one of this company's"), qPrintable(err));
    QCOMPARE(test::cliExitCode(
                 QStringList{"--lang", "en", "certificates", "export", "--worker", kSsin} + ws(), &out, &err),
             64);
}

QTEST_GUILESS_MAIN(TestCertificatesCommand)
#include "tst_certificatescommand.moc"
