#include "sync/JsonMapping.h"

#include <QJsonArray>

namespace fla::json {

namespace {

using L = QLatin1String;

void putIf(QJsonObject &o, const char *key, const QString &v)
{
    if (!v.isEmpty())
        o.insert(QLatin1String(key), v);
}
void putDate(QJsonObject &o, const char *key, const QDate &d)
{
    if (d.isValid())
        o.insert(QLatin1String(key), dateText(d));
}
QString uuidText(const QUuid &u)
{
    return u.toString(QUuid::WithoutBraces);
}

class Reader
{
public:
    Reader(const QJsonObject &o, QStringList *errors)
        : m_o(o)
        , m_errors(errors)
    {}
    QString text(const char *key) const { return m_o.value(QLatin1String(key)).toString(); }
    QUuid uuid(const char *key) const
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        const QUuid u = QUuid::fromString(v.toString());
        if (u.isNull())
            fail(key, "not a UUID");
        return u;
    }
    QDate date(const char *key) const
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        const QDate d = dateFrom(v);
        if (!d.isValid())
            fail(key, "not a date yyyy-MM-dd");
        return d;
    }
    double number(const char *key, double def) const
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return def;
        if (!v.isDouble()) {
            fail(key, "not a number");
            return def;
        }
        return v.toDouble();
    }
    bool boolean(const char *key, bool def) const
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return def;
        if (!v.isBool()) {
            fail(key, "not true or false");
            return def;
        }
        return v.toBool();
    }
    bool has(const char *key) const { return m_o.contains(QLatin1String(key)); }
    template<typename E, typename F> E code(const char *key, E def, F parse) const
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return def;
        const auto e = parse(v.toString());
        if (!e) {
            fail(key, "not in the code list");
            return def;
        }
        return *e;
    }
    void fail(const char *key, const char *why) const
    {
        if (m_errors)
            m_errors->append(QLatin1String(key) + QLatin1String(": ") + QLatin1String(why));
    }

private:
    const QJsonObject &m_o;
    QStringList *m_errors;
};

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
    QJsonObject o{{L("enterpriseNumber"), e.enterpriseNumber},
                  {L("name"), e.name},
                  {L("language"), toString(e.language)},
                  {L("sizeClass"), toString(e.sizeClass)},
                  {L("jointCommittees"), QJsonArray::fromStringList(e.jointCommittees)},
                  {L("hoursPerDay"), e.hoursPerDay}};
    putIf(o, "nssoNumber", e.nssoNumber);
    return o;
}

QJsonObject fromWorker(const Worker &w)
{
    QJsonObject o{{L("uuid"), uuidText(w.uuid)},
                  {L("ssin"), w.ssin},
                  {L("familyName"), w.familyName},
                  {L("givenName"), w.givenName},
                  {L("language"), toString(w.language)}};
    putDate(o, "birthDate", w.birthDate);
    putIf(o, "address", w.address);
    return o;
}

QJsonObject fromEmployment(const Employment &e, const QString &ssin)
{
    QJsonObject o{{L("uuid"), uuidText(e.uuid)},
                  {L("workerUuid"), uuidText(e.workerUuid)},
                  {L("ssin"), ssin},
                  {L("startDate"), dateText(e.startDate)},
                  {L("workRegime"), e.workRegime},
                  {L("jointCommittee"), e.jointCommittee}};
    putDate(o, "endDate", e.endDate);
    putIf(o, "caoNumber", e.caoNumber);
    return o;
}

QJsonObject fromTraining(const Training &t)
{
    QJsonObject o{{L("uuid"), uuidText(t.uuid)},
                  {L("name"), t.name},
                  {L("kind"), toString(t.kind)},
                  {L("startDate"), dateText(t.startDate)},
                  {L("endDate"), dateText(t.endDate)},
                  {L("duration"), t.duration},
                  {L("unit"), toString(t.unit)},
                  {L("countsForFla"), t.countsForFla},
                  {L("deductFromRight"), t.deductFromRight},
                  {L("status"), toString(t.status)}};
    putIf(o, "provider", t.provider);
    putIf(o, "financing", t.financing);
    if (t.costCents)
        o.insert(L("costCents"), static_cast<double>(*t.costCents));
    return o;
}

QJsonObject fromParticipation(const Participation &p, const QString &ssin)
{
    QJsonObject o{{L("uuid"), uuidText(p.uuid)},
                  {L("trainingUuid"), uuidText(p.trainingUuid)},
                  {L("workerUuid"), uuidText(p.workerUuid)},
                  {L("ssin"), ssin},
                  {L("followed"), p.followed},
                  {L("certificate"), p.certificate}};
    putDate(o, "certificateValidUntil", p.certificateValidUntil);
    if (p.durationOverride)
        o.insert(L("duration"), *p.durationOverride);
    return o;
}

