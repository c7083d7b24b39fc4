#include "PlatformApi.h"

#include "InputIssues.h"
#include "PlatformStore.h"

#include "core/anomaly/AnomalyEngine.h"
#include "core/common/Clock.h"
#include "core/domain/EnterpriseNumber.h"
#include "core/domain/JointCommittee.h"
#include "core/domain/Ssin.h"
#include "core/sync/JsonMapping.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>
#include <cmath>

namespace fla::sandbox {

namespace {

using L = QLatin1String;

const QString kProblemBelgif = QStringLiteral("urn:problem-type:belgif:");
constexpr int kMaxItems = 5000;
// The ranges of the contract's query and path parameters (docs/api/fla-v1.yaml).
constexpr int kMaxPageSize = 1000;
constexpr int kMaxPage = 1000000;
constexpr int kFirstYear = 2024;
constexpr int kLastYear = 9999;
const QDate kFlaStart(2024, 1, 1);

QByteArray toBody(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

PlatformResponse jsonResponse(int status, const QJsonObject &o)
{
    PlatformResponse r;
    r.status = status;
    r.body = toBody(o);
    return r;
}

QJsonObject anomaly(const char *code, const char *severity, const QString &field, const QString &message)
{
    return QJsonObject{{L("code"), QLatin1String(code)},
                       {L("severity"), QLatin1String(severity)},
                       {L("field"), field},
                       {L("message"), message}};
}

bool isUuid(const QString &s)
{
    return !QUuid::fromString(s).isNull();
}

PlatformResponse badRequest(const InputIssues &in, const QString &detail)
{
    return PlatformApi::problem(400, QStringLiteral("badRequest"), QStringLiteral("Bad Request"), detail,
                                &in.issues());
}

QString etagFor(const QString &hash)
{
    return QLatin1Char('"') + hash.left(16) + QLatin1Char('"');
}

const QStringList kTypes = {QStringLiteral("worker"), QStringLiteral("employment"),
                            QStringLiteral("training"), QStringLiteral("participation"),
                            QStringLiteral("right")};

// The identifier checks of the domain, as platform anomalies on `field`.
void addIdentifierFindings(QJsonArray &out, const IdentifierCheck &check, const QString &field)
{
    for (const IdentifierFinding &f : check.findings()) {
        out.append(QJsonObject{{L("code"), QLatin1String(f.code)},
                               {L("severity"), QLatin1String(severityName(f.severity))},
                               {L("field"), field},
                               {L("message"), QLatin1String(f.reason)}});
    }
}

bool sameUuid(const QString &a, const QString &b)
{
    return isUuid(a) && QUuid::fromString(a) == QUuid::fromString(b);
}

// A record belongs to the employer of the path: the body may not name another one.
void checkRecordBody(const QJsonObject &data, const QString &enterprise, const QString &prefix,
                     InputIssues &in)
{
    const QJsonValue number = data.value(L("enterpriseNumber"));
    if (!number.isUndefined() && number.toString() != enterprise)
        in.add(QStringLiteral("body"), prefix + QStringLiteral("enterpriseNumber"), number,
               QStringLiteral("the record belongs to enterprise %1 of the path").arg(enterprise));
    if (data.contains(L("employerUuid")))
        in.add(QStringLiteral("body"), prefix + QStringLiteral("employerUuid"), data.value(L("employerUuid")),
               QStringLiteral("not a field of the record: the employer is the one in the path"));
}

// The identifiers in a path below /employers/{enterpriseNumber}: each of the contract's shape.
std::optional<PlatformResponse> checkPathIdentifiers(const QStringList &p)
{
    InputIssues in;
    const QString &coll = p.at(2);
    const auto uuidAt = [&](int index, const char *name) {
        if (p.size() > index && !isUuid(p.at(index)))
            in.add(QStringLiteral("path"), QLatin1String(name), p.at(index).left(60),
                   QStringLiteral("not a UUID"));
    };
    if (coll == L("workers") && p.size() > 3) {
        static const QRegularExpression elevenDigits(QStringLiteral("^[0-9]{11}$"));
        if (!elevenDigits.match(p.at(3)).hasMatch())
            in.add(QStringLiteral("path"), QStringLiteral("ssin"), p.at(3).left(60),
                   QStringLiteral("an INSZ of 11 digits"));
    } else if (coll == L("declarations")) {
        uuidAt(3, "declarationId");
    } else if (coll == L("trainings")) {
        uuidAt(3, p.size() > 4 ? "trainingUuid" : "uuid");
        uuidAt(5, "uuid");
    } else {
        uuidAt(3, "uuid");
    }
    if (in.isEmpty())
        return std::nullopt;
    return badRequest(in, QStringLiteral("A path parameter is not valid."));
}

} // namespace

PlatformApi::PlatformApi(PlatformStore &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
    , m_engine(clock)
{}

QStringList PlatformApi::operations()
{
    return {
        QStringLiteral("GET /employers"),
        QStringLiteral("GET /employers/{enterpriseNumber}"),
        QStringLiteral("GET /employers/{enterpriseNumber}/workers"),
        QStringLiteral("GET /employers/{enterpriseNumber}/workers/{ssin}"),
        QStringLiteral("PUT /employers/{enterpriseNumber}/workers/{ssin}"),
        QStringLiteral("GET /employers/{enterpriseNumber}/employments"),
        QStringLiteral("PUT /employers/{enterpriseNumber}/employments/{uuid}"),
        QStringLiteral("GET /employers/{enterpriseNumber}/trainings"),
        QStringLiteral("GET /employers/{enterpriseNumber}/trainings/{uuid}"),
        QStringLiteral("PUT /employers/{enterpriseNumber}/trainings/{uuid}"),
        QStringLiteral("DELETE /employers/{enterpriseNumber}/trainings/{uuid}"),
        QStringLiteral("GET /employers/{enterpriseNumber}/trainings/{trainingUuid}/participations"),
        QStringLiteral("PUT /employers/{enterpriseNumber}/trainings/{trainingUuid}/participations/{uuid}"),
        QStringLiteral("DELETE /employers/{enterpriseNumber}/trainings/{trainingUuid}/participations/{uuid}"),
        QStringLiteral("GET /employers/{enterpriseNumber}/rights"),
        QStringLiteral("PUT /employers/{enterpriseNumber}/rights/{uuid}"),
        QStringLiteral("GET /employers/{enterpriseNumber}/workers/{ssin}/credits/{year}"),
        QStringLiteral("POST /employers/{enterpriseNumber}/declarations"),
        QStringLiteral("GET /employers/{enterpriseNumber}/declarations/{declarationId}")};
}

PlatformResponse PlatformApi::problem(int status, const QString &type, const QString &title,
                                      const QString &detail, const QJsonArray *issues)
{
    QJsonObject o{{L("type"), type.startsWith(L("urn:")) ? type : kProblemBelgif + type},
                  {L("title"), title},
                  {L("status"), status}};
    if (!detail.isEmpty())
        o.insert(L("detail"), detail);
    if (issues)
        o.insert(L("issues"), *issues);
    PlatformResponse r = jsonResponse(status, o);
    r.contentType = "application/problem+json";
    return r;
}

bool PlatformApi::workerKnown(const QString &enterprise, const QString &ssin)
{
    return worker(enterprise, ssin).has_value();
}

const std::optional<Worker> &PlatformApi::worker(const QString &enterprise, const QString &ssin)
{
    const QString key = enterprise + QLatin1Char('/') + ssin;
    auto it = m_workers.find(key);
    if (it == m_workers.end()) {
        std::optional<Worker> w;
        if (const auto rec = m_store.workerBySsin(enterprise, ssin))
            w = json::toWorker(rec->data);
        it = m_workers.insert(key, w);
    }
    return *it;
}

const PlatformApi::CachedTraining &PlatformApi::training(const QString &uuid)
{
    auto it = m_trainings.find(uuid);
    if (it == m_trainings.end()) {
        CachedTraining c;
        c.record = m_store.record(uuid);
        if (c.record && c.record->type == L("training"))
            c.parsed = json::toTraining(c.record->data);
        it = m_trainings.insert(uuid, c);
    }
    return *it;
}

const QList<Employment> &PlatformApi::employments(const QString &enterprise, const QString &ssin)
{
    const QString key = enterprise + QLatin1Char('/') + ssin;
    auto it = m_employments.find(key);
    if (it == m_employments.end()) {
        QList<Employment> parsed;
        for (const PlatformStore::Record &e : m_store.employmentsOf(enterprise, ssin))
            parsed.append(json::toEmployment(e.data));
        it = m_employments.insert(key, parsed);
    }
    return *it;
}

void PlatformApi::forgetCaches()
{
    m_workers.clear();
    m_trainings.clear();
    m_employments.clear();
}

PlatformResponse PlatformApi::handle(const PlatformRequest &r)
{
    // The look-up caches live across declarations (applyItem keeps them current); any other
    // write (PUT, DELETE) starts afresh.
    if (r.method != "GET" && !(r.method == "POST" && r.path.endsWith(L("/declarations"))))
        forgetCaches();
    const QStringList p = r.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const bool write = r.method != "GET";
    const QStringList &scopes = r.identity.scopes;
    if (!scopes.isEmpty()) {
        const bool ok = write ? scopes.contains(L("fla:declare"))
                              : scopes.contains(L("fla:read")) || scopes.contains(L("fla:declare"));
        if (!ok)
            return problem(403, QStringLiteral("missingScope"), QStringLiteral("Missing Scope"),
                           QStringLiteral("This operation needs the scope %1")
                               .arg(write ? L("fla:declare") : L("fla:read")));
    }
    if (p.isEmpty() || p.at(0) != L("employers"))
        return problem(404, QStringLiteral("resourceNotFound"), QStringLiteral("Resource Not Found"));
    if (p.size() == 1) {
        if (r.method == "GET")
            return listEmployers(r);
        return problem(405, QStringLiteral("methodNotAllowed"), QStringLiteral("Method Not Allowed"));
    }
    const QString enterprise = p.at(1);
    const EnterpriseNumber en = EnterpriseNumber::parse(enterprise);
    if (!en.isValid() || en.normalized() != enterprise) {
        QJsonArray issues{QJsonObject{
            {L("type"), QStringLiteral("urn:problem-type:belgif:input-validation:schemaViolation")},
            {L("in"), L("path")},
            {L("name"), L("enterpriseNumber")},
            {L("value"), enterprise},
            {L("detail"), QStringLiteral("not a valid enterprise number (10 digits)")}}};
        return problem(400, QStringLiteral("badRequest"), QStringLiteral("Bad Request"),
                       QStringLiteral("The enterprise number is not valid."), &issues);
    }
    // A send never crosses companies: no mandate, no access.
    if (!r.identity.enterprises.contains(enterprise))
        return problem(
            403, QStringLiteral("missingPermission"), QStringLiteral("Missing Permission"),
            QStringLiteral("%1 may not act for enterprise %2").arg(r.identity.subject, en.display()));
    if (p.size() == 2) {
        if (r.method != "GET")
            return problem(405, QStringLiteral("methodNotAllowed"), QStringLiteral("Method Not Allowed"));
        QString name = m_store.employerName(enterprise);
        return jsonResponse(200, QJsonObject{{L("enterpriseNumber"), enterprise},
                                             {L("name"), name.isEmpty() ? en.display() : name}});
    }
    const QString coll = p.at(2);
    if (const std::optional<PlatformResponse> bad = checkPathIdentifiers(p))
        return *bad;
    if (coll == L("declarations")) {
        if (p.size() == 3 && r.method == "POST")
            return declare(r, enterprise);
        if (p.size() == 4 && r.method == "GET")
            return getDeclaration(r, enterprise, p.at(3));
    } else if (coll == L("workers")) {
        if (p.size() == 3 && r.method == "GET")
            return listRecords(r, enterprise, QStringLiteral("worker"));
        if (p.size() == 4 && r.method == "GET")
            return getRecord(r, enterprise, QStringLiteral("worker"), p.at(3));
        if (p.size() == 4 && r.method == "PUT")
            return putWorker(r, enterprise, p.at(3));
        if (p.size() == 6 && p.at(4) == L("credits") && r.method == "GET") {
            InputIssues in;
            const std::optional<int> year =
                in.pathInteger(QStringLiteral("year"), p.at(5), kFirstYear, kLastYear);
            if (!year)
                return badRequest(in, QStringLiteral("A path parameter is out of range."));
            return credit(enterprise, p.at(3), *year);
        }
    } else if (coll == L("employments") || coll == L("rights") || coll == L("trainings")) {
        const QString type = coll == L("employments") ? QStringLiteral("employment")
                             : coll == L("rights")    ? QStringLiteral("right")
                                                      : QStringLiteral("training");
        if (p.size() == 3 && r.method == "GET")
            return listRecords(r, enterprise, type);
        if (p.size() == 4 && r.method == "GET")
            return getRecord(r, enterprise, type, p.at(3));
        if (p.size() == 4 && r.method == "PUT")
            return putRecord(r, enterprise, type, p.at(3));
        if (p.size() == 4 && r.method == "DELETE" && type == L("training"))
            return cancelRecord(r, enterprise, type, p.at(3));
        if (type == L("training") && p.size() >= 5 && p.at(4) == L("participations")) {
            if (p.size() == 5 && r.method == "GET")
                return listRecords(r, enterprise, QStringLiteral("participation"), p.at(3));
            if (p.size() == 6 && r.method == "PUT")
                return putRecord(r, enterprise, QStringLiteral("participation"), p.at(5), p.at(3));
            if (p.size() == 6 && r.method == "DELETE")
                return cancelRecord(r, enterprise, QStringLiteral("participation"), p.at(5), p.at(3));
        }
    }
    return problem(404, QStringLiteral("resourceNotFound"), QStringLiteral("Resource Not Found"),
                   QStringLiteral("No operation %1 %2").arg(QString::fromLatin1(r.method), r.path));
}

PlatformResponse PlatformApi::listEmployers(const PlatformRequest &r)
{
    QStringList all = r.identity.enterprises;
    all.sort();
    InputIssues in;
    const int size = in.queryInteger(r.query, QStringLiteral("pageSize"), 1, kMaxPageSize, 100);
    const int page = in.queryInteger(r.query, QStringLiteral("page"), 1, kMaxPage, 1);
    if (!in.isEmpty())
        return badRequest(in, QStringLiteral("A query parameter is out of range."));
    QJsonArray items;
    const qint64 first = qint64(page - 1) * size;
    for (qint64 i = first; i < all.size() && i < first + size; ++i) {
        const QString name = m_store.employerName(all.at(i));
        items.append(
            QJsonObject{{L("enterpriseNumber"), all.at(i)},
                        {L("name"), name.isEmpty() ? EnterpriseNumber::parse(all.at(i)).display() : name}});
    }
    QUrl self = r.apiRoot;
    self.setPath(r.apiRoot.path() + QStringLiteral("/employers"));
    QJsonObject o{
        {L("items"), items}, {L("total"), int(all.size())}, {L("page"), page}, {L("pageSize"), size}};
    QUrl s = self;
    s.setQuery(QStringLiteral("page=%1&pageSize=%2").arg(page).arg(size));
    o.insert(L("self"), s.toString());
    if (first + size < all.size()) {
        QUrl n = self;
        n.setQuery(QStringLiteral("page=%1&pageSize=%2").arg(page + 1).arg(size));
        o.insert(L("next"), n.toString());
    }
    return jsonResponse(200, o);
}

PlatformResponse PlatformApi::listRecords(const PlatformRequest &r, const QString &enterprise,
                                          const QString &type, const QString &trainingUuid)
{
    InputIssues in;
    const int size = in.queryInteger(r.query, QStringLiteral("pageSize"), 1, kMaxPageSize, 100);
    const int page = in.queryInteger(r.query, QStringLiteral("page"), 1, kMaxPage, 1);
    const int yearFilter =
        type == L("right") ? in.queryInteger(r.query, QStringLiteral("year"), kFirstYear, kLastYear, 0) : 0;
    if (!in.isEmpty())
        return badRequest(in, QStringLiteral("A query parameter is out of range."));
    const qint64 first = qint64(page - 1) * size;
    const qint64 total = m_store.count(enterprise, type, trainingUuid);
    const QList<PlatformStore::Record> recs =
        first < total ? m_store.list(enterprise, type, int(first), size, trainingUuid)
                      : QList<PlatformStore::Record>();
    QJsonArray items;
    for (const PlatformStore::Record &rec : recs) {
        if (yearFilter && rec.data.value(L("year")).toInt() != yearFilter)
            continue;
        items.append(rec.data);
    }
    QUrl self = r.apiRoot;
    self.setPath(r.apiRoot.path() + r.path);
    QJsonObject o{{L("items"), items}, {L("total"), double(total)}, {L("page"), page}, {L("pageSize"), size}};
    QUrl s = self;
    s.setQuery(QStringLiteral("page=%1&pageSize=%2").arg(page).arg(size));
    o.insert(L("self"), s.toString());
    if (first + size < total) {
        QUrl n = self;
        n.setQuery(QStringLiteral("page=%1&pageSize=%2").arg(page + 1).arg(size));
        o.insert(L("next"), n.toString());
    }
    return jsonResponse(200, o);
}

PlatformResponse PlatformApi::getRecord(const PlatformRequest &, const QString &enterprise,
                                        const QString &type, const QString &key)
{
    std::optional<PlatformStore::Record> rec =
        type == L("worker") ? m_store.workerBySsin(enterprise, key) : m_store.record(key);
    if (!rec || rec->enterpriseNumber != enterprise || rec->type != type || rec->cancelled)
        return problem(404, QStringLiteral("resourceNotFound"), QStringLiteral("Resource Not Found"));
    QJsonObject data = rec->data;
    if (type == L("training")) {
        const QList<PlatformStore::Record> parts =
            m_store.list(enterprise, QStringLiteral("participation"), 0, 100000, rec->uuid);
        QJsonArray arr;
        for (const PlatformStore::Record &p : parts)
            arr.append(p.data);
        data.insert(L("participations"), arr);
    }
    PlatformResponse resp = jsonResponse(200, data);
    resp.headers.append({QByteArrayLiteral("ETag"), rec->etag.toLatin1()});
    return resp;
}

PlatformResponse PlatformApi::putRecord(const PlatformRequest &r, const QString &enterprise,
                                        const QString &type, const QString &uuid, const QString &trainingUuid)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &err);
    if (!doc.isObject())
        return problem(400, QStringLiteral("badRequest"), QStringLiteral("Bad Request"),
                       QStringLiteral("The body is not a JSON object: %1").arg(err.errorString()));
    QJsonObject data = doc.object();
    if (!trainingUuid.isEmpty() && !data.contains(L("trainingUuid")))
        data.insert(L("trainingUuid"), trainingUuid);
    InputIssues in;
    checkRecordBody(data, enterprise, QString(), in);
    const auto samePath = [&](const char *field, const QString &pathValue) {
        const QJsonValue v = data.value(QLatin1String(field));
        if (!v.isUndefined() && !sameUuid(v.toString(), pathValue))
            in.add(QStringLiteral("body"), QLatin1String(field), v,
                   QStringLiteral("differs from the %1 in the path").arg(QLatin1String(field)));
    };
    samePath("uuid", uuid);
    if (!trainingUuid.isEmpty())
        samePath("trainingUuid", trainingUuid);
    if (!in.isEmpty())
        return badRequest(in, QStringLiteral("The record contradicts the request's path."));
    QJsonObject item{{L("uuid"), uuid}, {L("type"), type}, {L("operation"), L("upsert")}, {L("data"), data}};
    if (!r.ifMatch.isEmpty())
        item.insert(L("ifMatch"), QString::fromLatin1(r.ifMatch));
    const bool existed = m_store.record(uuid).has_value();
    m_store.begin();
    const QJsonObject result = applyItem(enterprise, item, -1);
    m_store.commit();
    const QString verdict = result.value(L("result")).toString();
    if (verdict == L("refused")) {
        QJsonArray issues;
        const QJsonArray anomalies = result.value(L("anomalies")).toArray();
        for (const QJsonValue &v : anomalies) {
            const QJsonObject a = v.toObject();
            if (a.value(L("severity")).toString() != L("blocking"))
                continue;
            issues.append(QJsonObject{{L("type"), QString(QStringLiteral("urn:problem-type:fla:anomaly:") +
                                                          a.value(L("code")).toString())},
                                      {L("title"), a.value(L("code")).toString()},
                                      {L("detail"), a.value(L("message")).toString()},
                                      {L("in"), L("body")},
                                      {L("name"), a.value(L("field")).toString()},
                                      {L("value"), data.value(a.value(L("field")).toString())}});
        }
        return problem(400, QStringLiteral("badRequest"), QStringLiteral("Bad Request"),
                       QStringLiteral("The record is refused."), &issues);
    }
    if (verdict == L("conflict"))
        return problem(
            412, QStringLiteral("preconditionFailed"), QStringLiteral("Precondition Failed"),
            QStringLiteral("The record changed since version %1").arg(QString::fromLatin1(r.ifMatch)));
    PlatformResponse resp = jsonResponse(existed ? 200 : 201, result);
    resp.headers.append({QByteArrayLiteral("ETag"), result.value(L("etag")).toString().toLatin1()});
    resp.wroteState = true;
    return resp;
}

PlatformResponse PlatformApi::putWorker(const PlatformRequest &r, const QString &enterprise,
                                        const QString &ssin)
{
    // The worker's key in the path is the INSZ; its record is still named by its uuid in the body.
    const QJsonObject body = QJsonDocument::fromJson(r.body).object();
    InputIssues in;
    const QJsonValue uuid = body.value(L("uuid"));
    if (!isUuid(uuid.toString()))
        in.add(QStringLiteral("body"), QStringLiteral("uuid"), uuid,
               QStringLiteral("a worker needs its UUID"));
    const QJsonValue bodySsin = body.value(L("ssin"));
    if (!bodySsin.isUndefined() && bodySsin.toString() != ssin)
        in.add(QStringLiteral("body"), QStringLiteral("ssin"), bodySsin,
               QStringLiteral("differs from the ssin in the path"));
    if (!in.isEmpty())
        return badRequest(in, QStringLiteral("The worker contradicts the request's path."));
    return putRecord(r, enterprise, QStringLiteral("worker"), uuid.toString());
}

PlatformResponse PlatformApi::cancelRecord(const PlatformRequest &r, const QString &enterprise,
                                           const QString &type, const QString &uuid,
                                           const QString &trainingUuid)
{
    const std::optional<PlatformStore::Record> rec = m_store.record(uuid);
    // Only a record of this employer, of the kind the path names (and of the training it names).
    if (rec &&
        (rec->enterpriseNumber != enterprise || rec->type != type ||
         (!trainingUuid.isEmpty() && !sameUuid(rec->data.value(L("trainingUuid")).toString(), trainingUuid))))
        return problem(404, QStringLiteral("resourceNotFound"), QStringLiteral("Resource Not Found"),
                       QStringLiteral("No %1 %2 for this employer").arg(type, uuid));
    if (rec && !r.ifMatch.isEmpty() && QString::fromLatin1(r.ifMatch) != rec->etag)
        return problem(412, QStringLiteral("preconditionFailed"), QStringLiteral("Precondition Failed"));
    if (rec && !rec->cancelled)
        m_store.cancel(uuid);
    PlatformResponse resp;
    resp.status = 204;
    resp.contentType.clear();
    resp.wroteState = true;
    return resp;
}

PlatformResponse PlatformApi::credit(const QString &enterprise, const QString &ssin, int year)
{
    if (!m_store.workerBySsin(enterprise, ssin))
        return problem(404, QStringLiteral("resourceNotFound"), QStringLiteral("Resource Not Found"),
                       QStringLiteral("Unknown worker %1").arg(Ssin::mask(ssin)));
    double entitled = 0;
    for (const PlatformStore::Record &rt : m_store.list(enterprise, QStringLiteral("right"), 0, 1000000)) {
        if (rt.data.value(L("ssin")).toString() == ssin && rt.data.value(L("year")).toInt() == year &&
            !rt.data.value(L("optOut")).toBool()) {
            const double a = rt.data.value(L("amount")).toDouble();
            entitled += rt.data.value(L("unit")).toString() == L("HOURS") ? a / 7.6 : a;
        }
    }
    double used = 0;
    for (const PlatformStore::Record &p :
         m_store.list(enterprise, QStringLiteral("participation"), 0, 1000000)) {
        if (p.data.value(L("ssin")).toString() != ssin || !p.data.value(L("followed")).toBool(true))
            continue;
        const std::optional<PlatformStore::Record> t =
            m_store.record(p.data.value(L("trainingUuid")).toString());
        if (!t || t->cancelled)
            continue;
        const QDate start = QDate::fromString(t->data.value(L("startDate")).toString(), Qt::ISODate);
        if (start.year() != year || !t->data.value(L("countsForFla")).toBool(true) ||
            !t->data.value(L("deductFromRight")).toBool(true))
            continue;
        const double d = p.data.contains(L("duration")) ? p.data.value(L("duration")).toDouble()
                                                        : t->data.value(L("duration")).toDouble();
        used += t->data.value(L("unit")).toString() == L("HOURS") ? d / 7.6 : d;
    }
    const auto round2 = [](double v) { return std::round(v * 100) / 100; };
    return jsonResponse(200, QJsonObject{{L("ssin"), ssin},
                                         {L("year"), year},
                                         {L("unit"), L("DAYS")},
                                         {L("entitled"), round2(entitled)},
                                         {L("used"), round2(used)},
                                         {L("carriedOver"), 0},
                                         {L("remaining"), round2(entitled - used)}});
}

PlatformResponse PlatformApi::declare(const PlatformRequest &r, const QString &enterprise)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &err);
    if (!doc.isObject())
        return problem(400, QStringLiteral("badRequest"), QStringLiteral("Bad Request"),
                       QStringLiteral("The body is not a JSON object: %1").arg(err.errorString()));
    const QJsonObject body = doc.object();
    const QString id = body.value(L("declarationId")).toString();
    const QJsonArray items = body.value(L("items")).toArray();
    QJsonArray issues;
    if (!isUuid(id))
        issues.append(QJsonObject{
            {L("type"), QStringLiteral("urn:problem-type:belgif:input-validation:schemaViolation")},
            {L("in"), L("body")},
            {L("name"), L("declarationId")},
            {L("detail"), QStringLiteral("declarationId must be a UUID")}});
    if (items.isEmpty() || items.size() > kMaxItems)
        issues.append(QJsonObject{
            {L("type"), QStringLiteral("urn:problem-type:belgif:input-validation:schemaViolation")},
            {L("in"), L("body")},
            {L("name"), L("items")},
            {L("detail"), QStringLiteral("between 1 and %1 items").arg(kMaxItems)}});
    for (int i = 0; i < items.size(); ++i) {
        const QJsonObject it = items.at(i).toObject();
        const auto bad = [&](const char *field, const QString &detail) {
            issues.append(QJsonObject{
                {L("type"), QStringLiteral("urn:problem-type:belgif:input-validation:schemaViolation")},
                {L("in"), L("body")},
                {L("name"), QStringLiteral("items[%1].%2").arg(i).arg(QLatin1String(field))},
                {L("detail"), detail}});
        };
        if (!isUuid(it.value(L("uuid")).toString()))
            bad("uuid", QStringLiteral("must be a UUID"));
        if (!kTypes.contains(it.value(L("type")).toString()))
            bad("type", QStringLiteral("must be one of %1").arg(kTypes.join(QStringLiteral(", "))));
        const QString op = it.value(L("operation")).toString();
        if (op != L("upsert") && op != L("cancel"))
            bad("operation", QStringLiteral("must be upsert or cancel"));
        else if (op == L("upsert") && !it.value(L("data")).isObject())
            bad("data", QStringLiteral("an upsert needs the record"));
        else if (op == L("upsert")) {
            InputIssues in;
            checkRecordBody(it.value(L("data")).toObject(), enterprise,
                            QStringLiteral("items[%1].data.").arg(i), in);
            for (const QJsonValue &issue : in.issues())
                issues.append(issue);
        }
    }
    if (!issues.isEmpty())
        return problem(400, QStringLiteral("badRequest"), QStringLiteral("Bad Request"),
                       QStringLiteral("The declaration does not follow the contract."), &issues);

    QUrl location = r.apiRoot;
    location.setPath(r.apiRoot.path() + QStringLiteral("/employers/%1/declarations/%2").arg(enterprise, id));
    QString existingEnterprise;
    if (m_store.hasDeclaration(id, &existingEnterprise)) {
        // The same batch again (its answer was lost): point at the first one.
        if (existingEnterprise != enterprise)
            return problem(409, QStringLiteral("urn:problem-type:fla:conflict"), QStringLiteral("Conflict"),
                           QStringLiteral("declarationId %1 is already used").arg(id));
    } else {
        m_store.begin();
        // What the store knows of these uuids, in a few reads instead of one per item.
        QStringList uuids;
        uuids.reserve(items.size());
        for (const QJsonValue &v : items)
            uuids.append(
                QUuid::fromString(v.toObject().value(L("uuid")).toString()).toString(QUuid::WithoutBraces));
        m_metas = m_store.recordMetas(uuids);
        m_metasLoaded = true;
        QJsonArray results;
        for (int i = 0; i < items.size(); ++i)
            results.append(applyItem(enterprise, items.at(i).toObject(), i));
        m_metasLoaded = false;
        m_metas.clear();
        const QJsonObject result{{L("declarationId"), id},
                                 {L("enterpriseNumber"), enterprise},
                                 {L("status"), L("done")},
                                 {L("self"), location.toString()},
                                 {L("receivedAt"), m_clock.nowUtc().toString(Qt::ISODateWithMs)},
                                 {L("items"), results}};
        m_store.saveDeclaration(id, enterprise, r.identity.subject, toBody(result));
        if (!m_store.commit()) {
            m_store.rollback();
            forgetCaches(); // they may hold what was just rolled back
            return problem(500, QStringLiteral("internalServerError"),
                           QStringLiteral("Internal Server Error"));
        }
    }
    PlatformResponse resp = jsonResponse(202, QJsonObject{{L("declarationId"), id},
                                                          {L("status"), L("processing")},
                                                          {L("self"), location.toString()},
                                                          {L("itemCount"), int(items.size())}});
    resp.headers.append({QByteArrayLiteral("Location"), location.toEncoded()});
    resp.wroteState = true;
    return resp;
}

