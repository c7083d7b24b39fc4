#include "core/domain/FieldLabels.h"

#include "core/domain/RecordSchema.h"

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

// Names the catalogue and the forms use that are no field of a record (the
// fields' own labels are the schema's: domain/RecordSchema). QT_TRANSLATE_NOOP
// lets lupdate find the texts; they are translated when asked for.
constexpr FieldName kFields[] = {
    {"worker", QT_TRANSLATE_NOOP("fla::FieldLabels", "worker")},
    {"training", QT_TRANSLATE_NOOP("fla::FieldLabels", "training")},
    {"employments", QT_TRANSLATE_NOOP("fla::FieldLabels", "employments")},
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
    // The same key may mean another thing on another record: the record's own first.
    if (const std::optional<RecordKind> k = recordKindFromString(kind)) {
        if (const schema::FieldInfo *f = schema::find(*k, field))
            return translated(f->label);
    }
    for (const RecordKind k : kRecordKinds) {
        if (const schema::FieldInfo *f = schema::find(k, field))
            return translated(f->label);
    }
    const char *label = find(kFields, field);
    return label ? translated(label) : field.toString();
}

QString fieldLabel(RecordKind kind, QStringView field)
{
    return fieldLabel(toString(kind), field);
}

QString fieldLabel(const schema::FieldInfo &field)
{
    return translated(field.label);
}

QString asHeading(QString label)
{
    if (!label.isEmpty())
        label[0] = label.at(0).toUpper();
    return label;
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
