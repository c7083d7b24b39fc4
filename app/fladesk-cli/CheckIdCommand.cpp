#include "CheckIdCommand.h"

#include "CliLanguage.h"
#include "core/anomaly/AnomalyCatalogue.h"
#include "core/domain/IdentifierRecognizer.h"
#include "core/domain/Ssin.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace fla::cli {

namespace {

QString sexName(Ssin::Sex s)
{
    switch (s) {
    case Ssin::Sex::Male:
        return QStringLiteral("male");
    case Ssin::Sex::Female:
        return QStringLiteral("female");
    case Ssin::Sex::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

// What an INSZ or BIS number itself says about the person.
void addPersonFacts(const RecognizedIdentifier &r, QJsonObject &o)
{
    const Ssin s = Ssin::parse(r.input);
    if (!s.century())
        return;
    o.insert(QStringLiteral("century"), s.century());
    o.insert(QStringLiteral("birthYear"), s.birthYear());
    if (s.birthDate().isValid())
        o.insert(QStringLiteral("birthDate"), s.birthDate().toString(Qt::ISODate));
    o.insert(QStringLiteral("sex"), sexName(s.sex()));
}

// Each code with the catalogue's title in the chosen language: "ID-002 INSZ check digit wrong".
QStringList explainedCodes(const QStringList &codes, Language language)
{
    QStringList out;
    for (const QString &code : codes) {
        const AnomalyRule *rule = AnomalyCatalogue::instance().rule(code);
        out << (rule ? code + QLatin1Char(' ') + rule->title.value(language) : code);
    }
    return out;
}

void printOne(const QString &input, bool json, Language language, QTextStream &out, Validity &worst)
{
    const RecognizedIdentifier r = recognizeIdentifier(input);
    const Validity v = r.validity();
    if (v == Validity::Invalid)
        worst = Validity::Invalid;
    const QStringList codes = r.check.codes();
    if (json) {
        QJsonObject o{
            {QStringLiteral("input"), input},
            {QStringLiteral("kind"), QString::fromLatin1(identifierKindName(r.kind))},
            {QStringLiteral("normalized"), r.normalized},
            {QStringLiteral("display"), r.display},
            {QStringLiteral("status"), QString::fromLatin1(validityName(v))},
            {QStringLiteral("codes"), QJsonArray::fromStringList(codes)},
            {QStringLiteral("messages"), QJsonArray::fromStringList(explainedCodes(codes, language))}};
        if (r.kind == IdentifierKind::Insz || r.kind == IdentifierKind::Bis)
            addPersonFacts(r, o);
        out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
        return;
    }
    out << input << '\t' << QString::fromLatin1(identifierKindName(r.kind)) << '\t'
        << (r.display.isEmpty() ? QStringLiteral("-") : r.display) << '\t'
        << QString::fromLatin1(validityName(v)) << '\t'
        << (codes.isEmpty() ? QStringLiteral("-") : codes.join(QLatin1Char(','))) << '\t'
        << (codes.isEmpty() ? QStringLiteral("-")
                            : explainedCodes(codes, language).join(QStringLiteral("; ")))
        << '\n';
}

} // namespace

QString CheckIdCommand::summary() const
{
    return QCoreApplication::translate(
        "CheckIdCommand", "Recognise and check INSZ, BIS, enterprise, NSSO and joint committee numbers.");
}

int CheckIdCommand::run(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), QCoreApplication::translate("CheckIdCommand", "One JSON object per line."));
    parser.addOption(jsonOption);
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("number"),
        QCoreApplication::translate("CheckIdCommand",
                                    "Numbers to check; - reads one per line from standard input."),
        QStringLiteral("NUMBER…"));
    if (const std::optional<int> stop = parseCommandLine(parser, args, io))
        return *stop;
    const QStringList numbers = parser.positionalArguments();
    if (numbers.isEmpty()) {
        io.err << QCoreApplication::translate("CheckIdCommand",
                                              "Give at least one number, or - to read standard input.")
               << '\n';
        return ExitUsage;
    }
    const bool json = parser.isSet(jsonOption);
    const Language language = cliLanguage();
    Validity worst = Validity::Valid;
    for (const QString &n : numbers) {
        if (n == QLatin1String("-")) {
            QTextStream in(stdin);
            QString line;
            while (in.readLineInto(&line)) {
                if (!line.trimmed().isEmpty())
                    printOne(line, json, language, io.out, worst);
            }
        } else {
            printOne(n, json, language, io.out, worst);
        }
    }
    io.out.flush();
    return worst == Validity::Invalid ? ExitFindings : ExitOk;
}

} // namespace fla::cli