PlatformResponse PlatformApi::getDeclaration(const PlatformRequest &, const QString &enterprise,
                                             const QString &id)
{
    QString owner;
    std::optional<QByteArray> body = m_store.declarationBody(id, &owner);
    if (!body || owner != enterprise)
        return problem(404, QStringLiteral("resourceNotFound"), QStringLiteral("Resource Not Found"),
                       QStringLiteral("No declaration %1 (yet)").arg(id));
    PlatformResponse resp;
    resp.status = 200;
    resp.body = std::move(*body); // stored compact, sent as stored
    return resp;
}

QJsonObject PlatformApi::applyItem(const QString &enterprise, const QJsonObject &item, int)
{
    const QString uuid = QUuid::fromString(item.value(L("uuid")).toString()).toString(QUuid::WithoutBraces);
    const QString type = item.value(L("type")).toString();
    QJsonObject result{{L("uuid"), uuid}, {L("type"), type}};
    std::optional<PlatformStore::Record> existing;
    if (!m_metasLoaded)
        existing = m_store.recordMeta(uuid);
    else if (const auto it = m_metas.constFind(uuid); it != m_metas.cend())
        existing = *it;
    if (existing && (existing->enterpriseNumber != enterprise || existing->type != type)) {
        // A UUID is one record of one employer, forever.
        result.insert(L("result"), L("refused"));
        result.insert(L("anomalies"),
                      QJsonArray{anomaly("PF-005", "blocking", QStringLiteral("uuid"),
                                         QStringLiteral("this UUID already names another record"))});
        return result;
    }
    if (item.value(L("operation")).toString() == L("cancel")) {
        if (existing && !existing->cancelled) {
            m_store.cancel(uuid);
            forgetCaches();
            if (m_metasLoaded)
                m_metas[uuid].cancelled = true;
        }
        result.insert(L("result"), L("accepted"));
        return result;
    }
    QJsonObject data = item.value(L("data")).toObject();
    data.insert(L("uuid"), uuid);
    const QJsonArray anomalies = validate(enterprise, type, data);
    bool blocking = false;
    bool warning = false;
    for (const QJsonValue &a : anomalies) {
        const QString sev = a.toObject().value(L("severity")).toString();
        blocking = blocking || sev == L("blocking");
        warning = warning || sev == L("warning");
    }
    if (!anomalies.isEmpty())
        result.insert(L("anomalies"), anomalies);
    if (blocking) {
        result.insert(L("result"), L("refused"));
        return result;
    }
    const QByteArray compact = toBody(data);
    const QString hash = PlatformStore::contentHash(compact);
    if (existing && existing->hash == hash && !existing->cancelled) {
        // The same content again (a retry): nothing to write.
        result.insert(L("result"), warning ? L("acceptedWithWarnings") : L("accepted"));
        result.insert(L("etag"), existing->etag);
        return result;
    }
    const QString ifMatch = item.value(L("ifMatch")).toString();
    if (existing && !ifMatch.isEmpty() && ifMatch != existing->etag) {
        result.insert(L("result"), L("conflict"));
        result.insert(L("etag"), existing->etag);
        return result;
    }
    PlatformStore::Record rec;
    rec.uuid = uuid;
    rec.enterpriseNumber = enterprise;
    rec.type = type;
    rec.data = data;
    rec.hash = hash;
    rec.etag = etagFor(hash);
    rec.writes = existing ? existing->writes + 1 : 1;
    m_store.write(rec, compact);
    if (m_metasLoaded) {
        PlatformStore::Record &meta = m_metas[uuid];
        meta = rec;
        meta.data = QJsonObject();
    }
    if (type == L("training"))
        m_trainings.remove(uuid);
    else if (type == L("worker"))
        m_workers.remove(enterprise + QLatin1Char('/') + data.value(L("ssin")).toString());
    else if (type == L("employment"))
        m_employments.remove(enterprise + QLatin1Char('/') + data.value(L("ssin")).toString());
    if (existing && type == L("worker"))
        m_workers.clear(); // its INSZ may have changed
    result.insert(L("result"), warning ? L("acceptedWithWarnings") : L("accepted"));
    result.insert(L("etag"), rec.etag);
    return result;
}

