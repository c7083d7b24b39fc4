#include "core/domain/SchemaJson.h"

#include <QJsonArray>
#include <type_traits>

namespace fla::schema {

namespace {

const char *nameIn(const FieldInfo &f, JsonForm form)
{
    return form == JsonForm::Audit ? f.key : f.apiName;
}

// One member into the object, as the form writes it.
class Writer
{
public:
    Writer(QJsonObject &o, const FieldInfo &f, JsonForm form)
        : m_o(o)
        , m_f(f)
        , m_form(form)
        , m_name(QLatin1String(nameIn(f, form)))
    {}
    void operator()(const QUuid &u) { put(u.toString(QUuid::WithoutBraces)); }
    void operator()(const QString &s)
    {
        if (m_f.required || !s.isEmpty())
            put(s);
    }
    void operator()(const QDate &d)
    {
        if (d.isValid() || (m_form == JsonForm::Api && m_f.required))
            put(d.toString(Qt::ISODate));
    }
    void operator()(double d) { put(d); }
    void operator()(int i) { put(i); }
    void operator()(bool b) { put(b); }
    void operator()(const std::optional<double> &d)
    {
        if (d)
            put(*d);
    }
    void operator()(const std::optional<qint64> &i)
    {
        if (i)
            put(double(*i));
    }
    void operator()(const QStringList &l) { put(QJsonArray::fromStringList(l)); }
    template<typename E, typename = std::enable_if_t<std::is_enum_v<E>>> void operator()(E code)
    {
        put(toString(code));
    }

private:
    void put(const QJsonValue &v) { m_o.insert(m_name, v); }
    QJsonObject &m_o;
    const FieldInfo &m_f;
    JsonForm m_form;
    QLatin1String m_name;
};

// One member from the object. The audit trail is read as the workspace wrote
// it; the API's members are checked and a wrong one is named.
class Reader
{
public:
    Reader(const QJsonObject &o, const FieldInfo &f, JsonForm form, QStringList *errors)
        : m_name(QLatin1String(nameIn(f, form)))
        , m_v(o.value(m_name))
        , m_strict(form == JsonForm::Api)
        , m_errors(errors)
    {}
    void operator()(QUuid &u)
    {
        if (m_strict && absent())
            return;
        u = QUuid::fromString(m_v.toString());
        if (m_strict && u.isNull())
            fail("not a UUID");
    }
    void operator()(QString &s) { s = m_v.toString(); }
    void operator()(QDate &d)
    {
        if (m_strict && absent())
            return;
        d = QDate::fromString(m_v.toString(), Qt::ISODate);
        if (m_strict && !d.isValid())
            fail("not a date yyyy-MM-dd");
    }
    void operator()(double &d) { d = number(d); }
    void operator()(int &i) { i = m_strict ? int(number(i)) : m_v.toInt(i); }
    void operator()(bool &b)
    {
        if (!m_strict || absent()) {
            b = m_v.toBool(b);
        } else if (!m_v.isBool()) {
            fail("not true or false");
        } else {
            b = m_v.toBool();
        }
    }
    void operator()(std::optional<double> &d)
    {
        if (!m_v.isUndefined())
            d = number(0);
    }
    void operator()(std::optional<qint64> &i)
    {
        if (!m_v.isUndefined())
            i = qint64(number(0));
    }
    void operator()(QStringList &l)
    {
        const QJsonArray a = m_v.toArray();
        for (const QJsonValue &v : a)
            l.append(v.toString());
    }
    template<typename E, typename = std::enable_if_t<std::is_enum_v<E>>> void operator()(E &code)
    {
        if (m_strict && absent())
            return;
        if (const std::optional<E> e = codeFromString(m_v.toString(), code))
            code = *e;
        else if (m_strict)
            fail("not in the code list");
    }

private:
    bool absent() const { return m_v.isUndefined() || m_v.isNull(); }
    double number(double def) const
    {
        if (!m_strict)
            return m_v.toDouble(def);
        if (absent())
            return def;
        if (!m_v.isDouble()) {
            fail("not a number");
            return def;
        }
        return m_v.toDouble();
    }
    void fail(const char *why) const
    {
        if (m_errors)
            m_errors->append(m_name + QLatin1String(": ") + QLatin1String(why));
    }
    QLatin1String m_name;
    QJsonValue m_v;
    bool m_strict;
    QStringList *m_errors;
};

} // namespace

template<typename R> QJsonObject toJson(const R &record, JsonForm form)
{
    QJsonObject o;
    for (const Field<R> &f : fields<R>()) {
        if (nameIn(f.info, form))
            std::visit([&](auto member) { Writer(o, f.info, form)(record.*member); }, f.member);
    }
    return o;
}

template<typename R> R fromJson(const QJsonObject &o, JsonForm form, QStringList *errors)
{
    R record;
    for (const Field<R> &f : fields<R>()) {
        if (nameIn(f.info, form))
            std::visit([&](auto member) { Reader(o, f.info, form, errors)(record.*member); }, f.member);
    }
    return record;
}

#define FLA_SCHEMA_JSON(R)                                                                                   \
    template QJsonObject toJson<R>(const R &, JsonForm);                                                     \
    template R fromJson<R>(const QJsonObject &, JsonForm, QStringList *);
FLA_SCHEMA_JSON(Employer)
FLA_SCHEMA_JSON(Worker)
FLA_SCHEMA_JSON(Employment)
FLA_SCHEMA_JSON(Training)
FLA_SCHEMA_JSON(Participation)
FLA_SCHEMA_JSON(TrainingRight)
#undef FLA_SCHEMA_JSON

} // namespace fla::schema
