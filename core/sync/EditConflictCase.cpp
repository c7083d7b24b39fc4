#include "core/sync/EditConflictCase.h"

#include "core/common/DisplayDate.h"
#include "core/domain/FieldLabels.h"
#include "core/domain/FieldText.h"
#include "core/domain/SchemaJson.h"
#include "core/domain/Ssin.h"
#include "core/storage/RecordTraits.h"

#include <QCoreApplication>

namespace fla {

namespace {

// The record as the dialog's title names it, in the user's language (the platform
// conflict's words for the kinds it names).
template<typename T> QString titleOf(const T &r)
{
    if constexpr (std::is_same_v<T, Worker>)
        return QCoreApplication::translate("fla::ConflictResolver", "worker %1 %2 (%3)")
            .arg(r.givenName, r.familyName, Ssin::mask(r.ssin));
    else if constexpr (std::is_same_v<T, Training>)
        return QCoreApplication::translate("fla::ConflictResolver", "training “%1” of %2")
            .arg(r.name, displayDate(r.startDate));
    else if constexpr (std::is_same_v<T, Employer>)
        return recordKindLabel(RecordKind::Employer) + QStringLiteral(" ") + r.name;
    else
        return recordKindLabel(schema::kindOf<T>());
}

} // namespace

template<typename T> ConflictCase editConflictCase(const EditConflict<T> &conflict)
{
    ConflictCase c;
    c.entity = schema::kindOf<T>();
    c.recordUuid = conflict.mine.uuid;
    c.employerUuid = storage::Traits<T>::employerOf(conflict.mine);
    c.label = titleOf(conflict.mine);
    c.mine = schema::toJson(conflict.mine, schema::JsonForm::Audit);
    c.platformHasIt = conflict.theirs.has_value();
    if (conflict.theirs)
        c.theirs = schema::toJson(*conflict.theirs, schema::JsonForm::Audit);
    for (const schema::Field<T> &f : schema::fields<T>()) {
        const QString key = QLatin1String(f.info.key);
        ConflictField field;
        field.field = key;
        field.label = fieldLabel(c.entity, key);
        field.mine = c.mine.value(key);
        field.theirs = c.platformHasIt ? c.theirs.value(key) : QJsonValue(QJsonValue::Undefined);
        field.mineText = schema::valueText(conflict.mine, f);
        if (conflict.theirs)
            field.theirsText = schema::valueText(*conflict.theirs, f);
        field.differs = c.platformHasIt && field.mine != field.theirs;
        // The record's own identity and links say nothing to the user unless they differ.
        if ((key == QLatin1String("uuid") || key.endsWith(QLatin1String("Uuid"))) && !field.differs)
            continue;
        c.fields.append(field);
    }
    return c;
}

template ConflictCase editConflictCase(const EditConflict<Employer> &);
template ConflictCase editConflictCase(const EditConflict<Worker> &);
template ConflictCase editConflictCase(const EditConflict<Employment> &);
template ConflictCase editConflictCase(const EditConflict<Training> &);
template ConflictCase editConflictCase(const EditConflict<Participation> &);
template ConflictCase editConflictCase(const EditConflict<TrainingRight> &);

} // namespace fla
