#include "core/storage/RecordJson.h"

#include "core/domain/SchemaJson.h"

namespace fla::recordjson {

// Field by field from the schema (domain/RecordSchema): every field by its key.

namespace {

template<typename R> bool read(const QJsonObject &o, R &record)
{
    record = schema::fromJson<R>(o, schema::JsonForm::Audit);
    return !record.uuid.isNull();
}

} // namespace

QJsonObject toJson(const Employer &e)
{
    return schema::toJson(e, schema::JsonForm::Audit);
}
QJsonObject toJson(const Worker &w)
{
    return schema::toJson(w, schema::JsonForm::Audit);
}
QJsonObject toJson(const Employment &e)
{
    return schema::toJson(e, schema::JsonForm::Audit);
}
QJsonObject toJson(const Training &t)
{
    return schema::toJson(t, schema::JsonForm::Audit);
}
QJsonObject toJson(const Participation &p)
{
    return schema::toJson(p, schema::JsonForm::Audit);
}
QJsonObject toJson(const TrainingRight &r)
{
    return schema::toJson(r, schema::JsonForm::Audit);
}

bool fromJson(const QJsonObject &o, Employer &e)
{
    return read(o, e);
}
bool fromJson(const QJsonObject &o, Worker &w)
{
    return read(o, w);
}
bool fromJson(const QJsonObject &o, Employment &e)
{
    return read(o, e);
}
bool fromJson(const QJsonObject &o, Training &t)
{
    return read(o, t);
}
bool fromJson(const QJsonObject &o, Participation &p)
{
    return read(o, p);
}
bool fromJson(const QJsonObject &o, TrainingRight &r)
{
    return read(o, r);
}

} // namespace fla::recordjson