QJsonObject fromRight(const TrainingRight &r, const QString &ssin)
{
    QJsonObject o{{L("uuid"), uuidText(r.uuid)},
                  {L("workerUuid"), uuidText(r.workerUuid)},
                  {L("ssin"), ssin},
                  {L("year"), r.year},
                  {L("type"), toString(r.type)},
                  {L("amount"), r.amount},
                  {L("unit"), toString(r.unit)},
                  {L("origin"), toString(r.origin)},
                  {L("optOut"), r.optOut}};
    putIf(o, "caoNumber", r.caoNumber);
    return o;
}

Employer toEmployer(const QJsonObject &o, QStringList *errors)
{
    const Reader r(o, errors);
    Employer e;
    e.enterpriseNumber = r.text("enterpriseNumber");
    e.nssoNumber = r.text("nssoNumber");
    e.name = r.text("name");
    e.language = r.code("language", Language::Dutch, languageFromString);
    e.sizeClass = r.code("sizeClass", SizeClass::Under10, sizeClassFromString);
    const QJsonArray jc = o.value(L("jointCommittees")).toArray();
    for (const QJsonValue &v : jc)
        e.jointCommittees.append(v.toString());
    e.hoursPerDay = r.number("hoursPerDay", 7.6);
    return e;
}

Worker toWorker(const QJsonObject &o, QStringList *errors)
{
    const Reader r(o, errors);
    Worker w;
    w.uuid = r.uuid("uuid");
    w.ssin = r.text("ssin");
    w.familyName = r.text("familyName");
    w.givenName = r.text("givenName");
    w.birthDate = r.date("birthDate");
    w.language = r.code("language", Language::Dutch, languageFromString);
    w.address = r.text("address");
    return w;
}

Employment toEmployment(const QJsonObject &o, QStringList *errors)
{
    const Reader r(o, errors);
    Employment e;
    e.uuid = r.uuid("uuid");
    e.workerUuid = r.uuid("workerUuid");
    e.startDate = r.date("startDate");
    e.endDate = r.date("endDate");
    e.workRegime = r.number("workRegime", 1.0);
    e.jointCommittee = r.text("jointCommittee");
    e.caoNumber = r.text("caoNumber");
    return e;
}

Training toTraining(const QJsonObject &o, QStringList *errors)
{
    const Reader r(o, errors);
    Training t;
    t.uuid = r.uuid("uuid");
    t.name = r.text("name");
    t.provider = r.text("provider");
    t.kind = r.code("kind", TrainingKind::Formal, trainingKindFromString);
    t.startDate = r.date("startDate");
    t.endDate = r.date("endDate");
    t.duration = r.number("duration", 0);
    t.unit = r.code("unit", DurationUnit::Hours, durationUnitFromString);
    t.countsForFla = r.boolean("countsForFla", true);
    t.deductFromRight = r.boolean("deductFromRight", true);
    t.financing = r.text("financing");
    if (r.has("costCents"))
        t.costCents = static_cast<qint64>(r.number("costCents", 0));
    t.status = r.code("status", TrainingStatus::Completed, trainingStatusFromString);
    return t;
}

Participation toParticipation(const QJsonObject &o, QStringList *errors)
{
    const Reader r(o, errors);
    Participation p;
    p.uuid = r.uuid("uuid");
    p.trainingUuid = r.uuid("trainingUuid");
    p.workerUuid = r.uuid("workerUuid");
    p.followed = r.boolean("followed", true);
    p.certificate = r.boolean("certificate", false);
    p.certificateValidUntil = r.date("certificateValidUntil");
    if (r.has("duration"))
        p.durationOverride = r.number("duration", 0);
    return p;
}

TrainingRight toRight(const QJsonObject &o, QStringList *errors)
{
    const Reader r(o, errors);
    TrainingRight t;
    t.uuid = r.uuid("uuid");
    t.workerUuid = r.uuid("workerUuid");
    t.year = static_cast<int>(r.number("year", 0));
    t.type = r.code("type", RightType::Legal, rightTypeFromString);
    t.amount = r.number("amount", 0);
    t.unit = r.code("unit", DurationUnit::Days, durationUnitFromString);
    t.origin = r.code("origin", RightOrigin::Declared, rightOriginFromString);
    t.caoNumber = r.text("caoNumber");
    t.optOut = r.boolean("optOut", false);
    return t;
}

} // namespace fla::json
