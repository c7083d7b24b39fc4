#include "io/BatchXml.h"

#include "common/LogCategories.h"
#include "common/Translation.h"
#include "domain/EnterpriseNumber.h"
#include "domain/JointCommittee.h"
#include "domain/Ssin.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>
#include <cmath>
#include <cstring>
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

void optional(QXmlStreamWriter &xml, const QString &name, const QString &value)
{
    if (!value.isEmpty())
        xml.writeAttribute(name, value);
}

void optionalDate(QXmlStreamWriter &xml, const QString &name, const QDate &d)
{
    if (d.isValid())
        xml.writeAttribute(name, d.toString(Qt::ISODate));
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
    optional(xml, QStringLiteral("software"), header.software);

    for (const Employer &e : data.employers) {
        xml.writeStartElement(QStringLiteral("employer"));
        xml.writeAttribute(QStringLiteral("uuid"), uuidText(e.uuid));
        xml.writeAttribute(QStringLiteral("enterpriseNumber"), e.enterpriseNumber);
        optional(xml, QStringLiteral("nssoNumber"), e.nssoNumber);
        xml.writeAttribute(QStringLiteral("name"), e.name);
        xml.writeAttribute(QStringLiteral("language"), toString(e.language));
        xml.writeAttribute(QStringLiteral("sizeClass"), toString(e.sizeClass));
        xml.writeAttribute(QStringLiteral("hoursPerDay"), decimal(e.hoursPerDay));
        for (const QString &jc : e.jointCommittees)
            xml.writeTextElement(QStringLiteral("jointCommittee"), jc);
        for (const qsizetype i : workersOf.value(e.uuid)) {
            const Worker &w = data.workers.at(i);
            xml.writeStartElement(QStringLiteral("worker"));
            xml.writeAttribute(QStringLiteral("uuid"), uuidText(w.uuid));
            xml.writeAttribute(QStringLiteral("ssin"), w.ssin);
            xml.writeAttribute(QStringLiteral("familyName"), w.familyName);
            xml.writeAttribute(QStringLiteral("givenName"), w.givenName);
            optionalDate(xml, QStringLiteral("birthDate"), w.birthDate);
            xml.writeAttribute(QStringLiteral("language"), toString(w.language));
            if (!w.address.isEmpty())
                xml.writeTextElement(QStringLiteral("address"), w.address);
            xml.writeEndElement();
        }
        for (const qsizetype i : employmentsOf.value(e.uuid)) {
            const Employment &m = data.employments.at(i);
            xml.writeEmptyElement(QStringLiteral("employment"));
            xml.writeAttribute(QStringLiteral("uuid"), uuidText(m.uuid));
            xml.writeAttribute(QStringLiteral("worker"), uuidText(m.workerUuid));
            xml.writeAttribute(QStringLiteral("startDate"), m.startDate.toString(Qt::ISODate));
            optionalDate(xml, QStringLiteral("endDate"), m.endDate);
            xml.writeAttribute(QStringLiteral("workRegime"), decimal(m.workRegime));
            xml.writeAttribute(QStringLiteral("jointCommittee"), m.jointCommittee);
            optional(xml, QStringLiteral("caoNumber"), m.caoNumber);
        }
        for (const qsizetype i : trainingsOf.value(e.uuid)) {
            const Training &t = data.trainings.at(i);
            const QList<qsizetype> parts = participationsOf.value(t.uuid);
            if (parts.isEmpty())
                xml.writeEmptyElement(QStringLiteral("training"));
            else
                xml.writeStartElement(QStringLiteral("training"));
            xml.writeAttribute(QStringLiteral("uuid"), uuidText(t.uuid));
            xml.writeAttribute(QStringLiteral("name"), t.name);
            optional(xml, QStringLiteral("provider"), t.provider);
            xml.writeAttribute(QStringLiteral("kind"), toString(t.kind));
            xml.writeAttribute(QStringLiteral("startDate"), t.startDate.toString(Qt::ISODate));
            xml.writeAttribute(QStringLiteral("endDate"), t.endDate.toString(Qt::ISODate));
            xml.writeAttribute(QStringLiteral("duration"), decimal(t.duration));
            xml.writeAttribute(QStringLiteral("unit"), toString(t.unit));
            xml.writeAttribute(QStringLiteral("countsForFla"), boolText(t.countsForFla));
            xml.writeAttribute(QStringLiteral("deductFromRight"), boolText(t.deductFromRight));
            optional(xml, QStringLiteral("financing"), t.financing);
            if (t.costCents)
                xml.writeAttribute(QStringLiteral("cost"), cents(*t.costCents));
            xml.writeAttribute(QStringLiteral("status"), toString(t.status));
            optionalDate(xml, QStringLiteral("registeredOn"), t.registeredOn);
            for (const qsizetype pi : parts) {
                const Participation &p = data.participations.at(pi);
                xml.writeEmptyElement(QStringLiteral("participation"));
                xml.writeAttribute(QStringLiteral("uuid"), uuidText(p.uuid));
                xml.writeAttribute(QStringLiteral("worker"), uuidText(p.workerUuid));
                xml.writeAttribute(QStringLiteral("followed"), boolText(p.followed));
                xml.writeAttribute(QStringLiteral("certificate"), boolText(p.certificate));
                optionalDate(xml, QStringLiteral("certificateValidUntil"), p.certificateValidUntil);
                if (p.durationOverride)
                    xml.writeAttribute(QStringLiteral("duration"), decimal(*p.durationOverride));
            }
            if (!parts.isEmpty())
                xml.writeEndElement();
        }
        for (const qsizetype i : rightsOf.value(e.uuid)) {
            const TrainingRight &r = data.rights.at(i);
            xml.writeEmptyElement(QStringLiteral("right"));
            xml.writeAttribute(QStringLiteral("uuid"), uuidText(r.uuid));
            xml.writeAttribute(QStringLiteral("worker"), uuidText(r.workerUuid));
            xml.writeAttribute(QStringLiteral("year"), QString::number(r.year));
            xml.writeAttribute(QStringLiteral("type"), toString(r.type));
            xml.writeAttribute(QStringLiteral("amount"), decimal(r.amount));
            xml.writeAttribute(QStringLiteral("unit"), toString(r.unit));
            xml.writeAttribute(QStringLiteral("origin"), toString(r.origin));
            optional(xml, QStringLiteral("caoNumber"), r.caoNumber);
            xml.writeAttribute(QStringLiteral("optOut"), boolText(r.optOut));
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

    QXmlStreamReader &m_xml;
    BatchReadResult &m_result;
    int m_maxIssues;
    QXmlStreamAttributes m_attrsStore;
    const QXmlStreamAttributes *m_attrs = &m_attrsStore;
    UuidSet m_seen;
    bool m_failed = false;
};

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
            Employer e;
            e.uuid = r.uuid(QLatin1String("uuid"));
            r.unique(e.uuid);
            e.enterpriseNumber = r.text(QLatin1String("enterpriseNumber"), true);
            if (!e.enterpriseNumber.isEmpty()) {
                const EnterpriseNumber n = EnterpriseNumber::parse(e.enterpriseNumber);
                if (!n.isValid() || n.normalized() != e.enterpriseNumber)
                    r.issue(QStringLiteral("enterpriseNumber"),
                            tr("The enterprise number %1 is not valid.").arg(e.enterpriseNumber));
            }
            e.nssoNumber = r.text(QLatin1String("nssoNumber"), false);
            e.name = r.text(QLatin1String("name"), true, 200);
            e.language = r.code(QLatin1String("language"), languageFromString, Language::Dutch);
            e.sizeClass = r.code(QLatin1String("sizeClass"), sizeClassFromString, SizeClass::Under10);
            e.hoursPerDay = r.number(QLatin1String("hoursPerDay"), true, 0, false, 24);
            result.data.employers.append(e);
            employer = e.uuid;
            workersOfEmployer.clear();
        } else if (depth == 3 && name == QLatin1String("jointCommittee")) {
            const QString jc = xml.readElementText();
            --depth;
            if (!JointCommittee::parse(jc).isValid())
                r.issue(QString(), tr("The joint committee %1 is not valid.").arg(jc));
            if (!result.data.employers.isEmpty())
                result.data.employers.last().jointCommittees.append(jc);
        } else if (depth == 3 && name == QLatin1String("worker")) {
            in = In::Worker;
            Worker w;
            w.employerUuid = employer;
            w.uuid = r.uuid(QLatin1String("uuid"));
            r.unique(w.uuid);
            w.ssin = r.text(QLatin1String("ssin"), true);
            if (!w.ssin.isEmpty()) {
                const Ssin s = Ssin::parse(w.ssin);
                if (!s.isValid() || s.normalized() != w.ssin || w.ssin.size() != 11)
                    r.issue(QStringLiteral("ssin"), tr("The INSZ %1 is not valid.").arg(Ssin::mask(w.ssin)));
            }
            w.familyName = r.text(QLatin1String("familyName"), true, 200);
            if (w.familyName.isEmpty())
                r.issue(QStringLiteral("familyName"), tr("The family name is empty."));
            w.givenName = r.text(QLatin1String("givenName"), true);
            w.birthDate = r.date(QLatin1String("birthDate"), false);
            w.language = r.code(QLatin1String("language"), languageFromString, Language::Dutch);
            workersOfEmployer.insert(w.uuid);
            result.data.workers.append(w);
        } else if (depth == 4 && name == QLatin1String("address") && in == In::Worker) {
            const QString address = xml.readElementText();
            --depth;
            if (address.size() > 400)
                r.issue(QString(), tr("The address is longer than 400 characters."));
            if (!result.data.workers.isEmpty())
                result.data.workers.last().address = address;
        } else if (depth == 3 && name == QLatin1String("employment")) {
            Employment m;
            m.employerUuid = employer;
            m.uuid = r.uuid(QLatin1String("uuid"));
            r.unique(m.uuid);
            m.workerUuid = r.uuid(QLatin1String("worker"));
            if (!m.workerUuid.isNull() && !workersOfEmployer.count(m.workerUuid))
                r.issue(QStringLiteral("worker"),
                        tr("The worker %1 is not a worker of this employer.").arg(uuidText(m.workerUuid)));
            m.startDate = r.date(QLatin1String("startDate"), true);
            m.endDate = r.date(QLatin1String("endDate"), false);
            if (m.endDate.isValid() && m.startDate.isValid() && m.endDate < m.startDate)
                r.issue(QStringLiteral("endDate"), tr("The end date is before the start date."));
            m.workRegime = r.number(QLatin1String("workRegime"), true, 0, true, 1);
            m.jointCommittee = r.text(QLatin1String("jointCommittee"), true);
            if (!JointCommittee::parse(m.jointCommittee).isValid())
                r.issue(QStringLiteral("jointCommittee"),
                        tr("The joint committee %1 is not valid.").arg(m.jointCommittee));
            m.caoNumber = r.text(QLatin1String("caoNumber"), false);
            result.data.employments.append(m);
        } else if (depth == 3 && name == QLatin1String("training")) {
            Training t;
            t.employerUuid = employer;
            t.uuid = r.uuid(QLatin1String("uuid"));
            r.unique(t.uuid);
            t.name = r.text(QLatin1String("name"), true, 200);
            if (t.name.isEmpty())
                r.issue(QStringLiteral("name"), tr("The training has no name."));
            t.provider = r.text(QLatin1String("provider"), false);
            t.kind = r.code(QLatin1String("kind"), trainingKindFromString, TrainingKind::Formal);
            t.startDate = r.date(QLatin1String("startDate"), true);
            t.endDate = r.date(QLatin1String("endDate"), true);
            if (t.startDate.isValid() && t.endDate.isValid() && t.endDate < t.startDate)
                r.issue(QStringLiteral("endDate"), tr("The end date is before the start date."));
            t.duration = r.number(QLatin1String("duration"), true, 0, true, 1e6);
            t.unit = r.code(QLatin1String("unit"), durationUnitFromString, DurationUnit::Hours);
            t.countsForFla = r.boolean(QLatin1String("countsForFla"));
            t.deductFromRight = r.boolean(QLatin1String("deductFromRight"));
            t.financing = r.text(QLatin1String("financing"), false);
            if (r.has(QLatin1String("cost"))) {
                const double c = r.number(QLatin1String("cost"), true, 0, false, 1e12);
                t.costCents = qRound64(c * 100);
            }
            t.status = r.code(QLatin1String("status"), trainingStatusFromString, TrainingStatus::Completed);
            t.registeredOn = r.date(QLatin1String("registeredOn"), false);
            result.data.trainings.append(t);
            training = t.uuid;
        } else if (depth == 4 && name == QLatin1String("participation") && !training.isNull()) {
            Participation p;
            p.employerUuid = employer;
            p.trainingUuid = training;
            p.uuid = r.uuid(QLatin1String("uuid"));
            r.unique(p.uuid);
            p.workerUuid = r.uuid(QLatin1String("worker"));
            if (!p.workerUuid.isNull() && !workersOfEmployer.count(p.workerUuid))
                r.issue(QStringLiteral("worker"),
                        tr("The worker %1 is not a worker of this employer.").arg(uuidText(p.workerUuid)));
            p.followed = r.boolean(QLatin1String("followed"));
            p.certificate = r.boolean(QLatin1String("certificate"));
            p.certificateValidUntil = r.date(QLatin1String("certificateValidUntil"), false);
            if (r.has(QLatin1String("duration")))
                p.durationOverride = r.number(QLatin1String("duration"), true, 0, false, 1e6);
            result.data.participations.append(p);
        } else if (depth == 3 && name == QLatin1String("right")) {
            TrainingRight t;
            t.employerUuid = employer;
            t.uuid = r.uuid(QLatin1String("uuid"));
            r.unique(t.uuid);
            t.workerUuid = r.uuid(QLatin1String("worker"));
            if (!t.workerUuid.isNull() && !workersOfEmployer.count(t.workerUuid))
                r.issue(QStringLiteral("worker"),
                        tr("The worker %1 is not a worker of this employer.").arg(uuidText(t.workerUuid)));
            t.year = int(r.number(QLatin1String("year"), true, 2000, false, 2999));
            t.type = r.code(QLatin1String("type"), rightTypeFromString, RightType::Legal);
            t.amount = r.number(QLatin1String("amount"), true, -1e6, false, 1e6);
            t.unit = r.code(QLatin1String("unit"), durationUnitFromString, DurationUnit::Days);
            t.origin = r.code(QLatin1String("origin"), rightOriginFromString, RightOrigin::Declared);
            t.caoNumber = r.text(QLatin1String("caoNumber"), false);
            t.optOut = r.boolean(QLatin1String("optOut"));
            result.data.rights.append(t);
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
