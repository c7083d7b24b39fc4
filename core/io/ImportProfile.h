#pragma once

#include "core/domain/Enums.h"
#include "core/domain/RecordKind.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>

namespace fla {

// What a column of a user's table can mean. One row of the table is one
// worker in one training (the most common list: a payroll export, a
// provider's attendance list).
enum class ImportField
{
    Ssin,
    FamilyName,
    GivenName,
    FullName, // "Peeters Jan" in one column, family name first
    BirthDate,
    Language,
    TrainingName,
    Provider,
    Kind,
    StartDate,
    EndDate,
    Hours,
    Days,
    Duration,     // a number with its unit ("1,5 dagen", "3 uur"), or with a unit column
    DurationUnit, // the unit of the Duration column ("dagen", "uur", "jours", "Stunden")
    Followed,
    Certificate,
    CountsForFla,
    Cost,
    // For the social balance sheet and the training right (schema 9).
    Sex,
    Category,
    Leave,
    // A training's cost parts and how they are shared (schema 9), for the social balance sheet.
    TraineePay,
    TravelCost,
    Contributions,
    Subsidies,
    CostSharing // the last: kImportFieldCount
};
constexpr int kImportFieldCount = static_cast<int>(ImportField::CostSharing) + 1;

QList<ImportField> allImportFields();
// The name profiles and mappings use: the schema's key of the field it fills
// (ssin, familyName, startDate …), or the import's own (fullName, hours, days,
// and trainingName, durationUnit, cost as profiles were saved before the schema).
QString importFieldKey(ImportField f);
std::optional<ImportField> importFieldFromKey(QStringView key);
// Translated: the schema's label of the field it fills, or the import's own.
QString importFieldLabel(ImportField f);
// The schema's field it fills, if any.
std::optional<std::pair<RecordKind, QString>> importFieldSchemaKey(ImportField f);

// How the columns of one source's tables map to fields: saved under a name
// per source ("Payroll export", "Provider X attendance list").
struct ImportProfile
{
    QString name;
    QString source;                      // free text: where such files come from
    QHash<ImportField, QString> columns; // field -> header text of its column
    TrainingKind defaultKind = TrainingKind::Formal;
    Language defaultLanguage = Language::Dutch;

    QJsonObject toJson() const;
    static std::optional<ImportProfile> fromJson(const QJsonObject &o, QString *error);
};

// A mapping suggested from header names in Dutch, French, German and
// English ("INSZ", "NISS", "SSIN", "Sozialversicherungsnummer", "Naam", …).
// Each column is used for one field at most.
ImportProfile suggestProfile(const QStringList &header);

// Named profiles kept as JSON files in a folder (by default the app's
// configuration folder, import-profiles/).
namespace ImportProfiles {
QString defaultDirectory();
QStringList names(const QString &dir);
bool save(const ImportProfile &profile, const QString &dir, QString *error);
// A profile by name in dir, or by the path of a JSON file.
std::optional<ImportProfile> load(const QString &nameOrPath, const QString &dir, QString *error);
} // namespace ImportProfiles

} // namespace fla
