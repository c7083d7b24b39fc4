#include "core/sync/PullDiff.h"

#include "core/common/DisplayDate.h"
#include "core/common/LogCategories.h"
#include "core/domain/FieldLabels.h"
#include "core/domain/FieldText.h"
#include "core/domain/RecordSchema.h"
#include "core/domain/SchemaJson.h"
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
#include "core/storage/WorkspaceRecords.h"
#include "core/sync/JsonMapping.h"
#include "core/sync/PlatformVersions.h"
#include "core/workspace/RecordWriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <algorithm>
#include <variant>

namespace fla {

namespace {

const QString kMissingHash = QStringLiteral("missing");

// Keys that identify or link a record rather than describe it: not compared.
QJsonObject comparableImpl(RecordKind e, QJsonObject o)
{
    o.remove(QStringLiteral("uuid"));
    o.remove(QStringLiteral("employerUuid"));
    o.remove(QStringLiteral("registeredBy"));
    o.remove(QStringLiteral("participations"));
    if (e != RecordKind::Worker) {
        o.remove(QStringLiteral("workerUuid"));
        o.remove(QStringLiteral("ssin"));
    }
    if (e == RecordKind::Participation)
        o.remove(QStringLiteral("trainingUuid"));
    return o;
}

// The order fields are shown in, per record kind: the schema's order of the
// fields the API holds, but the identifiers and links (not compared). Employers
// are not declared, so not pulled.
QStringList fieldOrderImpl(RecordKind e)
{
    QStringList order;
    if (e == RecordKind::Employer)
        return order;
    for (const schema::FieldDescription &f : schema::describe(e)) {
        if (f.info.apiName && f.type != schema::ValueType::Uuid)
            order << QString::fromLatin1(f.info.apiName);
    }
    return order;
}

using AnyRecord = PulledRecord;

// A record's API JSON read into its type (a member of the wrong type keeps its default).
AnyRecord readRecord(RecordKind e, const QJsonObject &o)
{
    using schema::JsonForm;
    switch (e) {
    case RecordKind::Employer:
        return schema::fromJson<Employer>(o, JsonForm::Api);
    case RecordKind::Worker:
        return schema::fromJson<Worker>(o, JsonForm::Api);
    case RecordKind::Employment:
        return schema::fromJson<Employment>(o, JsonForm::Api);
    case RecordKind::Training:
        return schema::fromJson<Training>(o, JsonForm::Api);
    case RecordKind::Participation:
        return schema::fromJson<Participation>(o, JsonForm::Api);
    case RecordKind::TrainingRight:
        break;
    }
    return schema::fromJson<TrainingRight>(o, JsonForm::Api);
}

// A field the pull compares: one the API holds that describes the record (not an identifier or link).
template<typename R> bool isCompared(const schema::Field<R> &f)
{
    return f.info.apiName && schema::typeOf(f) != schema::ValueType::Uuid;
}

// One field in which two records differ, with both values as the user reads them.
struct FieldDifference
{
    const schema::FieldInfo *field;
    QString oursText;
    QString theirsText;
};

// The fields in which two records of one kind differ, in the schema's order: each value read
// through the schema's member and compared typed, so two JSON forms of one value (a date with a
// time, an empty text left out, null and missing) are the same value.
template<typename R> QList<FieldDifference> typedDifferences(const R &ours, const R &theirs)
{
    QList<FieldDifference> out;
    for (const schema::Field<R> &f : schema::fields<R>()) {
        if (!isCompared(f))
            continue;
        const bool same = std::visit([&](auto member) { return ours.*member == theirs.*member; }, f.member);
        if (!same)
            out.append({&f.info, schema::valueText(ours, f), schema::valueText(theirs, f)});
    }
    return out;
}

// Both records are of one kind (the caller checked).
QList<FieldDifference> differences(const AnyRecord &ours, const AnyRecord &theirs)
{
    return std::visit(
        [&theirs](const auto &mine) {
            using R = std::decay_t<decltype(mine)>;
            return typedDifferences(mine, std::get<R>(theirs));
        },
        ours);
}

int entityRank(RecordKind e)
{
    switch (e) {
    case RecordKind::Employer:
        return 0;
    case RecordKind::Worker:
        return 1;
    case RecordKind::Employment:
        return 2;
    case RecordKind::Training:
        return 3;
    case RecordKind::Participation:
        return 4;
    case RecordKind::TrainingRight:
        return 5;
    }
    return 6;
}

// What compare() needs to know about the records it labels.
struct Names
{
    QHash<QUuid, QString> worker;   // worker uuid (workspace's, or the platform's when new) → name
    QHash<QUuid, QString> training; // training uuid → name
};

QString workerName(const Worker &w)
{
    return QString(w.givenName + QLatin1Char(' ') + w.familyName).trimmed();
}

// A record named for the user; `ssin` is its worker's INSZ (shown masked when the worker has no name here).
QString labelOf(const AnyRecord &record, const QString &ssin, const Names &n, bool provider)
{
    const auto workerOf = [&](const QUuid &workerUuid) {
        return n.worker.value(workerUuid, Ssin::mask(ssin));
    };
    return std::visit(
        [&](const auto &r) -> QString {
            using R = std::decay_t<decltype(r)>;
            if constexpr (std::is_same_v<R, Worker>) {
                return QCoreApplication::translate("fla::PullDiff", "worker %1 %2 (%3)")
                    .arg(r.givenName, r.familyName, Ssin::mask(r.ssin));
            } else if constexpr (std::is_same_v<R, Employment>) {
                return QCoreApplication::translate("fla::PullDiff", "employment of %1 from %2")
                    .arg(workerOf(r.workerUuid), displayDate(r.startDate));
            } else if constexpr (std::is_same_v<R, Training>) {
                return provider
                           ? QCoreApplication::translate(
                                 "fla::PullDiff", "training “%1” of %2, registered by a training provider")
                                 .arg(r.name, displayDate(r.startDate))
                           : QCoreApplication::translate("fla::PullDiff", "training “%1” of %2")
                                 .arg(r.name, displayDate(r.startDate));
            } else if constexpr (std::is_same_v<R, Participation>) {
                return QCoreApplication::translate("fla::PullDiff", "participation of %1 in “%2”")
                    .arg(workerOf(r.workerUuid), n.training.value(r.trainingUuid));
            } else if constexpr (std::is_same_v<R, TrainingRight>) {
                return QCoreApplication::translate("fla::PullDiff", "training right %1 of %2")
                    .arg(QString::number(r.year), workerOf(r.workerUuid));
            } else {
                return r.uuid.toString(QUuid::WithoutBraces);
            }
        },
        record);
}

// The record's kind.
RecordKind kindOfRecord(const AnyRecord &record)
{
    return std::visit([](const auto &r) { return schema::kindOf<std::decay_t<decltype(r)>>(); }, record);
}

// The record in the API's JSON form, as the platform would send it: what its version is hashed from.
QJsonObject apiJsonOf(const AnyRecord &record, const QString &ssin)
{
    return std::visit(
        [&](const auto &r) -> QJsonObject {
            using R = std::decay_t<decltype(r)>;
            if constexpr (std::is_same_v<R, Worker>)
                return json::fromWorker(r);
            else if constexpr (std::is_same_v<R, Employment>)
                return json::fromEmployment(r, ssin);
            else if constexpr (std::is_same_v<R, Training>)
                return json::fromTraining(r);
            else if constexpr (std::is_same_v<R, Participation>)
                return json::fromParticipation(r, ssin);
            else if constexpr (std::is_same_v<R, TrainingRight>)
                return json::fromRight(r, ssin);
            else
                return QJsonObject(); // employers are not declared, so not pulled
        },
        record);
}

template<typename T> RecordRepository<T> repoOf(Workspace &ws, const QUuid &employer);
template<> RecordRepository<Worker> repoOf<Worker>(Workspace &ws, const QUuid &employer)
{
    return ws.workers(employer);
}
template<> RecordRepository<Employment> repoOf<Employment>(Workspace &ws, const QUuid &employer)
{
    return ws.employments(employer);
}
template<> RecordRepository<Training> repoOf<Training>(Workspace &ws, const QUuid &employer)
{
    return ws.trainings(employer);
}
template<> RecordRepository<Participation> repoOf<Participation>(Workspace &ws, const QUuid &employer)
{
    return ws.participations(employer);
}
template<> RecordRepository<TrainingRight> repoOf<TrainingRight>(Workspace &ws, const QUuid &employer)
{
    return ws.rights(employer);
}

// One side of the comparison by record uuid: the records typed, and their worker's INSZ.
struct Side
{
    QHash<QUuid, AnyRecord> record;
    QHash<QUuid, QString> ssin;
    QList<QUuid> order;
    template<typename R> void add(const R &r, const QString &workerSsin)
    {
        if (!record.contains(r.uuid))
            order.append(r.uuid);
        record.insert(r.uuid, r);
        ssin.insert(r.uuid, workerSsin);
    }
    bool holds(const QUuid &u, RecordKind kind) const
    {
        const auto it = record.constFind(u);
        return it != record.cend() && kindOfRecord(*it) == kind;
    }
};

// A difference in the record `u` of kind `e`, named `label`; the caller adds what differs.
PullDifference differenceIn(PullChange change, RecordKind e, const QUuid &u, const QString &label)
{
    PullDifference d;
    d.change = change;
    d.entity = e;
    d.recordUuid = u;
    d.recordLabel = label;
    return d;
}

// A whole record briefly, from its typed fields.
QString summaryOf(const AnyRecord &record)
{
    return std::visit([](const auto &typed) { return schema::summary(typed, &schema::FieldInfo::apiName); },
                      record);
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    qCInfo(lcSync).noquote() << "pull not applied:" << message;
    return false;
}

// The fields the API does not carry, taken from the workspace's copy of the record.
template<typename T> void keepWorkspaceOnlyFields(T &platform, const T &workspace)
{
    for (const schema::Field<T> &f : schema::fields<T>()) {
        if (!f.info.apiName)
            std::visit([&](auto member) { platform.*member = workspace.*member; }, f.member);
    }
}

// Writes one record of the platform; the fields the platform does not hold are
// kept from the workspace's copy.
template<typename T>
bool writeRecord(Workspace &ws, const QUuid &employer, T rec, const QString &label, QString *error)
{
    rec.employerUuid = employer;
    RecordRepository<T> repo = repoOf<T>(ws, employer);
    // Whether the workspace holds the record `uuid` of the repository's kind (a failed read says why).
    [[maybe_unused]] const auto holds = [&](const auto &repository, const QUuid &uuid) -> Result<bool> {
        if (uuid.isNull())
            return false;
        const auto stored = repository.find(uuid);
        if (!stored)
            return stored.failure();
        return stored->has_value();
    };
    // What the platform does not hold stays the workspace's: the day a training was entered, the
    // social balance sheet's costs and category, a worker's sex.
    const Result<std::optional<T>> mine = repo.find(rec.uuid);
    if (!mine.into(error))
        return false;
    if (*mine)
        keepWorkspaceOnlyFields(rec, **mine);
    if constexpr (std::is_same_v<T, Employment> || std::is_same_v<T, TrainingRight> ||
                  std::is_same_v<T, Participation>) {
        const Result<bool> workerThere = holds(ws.workers(employer), rec.workerUuid);
        if (!workerThere.into(error))
            return false;
        if (!*workerThere)
            return fail(error,
                        QCoreApplication::translate(
                            "fla::PullDiff",
                            "%1 cannot be taken from the platform: its worker is not in the workspace. "
                            "Accept the worker as well.")
                            .arg(label));
    }
    if constexpr (std::is_same_v<T, Participation>) {
        const Result<bool> trainingThere = holds(ws.trainings(employer), rec.trainingUuid);
        if (!trainingThere.into(error))
            return false;
        if (!*trainingThere)
            return fail(error,
                        QCoreApplication::translate(
                            "fla::PullDiff",
                            "%1 cannot be taken from the platform: its training is not in the workspace. "
                            "Accept the training as well.")
                            .arg(label));
    }
    return repo.save(rec, error);
}

bool writeAny(Workspace &ws, const QUuid &employer, const AnyRecord &record, const QString &label,
              QString *error)
{
    return std::visit(
        [&](const auto &r) {
            using R = std::decay_t<decltype(r)>;
            if constexpr (std::is_same_v<R, Employer>)
                return fail(error, label); // employers are not declared, so not pulled
            else
                return writeRecord<R>(ws, employer, r, label, error);
        },
        record);
}

// A record of the platform's API JSON read into its type, or why it cannot be.
template<typename T>
bool readPlatformJson(const QJsonObject &o, const QString &label,
                      T (*from)(const QJsonObject &, QStringList *), AnyRecord *out, QString *error)
{
    QStringList errors;
    T rec = from(o, &errors);
    if (!errors.isEmpty())
        return fail(error,
                    QCoreApplication::translate("fla::PullDiff", "%1 cannot be taken from the platform: %2")
                        .arg(label, errors.join(QStringLiteral("; "))));
    *out = std::move(rec);
    return true;
}

bool readPlatformRecord(RecordKind e, const QJsonObject &o, const QString &label, AnyRecord *out,
                        QString *error)
{
    switch (e) {
    case RecordKind::Worker:
        return readPlatformJson<Worker>(o, label, &json::toWorker, out, error);
    case RecordKind::Employment:
        return readPlatformJson<Employment>(o, label, &json::toEmployment, out, error);
    case RecordKind::Training:
        return readPlatformJson<Training>(o, label, &json::toTraining, out, error);
    case RecordKind::Participation:
        return readPlatformJson<Participation>(o, label, &json::toParticipation, out, error);
    case RecordKind::TrainingRight:
        return readPlatformJson<TrainingRight>(o, label, &json::toRight, out, error);
    case RecordKind::Employer:
        break;
    }
    return fail(error, label);
}

// Takes the field whose API name is `apiName` from `from` into `into` (both of one kind),
// typed through the schema's member.
void takeField(AnyRecord &into, const AnyRecord &from, const QString &apiName)
{
    std::visit(
        [&](auto &target) {
            using R = std::decay_t<decltype(target)>;
            const R &source = std::get<R>(from);
            for (const schema::Field<R> &f : schema::fields<R>()) {
                if (f.info.apiName && QLatin1String(f.info.apiName) == apiName)
                    std::visit([&](auto member) { target.*member = source.*member; }, f.member);
            }
        },
        into);
}

bool removeAny(Workspace &ws, const QUuid &employer, RecordKind e, const QUuid &uuid, QString *error)
{
    switch (e) {
    case RecordKind::Worker:
        return ws.workers(employer).remove(uuid, error);
    case RecordKind::Employment:
        return ws.employments(employer).remove(uuid, error);
    case RecordKind::Training:
        return ws.trainings(employer).removeWithParticipants(uuid, error); // the platform cancels them too
    case RecordKind::Participation:
        return ws.participations(employer).remove(uuid, error);
    case RecordKind::TrainingRight:
        return ws.rights(employer).remove(uuid, error);
    case RecordKind::Employer:
        break;
    }
    return false;
}

// Restores Workspace::queueChanges() on every way out.
class QueueGuard
{
public:
    explicit QueueGuard(Workspace &ws)
        : m_ws(ws)
        , m_was(ws.queueChanges())
    {
        ws.setQueueChanges(false);
    }
    ~QueueGuard() { m_ws.setQueueChanges(m_was); }
    QueueGuard(const QueueGuard &) = delete;
    QueueGuard &operator=(const QueueGuard &) = delete;

private:
    Workspace &m_ws;
    bool m_was;
};

} // namespace

QJsonObject PullDiff::comparableJson(RecordKind entity, const QJsonObject &o)
{
    return comparableImpl(entity, o);
}

QStringList PullDiff::fieldOrder(RecordKind entity)
{
    return fieldOrderImpl(entity);
}

QStringList PullDiff::differingFields(RecordKind entity, const QJsonObject &a, const QJsonObject &b)
{
    QStringList out;
    for (const FieldDifference &d : differences(readRecord(entity, a), readRecord(entity, b)))
        out << QString::fromLatin1(d.field->apiName);
    // Members the schema does not hold (the platform sent more): compared as they came.
    for (const QJsonObject &o : {a, b}) {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!schema::find(entity, it.key(), &schema::FieldInfo::apiName) && !out.contains(it.key()) &&
                a.value(it.key()) != b.value(it.key()))
                out << it.key();
        }
    }
    return out;
}

