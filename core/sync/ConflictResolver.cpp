#include "core/sync/ConflictResolver.h"

#include "core/common/DisplayDate.h"
#include "core/common/LogCategories.h"
#include "core/domain/Ssin.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/EmploymentRepository.h"
#include "core/storage/OutboxRepository.h"
#include "core/storage/ParticipationRepository.h"
#include "core/storage/TrainingRepository.h"
#include "core/storage/TrainingRightRepository.h"
#include "core/storage/Transaction.h"
#include "core/storage/WorkerRepository.h"
#include "core/storage/Workspace.h"
#include "core/sync/FlaApiClient.h"
#include "core/sync/JsonMapping.h"
#include "core/sync/PlatformVersions.h"
#include "core/sync/PullDiff.h"
#include "core/workspace/RecordWriter.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace fla {

namespace {

bool failWith(QString *error, const QString &message)
{
    if (error)
        *error = message;
    qCInfo(lcSync).noquote() << "conflict not resolved:" << message;
    return false;
}

// The workspace's record in the API's JSON form, with its label: true, or false when the workspace
// does not hold it; or why it could not be read.
Result<bool> readMine(Workspace &ws, const QUuid &employer, const QUuid &uuid, RecordKind *entity,
                      QJsonObject *json, QString *label)
{
    std::optional<Failure> failed; // the first read that failed
    // The record of the repository's kind with this uuid (none: not of that kind, or not read).
    const auto stored = [&](const auto &repository, const QUuid &which) {
        auto read = repository.find(which);
        using Optional = std::decay_t<decltype(*read)>;
        if (!read && !failed)
            failed = read.failure();
        return read ? *read : Optional();
    };
    const auto ssinOf = [&](const QUuid &worker) {
        const auto w = stored(ws.workers(employer), worker);
        return w ? w->ssin : QString();
    };
    const auto nameOf = [&](const QUuid &worker) {
        const auto w = stored(ws.workers(employer), worker);
        return w ? QString(w->givenName + QLatin1Char(' ') + w->familyName).trimmed() : QString();
    };
    const auto done = [&](const QJsonObject &asJson, const QString &asLabel,
                          RecordKind kind) -> Result<bool> {
        if (failed)
            return *failed;
        *entity = kind;
        *json = asJson;
        *label = asLabel;
        return true;
    };
    if (const auto w = stored(ws.workers(employer), uuid))
        return done(json::fromWorker(*w),
                    QCoreApplication::translate("fla::ConflictResolver", "worker %1 %2 (%3)")
                        .arg(w->givenName, w->familyName, Ssin::mask(w->ssin)),
                    RecordKind::Worker);
    if (const auto e = stored(ws.employments(employer), uuid))
        return done(json::fromEmployment(*e, ssinOf(e->workerUuid)),
                    QCoreApplication::translate("fla::ConflictResolver", "employment of %1 from %2")
                        .arg(nameOf(e->workerUuid), displayDate(e->startDate)),
                    RecordKind::Employment);
    if (const auto t = stored(ws.trainings(employer), uuid))
        return done(json::fromTraining(*t),
                    QCoreApplication::translate("fla::ConflictResolver", "training “%1” of %2")
                        .arg(t->name, displayDate(t->startDate)),
                    RecordKind::Training);
    if (const auto p = stored(ws.participations(employer), uuid)) {
        const auto t = stored(ws.trainings(employer), p->trainingUuid);
        return done(json::fromParticipation(*p, ssinOf(p->workerUuid)),
                    QCoreApplication::translate("fla::ConflictResolver", "participation of %1 in “%2”")
                        .arg(nameOf(p->workerUuid), t ? t->name : QString()),
                    RecordKind::Participation);
    }
    if (const auto r = stored(ws.rights(employer), uuid))
        return done(json::fromRight(*r, ssinOf(r->workerUuid)),
                    QCoreApplication::translate("fla::ConflictResolver", "training right %1 of %2")
                        .arg(QString::number(r->year), nameOf(r->workerUuid)),
                    RecordKind::TrainingRight);
    if (failed)
        return *failed;
    return false;
}

} // namespace

int ConflictCase::differingFields() const
{
    int n = 0;
    for (const ConflictField &f : fields)
        n += f.differs ? 1 : 0;
    return n;
}

