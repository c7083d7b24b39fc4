#include "domain/CodeLabels.h"

#include <QCoreApplication>

namespace fla {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fla::CodeLabels", text);
}

} // namespace

QString codeLabel(Language v)
{
    switch (v) {
    case Language::Dutch:
        return tr(QT_TRANSLATE_NOOP("fla::CodeLabels", "Dutch"));
    case Language::French:
        return tr(QT_TRANSLATE_NOOP("fla::CodeLabels", "French"));
    case Language::German:
        return tr(QT_TRANSLATE_NOOP("fla::CodeLabels", "German"));
    case Language::English:
        return tr(QT_TRANSLATE_NOOP("fla::CodeLabels", "English"));
    }
    return toString(v);
}

QString codeLabel(SizeClass v)
{
    switch (v) {
    case SizeClass::Under10:
        return tr(QT_TRANSLATE_NOOP("fla::CodeLabels", "under 10 FTE"));
    case SizeClass::From10To19:
        return tr(QT_TRANSLATE_NOOP("fla::CodeLabels", "10 to 19 FTE"));
    case SizeClass::From20:
        return tr(QT_TRANSLATE_NOOP("fla::CodeLabels", "20 FTE or more"));
    }
    return toString(v);
}

QString codeLabel(TrainingKind v)
{
    return v == TrainingKind::Formal ? tr(QT_TRANSLATE_NOOP("fla::CodeLabels", "Formal"))
                                     : tr(QT_TRANSLATE_NOOP("fla::CodeLabels", "Informal"));
}

QString codeLabel(DurationUnit v)
{
    return v == DurationUnit::Days ? tr(QT_TRANSLATE_NOOP("fla::CodeLabels", "days"))
                                   : tr(QT_TRANSLATE_NOOP("fla::CodeLabels", "hours"));
}

QString codeLabel(TrainingStatus v)
{
    return v == TrainingStatus::Planned ? tr(QT_TRANSLATE_NOOP("fla::CodeLabels", "Planned"))
                                        : tr(QT_TRANSLATE_NOOP("fla::CodeLabels", "Completed"));
}

QString codeLabel(RightType v)
{
    switch (v) {
    case RightType::Legal:
        return tr(QT_TRANSLATE_NOOP("fla::CodeLabels", "Legal"));
    case RightType::Sectoral:
        return tr(QT_TRANSLATE_NOOP("fla::CodeLabels", "Sectoral"));
    case RightType::Employer:
        return tr(QT_TRANSLATE_NOOP("fla::CodeLabels", "Granted by the employer"));
    }
    return toString(v);
}

QString codeLabel(RightOrigin v)
{
    return v == RightOrigin::Declared ? tr(QT_TRANSLATE_NOOP("fla::CodeLabels", "Declared"))
                                      : tr(QT_TRANSLATE_NOOP("fla::CodeLabels", "Platform"));
}

} // namespace fla