QJsonArray PlatformApi::validate(const QString &enterprise, const QString &type, const QJsonObject &d)
{
    QJsonArray out = platformChecks(enterprise, type, d);
    // The same rule catalogue as the app (core/anomaly), on the record and what the platform knows around it.
    QSet<QString> seen;
    for (const QJsonValue &v : std::as_const(out))
        seen.insert(v.toObject().value(L("code")).toString() + QLatin1Char('/') +
                    v.toObject().value(L("field")).toString());
    Employer employer;
    employer.enterpriseNumber = enterprise;
    RecordContext context;
    context.employer = &employer;
    std::optional<Worker> worker;
    QList<Employment> employmentList;
    const QString ssin = d.value(L("ssin")).toString();
    if (type != L("worker") && type != L("training") && !ssin.isEmpty() && workerKnown(enterprise, ssin)) {
        worker = this->worker(enterprise, ssin);
        employmentList = employments(enterprise, ssin);
        if (worker) {
            for (Employment &e : employmentList)
                e.workerUuid = worker->uuid;
            context.worker = &*worker;
        }
        for (const Employment &e : std::as_const(employmentList))
            context.workerEmployments.append(&e);
    }
    QList<Anomaly> found;
    if (type == L("worker")) {
        found = m_engine.validate(json::toWorker(d));
    } else if (type == L("employment")) {
        found = m_engine.validate(json::toEmployment(d), context);
    } else if (type == L("training")) {
        found = m_engine.validate(json::toTraining(d));
    } else if (type == L("participation")) {
        const std::optional<Training> &t = training(d.value(L("trainingUuid")).toString()).parsed;
        if (t)
            context.training = &*t;
        Participation p = json::toParticipation(d);
        if (worker)
            p.workerUuid = worker->uuid;
        found = m_engine.validate(p, context);
    } else if (type == L("right")) {
        TrainingRight r = json::toRight(d);
        if (worker)
            r.workerUuid = worker->uuid;
        found = m_engine.validate(r, context);
    }
    for (const Anomaly &a : std::as_const(found)) {
        const QString key = a.code + QLatin1Char('/') + a.field;
        if (seen.contains(key))
            continue;
        seen.insert(key);
        out.append(QJsonObject{{L("code"), a.code},
                               {L("severity"), QLatin1String(severityName(a.severity))},
                               {L("field"), a.field},
                               {L("message"), a.message(Language::English)}});
    }
    return out;
}