bool PullDiff::writePlatformRecord(Workspace &ws, const QUuid &employerUuid, RecordKind entity,
                                   const QJsonObject &o, const QString &label, QString *error)
{
    AnyRecord record;
    if (!readPlatformRecord(entity, o, label, &record, error))
        return false;
    QueueGuard noQueue(ws);
    return writeAny(ws, employerUuid, record, label, error);
}

bool PullDiff::removeRecord(Workspace &ws, const QUuid &employerUuid, RecordKind entity, const QUuid &uuid,
                            QString *error)
{
    QueueGuard noQueue(ws);
    return removeAny(ws, employerUuid, entity, uuid, error);
}

QString PullDiff::contentHash(const QJsonObject &o)
{
    // QJsonObject keeps its keys sorted: the compact form is canonical.
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(o).toJson(QJsonDocument::Compact), QCryptographicHash::Sha1)
            .toHex()
            .left(20));
}

QString PullDiff::fieldLabel(RecordKind entity, const QString &field)
{
    return fla::fieldLabel(toString(entity), field);
}

QString PullDiff::fieldText(RecordKind entity, const QJsonObject &record, const QString &field)
{
    const QJsonValue v = record.value(field);
    if (v.isUndefined() || v.isNull())
        return schema::emptyText();
    return std::visit(
        [&](const auto &typed) {
            using R = std::decay_t<decltype(typed)>;
            for (const schema::Field<R> &f : schema::fields<R>()) {
                if (f.info.apiName && field == QLatin1String(f.info.apiName))
                    return schema::valueText(typed, f);
            }
            // Not a field of the schema (the platform sent more): as it came.
            const QString text = v.toVariant().toString();
            return text.isEmpty() ? schema::emptyText() : text;
        },
        readRecord(entity, record));
}

