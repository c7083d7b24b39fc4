// The sandbox platform's API (PlatformApi) against hostile requests within one
// tenant and out-of-range parameters (issue 20, items 8 and 12): every bad
// request gets 400/403/404 with the parameter or field named, nothing crashes,
// and nothing is stored under a key the request did not own.

#include "core/common/Clock.h"
#include "core/domain/EnterpriseNumber.h"
#include "core/domain/Ssin.h"
#include "sandbox/platform/PlatformApi.h"
#include "sandbox/platform/PlatformStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

using namespace fla;
using namespace fla::sandbox;

namespace {

const QString kOwn = EnterpriseNumber::compose(4211111);
const QString kSecond = EnterpriseNumber::compose(4222222); // the same identity may act for it
const QString kWorkerSsin = Ssin::compose(80, 5, 17, 33, false);

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

class TestPlatformApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void numericParametersOutOfRange_data();
    void numericParametersOutOfRange();
    void largePageIsEmptyNotACrash();
    void bodyMayNotNameAnotherEmployer_data();
    void bodyMayNotNameAnotherEmployer();
    void pathSsinAndUuidMustMatchTheBody_data();
    void pathSsinAndUuidMustMatchTheBody();
    void malformedPathIdentifiers_data();
    void malformedPathIdentifiers();
    void deleteOnlyCancelsTheKindThePathNames();

private:
    struct Answer
    {
        int status = 0;
        QJsonObject json;
        QStringList issueNames() const
        {
            QStringList names;
            for (const QJsonValue &v : json.value("issues").toArray())
                names.append(v.toObject().value("name").toString());
            return names;
        }
    };
    Answer call(const QByteArray &method, const QString &path, const QJsonObject &body = {});
    QString putWorker();

    ManualClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<PlatformStore> m_store;
    std::unique_ptr<PlatformApi> m_api;
    QString m_workerUuid;
};

void TestPlatformApi::init()
{
    m_store = std::make_unique<PlatformStore>();
    QString error;
    QVERIFY2(m_store->open(":memory:", &error), qPrintable(error));
    m_api = std::make_unique<PlatformApi>(*m_store, m_clock);
    m_workerUuid = putWorker();
    QVERIFY(!m_workerUuid.isEmpty());
}

TestPlatformApi::Answer TestPlatformApi::call(const QByteArray &method, const QString &path,
                                              const QJsonObject &body)
{
    PlatformRequest r;
    r.method = method;
    const qsizetype q = path.indexOf('?');
    r.path = q < 0 ? path : path.left(q);
    if (q >= 0)
        r.query = QUrlQuery(path.mid(q + 1));
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.apiRoot = QUrl("http://platform.test/REST/fla/v1");
    r.identity.subject = "test";
    r.identity.enterprises = {kOwn, kSecond};
    const PlatformResponse resp = m_api->handle(r);
    return {resp.status, QJsonDocument::fromJson(resp.body).object()};
}

QString TestPlatformApi::putWorker()
{
    const QString uuid = newUuid();
    const Answer a =
        call("PUT", "/employers/" + kOwn + "/workers/" + kWorkerSsin,
             {{"uuid", uuid}, {"ssin", kWorkerSsin}, {"familyName", "Peeters"}, {"givenName", "An"}});
    return a.status == 201 ? uuid : QString();
}

