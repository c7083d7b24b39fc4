#include "GenerateCommand.h"

#include "core/common/Translation.h"
#include "core/dataset/DataSetCsv.h"
#include "core/generate/Generator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

namespace fla::cli {

namespace {
QString tr(const char *text)
{
    return translateFrom({"fla::cli::GenerateCommand"}, text);
}
} // namespace

QString GenerateCommand::summary() const
{
    return tr("Write a reproducible synthetic CSV set, optionally with injected anomalies.");
}

int GenerateCommand::run(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption outOption(QStringLiteral("out"), tr("Folder to write the CSV set into."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), tr("Seed of the generator (default 1)."),
                                        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption countOption(QStringLiteral("participations"),
                                         tr("Number of participations (default 10000, at most 10000000)."),
                                         QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption fractionOption(
        QStringLiteral("invalid-fraction"),
        tr("Fraction (0 to 1) of invalid records to add for each anomaly kind; writes injected.csv."),
        QStringLiteral("F"), QStringLiteral("0"));
    const QCommandLineOption referenceOption(
        QStringLiteral("reference-date"),
        tr("The data's \"today\" (yyyy-MM-dd, default 2026-06-30): later trainings are planned."),
        QStringLiteral("DATE"), QStringLiteral("2026-06-30"));
    parser.addOptions({outOption, seedOption, countOption, fractionOption, referenceOption});
    parser.addHelpOption();
    if (const std::optional<int> stop = parseCommandLine(parser, args, io))
        return *stop;
    if (!parser.isSet(outOption)) {
        io.err << tr("--out DIR is required.") << '\n';
        return ExitUsage;
    }
    GeneratorOptions options;
    bool ok = false;
    options.seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok) {
        io.err << tr("--seed must be a whole number: %1").arg(parser.value(seedOption)) << '\n';
        return ExitUsage;
    }
    options.participations = parser.value(countOption).toLongLong(&ok);
    if (!ok || options.participations < 0 || options.participations > 10000000) {
        io.err
            << tr("--participations must be a number from 0 to 10000000: %1").arg(parser.value(countOption))
            << '\n';
        return ExitUsage;
    }
    options.invalidFraction = parser.value(fractionOption).toDouble(&ok);
    if (!ok || options.invalidFraction < 0 || options.invalidFraction > 1) {
        io.err << tr("--invalid-fraction must be a number from 0 to 1: %1").arg(parser.value(fractionOption))
               << '\n';
        return ExitUsage;
    }
    options.referenceDate = QDate::fromString(parser.value(referenceOption), Qt::ISODate);
    if (!options.referenceDate.isValid() || options.referenceDate.year() < 2024 ||
        options.referenceDate.year() > 2026) {
        io.err << tr("--reference-date must be a date in 2024 to 2026 (yyyy-MM-dd): %1")
                      .arg(parser.value(referenceOption))
               << '\n';
        return ExitUsage;
    }
    QElapsedTimer timer;
    timer.start();
    const GeneratedSet generated = Generator::generate(options);
    const QString dir = parser.value(outOption);
    QString error;
    if (!DataSetCsv::write(generated.set, dir, &error) ||
        (options.invalidFraction > 0 && !Generator::writeInjected(generated.injected, dir, &error))) {
        io.err << error << '\n';
        return ExitFailure;
    }
    const DataSet &s = generated.set;
    io.out << tr("Wrote %1 employers, %2 workers, %3 employments, %4 trainings, %5 participations, %6 rights "
                 "to %7 in %8 ms.")
                  .arg(s.employers.size())
                  .arg(s.workers.size())
                  .arg(s.employments.size())
                  .arg(s.trainings.size())
                  .arg(s.participations.size())
                  .arg(s.rights.size())
                  .arg(dir)
                  .arg(timer.elapsed())
           << '\n';
    if (options.invalidFraction > 0)
        io.out << tr("Injected %1 anomalies, listed in injected.csv.").arg(generated.injected.size()) << '\n';
    return ExitOk;
}

} // namespace fla::cli
