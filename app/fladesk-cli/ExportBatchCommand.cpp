#include "ExportBatchCommand.h"

#include "IoCommandSupport.h"
#include "core/common/Translation.h"
#include "core/io/BatchFileSet.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace fla::cli {

namespace {
QString tr(const char *text)
{
    return translateFrom({"fla::cli::ExportBatchCommand"}, text);
}
} // namespace

QString ExportBatchCommand::summary() const
{
    return tr("Export a declaration as a batch file set (FI, FS signature, GO).");
}

int ExportBatchCommand::run(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption out(QStringLiteral("out"), tr("The folder to write the files into."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption certificate(QStringLiteral("certificate"),
                                         tr("Sign FI with this PKCS#12 file (key and certificate)."),
                                         QStringLiteral("P12"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"),
                                          tr("Read the certificate's password from this file (first line); "
                                             "else from the environment variable FLADESK_P12_PASSWORD."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption production(QStringLiteral("production"), tr("Name the files for production (R), "
                                                                         "not test (T)."));
    const QCommandLineOption sender(QStringLiteral("sender"),
                                    tr("The sender's number in the file names (default: the employer's "
                                       "enterprise number)."),
                                    QStringLiteral("NUMBER"));
    const QCommandLineOption sequence(QStringLiteral("sequence"),
                                      tr("The sequence number of the day (default 1)."), QStringLiteral("N"),
                                      QStringLiteral("1"));
    RecordSourceOptions source;
    parser.addOption(out);
    parser.addOption(certificate);
    parser.addOption(passwordFile);
    parser.addOption(production);
    parser.addOption(sender);
    parser.addOption(sequence);
    source.addTo(parser);
    parser.addOption(todayOption());
    parser.addHelpOption();
    if (const std::optional<int> stop = parseCommandLine(parser, args, io))
        return *stop;
    bool seqOk = false;
    const int seq = parser.value(sequence).toInt(&seqOk);
    if (!parser.isSet(out) || !seqOk || seq < 1 || seq > 99999) {
        io.err << tr("Give --out DIR (and a --sequence between 1 and 99999).") << '\n';
        return ExitUsage;
    }
    QString error;
    BatchHeader header;
    if (!todayFrom(parser, &header.createdOn, io))
        return ExitUsage;
    DataSet data;
    if (!loadRecords(parser, source, &data, io))
        return ExitFailure;
    if (data.employers.isEmpty()) {
        io.err << tr("There is nothing to declare: no employer.") << '\n';
        return ExitFailure;
    }
    if (data.employers.size() > 1 && !parser.isSet(sender)) {
        io.err << tr("The records hold several employers: choose one with --employer, or give --sender.")
               << '\n';
        return ExitUsage;
    }
    header.sender = parser.isSet(sender) ? parser.value(sender) : data.employers.first().enterpriseNumber;
    header.sequence = seq;
    header.production = parser.isSet(production);
    header.software = QStringLiteral("FLA Desk ") + QCoreApplication::applicationVersion();

    QString password = qEnvironmentVariable("FLADESK_P12_PASSWORD");
    if (parser.isSet(passwordFile)) {
        QFile f(parser.value(passwordFile));
        if (!f.open(QIODevice::ReadOnly)) {
            io.err << tr("Cannot read the password file %1.").arg(parser.value(passwordFile)) << '\n';
            return ExitFailure;
        }
        password = QString::fromUtf8(f.readLine()).trimmed();
    }
    QStringList written;
    if (!BatchFileSet::write(parser.value(out), header, data, parser.value(certificate), password, &written,
                             &error)) {
        io.err << error << '\n';
        return ExitFailure;
    }
    if (!parser.isSet(certificate))
        io.err
            << tr("Warning: no --certificate given, so no FS signature file was written; import-batch reads "
                  "the set only with --unsigned.")
            << '\n';
    for (const QString &f : written)
        io.out << QDir::toNativeSeparators(f) << '\n';
    io.out.flush();
    return ExitOk;
}

} // namespace fla::cli