ConflictResolver::ConflictResolver(Workspace &ws, FlaApiClient *client, QObject *parent)
    : QObject(parent)
    , m_ws(ws)
    , m_client(client)
{
    qRegisterMetaType<fla::ConflictCase>();
}

Result<QList<QUuid>> ConflictResolver::conflicts(Workspace &ws, const QUuid &employerUuid)
{
    QList<QUuid> out;
    PlatformVersions versions(ws);
    OutboxRepository outbox = ws.outbox(employerUuid);
    for (const PlatformVersions::Version &v : versions.conflicts(employerUuid)) {
        const Result<SyncStatus> status = outbox.findSyncStatus(v.entity, v.recordUuid);
        if (!status)
            return status.failure();
        if (*status == SyncStatus::Conflict)
            out.append(v.recordUuid);
    }
    return out;
}

ConflictCase ConflictResolver::makeCase(Workspace &ws, const QUuid &employerUuid, const QUuid &recordUuid,
                                        const QJsonObject &theirs, bool platformHasIt,
                                        const QString &theirEtag, QString *error)
{
    ConflictCase c;
    const Result<std::optional<Employer>> stored = ws.employers().find(employerUuid);
    if (!stored.into(error))
        return {};
    const std::optional<Employer> &employer = *stored;
    if (!employer) {
        if (error)
            *error = QCoreApplication::translate("fla::ConflictResolver", "No employer %1 in this workspace.")
                         .arg(employerUuid.toString(QUuid::WithoutBraces));
        return {};
    }
    const Result<bool> mine = readMine(ws, employerUuid, recordUuid, &c.entity, &c.mine, &c.label);
    if (!mine.into(error))
        return {};
    if (!*mine) {
        if (error)
            *error = QCoreApplication::translate("fla::ConflictResolver",
                                                 "The record %1 is no longer in the workspace.")
                         .arg(recordUuid.toString(QUuid::WithoutBraces));
        return {};
    }
    c.employerUuid = employerUuid;
    c.enterpriseNumber = employer->enterpriseNumber;
    c.recordUuid = recordUuid;
    c.platformHasIt = platformHasIt;
    c.theirEtag = theirEtag;
    if (platformHasIt) {
        QJsonObject t = theirs;
        t.remove(QStringLiteral("participations"));
        t.remove(QStringLiteral("registeredBy"));
        t.insert(QStringLiteral("uuid"), recordUuid.toString(QUuid::WithoutBraces));
        if (c.entity != RecordKind::Worker) {
            // Links are the workspace's: the worker by INSZ, else ours.
            const Result<std::optional<Worker>> w =
                ws.workers(employerUuid).findBySsin(t.value(QLatin1String("ssin")).toString());
            if (!w.into(error))
                return {};
            t.insert(QStringLiteral("workerUuid"), *w ? (*w)->uuid.toString(QUuid::WithoutBraces)
                                                      : c.mine.value(QLatin1String("workerUuid")));
        }
        if (c.entity == RecordKind::Participation)
            t.insert(QStringLiteral("trainingUuid"), c.mine.value(QLatin1String("trainingUuid")));
        c.theirs = t;
    }
    const QJsonObject a = PullDiff::comparableJson(c.entity, c.mine);
    const QJsonObject b = PullDiff::comparableJson(c.entity, c.theirs);
    QStringList keys = PullDiff::fieldOrder(c.entity);
    const QStringList differing = PullDiff::differingFields(c.entity, a, b);
    for (const QString &k : differing)
        if (!keys.contains(k))
            keys.append(k);
    for (const QString &k : std::as_const(keys)) {
        if (!a.contains(k) && !b.contains(k))
            continue;
        ConflictField f;
        f.field = k;
        f.label = PullDiff::fieldLabel(c.entity, k);
        f.mine = a.value(k);
        f.theirs = platformHasIt ? b.value(k) : QJsonValue(QJsonValue::Undefined);
        f.mineText = PullDiff::fieldText(c.entity, a, k);
        f.theirsText = platformHasIt ? PullDiff::fieldText(c.entity, b, k) : QString();
        f.differs = platformHasIt && differing.contains(k);
        c.fields.append(f);
    }
    return c;
}

