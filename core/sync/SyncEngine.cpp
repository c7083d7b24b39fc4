#include "core/sync/SyncEngine.h"

#include "core/common/Clock.h"
#include "core/common/LogCategories.h"
#include "core/domain/EnterpriseNumber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>
#include <algorithm>

namespace fla {

namespace {

const RecordKind kPhases[] = {RecordKind::Worker, RecordKind::Employment, RecordKind::Training,
                              RecordKind::Participation, RecordKind::TrainingRight};
constexpr int kPhaseCount = int(sizeof(kPhases) / sizeof(kPhases[0]));
constexpr int kMandateAttempts = 4;

// A declaration that met this may have been carried out by the platform (its answer is what was lost).
bool mayHaveBeenApplied(const ApiResponse &r)
{
    return r.httpStatus == 0 || r.httpStatus >= 500 || r.isSuccess();
}

QString displayEnterprise(const QString &digits)
{
    const EnterpriseNumber e = EnterpriseNumber::parse(digits);
    return e.isValid() ? e.display() : digits;
}

} // namespace

struct SyncEngine::Batch
{
    QString enterpriseNumber;
    QList<SyncItem> entries;
    QString declarationId;
    QUrl location;
    int polls = 0;
    int pollFailures = 0;
    bool dead = false;
    // A check, not a declaration: the entries the platform said were in conflict, and the results
    // of the declarations they went out in without an answer (by id), fetched to see whether the
    // platform's version is our own.
    bool ownVersionCheck = false;
    QList<OutboxStore::Completion> suspects;
    QHash<QString, ApiResponse> answers;
    int outstanding = 0;
};

SyncEngine::SyncEngine(FlaApiClient *client, OutboxStore *store, const Clock &clock, SyncOptions options,
                       QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_clock(clock)
    , m_options(options)
    , m_backoff(options.baseBackoffMs, options.maxBackoffMs, options.jitterSeed)
{
    qRegisterMetaType<fla::SyncProgress>();
    qRegisterMetaType<fla::SyncSummary>();
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, [this] {
        m_cursor = 0;
        pump();
    });
}

SyncEngine::~SyncEngine()
{
    for (const auto &b : std::as_const(m_batches))
        b->dead = true;
}

RecordKind SyncEngine::phaseType() const
{
    return kPhases[std::min(m_phase, kPhaseCount - 1)];
}

bool SyncEngine::isAllowed(const QString &enterpriseNumber) const
{
    return !m_options.checkMandates || m_allowed.contains(enterpriseNumber);
}

void SyncEngine::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = m_authRequired = m_unreachable = m_stopped = false;
    m_unanswered.clear();
    m_phase = 0;
    m_cursor = 0;
    m_activeBatches = 0;
    m_inFlight.clear();
    m_held.clear();
    m_heldCount.clear();
    m_idleWakes = 0;
    m_allowed.clear();
    m_messages.clear();
    m_progress = SyncProgress{};
    m_messages = m_store->notices();
    m_progress.total = m_store->pendingCount();
    qCInfo(lcSync) << "sync started:" << m_progress.total << "entries in the outbox";
    emitProgress();
    if (m_options.checkMandates)
        fetchMandates(1, 1);
    else
        pump();
}

void SyncEngine::poke()
{
    if (!m_running || m_cancelled)
        return;
    m_wake.stop();
    m_cursor = 0;
    pump();
}

void SyncEngine::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_wake.stop();
    m_client->abortAll();
    // What was in flight goes back to the queue untouched: it was not answered.
    returnInFlight();
    m_messages.append(
        tr("Sync cancelled; %n change(s) stay in the outbox.", nullptr, m_store->pendingCount()));
    finish();
}

