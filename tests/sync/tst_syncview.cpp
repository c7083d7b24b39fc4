#include "FakeNetwork.h"
#include "MemoryOutboxStore.h"
#include "TestSupport.h"

#include "core/common/Clock.h"
#include "core/domain/EnterpriseNumber.h"
#include "ui/sync/SyncStatusModel.h"
#include "ui/sync/SyncView.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace fla;
using namespace fla::ui;
using namespace fla::test;

namespace {
const QString kBase = "http://platform.test/REST/fla/v1";
const QString kOwn = EnterpriseNumber::compose(4211111);
} // namespace

class TestSyncView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsStatusCountsAndOpensRefusedRecordAtField();
    void showsOfflineIndicator();
};

void TestSyncView::showsStatusCountsAndOpensRefusedRecordAtField()
{
    MemoryOutboxStore store;
    QList<SyncItem> items;
    for (int i = 0; i < 3; ++i) {
        SyncItem it;
        it.recordUuid = QUuid::createUuid();
        it.type = RecordKind::Participation;
        it.enterpriseNumber = kOwn;
        it.label = QString("participation of 85.07.30-xxx.xx in “Excel basics” #%1").arg(i + 1);
        it.data = QJsonObject{{"n", i}};
        store.enqueue(it);
        items.append(it);
    }
    const QString refusedUuid = items.at(1).recordUuid.toString(QUuid::WithoutBraces);
    FakeQnam nam([&](const FakeRequest &r) -> FakeResponse {
        if (r.url.path().endsWith("/employers"))
            return {200,
                    {},
                    QJsonDocument(QJsonObject{{"items", QJsonArray{QJsonObject{{"enterpriseNumber", kOwn}}}}})
                        .toJson()};
        if (r.verb == "POST")
            return {202, {{"Location", (kBase + "/employers/" + kOwn + "/declarations/d1").toUtf8()}}, "{}"};
        QJsonArray results;
        for (const SyncItem &i : items) {
            const QString u = i.recordUuid.toString(QUuid::WithoutBraces);
            if (u == refusedUuid)
                results.append(QJsonObject{
                    {"uuid", u},
                    {"result", "refused"},
                    {"anomalies", QJsonArray{QJsonObject{{"code", "PF-003"},
                                                         {"severity", "blocking"},
                                                         {"field", "ssin"},
                                                         {"message", "outside the employment"}}}}});
            else
                results.append(QJsonObject{{"uuid", u}, {"result", "accepted"}});
        }
        return {200, {}, QJsonDocument(QJsonObject{{"status", "done"}, {"items", results}}).toJson()};
    });
    StaticTokenProvider tokens("t");
    FlaApiClient client(&nam, QUrl(kBase), &tokens);
    ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
    SyncEngine engine(&client, &store, clock);

    SyncView view;
    view.resize(900, 400);
    view.setQueued(items);
    view.show();
    view.attach(&engine);
    QSignalSpy done(&engine, &SyncEngine::finished);
    engine.start();
    QTRY_COMPARE(done.size(), 1);

    QCOMPARE(view.model()->count(SyncStatus::Accepted), 2);
    QCOMPARE(view.model()->count(SyncStatus::Refused), 1);
    QVERIFY2(view.countsText().contains("3 of 3 done"), qPrintable(view.countsText()));
    QVERIFY(!view.isOfflineShown());
    view.grab().save(artifactsDir() + "/sync-view.png");

    // The refused record opens at the field at fault.
    auto *table = view.findChild<QTableView *>("syncTable");
    QVERIFY(table);
    QSignalSpy open(&view, &SyncView::openRecordRequested);
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex idx = table->model()->index(row, SyncStatusModel::StatusColumn);
        if (idx.data().toString() == "Refused") {
            QCOMPARE(table->model()->index(row, SyncStatusModel::DetailColumn).data().toString(),
                     QString("PF-003, field INSZ: The training falls outside the worker's employment with "
                             "this employer."));
            Q_EMIT table->doubleClicked(idx);
        }
    }
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().at(1).toUuid(), items.at(1).recordUuid);
    QCOMPARE(open.first().at(2).toString(), QString("ssin"));
}

void TestSyncView::showsOfflineIndicator()
{
    MemoryOutboxStore store;
    SyncItem it;
    it.recordUuid = QUuid::createUuid();
    it.enterpriseNumber = kOwn;
    store.enqueue(it);
    FakeQnam nam([](const FakeRequest &) { return FakeResponse{0, {}, {}}; });
    StaticTokenProvider tokens("t");
    FlaApiClient client(&nam, QUrl(kBase), &tokens);
    ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
    SyncOptions o;
    o.baseBackoffMs = 5;
    SyncEngine engine(&client, &store, clock, o);
    SyncView view;
    view.show();
    view.attach(&engine);
    QSignalSpy done(&engine, &SyncEngine::finished);
    engine.start();
    QTRY_COMPARE(done.size(), 1);
    QVERIFY(view.isOfflineShown());
}

QTEST_MAIN(TestSyncView)
#include "tst_syncview.moc"
