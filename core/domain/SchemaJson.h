#pragma once

#include "core/domain/RecordSchema.h"

#include <QJsonObject>
#include <QStringList>

namespace fla::schema {

// A record as a JSON object, field by field from the schema. Two forms:
// the audit trail's (every field by its key; a date only when valid) and the
// API's (the fields with an API name; a required date always, "" when unset).
enum class JsonForm
{
    Audit,
    Api
};

template<typename R> QJsonObject toJson(const R &record, JsonForm form);
// The record as the object says, its defaults where a member is missing.
// Api reads strictly: a member present but of the wrong type is named in
// `errors` as "name: reason" and the field keeps its default.
template<typename R> R fromJson(const QJsonObject &o, JsonForm form, QStringList *errors = nullptr);

} // namespace fla::schema
