#include "RulesCommand.h"

#include "CliLanguage.h"
#include "core/anomaly/AnomalyCatalogue.h"
#include "core/domain/FieldLabels.h"

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
    // Every column in the chosen language; --json and --markdown keep the catalogue's own names.
    const Language language = cliLanguage();
    for (const auto &r : catalogue.rules()) {
        QStringList kinds;
        for (const QString &kind : r.entity.split(QLatin1Char('|')))
            kinds << recordKindLabel(kind);
        QStringList fields;
        for (const QString &field : r.field.split(QLatin1Char('|')))
            fields << (field == QLatin1String("*") ? QStringLiteral("*") : fieldLabel(r.entity, field));
        io.out << r.code << '\t' << severityLabel(r.severity) << '\t' << kinds.join(QStringLiteral(", "))
               << '\t' << fields.join(QStringLiteral(", ")) << '\t' << r.title.value(language) << '\n';
    }
    return ExitOk;
}

} // namespace fla::cli