void SyncEngine::fetchMandates(int page, int attempt)
{
    m_client->listEmployers(page, [this, page, attempt](const ApiResponse &r) {
        if (!m_running || m_cancelled)
            return;
        if (r.authenticationRequired) {
            stopForAuthentication();
            return;
        }
        if (r.isSuccess()) {
            const QJsonArray items = r.json.value(QLatin1String("items")).toArray();
            for (const QJsonValue &v : items)
                m_allowed.insert(v.toObject().value(QLatin1String("enterpriseNumber")).toString());
            if (r.json.contains(QLatin1String("next")) && !items.isEmpty()) {
                fetchMandates(page + 1, 1);
                return;
            }
            qCInfo(lcSync) << "the identity may act for" << m_allowed.size() << "enterprise(s)";
            pump();
            return;
        }
        if (r.isTransient() && attempt < kMandateAttempts) {
            const qint64 wait = m_backoff.delayMs(attempt, r.retryAfterSeconds);
            qCInfo(lcSync) << "employers list failed:" << r.describe() << "- retrying in" << wait << "ms";
            QTimer::singleShot(int(std::min<qint64>(wait, m_options.maxWaitMs)), this,
                               [this, page, attempt] { fetchMandates(page, attempt + 1); });
            return;
        }
        m_unreachable = r.httpStatus == 0;
        m_messages.append(
            m_unreachable
                ? tr("The platform cannot be reached (%1); everything stays in the outbox.").arg(r.describe())
                : tr("The platform did not say which employers you may act for (%1); "
                     "nothing was sent.")
                      .arg(r.describe()));
        finish();
    });
}

QList<SyncItem> SyncEngine::fetchDue()
{
    const QDateTime now = m_clock.nowUtc();
    const int limit = std::max(1, m_options.batchSize);
    // From the cursor on, then once more from the start for retries that became due.
    for (int pass = 0; pass < 2; ++pass) {
        for (;;) {
            const QList<SyncItem> chunk = m_store->dueEntries(phaseType(), m_cursor, now, limit);
            if (chunk.isEmpty())
                break;
            m_cursor = chunk.constLast().id;
            QList<SyncItem> out;
            for (const SyncItem &e : chunk) {
                if (!m_inFlight.contains(e.id) && !m_held.contains(e.id))
                    out.append(e);
            }
            if (!out.isEmpty())
                return out;
        }
        if (m_cursor == 0)
            break;
        m_cursor = 0;
    }
    return {};
}

void SyncEngine::pump()
{
    if (!m_running || m_cancelled || m_inPump)
        return;
    m_inPump = true;
    while (m_phase < kPhaseCount) {
        fillSlots();
        if (m_activeBatches > 0)
            break; // answers will pump again
        if (m_stopped) {
            m_phase = kPhaseCount; // what is left waits for the next sync
            break;
        }
        // Nothing in flight and nothing due in this phase: done with it, or wait for retries.
        // Held entries stay in the outbox but do not keep the phase open.
        const int waiting = m_store->pendingCount(phaseType()) - m_heldCount.value(int(phaseType()));
        if (waiting <= 0) {
            ++m_phase;
            m_cursor = 0;
            m_idleWakes = 0;
            continue;
        }
        const QDateTime next = m_store->nextAttemptAt(phaseType());
        const qint64 waitMs = next.isValid() ? std::max<qint64>(0, m_clock.nowUtc().msecsTo(next)) : 0;
        if (waitMs > m_options.maxWaitMs) {
            m_messages.append(
                tr("%n change(s) wait for another attempt after %1; sync again later.", nullptr, waiting)
                    .arg(QLocale().toString(next.toLocalTime(), QLocale::ShortFormat)));
            m_phase = kPhaseCount;
            break;
        }
        if (waitMs == 0 && ++m_idleWakes > 3) {
            // Entries the store calls due but will not hand out: do not spin.
            qCWarning(lcSync) << waiting << "entries of" << toString(phaseType()) << "cannot be fetched";
            ++m_phase;
            continue;
        }
        m_wake.start(int(std::max<qint64>(10, waitMs)));
        m_inPump = false;
        return;
    }
    m_inPump = false;
    if (m_phase >= kPhaseCount && m_activeBatches == 0)
        finish();
}

