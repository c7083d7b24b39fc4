#include "domain/FieldLabels.h"

#include <QCoreApplication>

namespace fla {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("fla::FieldLabels", text);
}

struct FieldName
{
    const char *key;
    const char *label;
};

// Fields whose label does not depend on the kind of record. QT_TRANSLATE_NOOP
// lets lupdate find the texts; they are translated when asked for.
constexpr FieldName kFields[] = {
    {"uuid", QT_TRANSLATE_NOOP("fla::FieldLabels", "identifier (UUID)")},
    {"employerUuid", QT_TRANSLATE_NOOP("fla::FieldLabels", "company")},
    {"workerUuid", QT_TRANSLATE_NOOP("fla::FieldLabels", "worker")},
    {"trainingUuid", QT_TRANSLATE_NOOP("fla::FieldLabels", "training")},
    {"enterpriseNumber", QT_TRANSLATE_NOOP("fla::FieldLabels", "enterprise number")},
    {"nssoNumber", QT_TRANSLATE_NOOP("fla::FieldLabels", "NSSO number")},
    {"hoursPerDay", QT_TRANSLATE_NOOP("fla::FieldLabels", "hours per day")},
    {"sizeClass", QT_TRANSLATE_NOOP("fla::FieldLabels", "size class")},
    {"jointCommittees", QT_TRANSLATE_NOOP("fla::FieldLabels", "joint committees")},
    {"jointCommittee", QT_TRANSLATE_NOOP("fla::FieldLabels", "joint committee")},
    {"ssin", QT_TRANSLATE_NOOP("fla::FieldLabels", "INSZ")},
    {"familyName", QT_TRANSLATE_NOOP("fla::FieldLabels", "family name")},
    {"givenName", QT_TRANSLATE_NOOP("fla::FieldLabels", "given name")},
    {"birthDate", QT_TRANSLATE_NOOP("fla::FieldLabels", "birth date")},
    {"language", QT_TRANSLATE_NOOP("fla::FieldLabels", "language")},
    {"address", QT_TRANSLATE_NOOP("fla::FieldLabels", "address")},
    {"employments", QT_TRANSLATE_NOOP("fla::FieldLabels", "employments")},
    {"startDate", QT_TRANSLATE_NOOP("fla::FieldLabels", "start date")},
    {"endDate", QT_TRANSLATE_NOOP("fla::FieldLabels", "end date")},
    {"workRegime", QT_TRANSLATE_NOOP("fla::FieldLabels", "work regime")},
    {"caoNumber", QT_TRANSLATE_NOOP("fla::FieldLabels", "collective agreement number")},
    {"name", QT_TRANSLATE_NOOP("fla::FieldLabels", "name")},
    {"provider", QT_TRANSLATE_NOOP("fla::FieldLabels", "training provider")},
    {"kind", QT_TRANSLATE_NOOP("fla::FieldLabels", "kind")},
    {"duration", QT_TRANSLATE_NOOP("fla::FieldLabels", "duration")},
    {"unit", QT_TRANSLATE_NOOP("fla::FieldLabels", "unit")},
    {"countsForFla", QT_TRANSLATE_NOOP("fla::FieldLabels", "counts for the FLA")},
    {"deductFromRight", QT_TRANSLATE_NOOP("fla::FieldLabels", "deducted from the right")},
    {"financing", QT_TRANSLATE_NOOP("fla::FieldLabels", "financing")},
    {"costCents", QT_TRANSLATE_NOOP("fla::FieldLabels", "cost")},
    {"status", QT_TRANSLATE_NOOP("fla::FieldLabels", "status")},
    {"registeredOn", QT_TRANSLATE_NOOP("fla::FieldLabels", "registration date")},
    {"followed", QT_TRANSLATE_NOOP("fla::FieldLabels", "followed")},
    {"certificate", QT_TRANSLATE_NOOP("fla::FieldLabels", "certificate")},
    {"certificateValidUntil", QT_TRANSLATE_NOOP("fla::FieldLabels", "certificate valid until")},
    {"durationOverride", QT_TRANSLATE_NOOP("fla::FieldLabels", "duration of the participation")},
    {"year", QT_TRANSLATE_NOOP("fla::FieldLabels", "year")},
    {"type", QT_TRANSLATE_NOOP("fla::FieldLabels", "type")},
    {"amount", QT_TRANSLATE_NOOP("fla::FieldLabels", "amount")},
    {"origin", QT_TRANSLATE_NOOP("fla::FieldLabels", "origin")},
    {"optOut", QT_TRANSLATE_NOOP("fla::FieldLabels", "opted out")},
    {"credit", QT_TRANSLATE_NOOP("fla::FieldLabels", "training credit")},
};

// What the catalogue names besides the kinds of record (domain/RecordKind).
constexpr FieldName kKinds[] = {
    {"file", QT_TRANSLATE_NOOP("fla::FieldLabels", "file")},
    {"*", QT_TRANSLATE_NOOP("fla::FieldLabels", "any record")},
};

template<std::size_t N> const char *find(const FieldName (&table)[N], QStringView key)
{
    for (const FieldName &f : table) {
        if (key == QLatin1String(f.key))
            return f.label;
    }
    return nullptr;
}

} // namespace

QString recordKindLabel(QStringView kind)
{
    if (const std::optional<RecordKind> k = recordKindFromString(kind))
        return recordKindLabel(*k);
    const char *label = find(kKinds, kind);
    return label ? translated(label) : kind.toString();
}

QString fieldLabel(QStringView kind, QStringView field)
{
    // "jointCommittees[1]": the second of a list, counted from one for people.
    const qsizetype bracket = field.indexOf(QLatin1Char('['));
    if (bracket > 0 && field.endsWith(QLatin1Char(']'))) {
        bool ok = false;
        const int index = field.mid(bracket + 1, field.size() - bracket - 2).toInt(&ok);
        if (ok && field.left(bracket) == QLatin1String("jointCommittees"))
            return QCoreApplication::translate("fla::FieldLabels", "joint committee %1").arg(index + 1);
        if (ok)
            return QStringLiteral("%1 %2").arg(fieldLabel(kind, field.left(bracket))).arg(index + 1);
    }
    // The same key means another thing on another record.
    if (field == QLatin1String("duration") && kind == QLatin1String("participation"))
        return QCoreApplication::translate("fla::FieldLabels", "duration of the participation");
    if (field == QLatin1String("caoNumber") && kind == QLatin1String("right"))
        return QCoreApplication::translate("fla::FieldLabels", "sector agreement number");
    const char *label = find(kFields, field);
    return label ? translated(label) : field.toString();
}

QString severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Information:
        return QCoreApplication::translate("fla::FieldLabels", "information");
    case Severity::Warning:
        return QCoreApplication::translate("fla::FieldLabels", "warning");
    case Severity::Blocking:
        break;
    }
    return QCoreApplication::translate("fla::FieldLabels", "blocking");
}

} // namespace fla
