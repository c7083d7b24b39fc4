#include "domain/Enums.h"

#include "domain/EnumNames.h"

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

} // namespace fla
