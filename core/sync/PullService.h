#pragma once

#include "dataset/DataSet.h"
#include "sync/FlaApiClient.h"

#include <QObject>

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
};

// Fetches everything the platform holds for an employer: workers, employments,
// trainings (also those registered by training providers) with their
// participations, and rights (also those the platform computed), following
// the collections' `next` links.
class PullService : public QObject
{
    Q_OBJECT
public:
    explicit PullService(FlaApiClient *client, QObject *parent = nullptr);
    void start(const QString &enterpriseNumber);

Q_SIGNALS:
    void progress(const QString &collection, int items);
    void finished(const fla::PullResult &result);

private:
    using ItemHandler = std::function<void(const QJsonObject &)>;
    void fetch(const QUrl &url, ItemHandler onItem, std::function<void()> then);
    void fail(const ApiResponse &r);
    void nextTraining();
    void noteWorker(const QJsonObject &o, const QUuid &record, QUuid &workerUuid);

    FlaApiClient *m_client;
    PullResult m_result;
    QList<QUuid> m_trainingQueue;
    bool m_running = false;
};

} // namespace fla

Q_DECLARE_METATYPE(fla::PullResult)
