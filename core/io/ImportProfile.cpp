#include "core/io/ImportProfile.h"
#include "core/common/Translation.h"
#include "core/domain/FieldLabels.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace fla {

namespace {

// What an import field fills: a field of the schema (its key and label are the
// schema's), or a column of the import's own (a full name, hours or days).
struct ImportFieldInfo
{
    ImportField field;
    RecordKind kind;       // the record the schema's field belongs to
    const char *schemaKey; // the schema's key; nullptr for a column of the import's own
    // The profile's name and the label where they are not the schema's: the
    // import's own columns, and the names profiles were saved with before the
    // schema (kept so saved profiles and mappings read, docs/import.md).
    const char *key;
    const char *label;
    // normalised header names (lower case, letters and digits only), nl fr de en
    QList<const char *> names;
};

constexpr RecordKind W = RecordKind::Worker, T = RecordKind::Training, P = RecordKind::Participation;

const QList<ImportFieldInfo> &fieldTable()
{
    static const QList<ImportFieldInfo> table{
        {ImportField::Ssin,
         W,
         "ssin",
         nullptr,
         nullptr,
         {"insz",
          "inszummer",
          "rijksregisternummer",
          "rijksregisternr",
          "rrn",
          "inssnummer",
          "niss",
          "numeronational",
          "nnational",
          "numeroderegistrenational",
          "registrenational",
          "ssin",
          "nationalnumber",
          "nationalregisternumber",
          "socialsecuritynumber",
          "sozialversicherungsnummer",
          "nationalregisternummer",
          "nationalnummer",
          "bisnummer",
          "numerobis",
          "ssn"}},
        {ImportField::FamilyName,
         W,
         "familyName",
         nullptr,
         nullptr,
         {"naam", "familienaam", "achternaam", "nom", "nomdefamille", "name", "nachname", "familienname",
          "lastname", "surname", "familyname"}},
        {ImportField::GivenName,
         W,
         "givenName",
         nullptr,
         nullptr,
         {"voornaam", "prenom", "vorname", "firstname", "givenname", "forename"}},
        {ImportField::FullName,
         W,
         nullptr,
         "fullName",
         QT_TRANSLATE_NOOP("ImportField", "Full name (family name first)"),
         {"volledigenaam", "naamenvoornaam", "werknemer", "nomcomplet", "nometprenom", "travailleur",
          "vollstandigername", "arbeitnehmer", "fullname", "worker", "employee", "participant", "deelnemer"}},
        {ImportField::BirthDate,
         W,
         "birthDate",
         nullptr,
         nullptr,
         {"geboortedatum", "datedenaissance", "naissance", "geburtsdatum", "birthdate", "dateofbirth",
          "dob"}},
        {ImportField::Language,
         W,
         "language",
         nullptr,
         nullptr,
         {"taal", "langue", "sprache", "language", "lang"}},
        {ImportField::TrainingName,
         T,
         "name",
         "trainingName",
         QT_TRANSLATE_NOOP("ImportField", "Training"),
         {"opleiding", "vorming", "opleidingsnaam", "naamopleiding", "cursus", "formation",
          "nomdelaformation", "intituledelaformation", "cours", "schulung", "weiterbildung", "ausbildung",
          "kurs", "training", "trainingname", "course", "coursename"}},
        {ImportField::Provider,
         T,
         "provider",
         nullptr,
         nullptr,
         {"opleidingsverstrekker", "aanbieder", "verstrekker", "organisator", "operateur", "organisme",
          "prestataire", "operateurdeformation", "anbieter", "veranstalter", "provider", "trainer",
          "organizer"}},
        {ImportField::Kind,
         T,
         "kind",
         nullptr,
         nullptr,
         {"soort", "type", "formeelinformeel", "aard", "nature", "formelinformel", "art", "formellinformell",
          "kind", "formalinformal"}},
        {ImportField::StartDate,
         T,
         "startDate",
         nullptr,
         nullptr,
         {"begindatum", "startdatum", "vanaf", "van", "begin", "datededebut", "debut", "du", "datedebut",
          "anfangsdatum", "beginn", "startdatum", "von", "startdate", "start", "from", "datum", "date"}},
        {ImportField::EndDate,
         T,
         "endDate",
         nullptr,
         nullptr,
         {"einddatum", "tot", "totenmet", "einde", "datedefin", "fin", "au", "datefin", "enddatum", "ende",
          "bis", "enddate", "end", "to", "until"}},
        {ImportField::Hours,
         T,
         nullptr,
         "hours",
         QT_TRANSLATE_NOOP("ImportField", "Hours"),
         {"uren", "aantaluren", "uur", "duururen", "heures", "nombredheures", "nbheures", "dureeheures",
          "stunden", "anzahlstunden", "hours", "numberofhours", "durationhours"}},
        {ImportField::Days,
         T,
         nullptr,
         "days",
         QT_TRANSLATE_NOOP("ImportField", "Days"),
         {"dagen", "aantaldagen", "duurdagen", "jours", "nombredejours", "nbjours", "dureejours", "tage",
          "anzahltage", "days", "numberofdays", "durationdays"}},
        {ImportField::Duration,
         T,
         "duration",
         nullptr,
         QT_TRANSLATE_NOOP("ImportField", "Duration (with its unit)"),
         {"duur", "duurtijd", "duree", "dureedelaformation", "dauer", "duration", "length"}},
        {ImportField::DurationUnit,
         T,
         "unit",
         "durationUnit",
         QT_TRANSLATE_NOOP("ImportField", "Unit of the duration"),
         {"eenheid", "duureenheid", "unite", "unitededuree", "einheit", "zeiteinheit", "unit",
          "durationunit"}},
        {ImportField::Followed,
         P,
         "followed",
         nullptr,
         nullptr,
         {"gevolgd", "aanwezig", "suivi", "present", "teilgenommen", "anwesend", "followed", "attended"}},
        {ImportField::Certificate,
         P,
         "certificate",
         nullptr,
         nullptr,
         {"attest", "certificaat", "getuigschrift", "attestation", "certificat", "zertifikat",
          "bescheinigung", "certificate"}},
        {ImportField::CountsForFla,
         T,
         "countsForFla",
         nullptr,
         nullptr,
         {"telttmee", "teltmee", "federaalleerrekening", "flr", "fla", "comptepourlcf", "lcf", "comptefedere",
          "zahltfurflk", "flk", "countsforfla"}},
        {ImportField::Cost,
         T,
         "costCents",
         "cost",
         QT_TRANSLATE_NOOP("ImportField", "Cost (EUR)"),
         {"kost", "kostprijs", "prijs", "bedrag", "cout", "prix", "montant", "kosten", "preis", "betrag",
          "cost", "price", "amount"}},
        {ImportField::Sex,
         W,
         "sex",
         nullptr,
         nullptr,
         {"geslacht", "sexe", "geschlecht", "sex", "gender", "mv", "hf"}},
        {ImportField::Category,
         T,
         "category",
         nullptr,
         nullptr,
         {"categorie", "opleidingscategorie", "categoriedeformation", "kategorie", "category",
          "trainingcategory"}},
        {ImportField::Leave,
         T,
         "leave",
         nullptr,
         nullptr,
         {"opleidingsverlof", "verlof", "educatiefverlof", "congeformation", "congeeducation", "conge",
          "bildungsurlaub", "urlaub", "leave", "trainingleave"}},
        {ImportField::TraineePay,
         T,
         "traineePayCents",
         nullptr,
         nullptr,
         {"loonkost", "loonkosten", "loonkostdeelnemers", "loondeelnemers", "remuneration",
          "remunerationdesparticipants", "coutsalarial", "salaires", "lohnkosten", "lohnkostenteilnehmer",
          "traineepay", "traineespay", "wagecost", "wages"}},
        {ImportField::TravelCost,
         T,
         "travelCostCents",
         nullptr,
         nullptr,
         {"reiskosten", "verblijfskosten", "reisenverblijfskosten", "reisenverblijf", "fraisdedeplacement",
          "fraisdeplacement", "fraisdedeplacementetdesejour", "deplacement", "reisekosten",
          "reiseundaufenthaltskosten", "fahrtkosten", "travelcost", "travelandstay", "travel"}},
        {ImportField::Contributions,
         T,
         "contributionsCents",
         nullptr,
         nullptr,
         {"bijdragen", "bijdragecollectievefondsen", "bijdragencollectievefondsen", "sectorbijdrage",
          "cotisations", "cotisationsfondscollectifs", "cotisationsauxfondscollectifs", "beitrage",
          "beitragekollektivefonds", "fondsbeitrage", "contributions", "fundcontributions"}},
        {ImportField::Subsidies,
         T,
         "subsidiesCents",
         nullptr,
         nullptr,
         {"subsidies", "subsidie", "ontvangensubsidies", "tegemoetkomingen", "subventions", "subvention",
          "subsides", "subside", "zuschusse", "zuschuss", "subsidiesreceived", "subsidy", "grants"}},
        {ImportField::CostSharing,
         T,
         "costSharing",
         nullptr,
         nullptr,
         {"kostenverdeling", "verdelingkosten", "verdeling", "repartitiondescouts", "repartition",
          "kostenverteilung", "verteilung", "costsharing", "costsplit", "sharing"}},
    };
    return table;
}

const ImportFieldInfo *infoOf(ImportField f)
{
    for (const auto &i : fieldTable()) {
        if (i.field == f)
            return &i;
    }
    return nullptr;
}

// "Numéro national" -> "numeronational"
QString normaliseHeader(const QString &header)
{
    const QString decomposed = header.normalized(QString::NormalizationForm_D).toLower();
    QString out;
    for (const QChar c : decomposed) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            out.append(c);
        else if (c == QChar(0x00DF))
            out.append(QLatin1String("ss"));
    }
    return out;
}

