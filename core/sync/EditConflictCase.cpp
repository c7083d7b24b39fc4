#include "sync/EditConflictCase.h"

#include "domain/FieldLabels.h"
#include "domain/SchemaJson.h"
#include "storage/RecordTraits.h"

namespace fla {

template<typename T> ConflictCase editConflictCase(const EditConflict<T> &conflict)
{
    ConflictCase c;
    c.entity = schema::kindOf<T>();
    c.recordUuid = conflict.mine.uuid;
    c.employerUuid = storage::Traits<T>::employerOf(conflict.mine);
    c.label = storage::Traits<T>::label(conflict.mine);
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
