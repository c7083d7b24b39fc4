#include "core/reports/StatementTexts.h"

#include "core/common/LogCategories.h"

#include <QJsonDocument>
#include <QJsonObject>

// resources/reports/statement-texts.json, embedded by cmake/EmbedJson.cmake.
extern const unsigned char fla_statement_texts_json[];
extern const unsigned long fla_statement_texts_json_size;

namespace fla::reports {

namespace {

struct TextKey
{
    const char *key;
    QString StatementTexts::*member;
};

// Each text of the data file and the member it fills.
const TextKey kTexts[] = {{"title", &StatementTexts::title},
                          {"intro", &StatementTexts::intro},
                          {"employer", &StatementTexts::employer},
                          {"enterpriseNumber", &StatementTexts::enterpriseNumber},
                          {"worker", &StatementTexts::worker},
                          {"ssin", &StatementTexts::ssin},
                          {"issuedOn", &StatementTexts::issuedOn},
                          {"rightsHeading", &StatementTexts::rightsHeading},
                          {"rightType", &StatementTexts::rightType},
                          {"amount", &StatementTexts::amount},
                          {"noRights", &StatementTexts::noRights},
                          {"legal", &StatementTexts::legal},
                          {"sectoral", &StatementTexts::sectoral},
                          {"employerGranted", &StatementTexts::employerGranted},
                          {"trainingsHeading", &StatementTexts::trainingsHeading},
                          {"training", &StatementTexts::training},
                          {"provider", &StatementTexts::provider},
                          {"kind", &StatementTexts::kind},
                          {"period", &StatementTexts::period},
                          {"duration", &StatementTexts::duration},
                          {"countsForCredit", &StatementTexts::countsForCredit},
                          {"formal", &StatementTexts::formal},
                          {"informal", &StatementTexts::informal},
                          {"yes", &StatementTexts::yes},
                          {"no", &StatementTexts::no},
                          {"noTrainings", &StatementTexts::noTrainings},
                          {"creditHeading", &StatementTexts::creditHeading},
                          {"entitled", &StatementTexts::entitled},
                          {"carriedOver", &StatementTexts::carriedOver},
                          {"used", &StatementTexts::used},
                          {"remaining", &StatementTexts::remaining},
                          {"over", &StatementTexts::over},
                          {"days", &StatementTexts::days},
                          {"hours", &StatementTexts::hours},
                          {"oneDay", &StatementTexts::oneDay},
                          {"oneHour", &StatementTexts::oneHour},
                          {"daysAndHours", &StatementTexts::daysAndHours},
                          {"note", &StatementTexts::note},
                          {"dateFormat", &StatementTexts::dateFormat},
                          {"workRegime", &StatementTexts::workRegime},
                          {"jointCommittee", &StatementTexts::jointCommittee},
                          {"basis", &StatementTexts::basis},
                          {"window", &StatementTexts::window},
                          {"expired", &StatementTexts::expired},
                          {"lawBasis", &StatementTexts::lawBasis},
                          {"declaredBasis", &StatementTexts::declaredBasis},
                          {"sectorBasis", &StatementTexts::sectorBasis},
                          {"unconfirmed", &StatementTexts::unconfirmed},
                          {"consult", &StatementTexts::consult}};

QJsonObject dataFile()
{
    return QJsonDocument::fromJson(
               QByteArray::fromRawData(reinterpret_cast<const char *>(fla_statement_texts_json),
                                       qsizetype(fla_statement_texts_json_size)))
        .object();
}

// One language's texts; a text the file lacks is logged and taken from `fallback`.
StatementTexts readLanguage(const QJsonObject &file, const char *language, const StatementTexts *fallback,
                            QStringList *problems)
{
    const QJsonObject o = file.value(QLatin1String(language)).toObject();
    StatementTexts t;
    t.locale = QLocale(o.value(QLatin1String("locale")).toString());
    t.singularBelowTwo = o.value(QLatin1String("singularBelowTwo")).toBool();
    for (const TextKey &k : kTexts) {
        const QJsonValue v = o.value(QLatin1String(k.key));
        if (v.isString() && !v.toString().isEmpty()) {
            t.*(k.member) = v.toString();
            continue;
        }
        const QString problem = QStringLiteral("statement texts: %1 has no \"%2\"")
                                    .arg(QLatin1String(language), QLatin1String(k.key));
        qCCritical(lcObligations).noquote() << problem;
        problems->append(problem);
        if (fallback)
            t.*(k.member) = (*fallback).*(k.member);
    }
    if (o.value(QLatin1String("locale")).toString().isEmpty())
        problems->append(QStringLiteral("statement texts: %1 has no locale").arg(QLatin1String(language)));
    return t;
}

struct AllTexts
{
    QStringList problems;
    StatementTexts en, nl, fr, de;
    AllTexts()
    {
        const QJsonObject file = dataFile();
        en = readLanguage(file, "en", nullptr, &problems);
        nl = readLanguage(file, "nl", &en, &problems);
        fr = readLanguage(file, "fr", &en, &problems);
        de = readLanguage(file, "de", &en, &problems);
    }
};

const AllTexts &allTexts()
{
    static const AllTexts texts;
    return texts;
}

} // namespace

const StatementTexts &statementTexts(Language language)
{
    const AllTexts &all = allTexts();
    switch (language) {
    case Language::Dutch:
        return all.nl;
    case Language::French:
        return all.fr;
    case Language::German:
        return all.de;
    case Language::English:
        break;
    }
    return all.en;
}

QStringList statementTextProblems()
{
    return allTexts().problems;
}

} // namespace fla::reports