QString tr(const char *text)
{
    return translateFrom({"fla::ImportProfile", "fla::ImportProfiles", "ImportField"}, text);
}

QString safeFileName(const QString &name)
{
    QString out;
    for (const QChar c : name)
        out.append(c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') ? c
                                                                                          : QLatin1Char('_'));
    return out + QStringLiteral(".json");
}

} // namespace

QList<ImportField> allImportFields()
{
    QList<ImportField> all;
    for (const auto &i : fieldTable())
        all.append(i.field);
    return all;
}

QString importFieldKey(ImportField f)
{
    const ImportFieldInfo *i = infoOf(f);
    return QString::fromLatin1(i->key ? i->key : i->schemaKey);
}

std::optional<ImportField> importFieldFromKey(QStringView key)
{
    for (const auto &i : fieldTable()) {
        if (key.compare(QLatin1String(i.key ? i.key : i.schemaKey), Qt::CaseInsensitive) == 0)
            return i.field;
    }
    return std::nullopt;
}

QString importFieldLabel(ImportField f)
{
    const ImportFieldInfo *i = infoOf(f);
    if (i->label)
        return QCoreApplication::translate("ImportField", i->label);
    return asHeading(fieldLabel(i->kind, QString::fromLatin1(i->schemaKey)));
}

