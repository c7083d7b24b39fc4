#include "RulesCommand.h"

#include "CliLanguage.h"
#include "anomaly/AnomalyCatalogue.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace fla::cli {

QString RulesCommand::summary() const
{
    return QCoreApplication::translate("RulesCommand", "Print the catalogue of anomaly rules.");
}

int RulesCommand::run(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption markdownOption(
        QStringLiteral("markdown"),
        QCoreApplication::translate("RulesCommand", "The whole catalogue as Markdown (docs/anomalies.md)."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QCoreApplication::translate("RulesCommand", "The catalogue's JSON."));
    parser.addOptions({markdownOption, jsonOption});
    parser.addHelpOption();
    if (const std::optional<int> stop = parseCommandLine(parser, args, io))
        return *stop;
    const AnomalyCatalogue &catalogue = AnomalyCatalogue::instance();
    if (parser.isSet(markdownOption)) {
        io.out << catalogue.toMarkdown();
        return ExitOk;
    }
    if (parser.isSet(jsonOption)) {
        io.out << QString::fromUtf8(AnomalyCatalogue::embeddedJson());
        return ExitOk;
    }
    const Language language = cliLanguage();
    for (const auto &r : catalogue.rules()) {
        io.out << r.code << '\t' << QString::fromLatin1(severityName(r.severity)) << '\t' << r.entity << '\t'
               << r.field << '\t' << r.title.value(language) << '\n';
    }
    return ExitOk;
}

} // namespace fla::cli