bool SyncEngine::storeSaysStop()
{
    if (!m_stopped) {
        const QString reason = m_store->stopReason();
        if (!reason.isEmpty()) {
            m_stopped = true;
            m_messages.append(reason);
            qCWarning(lcSync) << "the outbox store stopped the sync: nothing more is sent";
        }
    }
    return m_stopped;
}

void SyncEngine::fillSlots()
{
    while (!storeSaysStop() && m_activeBatches < m_options.maxConcurrentBatches) {
        const QList<SyncItem> due = fetchDue();
        // A record among them that could not be read stops the sync before anything is sent.
        if (due.isEmpty() || storeSaysStop())
            break;
        // Never mix enterprises in one declaration.
        QMap<QString, QList<SyncItem>> byEnterprise;
        for (const SyncItem &e : due)
            byEnterprise[e.enterpriseNumber].append(e);
        for (auto it = byEnterprise.cbegin(); it != byEnterprise.cend(); ++it) {
            if (!isAllowed(it.key())) {
                holdEntries(it.value(), tr("Not sent: the signed-in identity may not act for enterprise %1 "
                                           "(no mandate). Sign in as that employer or ask for a mandate.")
                                            .arg(displayEnterprise(it.key())));
                continue;
            }
            auto b = std::make_shared<Batch>();
            b->enterpriseNumber = it.key();
            b->entries = it.value();
            sendBatch(b);
        }
    }
}

void SyncEngine::sendBatch(const std::shared_ptr<Batch> &b)
{
    b->declarationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    b->location.clear();
    b->polls = b->pollFailures = 0;
    // The body is written item by item (each record serialised once, no array of objects to build).
    QByteArray body;
    body.reserve(b->entries.size() * 320 + 64);
    body += "{\"declarationId\":\"" + b->declarationId.toLatin1() + "\",\"items\":[";
    bool first = true;
    for (const SyncItem &e : std::as_const(b->entries)) {
        if (!first)
            body += ',';
        first = false;
        body += "{\"uuid\":\"" + e.recordUuid.toByteArray(QUuid::WithoutBraces) + "\",\"type\":\"" +
                toString(e.type).toLatin1() + "\",\"operation\":\"" + toString(e.operation).toLatin1() + '"';
        if (!e.ifMatch.isEmpty()) {
            // A JSON string with its escapes: the one-element array's text without its brackets.
            const QByteArray quoted = QJsonDocument(QJsonArray{e.ifMatch}).toJson(QJsonDocument::Compact);
            body += ",\"ifMatch\":" + quoted.mid(1, quoted.size() - 2);
        }
        if (e.operation == SyncOperation::Upsert)
            body += ",\"data\":" + QJsonDocument(e.data).toJson(QJsonDocument::Compact);
        body += '}';
        m_inFlight.insert(e.id);
    }
    body += "]}";
    ++m_activeBatches;
    m_batches.append(b);
    m_progress.inFlight += int(b->entries.size());
    m_store->markSent(b->entries);
    qCDebug(lcSync) << "declaring" << b->entries.size() << toString(b->entries.constFirst().type)
                    << "item(s) for" << b->enterpriseNumber << "as" << b->declarationId;
    m_client->createDeclaration(b->enterpriseNumber, std::move(body), [this, b](const ApiResponse &r) {
        if (!b->dead)
            onPosted(b, r);
    });
}