void ConflictResolver::fetch(const QUuid &employerUuid, const QUuid &recordUuid)
{
    m_employer = employerUuid;
    m_record = recordUuid;
    const Result<std::optional<Employer>> stored = m_ws.employers().find(employerUuid);
    RecordKind entity = RecordKind::Worker;
    QJsonObject mine;
    QString label;
    const Result<bool> held = stored && *stored
                                  ? readMine(m_ws, employerUuid, recordUuid, &entity, &mine, &label)
                                  : Result<bool>(false);
    if (!stored || !held) {
        Q_EMIT failed(stored ? held.error() : stored.error());
        return;
    }
    const std::optional<Employer> &employer = *stored;
    if (!employer || !*held) {
        Q_EMIT failed(QCoreApplication::translate("fla::ConflictResolver",
                                                  "The record %1 is no longer in the workspace.")
                          .arg(recordUuid.toString(QUuid::WithoutBraces)));
        return;
    }
    if (!m_client) {
        Q_EMIT failed(QCoreApplication::translate("fla::ConflictResolver", "Not connected to the platform."));
        return;
    }
    m_enterprise = employer->enterpriseNumber;
    const auto version = PlatformVersions(m_ws).version(recordUuid);
    m_knownEtag = version ? version->theirEtag : QString();
    const QString root = QStringLiteral("/employers/%1").arg(m_enterprise);
    const QString uuid = recordUuid.toString(QUuid::WithoutBraces);
    QPointer<ConflictResolver> self(this);
    const auto fromCollection = [self, uuid = recordUuid](const QUrl &url) {
        self->findInCollection(url, uuid, 1, [self](bool found, const QJsonObject &o) {
            if (self)
                self->finish(o, found, self->m_knownEtag);
        });
    };
    switch (entity) {
    case RecordKind::Training:
        m_client->get(m_client->url(root + QStringLiteral("/trainings/") + uuid),
                      [self](const ApiResponse &r) {
                          if (!self)
                              return;
                          if (r.httpStatus == 404)
                              self->finish({}, false, {});
                          else if (r.isSuccess())
                              self->finish(r.json, true, r.etag.isEmpty() ? self->m_knownEtag : r.etag);
                          else
                              self->fail(r);
                      });
        return;
    case RecordKind::Worker: {
        const QString ssin = mine.value(QLatin1String("ssin")).toString();
        m_client->get(m_client->url(root + QStringLiteral("/workers/") + ssin),
                      [self, uuid, fromCollection, root](const ApiResponse &r) {
                          if (!self)
                              return;
                          if (r.isSuccess() && r.json.value(QLatin1String("uuid")).toString() == uuid)
                              self->finish(r.json, true, r.etag.isEmpty() ? self->m_knownEtag : r.etag);
                          else if (r.isSuccess() || r.httpStatus == 404) // another INSZ on the platform?
                              fromCollection(self->m_client->url(root + QStringLiteral("/workers")));
                          else
                              self->fail(r);
                      });
        return;
    }
    case RecordKind::Employment:
        fromCollection(m_client->url(root + QStringLiteral("/employments")));
        return;
    case RecordKind::Participation:
        fromCollection(m_client->url(root + QStringLiteral("/trainings/%1/participations")
                                                .arg(mine.value(QLatin1String("trainingUuid")).toString())));
        return;
    case RecordKind::TrainingRight:
        fromCollection(m_client->url(root + QStringLiteral("/rights")));
        return;
    case RecordKind::Employer:
        break;
    }
    Q_EMIT failed(QCoreApplication::translate(
        "fla::ConflictResolver", "Employers are not declared: there is no conflict to resolve."));
}

void ConflictResolver::findInCollection(const QUrl &url, const QUuid &recordUuid, int page,
                                        std::function<void(bool, const QJsonObject &)> done)
{
    QUrl u = url;
    u.setQuery(QStringLiteral("page=%1&pageSize=1000").arg(page));
    QPointer<ConflictResolver> self(this);
    m_client->get(u, [self, url, recordUuid, page, done](const ApiResponse &r) {
        if (!self)
            return;
        if (r.httpStatus == 404) {
            done(false, {});
            return;
        }
        if (!r.isSuccess()) {
            self->fail(r);
            return;
        }
        const QJsonArray items = r.json.value(QLatin1String("items")).toArray();
        for (const QJsonValue &v : items) {
            const QJsonObject o = v.toObject();
            if (QUuid::fromString(o.value(QLatin1String("uuid")).toString()) == recordUuid) {
                done(true, o);
                return;
            }
        }
        if (r.json.contains(QLatin1String("next")) && !items.isEmpty())
            self->findInCollection(url, recordUuid, page + 1, done);
        else
            done(false, {});
    });
}

