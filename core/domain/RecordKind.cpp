#include "core/domain/RecordKind.h"

#include <QCoreApplication>

namespace fla {

namespace {

struct KindNames
{
    const char *name;
    const char *table;
    const char *csvFile;
    const char *label;
};

// One row per RecordKind, in its order. The labels are the FieldLabels context's
// (QT_TRANSLATE_NOOP lets lupdate find them).
constexpr KindNames kNames[kRecordKindCount] = {
    {"employer", "employer", "employers.csv", QT_TRANSLATE_NOOP("fla::FieldLabels", "company")},
    {"worker", "worker", "workers.csv", QT_TRANSLATE_NOOP("fla::FieldLabels", "worker")},
    {"employment", "employment", "employments.csv", QT_TRANSLATE_NOOP("fla::FieldLabels", "employment")},
    {"training", "training", "trainings.csv", QT_TRANSLATE_NOOP("fla::FieldLabels", "training")},
    {"participation", "participation", "participations.csv",
     QT_TRANSLATE_NOOP("fla::FieldLabels", "participation")},
    {"right", "training_right", "rights.csv", QT_TRANSLATE_NOOP("fla::FieldLabels", "training right")},
};

const KindNames &namesOf(RecordKind kind)
{
    return kNames[static_cast<int>(kind)];
}

} // namespace

QString toString(RecordKind kind)
{
    return QString::fromLatin1(namesOf(kind).name);
}

std::optional<RecordKind> recordKindFromString(QStringView name)
{
    const QStringView t = name.trimmed();
    for (const RecordKind kind : kRecordKinds) {
        if (t.compare(QLatin1String(namesOf(kind).name), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QString sqlTableName(RecordKind kind)
{
    return QString::fromLatin1(namesOf(kind).table);
}

QString csvFileName(RecordKind kind)
{
    return QString::fromLatin1(namesOf(kind).csvFile);
}

QString recordKindLabel(RecordKind kind)
{
    return QCoreApplication::translate("fla::FieldLabels", namesOf(kind).label);
}

} // namespace fla