std::optional<std::pair<RecordKind, QString>> importFieldSchemaKey(ImportField f)
{
    const ImportFieldInfo *i = infoOf(f);
    if (!i->schemaKey)
        return std::nullopt;
    return std::pair{i->kind, QString::fromLatin1(i->schemaKey)};
}

ImportProfile suggestProfile(const QStringList &header)
{
    ImportProfile profile;
    QList<bool> used(header.size(), false);
    // Exact names first, then headers that start with a known name
    // ("Datum van de opleiding", "Heures de formation").
    for (int pass = 0; pass < 2; ++pass) {
        for (const auto &info : fieldTable()) {
            if (profile.columns.contains(info.field))
                continue;
            for (int c = 0; c < header.size(); ++c) {
                if (used.at(c))
                    continue;
                const QString h = normaliseHeader(header.at(c));
                bool match = false;
                for (const char *n : info.names) {
                    const QLatin1String name(n);
                    match = pass == 0 ? h == name : (name.size() >= 4 && h.startsWith(name));
                    if (match)
                        break;
                }
                if (match) {
                    profile.columns.insert(info.field, header.at(c));
                    used[c] = true;
                    break;
                }
            }
        }
    }
    // A unit column means something only next to a duration column.
    if (!profile.columns.contains(ImportField::Duration))
        profile.columns.remove(ImportField::DurationUnit);
    // A "Naam" column next to a "Voornaam" column is the family name; alone,
    // with no given name anywhere, it holds the full name.
    if (profile.columns.contains(ImportField::FamilyName) &&
        !profile.columns.contains(ImportField::GivenName) &&
        !profile.columns.contains(ImportField::FullName)) {
        profile.columns.insert(ImportField::FullName, profile.columns.take(ImportField::FamilyName));
    }
    return profile;
}

