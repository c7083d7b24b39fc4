#include "storage/RecordJson.h"

#include "dataset/FieldText.h"

#include <QJsonArray>

namespace fla::recordjson {

using namespace fieldtext;

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}
QDate date(const QJsonObject &o, const char *key)
{
    return QDate::fromString(str(o, key), Qt::ISODate);
}
QUuid uuid(const QJsonObject &o, const char *key)
{
    return QUuid::fromString(str(o, key));
}
void putDate(QJsonObject &o, const char *key, const QDate &d)
{
    if (d.isValid())
        o.insert(QLatin1String(key), d.toString(Qt::ISODate));
}
void putText(QJsonObject &o, const char *key, const QString &s)
{
    if (!s.isEmpty())
        o.insert(QLatin1String(key), s);
}
QString id(const QUuid &u)
{
    return u.toString(QUuid::WithoutBraces);
}

} // namespace

QJsonObject toJson(const Employer &e)
{
    QJsonObject o{{QStringLiteral("uuid"), id(e.uuid)},
                  {QStringLiteral("enterpriseNumber"), e.enterpriseNumber},
                  {QStringLiteral("name"), e.name},
                  {QStringLiteral("language"), toString(e.language)},
                  {QStringLiteral("sizeClass"), toString(e.sizeClass)},
                  {QStringLiteral("jointCommittees"), QJsonArray::fromStringList(e.jointCommittees)},
                  {QStringLiteral("hoursPerDay"), e.hoursPerDay}};
    putText(o, "nssoNumber", e.nssoNumber);
    return o;
}

QJsonObject toJson(const Worker &w)
{
    QJsonObject o{
        {QStringLiteral("uuid"), id(w.uuid)},       {QStringLiteral("employerUuid"), id(w.employerUuid)},
        {QStringLiteral("ssin"), w.ssin},           {QStringLiteral("familyName"), w.familyName},
        {QStringLiteral("givenName"), w.givenName}, {QStringLiteral("language"), toString(w.language)}};
    putDate(o, "birthDate", w.birthDate);
    putText(o, "address", w.address);
    return o;
}

QJsonObject toJson(const Employment &e)
{
    QJsonObject o{{QStringLiteral("uuid"), id(e.uuid)},
                  {QStringLiteral("employerUuid"), id(e.employerUuid)},
                  {QStringLiteral("workerUuid"), id(e.workerUuid)},
                  {QStringLiteral("workRegime"), e.workRegime},
                  {QStringLiteral("jointCommittee"), e.jointCommittee}};
    putDate(o, "startDate", e.startDate);
    putDate(o, "endDate", e.endDate);
    putText(o, "caoNumber", e.caoNumber);
    return o;
}

QJsonObject toJson(const Training &t)
{
    QJsonObject o{{QStringLiteral("uuid"), id(t.uuid)},
                  {QStringLiteral("employerUuid"), id(t.employerUuid)},
                  {QStringLiteral("name"), t.name},
                  {QStringLiteral("kind"), toString(t.kind)},
                  {QStringLiteral("duration"), t.duration},
                  {QStringLiteral("unit"), toString(t.unit)},
                  {QStringLiteral("countsForFla"), t.countsForFla},
                  {QStringLiteral("deductFromRight"), t.deductFromRight},
                  {QStringLiteral("status"), toString(t.status)}};
    putText(o, "provider", t.provider);
    putDate(o, "startDate", t.startDate);
    putDate(o, "endDate", t.endDate);
    putText(o, "financing", t.financing);
    if (t.costCents)
        o.insert(QStringLiteral("costCents"), double(*t.costCents));
    putDate(o, "registeredOn", t.registeredOn);
    return o;
}

QJsonObject toJson(const Participation &p)
{
    QJsonObject o{{QStringLiteral("uuid"), id(p.uuid)},
                  {QStringLiteral("employerUuid"), id(p.employerUuid)},
                  {QStringLiteral("trainingUuid"), id(p.trainingUuid)},
                  {QStringLiteral("workerUuid"), id(p.workerUuid)},
                  {QStringLiteral("followed"), p.followed},
                  {QStringLiteral("certificate"), p.certificate}};
    putDate(o, "certificateValidUntil", p.certificateValidUntil);
    if (p.durationOverride)
        o.insert(QStringLiteral("duration"), *p.durationOverride);
    return o;
}

QJsonObject toJson(const TrainingRight &r)
{
    QJsonObject o{{QStringLiteral("uuid"), id(r.uuid)},
                  {QStringLiteral("employerUuid"), id(r.employerUuid)},
                  {QStringLiteral("workerUuid"), id(r.workerUuid)},
                  {QStringLiteral("year"), r.year},
                  {QStringLiteral("type"), toString(r.type)},
                  {QStringLiteral("amount"), r.amount},
                  {QStringLiteral("unit"), toString(r.unit)},
                  {QStringLiteral("origin"), toString(r.origin)},
                  {QStringLiteral("optOut"), r.optOut}};
    putText(o, "caoNumber", r.caoNumber);
    return o;
}