void SyncEngine::onPosted(const std::shared_ptr<Batch> &b, const ApiResponse &r)
{
    if (r.authenticationRequired) {
        stopForAuthentication();
        return;
    }
    if (r.isSuccess() && r.location.isValid()) {
        b->location = r.location;
        poll(b);
        return;
    }
    if (r.isSuccess() || r.isTransient()) {
        retryLater(b->entries, r, mayHaveBeenApplied(r) ? b->declarationId : QString());
        release(b);
        return;
    }
    switch (r.httpStatus) {
    case 400:
        refuseFromIssues(b, r);
        release(b);
        return;
    case 403:
        holdEntries(b->entries, tr("Not sent: the platform refuses to let the signed-in identity act for "
                                   "enterprise %1 (%2).")
                                    .arg(displayEnterprise(b->enterpriseNumber), r.describe()));
        release(b);
        return;
    case 404:
        holdEntries(b->entries, tr("Not sent: the platform does not know enterprise %1 (%2).")
                                    .arg(displayEnterprise(b->enterpriseNumber), r.describe()));
        release(b);
        return;
    case 413:
        if (b->entries.size() > 1) {
            // Too large: send it as two halves.
            release(b);
            const qsizetype half = b->entries.size() / 2;
            auto first = std::make_shared<Batch>();
            first->enterpriseNumber = b->enterpriseNumber;
            first->entries = b->entries.mid(0, half);
            auto second = std::make_shared<Batch>();
            second->enterpriseNumber = b->enterpriseNumber;
            second->entries = b->entries.mid(half);
            m_options.batchSize = std::max(1, int(half));
            sendBatch(first);
            sendBatch(second);
            return;
        }
        break;
    default:
        break;
    }
    // 409 (declaration id reused) and anything unexpected: try again later, as a new declaration.
    retryLater(b->entries, r, mayHaveBeenApplied(r) ? b->declarationId : QString());
    release(b);
}

void SyncEngine::poll(const std::shared_ptr<Batch> &b)
{
    ++b->polls;
    m_client->getDeclaration(b->location, [this, b](const ApiResponse &r) {
        if (!b->dead)
            onPolled(b, r);
    });
}

void SyncEngine::onPolled(const std::shared_ptr<Batch> &b, const ApiResponse &r)
{
    if (r.authenticationRequired) {
        stopForAuthentication();
        return;
    }
    const bool done =
        r.httpStatus == 200 && r.json.value(QLatin1String("status")).toString() == QLatin1String("done");
    if (done) {
        handleResult(b, r.json);
        return;
    }
    // Not yet there (200 processing, 404), or the GET failed: ask again, then give up and resend.
    const bool notYet = r.httpStatus == 200 || r.httpStatus == 404;
    if (!notYet && !r.isTransient()) {
        retryLater(b->entries, r, b->declarationId); // posted: it may be done
        release(b);
        return;
    }
    if (!notYet)
        ++b->pollFailures;
    if (b->polls >= m_options.maxPolls || b->pollFailures > 5) {
        qCInfo(lcSync) << "no result for declaration" << b->declarationId << "after" << b->polls
                       << "polls:" << r.describe() << "- it will be sent again";
        retryLater(b->entries, r, b->declarationId); // posted: it may be done
        release(b);
        return;
    }
    const int wait = notYet ? m_options.pollIntervalMs
                            : int(std::min<qint64>(m_backoff.delayMs(b->pollFailures, r.retryAfterSeconds),
                                                   m_options.maxWaitMs));
    QTimer::singleShot(wait, this, [this, b] {
        if (!b->dead)
            poll(b);
    });
}