QString PullDiff::recordSummary(RecordKind entity, const QJsonObject &record)
{
    return summaryOf(readRecord(entity, record));
}

QString PullDiff::changeLabel(PullChange change)
{
    switch (change) {
    case PullChange::New:
        return QCoreApplication::translate("fla::PullDiff", "New on the platform");
    case PullChange::Changed:
        return QCoreApplication::translate("fla::PullDiff", "Changed");
    case PullChange::Missing:
        return QCoreApplication::translate("fla::PullDiff", "Missing on the platform");
    }
    return {};
}

QString PullDiff::entityLabel(RecordKind entity)
{
    switch (entity) {
    case RecordKind::Worker:
        return QCoreApplication::translate("fla::PullDiff", "Workers");
    case RecordKind::Employment:
        return QCoreApplication::translate("fla::PullDiff", "Employments");
    case RecordKind::Training:
        return QCoreApplication::translate("fla::PullDiff", "Trainings");
    case RecordKind::Participation:
        return QCoreApplication::translate("fla::PullDiff", "Participations");
    case RecordKind::TrainingRight:
        return QCoreApplication::translate("fla::PullDiff", "Training rights");
    case RecordKind::Employer:
        break;
    }
    return {};
}

QString PullDifference::message() const
{
    switch (change) {
    case PullChange::New:
        return QCoreApplication::translate("fla::PullDiff", "%1 is on the platform but not in the workspace.")
            .arg(recordLabel);
    case PullChange::Missing:
        return QCoreApplication::translate("fla::PullDiff",
                                           "%1 is in the workspace, but the platform no longer holds it.")
            .arg(recordLabel);
    case PullChange::Changed:
        break;
    }
    return QCoreApplication::translate("fla::PullDiff",
                                       "%1: the platform has %2 “%3” where the workspace has “%4”.")
        .arg(recordLabel, fieldLabel(), theirsText, oursText);
}