QJsonObject ImportProfile::toJson() const
{
    QJsonObject cols;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        cols.insert(importFieldKey(it.key()), it.value());
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("source"), source},
                       {QStringLiteral("columns"), cols},
                       {QStringLiteral("defaultKind"), toString(defaultKind)},
                       {QStringLiteral("defaultLanguage"), toString(defaultLanguage)},
                       {QStringLiteral("version"), 1}};
}

std::optional<ImportProfile> ImportProfile::fromJson(const QJsonObject &o, QString *error)
{
    ImportProfile p;
    p.name = o.value(QStringLiteral("name")).toString();
    p.source = o.value(QStringLiteral("source")).toString();
    const QJsonObject cols = o.value(QStringLiteral("columns")).toObject();
    for (auto it = cols.begin(); it != cols.end(); ++it) {
        const auto field = importFieldFromKey(it.key());
        if (!field) {
            QStringList valid;
            for (const ImportField f : allImportFields())
                valid << importFieldKey(f);
            *error = tr("The mapping names a field that does not exist: %1. The fields are: %2.")
                         .arg(it.key(), valid.join(QStringLiteral(", ")));
            return std::nullopt;
        }
        p.columns.insert(*field, it.value().toString());
    }
    if (o.contains(QStringLiteral("defaultKind"))) {
        const auto k = trainingKindFromString(o.value(QStringLiteral("defaultKind")).toString());
        if (!k) {
            *error = tr("The mapping's defaultKind must be FORMAL or INFORMAL.");
            return std::nullopt;
        }
        p.defaultKind = *k;
    }
    if (o.contains(QStringLiteral("defaultLanguage"))) {
        const auto l = languageFromString(o.value(QStringLiteral("defaultLanguage")).toString());
        if (!l) {
            *error = tr("The mapping's defaultLanguage must be nl, fr, de or en.");
            return std::nullopt;
        }
        p.defaultLanguage = *l;
    }
    return p;
}

namespace ImportProfiles {

QString defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("import-profiles"));
}

QStringList names(const QString &dir)
{
    QStringList result;
    const auto files = QDir(dir).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QFileInfo &fi : files) {
        QFile f(fi.filePath());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QString name =
            QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("name")).toString();
        result.append(name.isEmpty() ? fi.completeBaseName() : name);
    }
    return result;
}

bool save(const ImportProfile &profile, const QString &dir, QString *error)
{
    if (profile.name.trimmed().isEmpty()) {
        *error = tr("Give the mapping a name.");
        return false;
    }
    QDir().mkpath(dir);
    QSaveFile file(QDir(dir).filePath(safeFileName(profile.name)));
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot save the mapping %1: %2").arg(profile.name, file.errorString());
        return false;
    }
    file.write(QJsonDocument(profile.toJson()).toJson());
    if (!file.commit()) {
        *error = tr("Cannot save the mapping %1: %2").arg(profile.name, file.errorString());
        return false;
    }
    return true;
}

std::optional<ImportProfile> load(const QString &nameOrPath, const QString &dir, QString *error)
{
    QString path = nameOrPath;
    if (!QFileInfo::exists(path))
        path = QDir(dir).filePath(safeFileName(nameOrPath));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error =
            tr("There is no mapping named %1 (looked in %2).").arg(nameOrPath, QDir::toNativeSeparators(dir));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = tr("The mapping %1 is not valid JSON: %2").arg(nameOrPath, parseError.errorString());
        return std::nullopt;
    }
    auto profile = ImportProfile::fromJson(doc.object(), error);
    if (profile && profile->name.isEmpty())
        profile->name = QFileInfo(path).completeBaseName();
    return profile;
}

} // namespace ImportProfiles

} // namespace fla