void SyncEngine::handleResult(const std::shared_ptr<Batch> &b, const QJsonObject &result)
{
    QHash<QUuid, QJsonObject> byUuid;
    const QJsonArray items = result.value(QLatin1String("items")).toArray();
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        byUuid.insert(QUuid::fromString(o.value(QLatin1String("uuid")).toString()), o);
    }
    QList<OutboxStore::Completion> done;
    QList<OutboxStore::Completion> suspects;
    QList<SyncItem> missing;
    for (const SyncItem &e : std::as_const(b->entries)) {
        const auto it = byUuid.constFind(e.recordUuid);
        const std::optional<ItemVerdict> verdict =
            it == byUuid.cend() ? std::nullopt
                                : itemVerdictFromString(it->value(QLatin1String("result")).toString());
        if (!verdict) {
            missing.append(e);
            continue;
        }
        ItemOutcome o;
        o.verdict = *verdict;
        o.etag = it->value(QLatin1String("etag")).toString();
        const QJsonArray anomalies = it->value(QLatin1String("anomalies")).toArray();
        for (const QJsonValue &a : anomalies)
            o.anomalies.append(PlatformAnomaly::fromJson(a.toObject()));
        if (o.verdict == ItemVerdict::Conflict && !m_store->unansweredDeclarations(e).isEmpty()) {
            // Perhaps only our own earlier send, whose answer was lost: look before calling it a conflict.
            suspects.append({e, o});
            continue;
        }
        done.append({e, o});
        switch (o.verdict) {
        case ItemVerdict::Accepted:
            ++m_progress.accepted;
            break;
        case ItemVerdict::AcceptedWithWarnings:
            ++m_progress.acceptedWithWarnings;
            break;
        case ItemVerdict::Refused:
            ++m_progress.refused;
            break;
        case ItemVerdict::Conflict:
            ++m_progress.conflicts;
            break;
        }
    }
    // The slot is free before the answers are written: the next declaration leaves first and the
    // platform works on it meanwhile. These entries stay "in flight" (not fetched again) until then;
    // a crash in between leaves their rows in flight, sent again on the next run (harmless).
    b->dead = true;
    m_batches.removeOne(b);
    --m_activeBatches;
    m_progress.inFlight -= int(b->entries.size());
    std::shared_ptr<Batch> check;
    if (!suspects.isEmpty()) {
        // Takes a slot, and its entries stay in flight (not fetched again) until it is decided.
        check = std::make_shared<Batch>();
        check->ownVersionCheck = true;
        check->enterpriseNumber = b->enterpriseNumber;
        check->suspects = suspects;
        for (const OutboxStore::Completion &c : std::as_const(suspects))
            check->entries.append(c.entry);
        ++m_activeBatches;
        m_batches.append(check);
        m_progress.inFlight += int(check->entries.size());
    }
    if (!m_inPump && m_phase < kPhaseCount) {
        m_inPump = true;
        fillSlots();
        m_inPump = false;
    }
    if (!done.isEmpty()) {
        m_store->complete(done);
        Q_EMIT itemsCompleted(done);
    }
    if (!missing.isEmpty()) {
        ApiResponse r;
        r.httpStatus = 200;
        r.problemTitle = QStringLiteral("item missing from the declaration result");
        retryLater(missing, r);
    }
    for (const OutboxStore::Completion &c : std::as_const(done))
        m_unanswered.remove(c.entry.id);
    for (const SyncItem &e : std::as_const(b->entries))
        m_inFlight.remove(e.id);
    if (check) {
        for (const SyncItem &e : std::as_const(check->entries))
            m_inFlight.insert(e.id);
        checkOwnVersions(check);
    }
    emitProgress();
    pump();
}

void SyncEngine::checkOwnVersions(const std::shared_ptr<Batch> &c)
{
    QSet<QString> ids;
    for (const OutboxStore::Completion &s : std::as_const(c->suspects)) {
        for (const QString &id : m_store->unansweredDeclarations(s.entry))
            ids.insert(id);
    }
    c->outstanding = int(ids.size());
    if (ids.isEmpty()) {
        decideOwnVersions(c);
        return;
    }
    qCInfo(lcSync) << c->suspects.size() << "conflict(s) after declarations without an answer: reading"
                   << ids.size() << "of them";
    for (const QString &id : std::as_const(ids)) {
        const QUrl url =
            m_client->url(QStringLiteral("/employers/%1/declarations/%2").arg(c->enterpriseNumber, id));
        m_client->getDeclaration(url, [this, c, id](const ApiResponse &r) {
            if (c->dead)
                return;
            c->answers.insert(id, r);
            if (--c->outstanding == 0)
                decideOwnVersions(c);
        });
    }
}

