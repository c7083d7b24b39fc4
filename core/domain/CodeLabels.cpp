#include "core/domain/CodeLabels.h"

#include <QCoreApplication>

namespace fla {

namespace {

QString label(const char *text)
{
    return QCoreApplication::translate("fla::CodeLabels", text);
}

} // namespace

QString codeLabel(Language v)
{
    switch (v) {
    case Language::Dutch:
        return label(QT_TRANSLATE_NOOP("fla::CodeLabels", "Dutch"));
    case Language::French:
        return label(QT_TRANSLATE_NOOP("fla::CodeLabels", "French"));
    case Language::German:
        return label(QT_TRANSLATE_NOOP("fla::CodeLabels", "German"));
    case Language::English:
        return label(QT_TRANSLATE_NOOP("fla::CodeLabels", "English"));
    }
    return toString(v);
}

QString codeLabel(SizeClass v)
{
    switch (v) {
    case SizeClass::Under10:
        return label(QT_TRANSLATE_NOOP("fla::CodeLabels", "under 10 FTE"));
    case SizeClass::From10To19:
        return label(QT_TRANSLATE_NOOP("fla::CodeLabels", "10 to 19 FTE"));
    case SizeClass::From20:
        return label(QT_TRANSLATE_NOOP("fla::CodeLabels", "20 FTE or more"));
    }
    return toString(v);
}

QString codeLabel(TrainingKind v)
{
    return v == TrainingKind::Formal ? label(QT_TRANSLATE_NOOP("fla::CodeLabels", "Formal"))
                                     : label(QT_TRANSLATE_NOOP("fla::CodeLabels", "Informal"));
}

QString codeLabel(DurationUnit v)
{
    return v == DurationUnit::Days ? label(QT_TRANSLATE_NOOP("fla::CodeLabels", "days"))
                                   : label(QT_TRANSLATE_NOOP("fla::CodeLabels", "hours"));
}

QString codeLabel(TrainingStatus v)
{
    return v == TrainingStatus::Planned ? label(QT_TRANSLATE_NOOP("fla::CodeLabels", "Planned"))
                                        : label(QT_TRANSLATE_NOOP("fla::CodeLabels", "Completed"));
}

QString codeLabel(RightType v)
{
    switch (v) {
    case RightType::Legal:
        return label(QT_TRANSLATE_NOOP("fla::CodeLabels", "Legal"));
    case RightType::Sectoral:
        return label(QT_TRANSLATE_NOOP("fla::CodeLabels", "Sectoral"));
    case RightType::Employer:
        return label(QT_TRANSLATE_NOOP("fla::CodeLabels", "Granted by the employer"));
    }
    return toString(v);
}

QString codeLabel(RightOrigin v)
{
    return v == RightOrigin::Declared ? label(QT_TRANSLATE_NOOP("fla::CodeLabels", "Declared"))
                                      : label(QT_TRANSLATE_NOOP("fla::CodeLabels", "Platform"));
}

QString codeLabel(StatedCategory v)
{
    switch (v) {
    case StatedCategory::FormalContinuing:
        return label(QT_TRANSLATE_NOOP("fla::CodeLabels", "Formal continuing training"));
    case StatedCategory::InformalContinuing:
        return label(QT_TRANSLATE_NOOP("fla::CodeLabels", "Informal continuing training"));
    case StatedCategory::Initial:
        return label(QT_TRANSLATE_NOOP("fla::CodeLabels", "Initial training"));
    case StatedCategory::ByKind:
        break;
    }
    return label(QT_TRANSLATE_NOOP("fla::CodeLabels", "As its kind says"));
}

QString codeLabel(CostSharing v)
{
    return v == CostSharing::ByHours
               ? label(QT_TRANSLATE_NOOP("fla::CodeLabels", "In proportion to the hours followed"))
               : label(QT_TRANSLATE_NOOP("fla::CodeLabels", "Equally over the participants"));
}

QString codeLabel(TrainingLeave v)
{
    switch (v) {
    case TrainingLeave::PaidEducationalLeave:
        return label(QT_TRANSLATE_NOOP("fla::CodeLabels", "Paid educational leave"));
    case TrainingLeave::FlemishTrainingLeave:
        return label(QT_TRANSLATE_NOOP("fla::CodeLabels", "Flemish training leave"));
    case TrainingLeave::None:
        break;
    }
    return label(QT_TRANSLATE_NOOP("fla::CodeLabels", "None (within the training right)"));
}

QString codeLabel(StatedSex v)
{
    switch (v) {
    case StatedSex::Male:
        return label(QT_TRANSLATE_NOOP("fla::CodeLabels", "Man"));
    case StatedSex::Female:
        return label(QT_TRANSLATE_NOOP("fla::CodeLabels", "Woman"));
    case StatedSex::Unstated:
        break;
    }
    return label(QT_TRANSLATE_NOOP("fla::CodeLabels", "As the INSZ says"));
}

} // namespace fla
