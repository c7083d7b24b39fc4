#pragma once

#include "core/sync/Backoff.h"
#include "core/sync/FlaApiClient.h"
#include "core/sync/OutboxStore.h"

#include <QObject>
#include <QSet>
#include <QTimer>
#include <memory>

namespace fla {

class Clock;

struct SyncOptions
{
    int batchSize = 500;          // items per declaration
    int maxConcurrentBatches = 4; // declarations in flight at once
    qint64 baseBackoffMs = 1000;  // first retry waits 0.5–1 s …
    qint64 maxBackoffMs = 300000; // … growing ×2 up to 5 min
    qint64 maxWaitMs = 120000;    // a run ends rather than wait longer than this for a retry
    int pollIntervalMs = 100;     // between GETs of a declaration result
    int maxPolls = 60;            // then the batch is sent again (harmless)
    quint32 jitterSeed = 0;       // 0 = random; fixed in tests
    bool checkMandates = true;    // ask the platform which enterprises the identity may act for
};

struct SyncProgress
{
    int total = 0; // entries in the outbox when the run started
    int accepted = 0;
    int acceptedWithWarnings = 0;
    int refused = 0;
    int conflicts = 0;
    int held = 0;    // not sent: no mandate for the enterprise, or the platform refuses the enterprise
    int retries = 0; // entries that met a transient failure and wait for another attempt
    int inFlight = 0;

    int done() const { return accepted + acceptedWithWarnings + refused + conflicts; }
};

struct SyncSummary
{
    SyncProgress counts;
    int remaining = 0; // still in the outbox (held, or waiting for a retry)
    bool cancelled = false;
    bool authenticationRequired = false; // 401 after one refresh: the user must sign in again
    // The platform could not be reached and nothing was done: no entry got an answer (accepted,
    // refused or in conflict). A run in which some were accepted is never offline.
    bool offline = false;
    int unanswered = 0; // still in the outbox because their last attempt got no answer at all
    QDateTime finishedAt;
    QStringList messages; // translated, for the user
};

// Sends the outbox to the platform: declarations of at most `batchSize` items,
// never mixing enterprises, at most `maxConcurrentBatches` at once, workers
// before employments before trainings before participations before rights.
// A transient failure (no answer, 429, 5xx) schedules the batch's entries
// again with exponential backoff and jitter, persisted per entry; since every
// item carries its record's UUID and the platform applies an item once, a
// resend after a lost answer is harmless. 401 → one token refresh, then
// "sign in again". A refusal marks the record refused with the platform's
// anomalies by field; a version conflict marks it `conflict` for the user —
// unless the platform's version is our own earlier send whose answer was lost
// (the result of that declaration says so): then the record goes again on
// that version, and no conflict is raised.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    SyncEngine(FlaApiClient *client, OutboxStore *store, const Clock &clock, SyncOptions options = {},
               QObject *parent = nullptr);
    ~SyncEngine() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    // Look again for due entries now (after the clock moved, in tests).
    void poke();

    const SyncProgress &progress() const { return m_progress; }
    const QSet<QString> &allowedEnterprises() const { return m_allowed; }

Q_SIGNALS:
    void progressChanged(const fla::SyncProgress &progress);
    // Entries not sent, with the reason (translated, names the enterprise).
    void entriesHeld(const QList<fla::SyncItem> &entries, const QString &reason);
    void itemsCompleted(const QList<fla::OutboxStore::Completion> &done);
    void finished(const fla::SyncSummary &summary);

private:
    struct Batch;
    void fetchMandates(int page, int attempt);
    void pump();
    void fillSlots();
    // Whether the store asks that nothing more be sent (its reason joins the messages once).
    bool storeSaysStop();
    QList<SyncItem> fetchDue();
    void sendBatch(const std::shared_ptr<Batch> &b);
    void onPosted(const std::shared_ptr<Batch> &b, const ApiResponse &r);
    void poll(const std::shared_ptr<Batch> &b);
    void onPolled(const std::shared_ptr<Batch> &b, const ApiResponse &r);
    void handleResult(const std::shared_ptr<Batch> &b, const QJsonObject &result);
    void refuseFromIssues(const std::shared_ptr<Batch> &b, const ApiResponse &r);
    // `declarationId`: the entries went out in it and the platform may have carried it out.
    void retryLater(const QList<SyncItem> &entries, const ApiResponse &r, const QString &declarationId = {});
    void checkOwnVersions(const std::shared_ptr<Batch> &check);
    void decideOwnVersions(const std::shared_ptr<Batch> &check);
    void returnInFlight();
    void holdEntries(const QList<SyncItem> &entries, const QString &reason);
    void release(const std::shared_ptr<Batch> &b);
    void stopForAuthentication();
    void finish();
    void emitProgress();
    bool isAllowed(const QString &enterpriseNumber) const;
    RecordKind phaseType() const;

    FlaApiClient *m_client;
    OutboxStore *m_store;
    const Clock &m_clock;
    SyncOptions m_options;
    Backoff m_backoff;

    bool m_running = false;
    bool m_cancelled = false;
    bool m_authRequired = false;
    bool m_unreachable = false; // a request got no answer at all (connection refused, dropped, timed out)
    bool m_stopped = false;     // the store asked that nothing more be sent (stopReason)
    QSet<qint64> m_unanswered;  // entries whose last attempt got no answer
    bool m_inPump = false;
    int m_phase = 0;
    qint64 m_cursor = 0;
    int m_activeBatches = 0;
    QSet<qint64> m_inFlight;
    QSet<qint64> m_held;
    QHash<int, int> m_heldCount; // per RecordKind
    int m_idleWakes = 0;
    QSet<QString> m_allowed;
    QList<std::shared_ptr<Batch>> m_batches;
    SyncProgress m_progress;
    QStringList m_messages;
    QTimer m_wake;
};

} // namespace fla

Q_DECLARE_METATYPE(fla::SyncProgress)
Q_DECLARE_METATYPE(fla::SyncSummary)
