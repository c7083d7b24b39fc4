#pragma once

#include "core/domain/Entities.h"
#include "core/domain/RecordKind.h"

#include <QList>
#include <QString>
#include <QStringView>
#include <cstddef>
#include <variant>

namespace fla::schema {

// The one description of every field of every kind of record: its names in
// each outside form, its label, and where the record holds it. The audit
// JSON, the API JSON, the CSV set, the labels of every screen and the SQL
// column lists are made from it (docs/architecture.md: "How to add a field").

// Where a record holds a field's value: a member pointer, so every format
// reads and writes the record compile-time typed (no QVariant).
template<typename R>
using Member =
    std::variant<QUuid R::*, QString R::*, QDate R::*, double R::*, int R::*, bool R::*,
                 std::optional<double> R::*, std::optional<qint64> R::*, QStringList R::*, Language R::*,
                 SizeClass R::*, TrainingKind R::*, DurationUnit R::*, TrainingStatus R::*, RightType R::*,
                 RightOrigin R::*, StatedCategory R::*, CostSharing R::*, TrainingLeave R::*, StatedSex R::*>;

// The kind of value, in the member's order.
enum class ValueType
{
    Uuid,
    Text,
    Date,
    Number,
    Integer,
    Boolean,
    OptionalNumber,
    OptionalInteger, // an amount in cents
    TextList,
    Code // a value of a code list (domain/Enums.h)
};

// What a field is called in each form; nullptr where that form does not hold it.
struct FieldInfo
{
    const char *key;   // the data model's name: audit JSON, anomaly catalogue, platform refusals
    const char *label; // QT_TRANSLATE_NOOP("fla::FieldLabels", …): fieldLabel() translates it
    // Required text is written even when empty; an optional one, an invalid
    // date or a missing number is left out (JSON) or NULL (SQL).
    bool required;
    const char *sqlColumn; // the workspace's column
    const char *csvHeader; // the CSV set's column (docs/csv-format.md)
    const char *apiName;   // the API's JSON member (docs/api/fla-v1.yaml)
    // The batch XML's attribute, or "<name>" for a child element (one per value of a
    // list): io/BatchXml writes and reads every field by it (docs/batch/README.md).
    const char *xmlName;
};

template<typename R> struct Field
{
    FieldInfo info;
    Member<R> member;
};

// The fields of one kind of record, in the order of its CSV columns and SQL columns.
template<typename R> struct Fields
{
    const Field<R> *first;
    std::size_t count;
    const Field<R> *begin() const { return first; }
    const Field<R> *end() const { return first + count; }
    std::size_t size() const { return count; }
};

template<typename R> Fields<R> fields();
template<> Fields<Employer> fields<Employer>();
template<> Fields<Worker> fields<Worker>();
template<> Fields<Employment> fields<Employment>();
template<> Fields<Training> fields<Training>();
template<> Fields<Participation> fields<Participation>();
template<> Fields<TrainingRight> fields<TrainingRight>();

template<typename R> constexpr RecordKind kindOf();
template<> constexpr RecordKind kindOf<Employer>()
{
    return RecordKind::Employer;
}
template<> constexpr RecordKind kindOf<Worker>()
{
    return RecordKind::Worker;
}
template<> constexpr RecordKind kindOf<Employment>()
{
    return RecordKind::Employment;
}
template<> constexpr RecordKind kindOf<Training>()
{
    return RecordKind::Training;
}
template<> constexpr RecordKind kindOf<Participation>()
{
    return RecordKind::Participation;
}
template<> constexpr RecordKind kindOf<TrainingRight>()
{
    return RecordKind::TrainingRight;
}

template<typename R> ValueType typeOf(const Field<R> &f)
{
    const std::size_t i = f.member.index();
    return i >= std::size_t(ValueType::Code) ? ValueType::Code : ValueType(i);
}

// The code of a code list from its text, the list named by a value of it
// (a template's way to reach languageFromString and friends).
inline std::optional<Language> codeFromString(QStringView s, Language)
{
    return languageFromString(s);
}
inline std::optional<SizeClass> codeFromString(QStringView s, SizeClass)
{
    return sizeClassFromString(s);
}
inline std::optional<TrainingKind> codeFromString(QStringView s, TrainingKind)
{
    return trainingKindFromString(s);
}
inline std::optional<DurationUnit> codeFromString(QStringView s, DurationUnit)
{
    return durationUnitFromString(s);
}
inline std::optional<TrainingStatus> codeFromString(QStringView s, TrainingStatus)
{
    return trainingStatusFromString(s);
}
inline std::optional<RightType> codeFromString(QStringView s, RightType)
{
    return rightTypeFromString(s);
}
inline std::optional<RightOrigin> codeFromString(QStringView s, RightOrigin)
{
    return rightOriginFromString(s);
}
inline std::optional<StatedCategory> codeFromString(QStringView s, StatedCategory)
{
    return statedCategoryFromString(s);
}
inline std::optional<CostSharing> codeFromString(QStringView s, CostSharing)
{
    return costSharingFromString(s);
}
inline std::optional<TrainingLeave> codeFromString(QStringView s, TrainingLeave)
{
    return trainingLeaveFromString(s);
}
inline std::optional<StatedSex> codeFromString(QStringView s, StatedSex)
{
    return statedSexFromString(s);
}

// A field without its record type: for labels, headers and column lists.
struct FieldDescription
{
    FieldInfo info;
    ValueType type = ValueType::Text;
};

QList<FieldDescription> describe(RecordKind kind);
// The field by its name in a form (by default its key), or nullptr; `form` is a member of FieldInfo.
const FieldInfo *find(RecordKind kind, QStringView name, const char *FieldInfo::*form = &FieldInfo::key);
// The keys of a kind's fields a form holds, in order; `form` is a member of FieldInfo.
QStringList names(RecordKind kind, const char *FieldInfo::*form);

} // namespace fla::schema
