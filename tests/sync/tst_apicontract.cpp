// Every operation the client and the sandbox use is in docs/api/fla-v1.yaml,
// and the sandbox serves every operation of the contract.

#include "FakeNetwork.h"
#include "MemoryOutboxStore.h"

#include "core/common/Clock.h"
#include "core/domain/EnterpriseNumber.h"
#include "core/sync/PullService.h"
#include "core/sync/SyncEngine.h"
#include "sandbox/platform/FaultInjector.h"
#include "sandbox/platform/PlatformApi.h"
#include "sandbox/platform/PlatformStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace fla;
using namespace fla::test;

namespace {

struct Operation
{
    QString method;
    QString path; // /employers/{enterpriseNumber}/…
    QRegularExpression pattern;
};

QList<Operation> contractOperations()
{
    QFile f(QStringLiteral(FLADESK_SOURCE_DIR "/docs/api/fla-v1.yaml"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<Operation> ops;
    QString currentPath;
    bool inPaths = false;
    const QRegularExpression pathLine("^  (/[^:]*):\\s*$");
    const QRegularExpression methodLine("^    (get|put|post|delete|patch):\\s*$");
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).chopped(1);
        if (line == "paths:") {
            inPaths = true;
            continue;
        }
        if (inPaths && !line.isEmpty() && !line.startsWith(' '))
            inPaths = false;
        if (!inPaths)
            continue;
        if (const auto m = pathLine.match(line); m.hasMatch()) {
            currentPath = m.captured(1);
            continue;
        }
        if (const auto m = methodLine.match(line); m.hasMatch() && !currentPath.isEmpty()) {
            QString re = QRegularExpression::escape(currentPath);
            re.replace(QRegularExpression("\\\\\\{[A-Za-z]+\\\\\\}"), "[^/]+");
            ops.append({m.captured(1).toUpper(), currentPath, QRegularExpression("^" + re + "$")});
        }
    }
    return ops;
}

const Operation *findOperation(const QList<Operation> &ops, const QString &method, const QString &path)
{
    for (const Operation &o : ops) {
        if (o.method == method && o.pattern.match(path).hasMatch())
            return &o;
    }
    return nullptr;
}

const QString kBase = "http://platform.test/REST/fla/v1";
const QString kOwn = EnterpriseNumber::compose(4211111);

} // namespace

class TestApiContract : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contractIsReadable();
    void sandboxServesExactlyTheContract();
    void clientUsesOnlyContractOperations();
};

void TestApiContract::contractIsReadable()
{
    const QList<Operation> ops = contractOperations();
    QVERIFY(ops.size() >= 15);
    QVERIFY(findOperation(ops, "POST", "/employers/0566988259/declarations"));
    QVERIFY(findOperation(ops, "GET", "/employers/0566988259/declarations/x"));
    QVERIFY(!findOperation(ops, "POST", "/employers/0566988259/workers"));
}

void TestApiContract::sandboxServesExactlyTheContract()
{
    const QList<Operation> ops = contractOperations();
    QStringList contract;
    for (const Operation &o : ops)
        contract.append(o.method + " " + o.path);
    QStringList served = sandbox::PlatformApi::operations();
    // Placeholder names may differ; compare with placeholders normalised.
    const auto norm = [](QStringList l) {
        for (QString &s : l)
            s.replace(QRegularExpression("\\{[A-Za-z]+\\}"), "{}");
        l.sort();
        return l;
    };
    QCOMPARE(norm(served), norm(contract));

    // And each is really routed (not 404 "no operation", not 405).
    sandbox::PlatformStore store;
    QString error;
    QVERIFY2(store.open(":memory:", &error), qPrintable(error));
    ManualClock clock(QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC));
    sandbox::PlatformApi api(store, clock);
    for (const Operation &o : ops) {
        QString path = o.path;
        path.replace("{enterpriseNumber}", kOwn);
        path.replace("{year}", "2025");
        path.replace(QRegularExpression("\\{[A-Za-z]+\\}"),
                     QUuid::createUuid().toString(QUuid::WithoutBraces));
        sandbox::PlatformRequest r;
        r.method = o.method.toLatin1();
        r.path = path;
        r.body = "{}";
        r.apiRoot = QUrl(kBase);
        r.identity.subject = "test";
        r.identity.enterprises = {kOwn};
        const sandbox::PlatformResponse resp = api.handle(r);
        const QJsonObject body = QJsonDocument::fromJson(resp.body).object();
        QVERIFY2(resp.status != 405 && !body.value("detail").toString().startsWith("No operation"),
                 qPrintable(o.method + " " + o.path + " → " + QString::number(resp.status)));
    }
}

void TestApiContract::clientUsesOnlyContractOperations()
{
    const QList<Operation> ops = contractOperations();
    const QUuid record = QUuid::createUuid();
    // A platform that answers everything, so the client goes through all it does.
    FakeQnam nam([record](const FakeRequest &r) -> FakeResponse {
        const QString path = r.url.path();
        if (r.verb == "POST")
            return {202,
                    {{"Location",
                      (kBase + "/employers/" + kOwn + "/declarations/11111111-1111-1111-1111-111111111111")
                          .toUtf8()}},
                    "{}"};
        if (path.contains("/declarations/")) {
            const QJsonObject body{
                {"status", "done"},
                {"items", QJsonArray{QJsonObject{{"uuid", record.toString(QUuid::WithoutBraces)},
                                                 {"result", "accepted"}}}}};
            return {200, {}, QJsonDocument(body).toJson()};
        }
        if (path.endsWith("/employers")) {
            const QJsonObject body{{"items", QJsonArray{QJsonObject{{"enterpriseNumber", kOwn}}}}};
            return {200, {}, QJsonDocument(body).toJson()};
        }
        return {200, {}, QJsonDocument(QJsonObject{{"items", QJsonArray{}}}).toJson()};
    });
    StaticTokenProvider tokens("t");
    FlaApiClient client(&nam, QUrl(kBase), &tokens);
    MemoryOutboxStore store;
    SyncItem item;
    item.recordUuid = record;
    item.type = RecordKind::Training;
    item.enterpriseNumber = kOwn;
    item.data = QJsonObject{{"name", "x"}};
    store.enqueue(item);
    ManualClock clock(QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC));
    SyncEngine engine(&client, &store, clock);
    QSignalSpy done(&engine, &SyncEngine::finished);
    engine.start();
    QTRY_COMPARE(done.size(), 1);

    PullService pull(&client);
    QSignalSpy pulled(&pull, &PullService::finished);
    pull.start(kOwn);
    QTRY_COMPARE(pulled.size(), 1);

    QVERIFY(nam.requests.size() >= 7);
    const QString root = QUrl(kBase).path();
    for (const FakeRequest &r : std::as_const(nam.requests)) {
        const QString path = r.url.path().mid(root.size());
        QVERIFY2(findOperation(ops, QString::fromLatin1(r.verb), path),
                 qPrintable("not in the contract: " + r.verb + " " + path));
    }
}

QTEST_GUILESS_MAIN(TestApiContract)
#include "tst_apicontract.moc"
