#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace fla {

// Code lists of the data model. Their text forms are the ones of the CSV set
// and the API (UPPER_CASE, except languages which are ISO 639-1 and the
// training category, which the training plan stored lower case first).
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
// The three kinds of training the social balance sheet counts apart.
enum class TrainingCategory
{
    FormalContinuing,
    InformalContinuing,
    Initial
};
inline constexpr int kTrainingCategories = 3;
// A training's category as recorded: ByKind lets the FLA kind say (categoryOf below),
// so a training from the FLA, a batch file or an
// older set is counted as its kind says until someone states otherwise.
enum class StatedCategory
{
    ByKind,
    FormalContinuing,
    InformalContinuing,
    Initial
};
// How a training's costs are shared over its participants.
enum class CostSharing
{
    Equally,
    ByHours
};
// Trainings outside the individual training right: taken under a leave scheme.
enum class TrainingLeave
{
    None,
    PaidEducationalLeave, // BEV / CEP
    FlemishTrainingLeave  // VOV
};
// A worker's sex as stated; Unstated lets the INSZ tell (domain/WorkerSex.h).
enum class StatedSex
{
    Unstated,
    Male,
    Female
};

QString toString(Language v);         // nl fr de en
QString toString(SizeClass v);        // UNDER_10 FROM_10_TO_19 FROM_20
QString toString(TrainingKind v);     // FORMAL INFORMAL
QString toString(DurationUnit v);     // DAYS HOURS
QString toString(TrainingStatus v);   // PLANNED COMPLETED
QString toString(RightType v);        // LEGAL SECTORAL EMPLOYER
QString toString(RightOrigin v);      // DECLARED PLATFORM
QString toString(TrainingCategory v); // formal informal initial (as the training plan keeps them)
QString toString(StatedCategory v);   // BY_KIND FORMAL_CONTINUING INFORMAL_CONTINUING INITIAL
QString toString(CostSharing v);      // EQUALLY BY_HOURS
QString toString(TrainingLeave v);    // NONE PAID_EDUCATIONAL_LEAVE FLEMISH_TRAINING_LEAVE
QString toString(StatedSex v);        // UNSTATED MALE FEMALE

// Parsing is case-insensitive and tolerant of surrounding spaces;
// std::nullopt means the text is not in the code list.
std::optional<Language> languageFromString(QStringView s);
std::optional<SizeClass> sizeClassFromString(QStringView s);
std::optional<TrainingKind> trainingKindFromString(QStringView s);
std::optional<DurationUnit> durationUnitFromString(QStringView s);
std::optional<TrainingStatus> trainingStatusFromString(QStringView s);
std::optional<RightType> rightTypeFromString(QStringView s);
std::optional<RightOrigin> rightOriginFromString(QStringView s);
std::optional<TrainingCategory> trainingCategoryFromString(QStringView s);
std::optional<StatedCategory> statedCategoryFromString(QStringView s);
std::optional<CostSharing> costSharingFromString(QStringView s);
std::optional<TrainingLeave> trainingLeaveFromString(QStringView s);
std::optional<StatedSex> statedSexFromString(QStringView s);

// The category a training is counted in: as stated, else as the FLA's kind says
// (formal: formal continuing training; informal: informal continuing).
constexpr TrainingCategory categoryOf(StatedCategory stated, TrainingKind kind)
{
    switch (stated) {
    case StatedCategory::FormalContinuing:
        return TrainingCategory::FormalContinuing;
    case StatedCategory::InformalContinuing:
        return TrainingCategory::InformalContinuing;
    case StatedCategory::Initial:
        return TrainingCategory::Initial;
    case StatedCategory::ByKind:
        break;
    }
    return kind == TrainingKind::Formal ? TrainingCategory::FormalContinuing
                                        : TrainingCategory::InformalContinuing;
}

} // namespace fla