void SyncEngine::decideOwnVersions(const std::shared_ptr<Batch> &c)
{
    QList<SyncItem> own;
    QList<SyncItem> undecided;
    ApiResponse undecidedBecause;
    QList<OutboxStore::Completion> conflicts;
    for (const OutboxStore::Completion &s : std::as_const(c->suspects)) {
        bool mine = false;
        bool unknown = false;
        for (const QString &id : m_store->unansweredDeclarations(s.entry)) {
            const ApiResponse &r = c->answers[id];
            if (r.authenticationRequired) {
                stopForAuthentication();
                return;
            }
            if (r.httpStatus == 404)
                continue; // it never arrived: nothing of ours there
            if (r.httpStatus != 200 ||
                r.json.value(QLatin1String("status")).toString() != QLatin1String("done")) {
                unknown = true;
                undecidedBecause = r;
                continue;
            }
            const QJsonArray items = r.json.value(QLatin1String("items")).toArray();
            for (const QJsonValue &v : items) {
                const QJsonObject item = v.toObject();
                const std::optional<ItemVerdict> verdict =
                    itemVerdictFromString(item.value(QLatin1String("result")).toString());
                // Our send was applied, and the platform's version is still exactly that one.
                if (QUuid::fromString(item.value(QLatin1String("uuid")).toString()) == s.entry.recordUuid &&
                    (verdict == ItemVerdict::Accepted || verdict == ItemVerdict::AcceptedWithWarnings) &&
                    !s.outcome.etag.isEmpty() &&
                    item.value(QLatin1String("etag")).toString() == s.outcome.etag)
                    mine = true;
            }
        }
        if (mine) {
            SyncItem e = s.entry;
            e.ifMatch = s.outcome.etag;
            own.append(e);
        } else if (unknown) {
            undecided.append(s.entry);
        } else {
            conflicts.append(s);
        }
    }
    if (!own.isEmpty()) {
        qCInfo(lcSync) << own.size() << "record(s) in \"conflict\" with our own earlier version: sent again";
        m_store->rebase(own);
    }
    if (!conflicts.isEmpty()) {
        m_progress.conflicts += int(conflicts.size());
        m_store->complete(conflicts);
        Q_EMIT itemsCompleted(conflicts);
    }
    retryLater(undecided, undecidedBecause);
    release(c);
}

void SyncEngine::refuseFromIssues(const std::shared_ptr<Batch> &b, const ApiResponse &r)
{
    // issues name items as items[3].data.ssin: that item is refused at that field.
    static const QRegularExpression itemPath(QStringLiteral("^items\\[(\\d+)\\](?:\\.data)?\\.?(.*)$"));
    QHash<int, QList<PlatformAnomaly>> byIndex;
    for (const ProblemIssue &i : r.issues) {
        const QRegularExpressionMatch m = itemPath.match(i.name);
        if (!m.hasMatch())
            continue;
        PlatformAnomaly a;
        a.code = i.type.section(QLatin1Char(':'), -1);
        a.severity = Severity::Blocking;
        a.field = m.captured(2);
        a.message = i.detail.isEmpty() ? i.title : i.detail;
        byIndex[m.captured(1).toInt()].append(a);
    }
    QList<OutboxStore::Completion> refused;
    QList<SyncItem> others;
    for (int i = 0; i < b->entries.size(); ++i) {
        if (byIndex.contains(i) || byIndex.isEmpty()) {
            ItemOutcome o;
            o.verdict = ItemVerdict::Refused;
            o.traceId = r.traceId;
            o.anomalies = byIndex.value(i);
            if (o.anomalies.isEmpty())
                o.anomalies.append(
                    {QStringLiteral("badRequest"), Severity::Blocking, QString(), r.describe()});
            refused.append({b->entries.at(i), o});
            ++m_progress.refused;
        } else {
            others.append(b->entries.at(i));
        }
    }
    for (const OutboxStore::Completion &c : std::as_const(refused))
        m_unanswered.remove(c.entry.id);
    if (!refused.isEmpty()) {
        m_store->complete(refused);
        Q_EMIT itemsCompleted(refused);
    }
    // The rest of the batch was fine: it goes again at once, without it.
    if (!others.isEmpty()) {
        for (SyncItem &e : others)
            e.nextAttemptAt = QDateTime();
        m_store->scheduleRetry(others);
    }
}

