#include "core/domain/Enums.h"

#include "core/domain/EnumNames.h"

#include <iterator>

namespace fla {

namespace {

using enumnames::nameOf;
using enumnames::valueOf;

const char *const kLanguages[] = {"nl", "fr", "de", "en"};
const char *const kSizeClasses[] = {"UNDER_10", "FROM_10_TO_19", "FROM_20"};
const char *const kTrainingKinds[] = {"FORMAL", "INFORMAL"};
const char *const kDurationUnits[] = {"DAYS", "HOURS"};
const char *const kTrainingStatuses[] = {"PLANNED", "COMPLETED"};
const char *const kRightTypes[] = {"LEGAL", "SECTORAL", "EMPLOYER"};
const char *const kRightOrigins[] = {"DECLARED", "PLATFORM"};
const char *const kTrainingCategoryNames[] = {"formal", "informal", "initial"};
const char *const kStatedCategories[] = {"BY_KIND", "FORMAL_CONTINUING", "INFORMAL_CONTINUING", "INITIAL"};
const char *const kCostSharings[] = {"EQUALLY", "BY_HOURS"};
const char *const kTrainingLeaves[] = {"NONE", "PAID_EDUCATIONAL_LEAVE", "FLEMISH_TRAINING_LEAVE"};
const char *const kStatedSexes[] = {"UNSTATED", "MALE", "FEMALE"};

} // namespace

QString toString(Language v)
{
    return nameOf(kLanguages, v);
}
QString toString(SizeClass v)
{
    return nameOf(kSizeClasses, v);
}
QString toString(TrainingKind v)
{
    return nameOf(kTrainingKinds, v);
}
QString toString(DurationUnit v)
{
    return nameOf(kDurationUnits, v);
}
QString toString(TrainingStatus v)
{
    return nameOf(kTrainingStatuses, v);
}
QString toString(RightType v)
{
    return nameOf(kRightTypes, v);
}
QString toString(RightOrigin v)
{
    return nameOf(kRightOrigins, v);
}

QString toString(TrainingCategory v)
{
    return nameOf(kTrainingCategoryNames, v);
}
QString toString(StatedCategory v)
{
    return nameOf(kStatedCategories, v);
}
QString toString(CostSharing v)
{
    return nameOf(kCostSharings, v);
}
QString toString(TrainingLeave v)
{
    return nameOf(kTrainingLeaves, v);
}
QString toString(StatedSex v)
{
    return nameOf(kStatedSexes, v);
}

std::optional<Language> languageFromString(QStringView s)
{
    return valueOf<Language>(kLanguages, s);
}
std::optional<SizeClass> sizeClassFromString(QStringView s)
{
    return valueOf<SizeClass>(kSizeClasses, s);
}
std::optional<TrainingKind> trainingKindFromString(QStringView s)
{
    return valueOf<TrainingKind>(kTrainingKinds, s);
}
std::optional<DurationUnit> durationUnitFromString(QStringView s)
{
    return valueOf<DurationUnit>(kDurationUnits, s);
}
std::optional<TrainingStatus> trainingStatusFromString(QStringView s)
{
    return valueOf<TrainingStatus>(kTrainingStatuses, s);
}
std::optional<RightType> rightTypeFromString(QStringView s)
{
    return valueOf<RightType>(kRightTypes, s);
}
std::optional<RightOrigin> rightOriginFromString(QStringView s)
{
    return valueOf<RightOrigin>(kRightOrigins, s);
}

std::optional<TrainingCategory> trainingCategoryFromString(QStringView s)
{
    return valueOf<TrainingCategory>(kTrainingCategoryNames, s);
}
std::optional<StatedCategory> statedCategoryFromString(QStringView s)
{
    return valueOf<StatedCategory>(kStatedCategories, s);
}
std::optional<CostSharing> costSharingFromString(QStringView s)
{
    return valueOf<CostSharing>(kCostSharings, s);
}
std::optional<TrainingLeave> trainingLeaveFromString(QStringView s)
{
    return valueOf<TrainingLeave>(kTrainingLeaves, s);
}
std::optional<StatedSex> statedSexFromString(QStringView s)
{
    return valueOf<StatedSex>(kStatedSexes, s);
}

} // namespace fla
