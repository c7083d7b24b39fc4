#pragma once

#include "core/dataset/DataSet.h"
#include "core/sync/Backoff.h"
#include "core/sync/FlaApiClient.h"

#include <QObject>
#include <functional>

namespace fla {

// What the platform holds for one employer.
struct PullResult
{
    bool ok = false;
    QString error; // translated
    QString enterpriseNumber;
    DataSet data;                     // employerUuid left null: the caller binds it to its employer
    QHash<QUuid, QString> ssinOf;     // worker uuid → INSZ, for employments/participations/rights
    QSet<QUuid> providerTrainings;    // trainings registered by a training provider
    QHash<QUuid, QString> recordSsin; // employment/participation/right uuid → the INSZ it names
    int requests = 0;
    int retries = 0; // requests sent again after a transient failure
};

// How a pull meets a platform that fails now and then: like the sync
// (core/sync/Backoff), each failed page is asked again after an exponential
// backoff with jitter, at least the Retry-After the platform gave, and the pull
// goes on from that page.
struct PullOptions
{
    int maxAttempts = 8;         // per page, the first included
    qint64 baseBackoffMs = 500;  // first retry waits 0.25–0.5 s …
    qint64 maxBackoffMs = 30000; // … growing ×2 up to 30 s
    qint64 maxWaitMs = 120000;   // a longer wait (a long Retry-After) ends the pull instead
    quint32 jitterSeed = 0;      // 0 = random; fixed in tests
};

// Fetches everything the platform holds for an employer: workers, employments,
// trainings (also those registered by training providers) with their
// participations, and rights (also those the platform computed), following
// the collections' `next` links.
class PullService : public QObject
{
    Q_OBJECT
public:
    // Waits `ms`, then calls `then` (default: a timer). Tests see each wait without sleeping.
    using Waiter = std::function<void(qint64 ms, std::function<void()> then)>;

    explicit PullService(FlaApiClient *client, QObject *parent = nullptr);
    PullService(FlaApiClient *client, PullOptions options, QObject *parent = nullptr);
    void setWaiter(Waiter waiter) { m_wait = std::move(waiter); }
    void start(const QString &enterpriseNumber);

Q_SIGNALS:
    void progress(const QString &collection, int items);
    void finished(const fla::PullResult &result);

private:
    using ItemHandler = std::function<void(const QJsonObject &)>;
    void fetch(const QUrl &url, ItemHandler onItem, std::function<void()> then, int attempt = 1);
    void fail(const ApiResponse &r);
    void nextTraining();
    void noteWorker(const QJsonObject &o, const QUuid &record, QUuid &workerUuid);

    FlaApiClient *m_client;
    PullOptions m_options;
    Backoff m_backoff;
    Waiter m_wait;
    PullResult m_result;
    QList<QUuid> m_trainingQueue;
    bool m_running = false;
};

} // namespace fla

Q_DECLARE_METATYPE(fla::PullResult)