QJsonArray PlatformApi::platformChecks(const QString &enterprise, const QString &type, const QJsonObject &d)
{
    QJsonArray out;
    const auto date = [&](const char *k) {
        return QDate::fromString(d.value(QLatin1String(k)).toString(), Qt::ISODate);
    };
    const QString ssin = d.value(L("ssin")).toString();
    const auto requireWorker = [&]() -> bool {
        if (ssin.isEmpty()) {
            out.append(
                anomaly("PF-006", "blocking", QStringLiteral("ssin"), QStringLiteral("the INSZ is missing")));
            return false;
        }
        if (!workerKnown(enterprise, ssin)) {
            out.append(anomaly("PF-001", "blocking", QStringLiteral("ssin"),
                               QStringLiteral("unknown worker: no worker %1 is registered for this employer")
                                   .arg(Ssin::mask(ssin))));
            return false;
        }
        return true;
    };
    if (type == L("worker")) {
        addIdentifierFindings(out, Ssin::parse(ssin).check(), QStringLiteral("ssin"));
        if (d.value(L("familyName")).toString().trimmed().isEmpty())
            out.append(anomaly("PF-006", "blocking", QStringLiteral("familyName"),
                               QStringLiteral("the name is missing")));
    } else if (type == L("employment")) {
        requireWorker();
        const QDate start = date("startDate");
        const QDate end = date("endDate");
        if (!start.isValid())
            out.append(anomaly("PF-006", "blocking", QStringLiteral("startDate"),
                               QStringLiteral("the start date is missing")));
        if (start.isValid() && end.isValid() && end < start)
            out.append(anomaly("DT-001", "blocking", QStringLiteral("endDate"),
                               QStringLiteral("end date before start date")));
        addIdentifierFindings(out, JointCommittee::parse(d.value(L("jointCommittee")).toString()).check(),
                              QStringLiteral("jointCommittee"));
        const double regime = d.value(L("workRegime")).toDouble(1);
        if (regime <= 0 || regime > 1)
            out.append(anomaly("PF-007", "blocking", QStringLiteral("workRegime"),
                               QStringLiteral("the work regime must be above 0 and at most 1")));
    } else if (type == L("training")) {
        const QDate start = date("startDate");
        const QDate end = date("endDate");
        if (!start.isValid())
            out.append(anomaly("PF-006", "blocking", QStringLiteral("startDate"),
                               QStringLiteral("the start date is missing")));
        if (!end.isValid())
            out.append(anomaly("PF-006", "blocking", QStringLiteral("endDate"),
                               QStringLiteral("the end date is missing")));
        if (start.isValid() && end.isValid() && end < start)
            out.append(anomaly("DT-001", "blocking", QStringLiteral("endDate"),
                               QStringLiteral("end date before start date")));
        if (start.isValid() && start < kFlaStart)
            out.append(anomaly("DT-003", "blocking", QStringLiteral("startDate"),
                               QStringLiteral("training before 2024-01-01")));
        const double duration = d.value(L("duration")).toDouble();
        const bool days = d.value(L("unit")).toString() == L("DAYS");
        if (duration <= 0)
            out.append(anomaly("DU-001", "blocking", QStringLiteral("duration"),
                               QStringLiteral("duration must be above 0")));
        else if (start.isValid() && end.isValid() && end >= start) {
            const qint64 period = start.daysTo(end) + 1;
            if (days && duration > period)
                out.append(anomaly("DU-002", "blocking", QStringLiteral("duration"),
                                   QStringLiteral("more days than the period has")));
            if (!days && duration > 12.0 * period)
                out.append(anomaly("DU-003", "warning", QStringLiteral("duration"),
                                   QStringLiteral("more than 12 hours a day")));
        }
        if (d.value(L("status")).toString() == L("COMPLETED") && end.isValid() && end > m_clock.today())
            out.append(anomaly("DT-004", "warning", QStringLiteral("status"),
                               QStringLiteral("marked completed but ends in the future")));
        if (d.value(L("name")).toString().trimmed().isEmpty())
            out.append(
                anomaly("PF-006", "blocking", QStringLiteral("name"), QStringLiteral("the name is missing")));
    } else if (type == L("participation")) {
        const QString trainingUuid = d.value(L("trainingUuid")).toString();
        const CachedTraining &cached = this->training(trainingUuid);
        const std::optional<PlatformStore::Record> &training = cached.record;
        if (!training || training->type != L("training") || training->enterpriseNumber != enterprise ||
            training->cancelled) {
            out.append(anomaly("PF-002", "blocking", QStringLiteral("trainingUuid"),
                               QStringLiteral("unknown training for this employer")));
        }
        if (requireWorker() && cached.parsed) {
            // The platform's own check: the training must fall inside an employment with this employer.
            const QDate start = cached.parsed->startDate;
            const QDate end = cached.parsed->endDate;
            bool inside = false;
            for (const Employment &e : employments(enterprise, ssin)) {
                const QDate es = e.startDate;
                const QDate ee = e.endDate;
                if (es.isValid() && es <= start && (!ee.isValid() || ee >= end)) {
                    inside = true;
                    break;
                }
            }
            if (!inside)
                out.append(
                    anomaly("PF-003", "blocking", QStringLiteral("ssin"),
                            QStringLiteral("the training falls outside the worker's employment with this "
                                           "employer")));
        }
        if (d.contains(L("duration")) && d.value(L("duration")).toDouble() <= 0)
            out.append(anomaly("DU-001", "blocking", QStringLiteral("duration"),
                               QStringLiteral("duration must be above 0")));
    } else if (type == L("right")) {
        requireWorker();
        const int year = d.value(L("year")).toInt();
        if (year < 2024)
            out.append(
                anomaly("PF-008", "blocking", QStringLiteral("year"), QStringLiteral("year before 2024")));
        const QString rt = d.value(L("type")).toString();
        const double amount = d.value(L("amount")).toDouble();
        const bool days = d.value(L("unit")).toString() != L("HOURS");
        if (rt == L("LEGAL") && (amount < 0 || (days && amount > 5)))
            out.append(anomaly("RT-001", "warning", QStringLiteral("amount"),
                               QStringLiteral("legal right above 5 days a year, or negative")));
        if (rt == L("SECTORAL") && d.value(L("caoNumber")).toString().isEmpty())
            out.append(anomaly("RT-002", "blocking", QStringLiteral("caoNumber"),
                               QStringLiteral("a sectoral right needs its collective agreement")));
    }
    return out;
}

} // namespace fla::sandbox
