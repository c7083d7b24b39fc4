#pragma once

#include "PlatformStore.h"
#include "core/anomaly/AnomalyEngine.h"
#include "core/domain/Entities.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace fla {
class Clock;
}

namespace fla::sandbox {

class PlatformStore;

// Who is asking: what the sandbox's token validation found in the Bearer token.
struct PlatformIdentity
{
    QString subject;
    QStringList scopes;      // fla:read, fla:declare (empty: all, for tokens without scopes)
    QStringList enterprises; // the enterprise numbers it may act for (own and mandates)
};

struct PlatformRequest
{
    QByteArray method;
    QString path; // below the API root: /employers/0566988259/declarations
    QUrlQuery query;
    QByteArray body;
    QByteArray ifMatch;
    QUrl apiRoot; // http://127.0.0.1:8480/REST/fla/v1, for Location and links
    PlatformIdentity identity;
};

struct PlatformResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool wroteState = false; // the request changed the platform's state (for "reply lost after commit")
};

// The FLA API of docs/api/fla-v1.yaml, as the sandbox platform serves it,
// independent of the HTTP server: a request in, a response out. Declarations
// are processed at once and their result kept for GET; every item is applied
// at most once per content (same UUID, same data → no new write), so a client
// retrying after a lost answer never creates a duplicate.
class PlatformApi
{
public:
    PlatformApi(PlatformStore &store, const Clock &clock);

    PlatformResponse handle(const PlatformRequest &request);

    // The operations served, as "METHOD /path/{param}" of the contract.
    static QStringList operations();

    static PlatformResponse problem(int status, const QString &type, const QString &title,
                                    const QString &detail = {}, const QJsonArray *issues = nullptr);

private:
    QJsonObject applyItem(const QString &enterprise, const QJsonObject &item, int index);
    PlatformResponse declare(const PlatformRequest &r, const QString &enterprise);
    PlatformResponse getDeclaration(const PlatformRequest &r, const QString &enterprise, const QString &id);
    PlatformResponse listEmployers(const PlatformRequest &r);
    PlatformResponse listRecords(const PlatformRequest &r, const QString &enterprise, const QString &type,
                                 const QString &trainingUuid = {});
    PlatformResponse putRecord(const PlatformRequest &r, const QString &enterprise, const QString &type,
                               const QString &uuid, const QString &trainingUuid = {});
    PlatformResponse putWorker(const PlatformRequest &r, const QString &enterprise, const QString &ssin);
    PlatformResponse cancelRecord(const PlatformRequest &r, const QString &enterprise, const QString &type,
                                  const QString &uuid, const QString &trainingUuid = {});
    PlatformResponse getRecord(const PlatformRequest &r, const QString &enterprise, const QString &type,
                               const QString &key);
    PlatformResponse credit(const QString &enterprise, const QString &ssin, int year);
    QJsonArray validate(const QString &enterprise, const QString &type, const QJsonObject &data);
    QJsonArray platformChecks(const QString &enterprise, const QString &type, const QJsonObject &data);

    // Look-ups within one request (a declaration of thousands of participations
    // names the same trainings and workers again and again).
    // Each read once per request, and parsed once: the live worker with this
    // INSZ, a training record, a worker's employments.
    struct CachedTraining
    {
        std::optional<PlatformStore::Record> record;
        std::optional<Training> parsed; // when the record is a training
    };
    bool workerKnown(const QString &enterprise, const QString &ssin);
    const std::optional<Worker> &worker(const QString &enterprise, const QString &ssin);
    const CachedTraining &training(const QString &uuid);
    const QList<Employment> &employments(const QString &enterprise, const QString &ssin);
    void forgetCaches();

    PlatformStore &m_store;
    const Clock &m_clock;
    AnomalyEngine m_engine;
    QHash<QString, std::optional<Worker>> m_workers;
    QHash<QString, CachedTraining> m_trainings;
    QHash<QString, QList<Employment>> m_employments;
    // During a declaration: what the store holds about its items' uuids (read at once, kept current).
    QHash<QString, PlatformStore::Record> m_metas;
    bool m_metasLoaded = false;
};

} // namespace fla::sandbox