bool fromJson(const QJsonObject &o, Employer &e)
{
    e.uuid = uuid(o, "uuid");
    e.enterpriseNumber = str(o, "enterpriseNumber");
    e.nssoNumber = str(o, "nssoNumber");
    e.name = str(o, "name");
    e.language = languageFromString(str(o, "language")).value_or(Language::Dutch);
    e.sizeClass = sizeClassFromString(str(o, "sizeClass")).value_or(SizeClass::Under10);
    e.jointCommittees.clear();
    const QJsonArray jc = o.value(QStringLiteral("jointCommittees")).toArray();
    for (const QJsonValue &v : jc)
        e.jointCommittees << v.toString();
    e.hoursPerDay = o.value(QStringLiteral("hoursPerDay")).toDouble(7.6);
    return !e.uuid.isNull();
}

bool fromJson(const QJsonObject &o, Worker &w)
{
    w.uuid = uuid(o, "uuid");
    w.employerUuid = uuid(o, "employerUuid");
    w.ssin = str(o, "ssin");
    w.familyName = str(o, "familyName");
    w.givenName = str(o, "givenName");
    w.birthDate = date(o, "birthDate");
    w.language = languageFromString(str(o, "language")).value_or(Language::Dutch);
    w.address = str(o, "address");
    return !w.uuid.isNull();
}

bool fromJson(const QJsonObject &o, Employment &e)
{
    e.uuid = uuid(o, "uuid");
    e.employerUuid = uuid(o, "employerUuid");
    e.workerUuid = uuid(o, "workerUuid");
    e.startDate = date(o, "startDate");
    e.endDate = date(o, "endDate");
    e.workRegime = o.value(QStringLiteral("workRegime")).toDouble(1.0);
    e.jointCommittee = str(o, "jointCommittee");
    e.caoNumber = str(o, "caoNumber");
    return !e.uuid.isNull();
}

bool fromJson(const QJsonObject &o, Training &t)
{
    t.uuid = uuid(o, "uuid");
    t.employerUuid = uuid(o, "employerUuid");
    t.name = str(o, "name");
    t.provider = str(o, "provider");
    t.kind = trainingKindFromString(str(o, "kind")).value_or(TrainingKind::Formal);
    t.startDate = date(o, "startDate");
    t.endDate = date(o, "endDate");
    t.duration = o.value(QStringLiteral("duration")).toDouble();
    t.unit = durationUnitFromString(str(o, "unit")).value_or(DurationUnit::Hours);
    t.countsForFla = o.value(QStringLiteral("countsForFla")).toBool(true);
    t.deductFromRight = o.value(QStringLiteral("deductFromRight")).toBool(true);
    t.financing = str(o, "financing");
    if (o.contains(QStringLiteral("costCents")))
        t.costCents = qint64(o.value(QStringLiteral("costCents")).toDouble());
    else
        t.costCents.reset();
    t.status = trainingStatusFromString(str(o, "status")).value_or(TrainingStatus::Completed);
    t.registeredOn = date(o, "registeredOn");
    return !t.uuid.isNull();
}

bool fromJson(const QJsonObject &o, Participation &p)
{
    p.uuid = uuid(o, "uuid");
    p.employerUuid = uuid(o, "employerUuid");
    p.trainingUuid = uuid(o, "trainingUuid");
    p.workerUuid = uuid(o, "workerUuid");
    p.followed = o.value(QStringLiteral("followed")).toBool(true);
    p.certificate = o.value(QStringLiteral("certificate")).toBool(false);
    p.certificateValidUntil = date(o, "certificateValidUntil");
    if (o.contains(QStringLiteral("duration")))
        p.durationOverride = o.value(QStringLiteral("duration")).toDouble();
    else
        p.durationOverride.reset();
    return !p.uuid.isNull();
}

bool fromJson(const QJsonObject &o, TrainingRight &r)
{
    r.uuid = uuid(o, "uuid");
    r.employerUuid = uuid(o, "employerUuid");
    r.workerUuid = uuid(o, "workerUuid");
    r.year = o.value(QStringLiteral("year")).toInt();
    r.type = rightTypeFromString(str(o, "type")).value_or(RightType::Legal);
    r.amount = o.value(QStringLiteral("amount")).toDouble();
    r.unit = durationUnitFromString(str(o, "unit")).value_or(DurationUnit::Days);
    r.origin = rightOriginFromString(str(o, "origin")).value_or(RightOrigin::Declared);
    r.caoNumber = str(o, "caoNumber");
    r.optOut = o.value(QStringLiteral("optOut")).toBool(false);
    return !r.uuid.isNull();
}

} // namespace fla::recordjson