QString PullDifference::fieldLabel() const
{
    if (schemaField)
        return fla::fieldLabel(*schemaField);
    return field.isEmpty() ? QString() : PullDiff::fieldLabel(entity, field);
}

int PullReview::count(PullChange change) const
{
    return int(std::count_if(differences.cbegin(), differences.cend(),
                             [change](const PullDifference &d) { return d.change == change; }));
}

Result<PullReview> PullDiff::compare(Workspace &ws, const QUuid &employerUuid, const PullResult &pulled)
{
    const Result<DataSet> read = readWorkspaceRecords(ws, {employerUuid});
    if (!read)
        return read.failure();
    const DataSet &stored = *read;
    PullReview review;
    review.employerUuid = employerUuid;
    for (const Employer &employer : stored.employers) {
        review.enterpriseNumber = employer.enterpriseNumber;
        review.employerName = employer.name;
    }
    Names names;

    // The workspace's side.
    Side ours;
    QHash<QString, QUuid> mySsin;
    QHash<QUuid, QString> ssinOfMine;
    for (const Worker &w : stored.workers) {
        ours.add(w, w.ssin);
        mySsin.insert(w.ssin, w.uuid);
        ssinOfMine.insert(w.uuid, w.ssin);
        names.worker.insert(w.uuid, workerName(w));
    }
    for (const Employment &e : stored.employments)
        ours.add(e, ssinOfMine.value(e.workerUuid));
    for (const Training &t : stored.trainings) {
        ours.add(t, QString());
        names.training.insert(t.uuid, t.name);
    }
    for (const Participation &p : stored.participations)
        ours.add(p, ssinOfMine.value(p.workerUuid));
    for (const TrainingRight &r : stored.rights)
        ours.add(r, ssinOfMine.value(r.workerUuid));

    // The platform's side, mapped onto the workspace: its workers by uuid, else by INSZ.
    Side theirs;
    QHash<QString, QUuid> workerBySsin = mySsin; // INSZ → the uuid the worker has (or will have) here
    QHash<QUuid, QUuid> workerUuidMap;           // platform worker uuid → workspace uuid
    for (Worker w : pulled.data.workers) {
        const QUuid platformUuid = w.uuid;
        if (!ours.holds(w.uuid, RecordKind::Worker)) {
            const QUuid mine = mySsin.value(w.ssin);
            if (!mine.isNull())
                w.uuid = mine;
        }
        workerUuidMap.insert(platformUuid, w.uuid);
        if (!workerBySsin.contains(w.ssin))
            workerBySsin.insert(w.ssin, w.uuid);
        if (!names.worker.contains(w.uuid))
            names.worker.insert(w.uuid, workerName(w));
        theirs.add(w, w.ssin);
    }
    const auto mapWorker = [&](const QUuid &record, const QUuid &workerUuid, QString *ssin) {
        *ssin = pulled.recordSsin.value(record, pulled.ssinOf.value(workerUuid));
        if (!ssin->isEmpty() && workerBySsin.contains(*ssin))
            return workerBySsin.value(*ssin);
        return workerUuidMap.value(workerUuid, workerUuid);
    };
    QString ssin;
    for (Employment e : pulled.data.employments) {
        e.workerUuid = mapWorker(e.uuid, e.workerUuid, &ssin);
        theirs.add(e, ssin);
    }
    for (const Training &t : pulled.data.trainings) {
        theirs.add(t, QString());
        if (!names.training.contains(t.uuid))
            names.training.insert(t.uuid, t.name);
    }
    for (Participation p : pulled.data.participations) {
        p.workerUuid = mapWorker(p.uuid, p.workerUuid, &ssin);
        theirs.add(p, ssin);
    }
    for (TrainingRight r : pulled.data.rights) {
        r.workerUuid = mapWorker(r.uuid, r.workerUuid, &ssin);
        theirs.add(r, ssin);
    }

    PlatformVersions versions(ws);
    const QHash<QString, QString> rejected = versions.rejections(employerUuid);
    const auto wasRejected = [&](const QUuid &u, const QString &field, const QString &hash) {
        const auto it = rejected.constFind(PlatformVersions::rejectionKey(u, field));
        return it != rejected.cend() && *it == hash;
    };
    const auto isProvider = [&](const AnyRecord &record) {
        if (const auto *t = std::get_if<Training>(&record))
            return pulled.providerTrainings.contains(t->uuid);
        if (const auto *p = std::get_if<Participation>(&record))
            return pulled.providerTrainings.contains(p->trainingUuid);
        return false;
    };

    for (const QUuid &u : std::as_const(theirs.order)) {
        const AnyRecord &platform = theirs.record[u];
        const RecordKind e = kindOfRecord(platform);
        // The platform's version: the hash of its API form, as rejections were always kept.
        const QString hash = contentHash(comparableImpl(e, apiJsonOf(platform, theirs.ssin.value(u))));
        const bool provider = isProvider(platform);
        review.platform.insert(u, platform);
        review.entityOf.insert(u, e);
        const auto mine = ours.record.constFind(u);
        if (mine == ours.record.cend() || kindOfRecord(*mine) != e) {
            if (mine != ours.record.cend()) {
                review.problems.append(
                    QCoreApplication::translate(
                        "fla::PullDiff",
                        "%1 has the uuid of another kind of record in the workspace; it is left out.")
                        .arg(labelOf(platform, theirs.ssin.value(u), names, provider)));
                continue;
            }
            if (wasRejected(u, QString(), hash)) {
                ++review.rejectedBefore;
                continue;
            }
            PullDifference d =
                differenceIn(PullChange::New, e, u, labelOf(platform, theirs.ssin.value(u), names, provider));
            d.theirsText = summaryOf(platform);
            d.fromProvider = provider;
            d.platformHash = hash;
            review.differences.append(d);
            continue;
        }
        const QList<FieldDifference> fields = differences(*mine, platform);
        if (fields.isEmpty()) {
            ++review.unchanged;
            continue;
        }
        review.ours.insert(u, *mine);
        for (const FieldDifference &f : fields) {
            const QString field = QString::fromLatin1(f.field->apiName);
            if (wasRejected(u, field, hash)) {
                ++review.rejectedBefore;
                continue;
            }
            PullDifference d =
                differenceIn(PullChange::Changed, e, u, labelOf(*mine, ours.ssin.value(u), names, provider));
            d.field = field;
            d.schemaField = f.field;
            d.oursText = f.oursText;
            d.theirsText = f.theirsText;
            d.fromProvider = provider;
            d.platformHash = hash;
            review.differences.append(d);
        }
    }

    // Records the platform once accepted and no longer holds.
    for (const QUuid &u : std::as_const(ours.order)) {
        if (theirs.record.contains(u))
            continue;
        const AnyRecord &mine = ours.record[u];
        const RecordKind e = kindOfRecord(mine);
        const Result<SyncStatus> status = ws.outbox(employerUuid).findSyncStatus(e, u);
        if (!status)
            return status.failure();
        if (*status != SyncStatus::Accepted && *status != SyncStatus::AcceptedWithWarnings)
            continue; // never declared, or not accepted: the platform is not expected to hold it
        if (wasRejected(u, QString(), kMissingHash)) {
            ++review.rejectedBefore;
            continue;
        }
        PullDifference d =
            differenceIn(PullChange::Missing, e, u, labelOf(mine, ours.ssin.value(u), names, false));
        d.oursText = summaryOf(mine);
        review.ours.insert(u, mine);
        review.entityOf.insert(u, e);
        review.differences.append(d);
    }
    std::stable_sort(review.differences.begin(), review.differences.end(),
                     [](const PullDifference &x, const PullDifference &y) {
                         if (x.change != y.change)
                             return int(x.change) < int(y.change);
                         return entityRank(x.entity) < entityRank(y.entity);
                     });
    qCInfo(lcSync) << "pull compared:" << review.count(PullChange::New) << "new,"
                   << review.count(PullChange::Changed) << "changed fields,"
                   << review.count(PullChange::Missing) << "missing," << review.unchanged << "unchanged,"
                   << review.rejectedBefore << "rejected before";
    return review;
}