void ConflictResolver::finish(const QJsonObject &theirs, bool platformHasIt, const QString &etag)
{
    QString error;
    const ConflictCase c = makeCase(m_ws, m_employer, m_record, theirs, platformHasIt, etag, &error);
    if (!c.isValid()) {
        Q_EMIT failed(error);
        return;
    }
    Q_EMIT fetched(c);
}

void ConflictResolver::fail(const ApiResponse &r)
{
    Q_EMIT failed(
        r.authenticationRequired
            ? QCoreApplication::translate("fla::ConflictResolver",
                                          "The platform no longer accepts your sign-in: sign in again.")
            : QCoreApplication::translate("fla::ConflictResolver",
                                          "The platform's version could not be fetched: %1")
                  .arg(r.describe()));
}

bool ConflictResolver::keepMine(Workspace &ws, const ConflictCase &c, QString *error)
{
    if (!c.isValid())
        return failWith(
            error, QCoreApplication::translate("fla::ConflictResolver", "There is no conflict to resolve."));
    PlatformVersions versions(ws);
    Transaction tx(ws);
    if (!tx.isActive())
        return failWith(error,
                        QCoreApplication::translate("fla::ConflictResolver",
                                                    "The workspace is busy: %1 could not be queued again.")
                            .arg(c.label));
    OutboxRepository outbox = ws.outbox(c.employerUuid);
    // Declared again on the platform's version the user saw: the platform replaces it,
    // unless it changed once more meanwhile (then it answers conflict again).
    if (!versions.setBase(c.employerUuid, c.entity, c.recordUuid, c.platformHasIt ? c.theirEtag : QString(),
                          error) ||
        !outbox.enqueue(c.entity, c.recordUuid, OutboxOperation::Upsert, error) ||
        !outbox.setSyncStatus(c.entity, c.recordUuid, SyncStatus::Queued, error))
        return false;
    if (!tx.commit(error))
        return false;
    qCInfo(lcSync) << "conflict on" << toString(c.entity) << c.recordUuid.toString(QUuid::WithoutBraces)
                   << "resolved: ours is declared again";
    return true;
}

bool ConflictResolver::takeTheirs(Workspace &ws, const ConflictCase &c, QString *errorOut)
{
    // The write and the anomalies of what it reached, in one transaction (core/workspace).
    return RecordWriter(ws, ws.clock())
        .writeCompanies(
            {c.employerUuid},
            [&](QString *error) {
                if (!c.isValid())
                    return failWith(error, QCoreApplication::translate("fla::ConflictResolver",
                                                                       "There is no conflict to resolve."));
                PlatformVersions versions(ws);
                Transaction tx(ws);
                if (!tx.isActive())
                    return failWith(
                        error, QCoreApplication::translate("fla::ConflictResolver",
                                                           "The workspace is busy: %1 could not be written.")
                                   .arg(c.label));
                OutboxRepository outbox = ws.outbox(c.employerUuid);
                const Result<QList<OutboxEntry>> pending =
                    outbox.findEntries(OutboxState::Pending, std::numeric_limits<int>::max());
                if (!pending)
                    return failWith(error, pending.error());
                QList<qint64> rows;
                for (const OutboxEntry &row : *pending)
                    if (row.recordUuid == c.recordUuid)
                        rows.append(row.id);
                if (c.platformHasIt) {
                    if (!PullDiff::writePlatformRecord(ws, c.employerUuid, c.entity, c.theirs, c.label,
                                                       error) ||
                        !outbox.setSyncStatus(c.entity, c.recordUuid, SyncStatus::Accepted, error) ||
                        !versions.setBase(c.employerUuid, c.entity, c.recordUuid, c.theirEtag, error))
                        return false;
                } else if (!PullDiff::removeRecord(ws, c.employerUuid, c.entity, c.recordUuid, error) ||
                           !versions.forget(c.recordUuid, error)) {
                    return false;
                }
                // Nothing of ours is left to declare for this record.
                if (!rows.isEmpty() && !outbox.markDone(rows, error))
                    return false;
                if (!tx.commit(error))
                    return false;
                qCInfo(lcSync) << "conflict on" << toString(c.entity)
                               << c.recordUuid.toString(QUuid::WithoutBraces)
                               << "resolved: the platform's version was taken";
                return true;
            })
        .into(errorOut);
}

} // namespace fla
