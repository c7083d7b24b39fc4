#include "core/sync/PullService.h"

#include "core/common/LogCategories.h"
#include "core/sync/JsonMapping.h"

#include <QJsonArray>
#include <QTimer>

namespace fla {

PullService::PullService(FlaApiClient *client, QObject *parent)
    : PullService(client, PullOptions{}, parent)
{}

PullService::PullService(FlaApiClient *client, PullOptions options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(options)
    , m_backoff(options.baseBackoffMs, options.maxBackoffMs, options.jitterSeed)
    , m_wait([this](qint64 ms, std::function<void()> then) { QTimer::singleShot(int(ms), this, then); })
{
    qRegisterMetaType<fla::PullResult>();
}

void PullService::start(const QString &enterpriseNumber)
{
    if (m_running)
        return;
    m_running = true;
    m_result = PullResult{};
    m_result.enterpriseNumber = enterpriseNumber;
    const QString root = QStringLiteral("/employers/%1").arg(enterpriseNumber);
    const QList<QPair<QString, QString>> page{{QStringLiteral("pageSize"), QStringLiteral("1000")}};
    fetch(
        m_client->url(root + QStringLiteral("/workers"), page),
        [this](const QJsonObject &o) {
            Worker w = json::toWorker(o);
            if (w.uuid.isNull())
                w.uuid = QUuid::createUuid();
            m_result.ssinOf.insert(w.uuid, w.ssin);
            m_result.data.workers.append(w);
        },
        [this, root, page] {
            Q_EMIT progress(QStringLiteral("workers"), int(m_result.data.workers.size()));
            fetch(
                m_client->url(root + QStringLiteral("/employments"), page),
                [this](const QJsonObject &o) {
                    Employment e = json::toEmployment(o);
                    if (e.uuid.isNull())
                        return;
                    noteWorker(o, e.uuid, e.workerUuid);
                    m_result.data.employments.append(e);
                },
                [this, root, page] {
                    Q_EMIT progress(QStringLiteral("employments"), int(m_result.data.employments.size()));
                    fetch(
                        m_client->url(root + QStringLiteral("/rights"), page),
                        [this](const QJsonObject &o) {
                            TrainingRight r = json::toRight(o);
                            if (r.uuid.isNull())
                                return;
                            noteWorker(o, r.uuid, r.workerUuid);
                            m_result.data.rights.append(r);
                        },
                        [this, root, page] {
                            Q_EMIT progress(QStringLiteral("rights"), int(m_result.data.rights.size()));
                            fetch(
                                m_client->url(root + QStringLiteral("/trainings"), page),
                                [this](const QJsonObject &o) {
                                    const Training t = json::toTraining(o);
                                    if (o.value(QLatin1String("registeredBy")).toString() ==
                                        QLatin1String("PROVIDER"))
                                        m_result.providerTrainings.insert(t.uuid);
                                    m_result.data.trainings.append(t);
                                    m_trainingQueue.append(t.uuid);
                                },
                                [this] {
                                    Q_EMIT progress(QStringLiteral("trainings"),
                                                    int(m_result.data.trainings.size()));
                                    nextTraining();
                                });
                        });
                });
        });
}

void PullService::nextTraining()
{
    if (!m_running)
        return;
    if (m_trainingQueue.isEmpty()) {
        m_running = false;
        m_result.ok = true;
        Q_EMIT progress(QStringLiteral("participations"), int(m_result.data.participations.size()));
        Q_EMIT finished(m_result);
        return;
    }
    const QUuid training = m_trainingQueue.takeFirst();
    fetch(
        m_client->url(QStringLiteral("/employers/%1/trainings/%2/participations")
                          .arg(m_result.enterpriseNumber, training.toString(QUuid::WithoutBraces)),
                      {{QStringLiteral("pageSize"), QStringLiteral("1000")}}),
        [this, training](const QJsonObject &o) {
            Participation p = json::toParticipation(o);
            if (p.uuid.isNull())
                return;
            if (p.trainingUuid.isNull())
                p.trainingUuid = training;
            noteWorker(o, p.uuid, p.workerUuid);
            m_result.data.participations.append(p);
        },
        [this] { nextTraining(); });
}

void PullService::noteWorker(const QJsonObject &o, const QUuid &record, QUuid &workerUuid)
{
    // The platform knows workers by INSZ: a record without the worker's uuid finds it by INSZ.
    const QString ssin = o.value(QLatin1String("ssin")).toString();
    if (!ssin.isEmpty())
        m_result.recordSsin.insert(record, ssin);
    if (!workerUuid.isNull() || ssin.isEmpty())
        return;
    for (auto it = m_result.ssinOf.cbegin(); it != m_result.ssinOf.cend(); ++it) {
        if (it.value() == ssin) {
            workerUuid = it.key();
            break;
        }
    }
}

void PullService::fetch(const QUrl &url, ItemHandler onItem, std::function<void()> then, int attempt)
{
    ++m_result.requests;
    m_client->get(url, [this, url, onItem, then, attempt](const ApiResponse &r) {
        if (!m_running)
            return;
        if (!r.isSuccess()) {
            const qint64 wait = m_backoff.delayMs(attempt, r.retryAfterSeconds);
            if (!r.isTransient() || r.authenticationRequired || attempt >= m_options.maxAttempts ||
                wait > m_options.maxWaitMs) {
                fail(r);
                return;
            }
            // The same page again (a GET: harmless), then on from there.
            ++m_result.retries;
            qCInfo(lcSync) << "pull:" << r.describe() << "- asking again in" << wait << "ms (attempt"
                           << attempt + 1 << ")";
            m_wait(wait, [this, url, onItem, then, attempt] {
                if (m_running)
                    fetch(url, onItem, then, attempt + 1);
            });
            return;
        }
        const QJsonArray items = r.json.value(QLatin1String("items")).toArray();
        for (const QJsonValue &v : items)
            onItem(v.toObject());
        const QString next = r.json.value(QLatin1String("next")).toString();
        if (!next.isEmpty() && !items.isEmpty())
            fetch(QUrl(next), onItem, then);
        else
            then();
    });
}

void PullService::fail(const ApiResponse &r)
{
    m_running = false;
    m_result.ok = false;
    m_result.error = r.authenticationRequired
                         ? tr("The platform no longer accepts your sign-in: sign in again.")
                         : tr("The platform's data could not be fetched: %1").arg(r.describe());
    qCInfo(lcSync) << "pull failed:" << r.describe();
    Q_EMIT finished(m_result);
}

} // namespace fla