void TestPlatformApi::numericParametersOutOfRange_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("parameter");
    const QString e = "/employers/" + kOwn;
    // Issue 20.8: (page - 1) * pageSize overflowed and the sandbox (inside the app) crashed.
    QTest::newRow("employers page max int") << "/employers?page=2147483647&pageSize=100"
                                            << "page";
    QTest::newRow("employers page 0") << "/employers?page=0"
                                      << "page";
    QTest::newRow("employers page negative") << "/employers?page=-5"
                                             << "page";
    QTest::newRow("employers pageSize 0") << "/employers?pageSize=0"
                                          << "pageSize";
    QTest::newRow("employers pageSize too big") << "/employers?pageSize=1001"
                                                << "pageSize";
    QTest::newRow("employers page not a number") << "/employers?page=abc"
                                                 << "page";
    QTest::newRow("employers page beyond 64 bits") << "/employers?page=99999999999999999999"
                                                   << "page";
    for (const QString &coll : QStringList{"workers", "employments", "trainings", "rights"}) {
        QTest::addRow("%s page max int", qPrintable(coll))
            << e + "/" + coll + "?page=2147483647&pageSize=1000"
            << "page";
        QTest::addRow("%s pageSize negative", qPrintable(coll)) << e + "/" + coll + "?pageSize=-1"
                                                                << "pageSize";
    }
    QTest::newRow("participations page") << e + "/trainings/" + newUuid() + "/participations?page=2147483647"
                                         << "page";
    QTest::newRow("rights year too early") << e + "/rights?year=1999"
                                           << "year";
    QTest::newRow("rights year huge") << e + "/rights?year=2147483647"
                                      << "year";
    QTest::newRow("credit year too early") << e + "/workers/" + kWorkerSsin + "/credits/2023"
                                           << "year";
    QTest::newRow("credit year not a number") << e + "/workers/" + kWorkerSsin + "/credits/next"
                                              << "year";
}

void TestPlatformApi::numericParametersOutOfRange()
{
    QFETCH(QString, path);
    QFETCH(QString, parameter);
    const Answer a = call("GET", path);
    QCOMPARE(a.status, 400);
    QCOMPARE(a.json.value("type").toString(), QString("urn:problem-type:belgif:badRequest"));
    QCOMPARE(a.issueNames(), QStringList{parameter});
}

void TestPlatformApi::largePageIsEmptyNotACrash()
{
    // The largest page the contract allows, beyond the data: an empty page, no "next".
    const Answer a = call("GET", "/employers/" + kOwn + "/workers?page=1000000&pageSize=1000");
    QCOMPARE(a.status, 200);
    QVERIFY(a.json.value("items").toArray().isEmpty());
    QCOMPARE(a.json.value("total").toInt(), 1);
    QVERIFY(!a.json.contains("next"));
    const Answer employers = call("GET", "/employers?page=1000000&pageSize=1000");
    QCOMPARE(employers.status, 200);
    QVERIFY(employers.json.value("items").toArray().isEmpty());
}

void TestPlatformApi::bodyMayNotNameAnotherEmployer_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("enterpriseNumber of another company") << "enterpriseNumber" << kSecond;
    QTest::newRow("employerUuid") << "employerUuid" << newUuid();
}

void TestPlatformApi::bodyMayNotNameAnotherEmployer()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    const QString uuid = newUuid();
    QJsonObject training{{"uuid", uuid},
                         {"name", "Excel"},
                         {"kind", "FORMAL"},
                         {"startDate", "2025-03-03"},
                         {"endDate", "2025-03-03"},
                         {"duration", 4},
                         {"unit", "HOURS"}};
    training.insert(field, value);
    // by PUT
    Answer a = call("PUT", "/employers/" + kOwn + "/trainings/" + uuid, training);
    QCOMPARE(a.status, 400);
    QCOMPARE(a.issueNames(), QStringList{field});
    QVERIFY(!m_store->record(uuid));
    // and in a declaration
    const QJsonObject declaration{
        {"declarationId", newUuid()},
        {"items", QJsonArray{QJsonObject{
                      {"uuid", uuid}, {"type", "training"}, {"operation", "upsert"}, {"data", training}}}}};
    a = call("POST", "/employers/" + kOwn + "/declarations", declaration);
    QCOMPARE(a.status, 400);
    QCOMPARE(a.issueNames(), QStringList{"items[0].data." + field});
    QVERIFY(!m_store->record(uuid));
    // The same number as the path is fine.
    training.remove(field);
    training.insert("enterpriseNumber", kOwn);
    QCOMPARE(call("PUT", "/employers/" + kOwn + "/trainings/" + uuid, training).status, 201);
}

