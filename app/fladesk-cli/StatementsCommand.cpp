#include "StatementsCommand.h"

#include "IoCommandSupport.h"
#include "core/common/Translation.h"
#include "core/reports/Statements.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <cstring>

namespace fla::cli {

namespace {
QString tr(const char *text)
{
    return translateFrom({"fla::cli::StatementsCommand"}, text);
}
} // namespace

bool needsGuiApplication(int argc, char **argv)
{
    // The first argument that is not a global option names the command.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--lang") == 0) {
            ++i;
            continue;
        }
        if (std::strncmp(argv[i], "--lang=", 7) == 0)
            continue;
        // The training account draws its yearly overview PDF with --pdf, the plan its copy, the social
        // balance sheet its training block with --pdf.
        return std::strcmp(argv[i], "statements") == 0 || std::strcmp(argv[i], "training-account") == 0 ||
               std::strcmp(argv[i], "training-plan") == 0 || std::strcmp(argv[i], "social-balance") == 0;
    }
    return false;
}

QString StatementsCommand::summary() const
{
    return tr("Write the yearly training credit statement of each worker as PDF, in the worker's language.");
}

int StatementsCommand::run(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption year(QStringLiteral("year"), tr("The year of the statements."),
                                  QStringLiteral("YEAR"));
    const QCommandLineOption out(QStringLiteral("out"), tr("The folder to write the PDF files into."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption merged(QStringLiteral("merged"),
                                    tr("One PDF with every worker's statement, each on a new page."));
    RecordSourceOptions source;
    parser.addOption(year);
    parser.addOption(out);
    parser.addOption(merged);
    source.addTo(parser);
    parser.addOption(todayOption());
    parser.addHelpOption();
    if (const std::optional<int> stop = parseCommandLine(parser, args, io))
        return *stop;
    bool ok = false;
    const int y = parser.value(year).toInt(&ok);
    if (!ok || y < 2000 || y > 2999 || !parser.isSet(out)) {
        io.err << tr("Give --year YEAR and --out DIR.") << '\n';
        return ExitUsage;
    }
    QString error;
    QDate today;
    if (!todayFrom(parser, &today, io))
        return ExitUsage;
    DataSet data;
    if (!loadRecords(parser, source, &data, io))
        return ExitFailure;
    QStringList written;
    if (!reports::writeStatements(data, y, today, parser.value(out), parser.isSet(merged), &written,
                                  &error)) {
        io.err << error << '\n';
        return ExitFailure;
    }
    for (const QString &f : written)
        io.out << QDir::toNativeSeparators(f) << '\n';
    io.out.flush();
    return ExitOk;
}

} // namespace fla::cli
