#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace fla {

// Code lists of the data model. Their text forms are the ones of the CSV set
// and the API (UPPER_CASE, except languages which are ISO 639-1).
enum class Language
{
    Dutch,
    French,
    German,
    English
};
enum class SizeClass
{
    Under10,
    From10To19,
    From20
};
enum class TrainingKind
{
    Formal,
    Informal
};
enum class DurationUnit
{
    Days,
    Hours
};
enum class TrainingStatus
{
    Planned,
    Completed
};
enum class RightType
{
    Legal,
    Sectoral,
    Employer
};
enum class RightOrigin
{
    Declared,
    Platform
};

QString toString(Language v);       // nl fr de en
QString toString(SizeClass v);      // UNDER_10 FROM_10_TO_19 FROM_20
QString toString(TrainingKind v);   // FORMAL INFORMAL
QString toString(DurationUnit v);   // DAYS HOURS
QString toString(TrainingStatus v); // PLANNED COMPLETED
QString toString(RightType v);      // LEGAL SECTORAL EMPLOYER
QString toString(RightOrigin v);    // DECLARED PLATFORM

// Parsing is case-insensitive and tolerant of surrounding spaces;
// std::nullopt means the text is not in the code list.
std::optional<Language> languageFromString(QStringView s);
std::optional<SizeClass> sizeClassFromString(QStringView s);
std::optional<TrainingKind> trainingKindFromString(QStringView s);
std::optional<DurationUnit> durationUnitFromString(QStringView s);
std::optional<TrainingStatus> trainingStatusFromString(QStringView s);
std::optional<RightType> rightTypeFromString(QStringView s);
std::optional<RightOrigin> rightOriginFromString(QStringView s);

} // namespace fla
