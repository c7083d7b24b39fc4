#include "core/sync/JsonMapping.h"

#include "core/domain/SchemaJson.h"

namespace fla::json {

// Field by field from the schema (domain/RecordSchema): the fields with an API name.

namespace {

using schema::JsonForm;

template<typename R> QJsonObject withSsin(const R &record, const QString &ssin)
{
    QJsonObject o = schema::toJson(record, JsonForm::Api);
    o.insert(QLatin1String("ssin"), ssin);
    return o;
}

} // namespace

QString dateText(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QDate dateFrom(const QJsonValue &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

QJsonObject fromEmployer(const Employer &e)
{
    return schema::toJson(e, JsonForm::Api);
}

QJsonObject fromWorker(const Worker &w)
{
    return schema::toJson(w, JsonForm::Api);
}

QJsonObject fromEmployment(const Employment &e, const QString &ssin)
{
    return withSsin(e, ssin);
}

QJsonObject fromTraining(const Training &t)
{
    return schema::toJson(t, JsonForm::Api);
}

QJsonObject fromParticipation(const Participation &p, const QString &ssin)
{
    return withSsin(p, ssin);
}

QJsonObject fromRight(const TrainingRight &r, const QString &ssin)
{
    return withSsin(r, ssin);
}

Employer toEmployer(const QJsonObject &o, QStringList *errors)
{
    return schema::fromJson<Employer>(o, JsonForm::Api, errors);
}

Worker toWorker(const QJsonObject &o, QStringList *errors)
{
    return schema::fromJson<Worker>(o, JsonForm::Api, errors);
}

Employment toEmployment(const QJsonObject &o, QStringList *errors)
{
    return schema::fromJson<Employment>(o, JsonForm::Api, errors);
}

Training toTraining(const QJsonObject &o, QStringList *errors)
{
    return schema::fromJson<Training>(o, JsonForm::Api, errors);
}

Participation toParticipation(const QJsonObject &o, QStringList *errors)
{
    return schema::fromJson<Participation>(o, JsonForm::Api, errors);
}

TrainingRight toRight(const QJsonObject &o, QStringList *errors)
{
    return schema::fromJson<TrainingRight>(o, JsonForm::Api, errors);
}

} // namespace fla::json
