// Benchmark (b) of issue 6: reading and fully validating a batch XML file of
// N participations, side by side with `xmllint --noout --schema` on the same
// file. Prints both times and their ratio.
//
//   bench_batch_xml [--rows 1000000] [--keep DIR]

#include "BenchCpu_unix.h"
#include "core/domain/EnterpriseNumber.h"
#include "core/domain/Ssin.h"
#include "core/io/BatchXml.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

using namespace fla;

namespace {

DataSet makeData(qint64 participations)
{
    DataSet d;
    Employer e;
    e.uuid = QUuid::createUuid();
    e.enterpriseNumber = EnterpriseNumber::compose(5669882);
    e.name = QStringLiteral("Bench NV");
    e.jointCommittees = {QStringLiteral("200")};
    d.employers.append(e);
    const int workers = 20000;
    for (int w = 0; w < workers; ++w) {
        Worker x;
        x.uuid = QUuid::createUuid();
        x.employerUuid = e.uuid;
        x.ssin = Ssin::compose(60 + w % 40, 1 + w % 12, 1 + w % 28, 1 + (w % 997), false);
        x.familyName = QStringLiteral("Achternaam %1").arg(w);
        x.givenName = QStringLiteral("Voornaam");
        d.workers.append(x);
    }
    const qint64 trainings = participations / 20;
    for (qint64 t = 0; t < trainings; ++t) {
        Training x;
        x.uuid = QUuid::createUuid();
        x.employerUuid = e.uuid;
        x.name = QStringLiteral("Opleiding %1").arg(t);
        x.startDate = QDate(2025, 1 + int(t % 12), 1 + int(t % 28));
        x.endDate = x.startDate;
        x.duration = 7.5;
        x.unit = DurationUnit::Hours;
        x.registeredOn = x.endDate;
        d.trainings.append(x);
        for (int p = 0; p < 20; ++p) {
            Participation y;
            y.uuid = QUuid::createUuid();
            y.employerUuid = e.uuid;
            y.trainingUuid = x.uuid;
            y.workerUuid = d.workers.at(int((t * 20 + p) * 7919 % workers)).uuid;
            y.certificate = p % 3 == 0;
            d.participations.append(y);
        }
    }
    return d;
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
    const QCommandLineOption xsdOption(
        QStringLiteral("xsd"), QStringLiteral("The schema."), QStringLiteral("FILE"),
        QStringLiteral(FLADESK_SOURCE_DIR "/docs/batch/fla-declaration-v1.xsd"));
    parser.addOption(rowsOption);
    parser.addOption(keepOption);
    parser.addOption(xsdOption);
    const QCommandLineOption reuseOption(QStringLiteral("reuse"),
                                         QStringLiteral("Reuse the file in --keep DIR."));
    const QCommandLineOption oursOption(QStringLiteral("ours-only"),
                                        QStringLiteral("Skip xmllint (profiling)."));
    parser.addOption(reuseOption);
    parser.addOption(oursOption);
    parser.addHelpOption();
    parser.process(app);
    const qint64 rows = parser.value(rowsOption).toLongLong();
    QTemporaryDir tmp;
    const QString dir = parser.isSet(keepOption) ? parser.value(keepOption) : tmp.path();
    QDir().mkpath(dir);
    const QString xmlPath = QDir(dir).filePath(QStringLiteral("FI.bench.xml"));
    QTextStream out(stdout);
    if (!parser.isSet(reuseOption) || !QFile::exists(xmlPath)) {
        const DataSet data = makeData(rows);
        QFile f(xmlPath);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        BatchHeader h;
        h.sender = data.employers.first().enterpriseNumber;
        h.createdOn = QDate(2026, 1, 15);
        QString error;
        BatchXml::write(&f, h, data, &error);
    }
    out << "file: " << QFile(xmlPath).size() / (1 << 20) << " MiB, " << rows << " participations\n";
    out.flush();

    QElapsedTimer t;
    t.start();
    const double childCpu0 = bench::cpuSeconds(true);
    bool schemaOk = false;
    if (!parser.isSet(oursOption)) {
        QProcess p;
        p.start(QStringLiteral("xmllint"),
                {QStringLiteral("--noout"), QStringLiteral("--schema"), parser.value(xsdOption), xmlPath});
        p.waitForFinished(-1);
        schemaOk = p.exitCode() == 0;
    }
    const double xmllint = t.nsecsElapsed() / 1e9;
    const double xmllintCpu = bench::cpuSeconds(true) - childCpu0;
    const double selfCpu0 = bench::cpuSeconds(false);

    t.restart();
    QFile f(xmlPath);
    f.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    const BatchReadResult r = BatchXml::read(&f);
    const double ours = t.nsecsElapsed() / 1e9;
    const double oursCpu = bench::cpuSeconds(false) - selfCpu0;

    out << QStringLiteral("xmllint --noout --schema:        %1 s (%2)\n")
               .arg(xmllint, 0, 'f', 2)
               .arg(schemaOk ? QStringLiteral("valid") : QStringLiteral("INVALID"));
    out << QStringLiteral("fladesk read + full validation:  %1 s (%2, %3 participations)  ratio %4\n")
               .arg(ours, 0, 'f', 2)
               .arg(r.ok ? QStringLiteral("valid") : QStringLiteral("INVALID"))
               .arg(r.data.participations.size())
               .arg(ours / xmllint, 0, 'f', 2);
    out << QStringLiteral("CPU seconds: xmllint %1, fladesk %2  ratio %3\n")
               .arg(xmllintCpu, 0, 'f', 2)
               .arg(oursCpu, 0, 'f', 2)
               .arg(oursCpu / xmllintCpu, 0, 'f', 2);
    return 0;
}