bool PullDiff::apply(Workspace &ws, const PullReview &review, const QList<PullDecision> &decisions,
                     PullApplyResult *result, QString *errorOut)
{
    // The write and the anomalies of what it reached, in one transaction (core/workspace).
    return RecordWriter(ws, ws.clock())
        .writeCompanies(
            {review.employerUuid},
            [&](QString *error) {
                PullApplyResult r;
                if (decisions.size() != review.differences.size())
                    return fail(error, QCoreApplication::translate(
                                           "fla::PullDiff",
                                           "The decisions do not match the differences of this pull."));
                PlatformVersions versions(ws);
                const QUuid employer = review.employerUuid;

                // Per record: accepted fields (Changed), accepted new or missing records.
                QHash<QUuid, QSet<QString>> acceptedFields;
                QList<QUuid> writeOrder;
                QList<QUuid> removeOrder;
                QHash<QUuid, QString> labels;
                for (int i = 0; i < decisions.size(); ++i) {
                    const PullDifference &d = review.differences.at(i);
                    labels.insert(d.recordUuid, d.recordLabel);
                    if (decisions.at(i) != PullDecision::Accept)
                        continue;
                    if (d.change == PullChange::Missing) {
                        if (!removeOrder.contains(d.recordUuid))
                            removeOrder.append(d.recordUuid);
                        continue;
                    }
                    if (!writeOrder.contains(d.recordUuid))
                        writeOrder.append(d.recordUuid);
                    if (d.change == PullChange::Changed)
                        acceptedFields[d.recordUuid].insert(d.field);
                }
                const auto byRank = [&](bool ascending) {
                    return [&review, ascending](const QUuid &x, const QUuid &y) {
                        const int a = entityRank(review.entityOf.value(x));
                        const int b = entityRank(review.entityOf.value(y));
                        return ascending ? a < b : a > b;
                    };
                };
                std::stable_sort(writeOrder.begin(), writeOrder.end(), byRank(true));
                std::stable_sort(removeOrder.begin(), removeOrder.end(), byRank(false));

                Transaction tx(ws);
                if (!tx.isActive())
                    return fail(error,
                                QCoreApplication::translate(
                                    "fla::PullDiff",
                                    "The workspace is busy: the platform's data could not be written."));
                QueueGuard noQueue(ws);
                OutboxRepository outbox = ws.outbox(employer);
                const Result<QList<OutboxEntry>> pending =
                    outbox.findEntries(OutboxState::Pending, std::numeric_limits<int>::max());
                if (!pending)
                    return fail(error, pending.error());
                QHash<QUuid, QList<qint64>> pendingRows;
                for (const OutboxEntry &row : *pending)
                    pendingRows[row.recordUuid].append(row.id);

                for (const QUuid &u : std::as_const(writeOrder)) {
                    const RecordKind e = review.entityOf.value(u);
                    const AnyRecord &platform = review.platform[u];
                    const auto mine = review.ours.constFind(u);
                    const bool isNew = mine == review.ours.cend();
                    // The workspace's record with the accepted fields taken from the platform's: its
                    // links and the fields the platform does not hold stay the workspace's.
                    AnyRecord target = isNew ? platform : *mine;
                    for (const QString &f : acceptedFields.value(u))
                        takeField(target, platform, f);
                    const Result<SyncStatus> before = outbox.findSyncStatus(e, u);
                    if (!before.into(error))
                        return false;
                    if (!writeAny(ws, employer, target, labels.value(u), error))
                        return false;
                    const bool same = differences(target, platform).isEmpty();
                    // The same as the platform's: accepted, based on a version we cannot name (the
                    // collections carry no ETag), so the next declaration goes without a precondition.
                    if (same) {
                        if (!outbox.setSyncStatus(e, u, SyncStatus::Accepted, error) ||
                            !versions.setBase(employer, e, u, QString(), error))
                            return false;
                        const QList<qint64> rows = pendingRows.take(u);
                        if (!rows.isEmpty() && !outbox.markDone(rows, error))
                            return false;
                    } else if (!outbox.setSyncStatus(e, u, isNew ? SyncStatus::Draft : *before, error)) {
                        return false;
                    }
                    ++r.written;
                }
                for (const QUuid &u : std::as_const(removeOrder)) {
                    const RecordKind e = review.entityOf.value(u);
                    if (!removeAny(ws, employer, e, u, error))
                        return false;
                    const QList<qint64> rows = pendingRows.take(u);
                    if (!rows.isEmpty() && !outbox.markDone(rows, error))
                        return false;
                    if (!versions.forget(u, error))
                        return false;
                    ++r.removed;
                }
                for (int i = 0; i < decisions.size(); ++i) {
                    const PullDifference &d = review.differences.at(i);
                    if (decisions.at(i) == PullDecision::Reject) {
                        if (!versions.reject(employer, d.entity, d.recordUuid, d.field,
                                             d.change == PullChange::Missing ? kMissingHash : d.platformHash,
                                             error))
                            return false;
                        ++r.rejected;
                    } else if (decisions.at(i) == PullDecision::Accept && d.change != PullChange::Missing) {
                        if (!versions.clearRejection(d.recordUuid, d.field, error))
                            return false;
                    }
                }
                if (!tx.commit(error))
                    return false;
                qCInfo(lcSync) << "pull applied:" << r.written << "written," << r.removed << "removed,"
                               << r.rejected << "rejected";
                if (result)
                    *result = r;
                return true;
            })
        .into(errorOut);
}

} // namespace fla