void TestPlatformApi::pathSsinAndUuidMustMatchTheBody_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    const QString e = "/employers/" + kOwn;
    const QString other = Ssin::compose(81, 6, 18, 44, false);
    const QJsonObject worker{
        {"uuid", newUuid()}, {"ssin", other}, {"familyName", "Janssens"}, {"givenName", "Bram"}};
    QTest::newRow("worker: ssin of the body differs from the path")
        << e + "/workers/" + kWorkerSsin << worker << "ssin";
    QJsonObject noUuid = worker;
    noUuid.remove("uuid");
    noUuid.insert("ssin", kWorkerSsin);
    // Issue 20.12: stored under the nil UUID.
    QTest::newRow("worker without uuid") << e + "/workers/" + kWorkerSsin << noUuid << "uuid";
    QJsonObject nilUuid = noUuid;
    nilUuid.insert("uuid", QUuid().toString(QUuid::WithoutBraces));
    QTest::newRow("worker with the nil uuid") << e + "/workers/" + kWorkerSsin << nilUuid << "uuid";
    const QString t = newUuid();
    QTest::newRow("training: uuid of the body differs from the path")
        << e + "/trainings/" + t
        << QJsonObject{{"uuid", newUuid()},       {"name", "X"},   {"startDate", "2025-03-03"},
                       {"endDate", "2025-03-03"}, {"duration", 1}, {"unit", "DAYS"}}
        << "uuid";
    QTest::newRow("participation: training of the body differs from the path")
        << e + "/trainings/" + t + "/participations/" + newUuid()
        << QJsonObject{{"trainingUuid", newUuid()}, {"ssin", kWorkerSsin}} << "trainingUuid";
}

void TestPlatformApi::pathSsinAndUuidMustMatchTheBody()
{
    QFETCH(QString, path);
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    const PlatformStore::Counts before = m_store->counts();
    const Answer a = call("PUT", path, body);
    QCOMPARE(a.status, 400);
    QCOMPARE(a.issueNames(), QStringList{field});
    QCOMPARE(m_store->counts().records, before.records);
    QVERIFY(!m_store->record(QUuid().toString(QUuid::WithoutBraces)));
}

void TestPlatformApi::malformedPathIdentifiers_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("parameter");
    const QString e = "/employers/" + kOwn;
    QTest::newRow("get training, not a uuid") << QByteArray("GET") << e + "/trainings/not-a-uuid"
                                              << "uuid";
    QTest::newRow("put training, nil uuid")
        << QByteArray("PUT") << e + "/trainings/00000000-0000-0000-0000-000000000000"
        << "uuid";
    QTest::newRow("put right, not a uuid") << QByteArray("PUT") << e + "/rights/123"
                                           << "uuid";
    QTest::newRow("delete training, not a uuid") << QByteArray("DELETE") << e + "/trainings/x"
                                                 << "uuid";
    QTest::newRow("participations of no training") << QByteArray("GET") << e + "/trainings/x/participations"
                                                   << "trainingUuid";
    QTest::newRow("worker, not an INSZ") << QByteArray("GET") << e + "/workers/12345"
                                         << "ssin";
    QTest::newRow("credit, not an INSZ") << QByteArray("GET") << e + "/workers/abc/credits/2025"
                                         << "ssin";
    QTest::newRow("declaration, not a uuid") << QByteArray("GET") << e + "/declarations/latest"
                                             << "declarationId";
}

void TestPlatformApi::malformedPathIdentifiers()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, parameter);
    const Answer a = call(method, path, QJsonObject{{"name", "X"}});
    QCOMPARE(a.status, 400);
    QCOMPARE(a.issueNames(), QStringList{parameter});
}

void TestPlatformApi::deleteOnlyCancelsTheKindThePathNames()
{
    // Issue 20.12: DELETE …/trainings/{uuid of a worker} cancelled the worker.
    const QString e = "/employers/" + kOwn;
    Answer a = call("DELETE", e + "/trainings/" + m_workerUuid);
    QCOMPARE(a.status, 404);
    a = call("DELETE", e + "/trainings/" + newUuid() + "/participations/" + m_workerUuid);
    QCOMPARE(a.status, 404);
    QVERIFY(!m_store->record(m_workerUuid)->cancelled);
    QCOMPARE(call("GET", e + "/workers/" + kWorkerSsin).status, 200);
    // Another employer of the same identity does not reach it either.
    QCOMPARE(call("DELETE", "/employers/" + kSecond + "/trainings/" + m_workerUuid).status, 404);
    QVERIFY(!m_store->record(m_workerUuid)->cancelled);
}

QTEST_GUILESS_MAIN(TestPlatformApi)
#include "tst_platformapi.moc"