void SyncEngine::retryLater(const QList<SyncItem> &entries, const ApiResponse &r,
                            const QString &declarationId)
{
    if (entries.isEmpty())
        return;
    if (!declarationId.isEmpty())
        m_store->noteUnanswered(entries, declarationId);
    int attempts = 0;
    for (const SyncItem &e : entries)
        attempts = std::max(attempts, e.attempts + 1);
    // One delay for the whole batch keeps it together.
    const qint64 delay = m_backoff.delayMs(attempts, r.retryAfterSeconds);
    const QDateTime next = m_clock.nowUtc().addMSecs(delay);
    QList<SyncItem> updated = entries;
    for (SyncItem &e : updated) {
        e.attempts += 1;
        e.nextAttemptAt = next;
        e.lastError = r.describe();
    }
    m_store->scheduleRetry(updated);
    m_progress.retries += int(updated.size());
    for (const SyncItem &e : std::as_const(updated)) {
        if (r.httpStatus == 0)
            m_unanswered.insert(e.id);
        else
            m_unanswered.remove(e.id);
    }
    m_unreachable = m_unreachable || r.httpStatus == 0;
    qCInfo(lcSync) << updated.size() << "entries will be retried in" << delay << "ms (attempt" << attempts
                   << "):" << r.describe();
}

void SyncEngine::holdEntries(const QList<SyncItem> &entries, const QString &reason)
{
    if (entries.isEmpty())
        return;
    for (const SyncItem &e : entries) {
        if (!m_held.contains(e.id)) {
            m_held.insert(e.id);
            m_heldCount[int(e.type)] += 1;
            ++m_progress.held;
        }
    }
    m_store->hold(entries, reason);
    if (!m_messages.contains(reason))
        m_messages.append(reason);
    qCInfo(lcSync) << entries.size() << "entries held:" << reason;
    Q_EMIT entriesHeld(entries, reason);
}

void SyncEngine::release(const std::shared_ptr<Batch> &b)
{
    if (b->dead)
        return;
    b->dead = true;
    m_batches.removeOne(b);
    for (const SyncItem &e : std::as_const(b->entries))
        m_inFlight.remove(e.id);
    m_progress.inFlight -= int(b->entries.size());
    --m_activeBatches;
    emitProgress();
    pump();
}

void SyncEngine::stopForAuthentication()
{
    if (!m_running || m_authRequired)
        return;
    m_authRequired = true;
    m_messages.append(tr("The platform no longer accepts your sign-in: sign in again, then sync."));
    m_cancelled = true;
    m_wake.stop();
    m_client->abortAll();
    returnInFlight();
    finish();
}

void SyncEngine::returnInFlight()
{
    // What was in flight goes back to the queue untouched: it was not answered (but a declaration
    // already posted may have been carried out).
    QList<SyncItem> back;
    for (const auto &b : std::as_const(m_batches)) {
        b->dead = true;
        back += b->entries;
        if (!b->declarationId.isEmpty())
            m_store->noteUnanswered(b->entries, b->declarationId);
    }
    m_batches.clear();
    if (!back.isEmpty())
        m_store->scheduleRetry(back);
    m_inFlight.clear();
    m_activeBatches = 0;
}

void SyncEngine::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_wake.stop();
    m_store->release();
    m_progress.inFlight = 0;
    SyncSummary s;
    s.counts = m_progress;
    s.remaining = m_store->pendingCount();
    s.cancelled = m_cancelled && !m_authRequired;
    s.authenticationRequired = m_authRequired;
    s.offline = m_unreachable && m_progress.done() == 0;
    s.unanswered = int(m_unanswered.size());
    s.finishedAt = m_clock.nowUtc();
    s.messages = m_messages;
    if (s.unanswered > 0 && !s.offline && !m_authRequired)
        s.messages.append(tr("The platform could not be reached for %n change(s); they stay in the outbox: "
                             "sync again later.",
                             nullptr, s.unanswered));
    qCInfo(lcSync) << "sync finished:" << s.counts.accepted << "accepted," << s.counts.acceptedWithWarnings
                   << "with warnings," << s.counts.refused << "refused," << s.counts.conflicts << "conflicts,"
                   << s.counts.held << "held," << s.remaining << "remaining";
    emitProgress();
    Q_EMIT finished(s);
}

void SyncEngine::emitProgress()
{
    Q_EMIT progressChanged(m_progress);
}

} // namespace fla
