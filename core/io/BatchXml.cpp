#include "core/io/BatchXml.h"

#include "core/common/LogCategories.h"
#include "core/common/Translation.h"
#include "core/domain/EnterpriseNumber.h"
#include "core/domain/JointCommittee.h"
#include "core/domain/RecordSchema.h"
#include "core/domain/Ssin.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>
#include <cmath>
#include <cstring>
#include <limits>
#include <unordered_set>

namespace fla {

namespace {

QString tr(const char *text)
{
    return translateFrom({"fla::BatchXml::Reader", "fla::BatchXml"}, text);
}

// xs:decimal: no exponent, at most four decimals, no trailing zeros.
QString decimal(double v)
{
    QString s = QString::number(v, 'f', 4);
    while (s.endsWith(QLatin1Char('0')))
        s.chop(1);
    if (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    if (s == QLatin1String("-0"))
        s = QStringLiteral("0");
    return s;
}

QString cents(qint64 c)
{
    const qint64 a = c < 0 ? -c : c;
    return QStringLiteral("%1%2.%3")
        .arg(c < 0 ? QStringLiteral("-") : QString())
        .arg(a / 100)
        .arg(a % 100, 2, 10, QLatin1Char('0'));
}

QString uuidText(const QUuid &u)
{
    return u.toString(QUuid::WithoutBraces);
}

QString boolText(bool b)
{
    return b ? QStringLiteral("true") : QStringLiteral("false");
}

// A kind's fields as the batch XML holds them, made once from the schema's XML
// names (docs/batch/README.md): an attribute, or a child element where the
// name is written "<name>" (one element per value of a list).
template<typename R> struct XmlField
{
    QLatin1String name;
    bool element;
    const schema::Field<R> *field;
};

template<typename R> const QList<XmlField<R>> &xmlFields()
{
    static const QList<XmlField<R>> list = [] {
        QList<XmlField<R>> out;
        for (const schema::Field<R> &f : schema::fields<R>()) {
            const char *n = f.info.xmlName;
            if (!n)
                continue;
            const qsizetype size = qsizetype(std::strlen(n));
            if (n[0] == '<' && size > 2 && n[size - 1] == '>')
                out.append({QLatin1String(n + 1, size - 2), true, &f});
            else
                out.append({QLatin1String(n, size), false, &f});
        }
        return out;
    }();
    return list;
}

// A value as the XML writes it (xs:decimal, ISO dates, true/false, codes);
// nothing for an optional value that is not there.
struct XmlText
{
    const schema::FieldInfo &f;
    std::optional<QString> operator()(const QUuid &u) const { return uuidText(u); }
    std::optional<QString> operator()(const QString &s) const
    {
        return f.required || !s.isEmpty() ? std::optional<QString>(s) : std::nullopt;
    }
    std::optional<QString> operator()(const QDate &d) const
    {
        return f.required || d.isValid() ? std::optional<QString>(d.toString(Qt::ISODate)) : std::nullopt;
    }
    std::optional<QString> operator()(double d) const { return decimal(d); }
    std::optional<QString> operator()(int i) const { return QString::number(i); }
    std::optional<QString> operator()(bool b) const { return boolText(b); }
    std::optional<QString> operator()(const std::optional<double> &d) const
    {
        return d ? std::optional<QString>(decimal(*d)) : std::nullopt;
    }
    std::optional<QString> operator()(const std::optional<qint64> &c) const
    {
        // The schema's optional integer is an amount in cents: euro in the file.
        return c ? std::optional<QString>(cents(*c)) : std::nullopt;
    }
    std::optional<QString> operator()(const QStringList &l) const { return l.join(QLatin1Char(' ')); }
    template<typename E, std::enable_if_t<std::is_enum_v<E>, int> = 0>
    std::optional<QString> operator()(E code) const
    {
        return toString(code);
    }
};

// The record's attributes, then its child elements, in the schema's order.
template<typename R> void writeAttributes(QXmlStreamWriter &xml, const R &record)
{
    for (const XmlField<R> &x : xmlFields<R>()) {
        if (x.element)
            continue;
        const std::optional<QString> text =
            std::visit([&](auto member) { return XmlText{x.field->info}(record.*member); }, x.field->member);
        if (text)
            xml.writeAttribute(x.name, *text);
    }
}

template<typename R> void writeElements(QXmlStreamWriter &xml, const R &record)
{
    for (const XmlField<R> &x : xmlFields<R>()) {
        if (!x.element)
            continue;
        std::visit(
            [&](auto member) {
                using V = std::decay_t<decltype(record.*member)>;
                if constexpr (std::is_same_v<V, QStringList>) {
                    for (const QString &v : record.*member)
                        xml.writeTextElement(x.name, v);
                } else if (const std::optional<QString> text = XmlText{x.field->info}(record.*member)) {
                    xml.writeTextElement(x.name, *text);
                }
            },
            x.field->member);
    }
}

// A record's element: its attributes, its child elements, then (nested) what
// belongs to it. An element without content closes itself.
template<typename R> void writeRecord(QXmlStreamWriter &xml, const QString &element, const R &record)
{
    xml.writeStartElement(element);
    writeAttributes(xml, record);
    writeElements(xml, record);
}

} // namespace

namespace BatchXml {

QString fileCode()
{
    return QStringLiteral("FLA01");
}

QString namespaceUri()
{
    return QStringLiteral("urn:fladesk:batch:FLA01:v1");
}

bool write(QIODevice *device, const BatchHeader &header, const DataSet &data, QString *error)
{
    QHash<QUuid, QList<qsizetype>> workersOf, employmentsOf, trainingsOf, rightsOf, participationsOf;
    for (qsizetype i = 0; i < data.workers.size(); ++i)
        workersOf[data.workers.at(i).employerUuid].append(i);
    for (qsizetype i = 0; i < data.employments.size(); ++i)
        employmentsOf[data.employments.at(i).employerUuid].append(i);
    for (qsizetype i = 0; i < data.trainings.size(); ++i)
        trainingsOf[data.trainings.at(i).employerUuid].append(i);
    for (qsizetype i = 0; i < data.rights.size(); ++i)
        rightsOf[data.rights.at(i).employerUuid].append(i);
    for (qsizetype i = 0; i < data.participations.size(); ++i)
        participationsOf[data.participations.at(i).trainingUuid].append(i);

    QXmlStreamWriter xml(device);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(namespaceUri());
    xml.writeStartElement(QStringLiteral("declaration"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1"));

    xml.writeEmptyElement(QStringLiteral("header"));
    xml.writeAttribute(QStringLiteral("fileCode"), fileCode());
    xml.writeAttribute(QStringLiteral("sender"), header.sender);
    xml.writeAttribute(QStringLiteral("createdOn"), header.createdOn.toString(Qt::ISODate));
    xml.writeAttribute(QStringLiteral("sequence"), QString::number(header.sequence));
    xml.writeAttribute(QStringLiteral("environment"),
                       header.production ? QStringLiteral("R") : QStringLiteral("T"));
    if (!header.software.isEmpty())
        xml.writeAttribute(QStringLiteral("software"), header.software);

    for (const Employer &e : data.employers) {
        writeRecord(xml, QStringLiteral("employer"), e);
        for (const qsizetype i : workersOf.value(e.uuid)) {
            writeRecord(xml, QStringLiteral("worker"), data.workers.at(i));
            xml.writeEndElement();
        }
        for (const qsizetype i : employmentsOf.value(e.uuid)) {
            writeRecord(xml, QStringLiteral("employment"), data.employments.at(i));
            xml.writeEndElement();
        }
        for (const qsizetype i : trainingsOf.value(e.uuid)) {
            const Training &t = data.trainings.at(i);
            writeRecord(xml, QStringLiteral("training"), t);
            for (const qsizetype pi : participationsOf.value(t.uuid)) {
                writeRecord(xml, QStringLiteral("participation"), data.participations.at(pi));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        for (const qsizetype i : rightsOf.value(e.uuid)) {
            writeRecord(xml, QStringLiteral("right"), data.rights.at(i));
            xml.writeEndElement();
        }
        xml.writeEndElement(); // employer
    }
    xml.writeEndElement(); // declaration
    xml.writeEndDocument();
    if (xml.hasError()) {
        *error = tr("Cannot write the batch file: %1").arg(device->errorString());
        return false;
    }
    return true;
}

QByteArray toBytes(const BatchHeader &header, const DataSet &data)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    write(&buffer, header, data, &error);
    return buffer.data();
}

namespace {

// A set of UUIDs with a cheap hash (their bytes are random already): a
// million participations means a million lookups.
struct UuidHash
{
    size_t operator()(const QUuid &u) const noexcept
    {
        quint64 a = 0, b = 0;
        std::memcpy(&a, &u, 8);
        std::memcpy(&b, reinterpret_cast<const char *>(&u) + 8, 8);
        return size_t(a ^ (b * 0x9E3779B97F4A7C15ull));
    }
};
using UuidSet = std::unordered_set<QUuid, UuidHash>;

// Reads one element's attributes into typed values, collecting issues.
class Reader
{
public:
    Reader(QXmlStreamReader &xml, BatchReadResult &result, int maxIssues)
        : m_xml(xml)
        , m_result(result)
        , m_maxIssues(maxIssues)
    {}

    void issue(const QString &attribute, const QString &message)
    {
        m_result.ok = false;
        m_failed = true;
        if (m_result.issues.size() < m_maxIssues)
            m_result.issues.append({m_xml.lineNumber(), m_xml.name().toString(), attribute, message});
    }

    QStringView raw(QLatin1String name, bool required)
    {
        const QStringView v = m_attrs->value(name);
        if (required && v.isEmpty() && !m_attrs->hasAttribute(name))
            issue(name, tr("The attribute %1 is required.").arg(name));
        return v;
    }
    QString text(QLatin1String name, bool required, int maxLength = 400)
    {
        const QStringView v = raw(name, required);
        if (v.size() > maxLength)
            issue(name, tr("%1 is longer than %2 characters.").arg(name).arg(maxLength));
        return v.toString();
    }
    QUuid uuid(QLatin1String name)
    {
        const QStringView v = raw(name, true);
        const QUuid u = QUuid::fromString(v);
        if (u.isNull() && !v.isEmpty())
            issue(name, tr("\"%1\" is not a UUID.").arg(v));
        return u;
    }
    QDate date(QLatin1String name, bool required)
    {
        const QStringView v = raw(name, required);
        if (v.isEmpty())
            return {};
        QDate d;
        if (v.size() == 10 && v.at(4) == QLatin1Char('-') && v.at(7) == QLatin1Char('-')) {
            bool y = false, m = false, dd = false;
            d = QDate(v.left(4).toInt(&y), v.mid(5, 2).toInt(&m), v.mid(8, 2).toInt(&dd));
            if (!(y && m && dd))
                d = QDate();
        }
        if (!d.isValid())
            issue(name, tr("\"%1\" is not a date (yyyy-mm-dd).").arg(v));
        return d;
    }
    double number(QLatin1String name, bool required, double min, bool minExclusive, double max)
    {
        const QStringView v = raw(name, required);
        if (v.isEmpty())
            return 0;
        bool ok = false;
        const double d = v.toDouble(&ok);
        if (!ok || !std::isfinite(d) || v.contains(QLatin1Char('e')) || v.contains(QLatin1Char('E'))) {
            issue(name, tr("\"%1\" is not a decimal number.").arg(v));
            return 0;
        }
        if (d < min || (minExclusive && d == min) || d > max)
            issue(name, tr("%1 is out of range.").arg(v));
        return d;
    }
    bool boolean(QLatin1String name)
    {
        const QStringView v = raw(name, true);
        if (v == QLatin1String("true") || v == QLatin1String("1"))
            return true;
        if (v == QLatin1String("false") || v == QLatin1String("0"))
            return false;
        if (!v.isEmpty())
            issue(name, tr("\"%1\" is not true or false.").arg(v));
        return false;
    }
    template<typename T, typename F> T code(QLatin1String name, F parse, T fallback)
    {
        const QStringView v = raw(name, true);
        if (v.isEmpty())
            return fallback;
        const std::optional<T> c = parse(v);
        if (!c || v.toString() != toString(*c)) {
            issue(name, tr("\"%1\" is not one of the allowed codes.").arg(v));
            return fallback;
        }
        return *c;
    }
    void unique(const QUuid &u)
    {
        if (u.isNull())
            return;
        if (!m_seen.insert(u).second)
            issue(QStringLiteral("uuid"), tr("The UUID %1 is used twice.").arg(uuidText(u)));
    }
    void startElement()
    {
        m_attrsStore = m_xml.attributes(); // implicitly shared: no copy of the values
        m_attrs = &m_attrsStore;
    }
    bool has(QLatin1String name) const { return m_attrs->hasAttribute(name); }

    // A field of the schema by its type; what the value means is checked per element.
    void read(const schema::FieldInfo &, QLatin1String name, QUuid &v) { v = uuid(name); }
    void read(const schema::FieldInfo &f, QLatin1String name, QString &v) { v = text(name, f.required); }
    void read(const schema::FieldInfo &f, QLatin1String name, QDate &v) { v = date(name, f.required); }
    void read(const schema::FieldInfo &f, QLatin1String name, double &v) { v = anyNumber(name, f.required); }
    void read(const schema::FieldInfo &f, QLatin1String name, int &v)
    {
        v = int(anyNumber(name, f.required));
    }
    void read(const schema::FieldInfo &, QLatin1String name, bool &v) { v = boolean(name); }
    void read(const schema::FieldInfo &, QLatin1String name, std::optional<double> &v)
    {
        if (has(name))
            v = anyNumber(name, true);
    }
    void read(const schema::FieldInfo &, QLatin1String name, std::optional<qint64> &v)
    {
        // The schema's optional integer is an amount in cents; the file holds euro.
        if (has(name))
            v = qRound64(anyNumber(name, true) * 100);
    }
    void read(const schema::FieldInfo &, QLatin1String, QStringList &) {} // child elements
    template<typename E, std::enable_if_t<std::is_enum_v<E>, int> = 0>
    void read(const schema::FieldInfo &, QLatin1String name, E &v)
    {
        v = code(
            name, [](QStringView s) { return schema::codeFromString(s, E{}); }, v);
    }
    double anyNumber(QLatin1String name, bool required)
    {
        const double huge = std::numeric_limits<double>::max();
        return number(name, required, -huge, false, huge);
    }
    // A number read before, against its range; reported with the text as written.
    void range(QLatin1String name, double v, double min, bool minExclusive, double max)
    {
        if (has(name) && (v < min || (minExclusive && v == min) || v > max))
            issue(name, tr("%1 is out of range.").arg(m_attrs->value(name)));
    }
    void longest(QLatin1String name, const QString &v, int maxLength)
    {
        if (v.size() > maxLength)
            issue(name, tr("%1 is longer than %2 characters.").arg(name).arg(maxLength));
    }

    QXmlStreamReader &m_xml;
    BatchReadResult &m_result;
    int m_maxIssues;
    QXmlStreamAttributes m_attrsStore;
    const QXmlStreamAttributes *m_attrs = &m_attrsStore;
    UuidSet m_seen;
    bool m_failed = false;
};

// A record's attributes, field by field from the schema.
template<typename R> R readAttributes(Reader &r)
{
    R record;
    for (const XmlField<R> &x : xmlFields<R>()) {
        if (!x.element)
            std::visit([&](auto member) { r.read(x.field->info, x.name, record.*member); }, x.field->member);
    }
    return record;
}

// A child element of a record the schema names ("<address>", "<jointCommittee>"):
// its text into the field. False when the record has no such element.
template<typename R> bool readChild(Reader &r, R &record, QStringView name)
{
    for (const XmlField<R> &x : xmlFields<R>()) {
        if (!x.element || name != x.name)
            continue;
        const QString text = r.m_xml.readElementText();
        if (text.size() > 400)
            r.issue(QString(), tr("%1 is longer than %2 characters.").arg(x.name).arg(400));
        if (QLatin1String(x.field->info.key) == QLatin1String("jointCommittees") &&
            !JointCommittee::parse(text).isValid())
            r.issue(QString(), tr("The joint committee %1 is not valid.").arg(text));
        std::visit(
            [&](auto member) {
                using V = std::decay_t<decltype(record.*member)>;
                if constexpr (std::is_same_v<V, QStringList>)
                    (record.*member).append(text);
                else if constexpr (std::is_same_v<V, QString>)
                    record.*member = text;
            },
            x.field->member);
        return true;
    }
    return false;
}

} // namespace

BatchReadResult read(QIODevice *device, int maxIssues)
{
    BatchReadResult result;
    result.ok = true;
    QXmlStreamReader xml(device);
    // Namespace processing costs a lookup per element and attribute: the
    // format uses one default namespace, checked on the root element, and
    // no prefixes (a prefixed name is reported).
    xml.setNamespaceProcessing(false);
    Reader r(xml, result, maxIssues);
    // About one record per 150 bytes: size the UUID set once.
    if (device->size() > 0)
        r.m_seen.reserve(size_t(qMin<qint64>(device->size() / 150, 50'000'000)));
    const QString ns = namespaceUri();
    UuidSet workersOfEmployer;
    // A record's worker must be one of its employer's.
    const auto ofEmployer = [&](const QUuid &worker) {
        if (!worker.isNull() && !workersOfEmployer.count(worker))
            r.issue(QStringLiteral("worker"),
                    tr("The worker %1 is not a worker of this employer.").arg(uuidText(worker)));
    };
    QUuid employer;
    QUuid training;
    bool haveDeclaration = false;
    bool haveHeader = false;
    int depth = 0;
    enum class In
    {
        Nothing,
        Worker,
        Other
    } in = In::Nothing;

    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            --depth;
            if (xml.name() == QLatin1String("training"))
                training = QUuid();
            else if (xml.name() == QLatin1String("worker"))
                in = In::Nothing;
            continue;
        }
        if (token == QXmlStreamReader::Characters && !xml.isWhitespace() && in != In::Worker) {
            r.issue(QString(), tr("Unexpected text."));
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        ++depth;
        const QStringView name = xml.name();
        r.startElement();
        if (depth == 1 && r.raw(QLatin1String("xmlns"), false) != ns) {
            r.issue(QString(), tr("The element is not in the namespace %1.").arg(ns));
            break;
        }
        if (name.contains(QLatin1Char(':'))) {
            r.issue(
                QString(),
                tr("Write the elements without a namespace prefix, in the default namespace %1.").arg(ns));
            xml.skipCurrentElement();
            --depth;
            continue;
        }
        if (depth == 1) {
            if (name != QLatin1String("declaration")) {
                r.issue(QString(), tr("This is not a batch declaration."));
                break;
            }
            haveDeclaration = true;
            if (r.raw(QLatin1String("version"), true) != QLatin1String("1"))
                r.issue(QStringLiteral("version"), tr("Only version 1 of the batch format can be read."));
        } else if (depth == 2 && name == QLatin1String("header")) {
            haveHeader = true;
            if (r.raw(QLatin1String("fileCode"), true) != fileCode())
                r.issue(QStringLiteral("fileCode"), tr("The file code must be %1.").arg(fileCode()));
            result.header.sender = r.text(QLatin1String("sender"), true);
            result.header.createdOn = r.date(QLatin1String("createdOn"), true);
            result.header.sequence = int(r.number(QLatin1String("sequence"), true, 1, false, 1e9));
            const QStringView env = r.raw(QLatin1String("environment"), true);
            if (env != QLatin1String("R") && env != QLatin1String("T"))
                r.issue(QStringLiteral("environment"), tr("The environment must be R or T."));
            result.header.production = env == QLatin1String("R");
            result.header.software = r.text(QLatin1String("software"), false);
        } else if (depth == 2 && name == QLatin1String("employer")) {
            if (!haveHeader)
                r.issue(QString(), tr("The header must come first."));
            Employer e = readAttributes<Employer>(r);
            r.unique(e.uuid);
            if (!e.enterpriseNumber.isEmpty()) {
                const EnterpriseNumber n = EnterpriseNumber::parse(e.enterpriseNumber);
                if (!n.isValid() || n.normalized() != e.enterpriseNumber)
                    r.issue(QStringLiteral("enterpriseNumber"),
                            tr("The enterprise number %1 is not valid.").arg(e.enterpriseNumber));
            }
            r.longest(QLatin1String("name"), e.name, 200);
            r.range(QLatin1String("hoursPerDay"), e.hoursPerDay, 0, false, 24);
            result.data.employers.append(e);
            employer = e.uuid;
            workersOfEmployer.clear();
        } else if (depth == 3 && name == QLatin1String("worker")) {
            in = In::Worker;
            Worker w = readAttributes<Worker>(r);
            w.employerUuid = employer;
            r.unique(w.uuid);
            if (!w.ssin.isEmpty()) {
                const Ssin s = Ssin::parse(w.ssin);
                if (!s.isValid() || s.normalized() != w.ssin || w.ssin.size() != 11)
                    r.issue(QStringLiteral("ssin"), tr("The INSZ %1 is not valid.").arg(Ssin::mask(w.ssin)));
            }
            r.longest(QLatin1String("familyName"), w.familyName, 200);
            if (w.familyName.isEmpty())
                r.issue(QStringLiteral("familyName"), tr("The family name is empty."));
            workersOfEmployer.insert(w.uuid);
            result.data.workers.append(w);
        } else if (depth == 3 && name == QLatin1String("employment")) {
            Employment m = readAttributes<Employment>(r);
            m.employerUuid = employer;
            r.unique(m.uuid);
            ofEmployer(m.workerUuid);
            if (m.endDate.isValid() && m.startDate.isValid() && m.endDate < m.startDate)
                r.issue(QStringLiteral("endDate"), tr("The end date is before the start date."));
            r.range(QLatin1String("workRegime"), m.workRegime, 0, true, 1);
            if (!JointCommittee::parse(m.jointCommittee).isValid())
                r.issue(QStringLiteral("jointCommittee"),
                        tr("The joint committee %1 is not valid.").arg(m.jointCommittee));
            result.data.employments.append(m);
        } else if (depth == 3 && name == QLatin1String("training")) {
            Training t = readAttributes<Training>(r);
            t.employerUuid = employer;
            r.unique(t.uuid);
            r.longest(QLatin1String("name"), t.name, 200);
            if (t.name.isEmpty())
                r.issue(QStringLiteral("name"), tr("The training has no name."));
            if (t.startDate.isValid() && t.endDate.isValid() && t.endDate < t.startDate)
                r.issue(QStringLiteral("endDate"), tr("The end date is before the start date."));
            r.range(QLatin1String("duration"), t.duration, 0, true, 1e6);
            if (t.costCents)
                r.range(QLatin1String("cost"), double(*t.costCents) / 100, 0, false, 1e12);
            result.data.trainings.append(t);
            training = t.uuid;
        } else if (depth == 4 && name == QLatin1String("participation") && !training.isNull()) {
            Participation p = readAttributes<Participation>(r);
            p.employerUuid = employer;
            p.trainingUuid = training;
            r.unique(p.uuid);
            ofEmployer(p.workerUuid);
            if (p.durationOverride)
                r.range(QLatin1String("duration"), *p.durationOverride, 0, false, 1e6);
            result.data.participations.append(p);
        } else if (depth == 3 && name == QLatin1String("right")) {
            TrainingRight t = readAttributes<TrainingRight>(r);
            t.employerUuid = employer;
            r.unique(t.uuid);
            ofEmployer(t.workerUuid);
            r.range(QLatin1String("year"), t.year, 2000, false, 2999);
            r.range(QLatin1String("amount"), t.amount, -1e6, false, 1e6);
            result.data.rights.append(t);
        } else if (depth == 3 && !result.data.employers.isEmpty() &&
                   readChild(r, result.data.employers.last(), name)) {
            --depth;
        } else if (depth == 4 && in == In::Worker && !result.data.workers.isEmpty() &&
                   readChild(r, result.data.workers.last(), name)) {
            --depth;
        } else {
            r.issue(QString(), tr("The element %1 is not expected here.").arg(name));
            xml.skipCurrentElement();
            --depth;
        }
    }
    if (xml.hasError()) {
        result.ok = false;
        result.issues.append({xml.lineNumber(), QString(), QString(),
                              tr("The file is not well-formed XML: %1").arg(xml.errorString())});
    } else if (!haveDeclaration || !haveHeader || result.data.employers.isEmpty()) {
        result.ok = false;
        result.issues.append({xml.lineNumber(), QString(), QString(),
                              tr("The declaration needs a header and at least one employer.")});
    }
    qCDebug(lcIo) << "batch read:" << result.data.participations.size() << "participations,"
                  << result.issues.size() << "issues";
    return result;
}

BatchReadResult read(const QByteArray &bytes, int maxIssues)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return read(&buffer, maxIssues);
}

} // namespace BatchXml

} // namespace fla
