#include "ui/data/StorageDataSource.h"

#include "core/anomaly/AnomalyCatalogue.h"
#include "core/anomaly/AnomalyEngine.h"
#include "core/auth/SecretStore.h"
#include "core/auth/TeamServerPasswords.h"
#include "core/common/LogCategories.h"
#include "core/storage/AnomalyRepository.h"
#include "core/storage/AuditRepository.h"
#include "core/storage/ChangeFeed.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/EmploymentRepository.h"
#include "core/storage/ParticipationRepository.h"
#include "core/storage/ServerProbe.h"
#include "core/storage/TrainingPlanRepository.h"
#include "core/storage/TrainingRepository.h"
#include "core/storage/TrainingRightRepository.h"
#include "core/storage/WorkerRepository.h"
#include "core/storage/Workspace.h"
#include "core/sync/EditConflictCase.h"
#include "core/sync/PlatformFindings.h"
#include "core/workspace/RecordWriter.h"
#include "ui/data/FieldChecks.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

namespace fla::ui {

namespace {

FieldAnomaly toField(const Anomaly &a, RecordKind kind)
{
    // The record's own field: the platform names nested ones "participations[3].ssin".
    QString field = a.field.section(QLatin1Char('.'), -1);
    const qsizetype bracket = field.indexOf(QLatin1Char('['));
    if (bracket > 0)
        field = field.left(bracket);
    return FieldAnomaly{a.code, a.severity, kind, a.recordUuid, field, a.message(FieldChecks::uiLanguage())};
}

bool isPlatformFinding(const StoredAnomaly &s)
{
    return s.params.value(QLatin1String("source")).toString() == QLatin1String("platform");
}

FieldAnomaly toField(const StoredAnomaly &s)
{
    Anomaly a;
    a.code = s.code;
    a.severity = s.severity;
    a.entity = s.entity;
    a.recordUuid = s.recordUuid;
    a.field = s.field;
    for (auto it = s.params.constBegin(); it != s.params.constEnd(); ++it)
        a.parameters.append(AnomalyParameter{it.key(), it.value().toVariant().toString()});
    FieldAnomaly f = toField(a, s.entity);
    // The platform's findings carry its message, not the catalogue's parameters: say what the
    // platform found in the user's language (a rule of the catalogue by its title).
    if (isPlatformFinding(s)) {
        const QString what = platformFindingText(s.code, s.params.value(QLatin1String("message")).toString(),
                                                 FieldChecks::uiLanguage());
        f.message =
            s.severity == Severity::Blocking
                ? QCoreApplication::translate("fla::ui::StorageDataSource", "The platform refused it: %1")
                      .arg(what)
                : QCoreApplication::translate("fla::ui::StorageDataSource", "The platform notes: %1")
                      .arg(what);
    }
    return f;
}

} // namespace

StorageDataSource::StorageDataSource(std::unique_ptr<Workspace> workspace, const Clock &clock,
                                     QObject *parent)
    : DataSource(parent)
    , m_ws(std::move(workspace))
    , m_clock(clock)
    , m_engine(std::make_unique<AnomalyEngine>(clock))
{
    if (!m_ws->driver().isServer())
        return; // a file has one writer: this process
    // What other desktops commit reaches the open views as if it were saved here.
    m_feed = new ChangeFeed(*m_ws, this);
    connect(m_feed, &ChangeFeed::changed, this, [this](const QString &table, const QUuid &employer) {
        for (RecordKind kind : kRecordKinds)
            if (sqlTableName(kind) == table)
                emit changed(kind, employer);
    });
    QString error;
    if (!m_feed->start(&error))
        qCWarning(lcStorage).noquote() << "the open views will not show other desktops' changes:" << error;
}

StorageDataSource::~StorageDataSource() = default;

std::unique_ptr<StorageDataSource> StorageDataSource::open(const QString &path, const Clock &clock,
                                                           QString *error)
{
    WorkspaceOptions options;
    options.clock = &clock;
    // Every saved record gets its outbox row in the same transaction (status queued); declaring
    // them is the explicit step of the Sync view.
    options.queueChanges = true;
    // `fladesk --workspace postgresql://user@server/db`: the password "Connect to a team server…" kept.
    auth::KeychainSecretStore keychain;
    std::unique_ptr<Workspace> ws = auth::openWithKeptPassword(path, keychain, error, options);
    if (!ws)
        return nullptr;
    return std::make_unique<StorageDataSource>(std::move(ws), clock);
}

bool StorageDataSource::revalidateAll(QString *error)
{
    return RecordWriter(*m_ws, m_clock).revalidateAll().into(error);
}

bool StorageDataSource::revalidateEmployer(const QUuid &employer, QString *error)
{
    return RecordWriter(*m_ws, m_clock).revalidate({employer}).into(error);
}

void StorageDataSource::notifyChanged(const QUuid &employer)
{
    for (RecordKind k : {RecordKind::Worker, RecordKind::Employment, RecordKind::Training,
                         RecordKind::Participation, RecordKind::TrainingRight})
        emit changed(k, employer);
}

QString StorageDataSource::location() const
{
    return m_ws->path();
}

template<typename T> T StorageDataSource::shown(Result<T> read) const
{
    if (read)
        return std::move(read).value();
    // A const read that the window must hear of: the signal is the data source's only side effect.
    emit const_cast<StorageDataSource *>(this)->readFailed(read.error());
    return T();
}

QList<Employer> StorageDataSource::employers() const
{
    return shown(m_ws->employers().findAll());
}

QList<Worker> StorageDataSource::workers(const QUuid &employer) const
{
    return shown(m_ws->workers(employer).findAll());
}

QList<Employment> StorageDataSource::employments(const QUuid &employer) const
{
    return shown(m_ws->employments(employer).findAll());
}

QList<Training> StorageDataSource::trainings(const QUuid &employer) const
{
    return shown(m_ws->trainings(employer).findAll());
}

QList<Participation> StorageDataSource::participantsOf(const QUuid &employer, const QUuid &training) const
{
    return shown(m_ws->participations(employer).findOfTraining(training));
}

QList<TrainingRight> StorageDataSource::rights(const QUuid &employer) const
{
    return shown(m_ws->rights(employer).findAll());
}

int StorageDataSource::participantCount(const QUuid &employer, const QUuid &training) const
{
    ParticipationFilter f;
    f.trainingUuid = training;
    return int(shown(m_ws->participations(employer).findCount(f)));
}

qint64 StorageDataSource::participationCount(const QUuid &employer, const ParticipationQuery &query) const
{
    ParticipationFilter f;
    f.text = query.filter;
    return shown(m_ws->participations(employer).findCount(f));
}

QList<ParticipationLine> StorageDataSource::participationPage(const QUuid &employer,
                                                              const ParticipationQuery &query, qint64 offset,
                                                              int limit) const
{
    ParticipationFilter f;
    f.text = query.filter;
    PageRequest req;
    req.offset = offset;
    req.limit = limit;
    req.ascending = query.order == Qt::AscendingOrder;
    switch (ParticipationColumn(query.sortColumn)) {
    case ParticipationColumn::Worker:
    case ParticipationColumn::Ssin:
        req.sortColumn = ParticipationRepository::ByWorkerName;
        break;
    case ParticipationColumn::Training:
        req.sortColumn = ParticipationRepository::ByTrainingName;
        break;
    case ParticipationColumn::Start:
    case ParticipationColumn::End:
        req.sortColumn = ParticipationRepository::ByTrainingStart;
        break;
    default:
        req.sortColumn = ParticipationRepository::ByCreation;
        break;
    }
    const QList<ParticipationRow> rows = shown(m_ws->participations(employer).findPage(req, f));
    QList<ParticipationLine> out;
    out.reserve(rows.size());
    for (const auto &r : rows) {
        ParticipationLine l;
        l.participation = r.participation;
        l.workerName = r.workerFamilyName + QLatin1Char(' ') + r.workerGivenName;
        l.ssin = r.workerSsin;
        l.trainingName = r.trainingName;
        l.startDate = r.trainingStart;
        l.endDate = r.trainingEnd;
        l.duration = r.participation.durationOverride.value_or(r.trainingDuration);
        l.unit = r.trainingUnit;
        out.append(l);
    }
    return out;
}

bool StorageDataSource::save(const AnyRecord &record, QString *error)
{
    RecordWriter writer(*m_ws, m_clock);
    const Result<void> saved = std::visit([&writer](const auto &r) { return writer.save(r); }, record);
    if (!saved.into(error))
        return false;
    emit changed(kindOf(record), employerOf(record));
    return true;
}

bool StorageDataSource::ensureWritable(QString *error)
{
    const int before = m_ws->reconnectCount();
    if (!m_ws->ensureConnected(error))
        return false;
    if (m_ws->reconnectCount() != before)
        connectionRestored();
    return true;
}

bool StorageDataSource::beginChanges(QString *error)
{
    // A server that went away is opened again first, as a single save does.
    return ensureWritable(error) && m_ws->beginTransaction(error);
}

bool StorageDataSource::endChanges(bool keep, QString *error)
{
    if (keep && m_ws->commitTransaction(error))
        return true;
    if (!keep)
        m_ws->rollbackTransaction();
    qCInfo(lcStorage) << "a group of changes was not kept: nothing of it is in the workspace";
    // The views read what is stored again (they showed the group's parts as they were saved).
    showStoredAgain();
    return false;
}

void StorageDataSource::askServer(QObject *context, std::function<void(bool answers)> answered)
{
    auto *probe = new ServerProbe(context); // goes with the one who asked
    connect(probe, &ServerProbe::answered, context,
            [probe, answered = std::move(answered)](bool answers, const QString &) {
                probe->deleteLater();
                answered(answers);
            });
    probe->start(*m_ws);
}

void StorageDataSource::connectionRestored()
{
    QString error;
    if (m_feed && !m_feed->listenAgain(&error))
        qCWarning(lcStorage).noquote() << "the open views will not show other desktops' changes:" << error;
    showStoredAgain();
}

void StorageDataSource::showStoredAgain()
{
    for (const Employer &e : employers()) {
        emit changed(RecordKind::Employer, e.uuid);
        notifyChanged(e.uuid);
    }
}

EditOutcome StorageDataSource::unreachable(const AnyRecord &record, const QString &reason) const
{
    EditOutcome out;
    out.unreachable = true;
    out.error = tr("%1 was not saved: the team server cannot be reached (%2)")
                    .arg(FieldChecks::recordLabel(record), reason);
    qCWarning(lcStorage).noquote() << "not saved, the team server is unreachable:" << toString(kindOf(record))
                                   << uuidOf(record).toString(QUuid::WithoutBraces);
    return out;
}

EditOutcome StorageDataSource::saveEdit(const AnyRecord &record)
{
    QString away;
    if (!ensureWritable(&away))
        return unreachable(record, away);
    RecordWriter writer(*m_ws, m_clock);
    const EditOutcome out = std::visit(
        [&writer](const auto &r) {
            EditOutcome o;
            const auto result = writer.saveEdit(r);
            if (result.ok()) {
                o.saved = AnyRecord(result.saved());
                return o;
            }
            o.error = result.error();
            if (result.isConflict()) {
                const auto &c = result.conflict();
                std::optional<AnyRecord> theirs;
                if (c.theirs)
                    theirs = AnyRecord(*c.theirs);
                o.conflict = RecordConflict{AnyRecord(c.mine), theirs, editConflictCase(c), result.error()};
            }
            return o;
        },
        record);
    // The connection went while the change was being written: nothing of it was kept.
    if (!out.ok() && !out.conflict && !m_ws->isConnected())
        return unreachable(record, out.error);
    // A conflict shows what someone else saved: the views read it again.
    if (out.ok() || out.conflict)
        emit changed(kindOf(record), employerOf(record));
    return out;
}

bool StorageDataSource::remove(const AnyRecord &record, QString *error)
{
    if (!RecordWriter(*m_ws, m_clock).remove(kindOf(record), employerOf(record), uuidOf(record)).into(error))
        return false;
    emit changed(kindOf(record), employerOf(record));
    return true;
}

bool StorageDataSource::restore(const AnyRecord &record, QString *error)
{
    const QUuid id = uuidOf(record);
    const QUuid employer = employerOf(record);
    const Result<bool> restorable = m_ws->audit(employer).canRestore(id);
    if (!restorable) {
        if (error)
            *error = restorable.error();
        return false;
    }
    if (!*restorable)
        return save(record, error);
    if (!RecordWriter(*m_ws, m_clock).restore(kindOf(record), employer, id).into(error))
        return false;
    emit changed(kindOf(record), employer);
    return true;
}

QList<FieldAnomaly> StorageDataSource::anomalies(const QUuid &employer) const
{
    QList<FieldAnomaly> out;
    const QList<StoredAnomaly> stored = shown(m_ws->anomalies(employer).find());
    // What the platform found that our own check found too (DT-002 …) is listed once, with our
    // message and its dates.
    auto key = [](const StoredAnomaly &s) -> QString {
        return s.recordUuid.toString() + s.code + s.field.section(QLatin1Char('.'), -1);
    };
    QSet<QString> ownFindings;
    for (const auto &s : stored) {
        if (!isPlatformFinding(s))
            ownFindings.insert(key(s));
    }
    out.reserve(stored.size());
    for (const auto &s : stored) {
        if (isPlatformFinding(s) && ownFindings.contains(key(s)))
            continue;
        out.append(toField(s));
    }
    return out;
}

QList<Anomaly> StorageDataSource::validate(const AnyRecord &record) const
{
    return std::visit([this](const auto &r) { return m_engine->validate(r); }, record);
}

QList<FieldAnomaly> StorageDataSource::anomaliesOf(const AnyRecord &record) const
{
    const QList<Anomaly> found = validate(record);
    QList<FieldAnomaly> out;
    for (const auto &a : found)
        out.append(toField(a, kindOf(record)));
    return out;
}

std::optional<AnyRecord> StorageDataSource::find(RecordKind kind, const QUuid &employer,
                                                 const QUuid &uuid) const
{
    auto wrap = [this](auto read) -> std::optional<AnyRecord> {
        if (const auto record = shown(std::move(read)))
            return AnyRecord(*record);
        return std::nullopt;
    };
    switch (kind) {
    case RecordKind::Employer:
        return wrap(m_ws->employers().find(uuid));
    case RecordKind::Worker:
        return wrap(m_ws->workers(employer).find(uuid));
    case RecordKind::Employment:
        return wrap(m_ws->employments(employer).find(uuid));
    case RecordKind::Training:
        return wrap(m_ws->trainings(employer).find(uuid));
    case RecordKind::Participation:
        return wrap(m_ws->participations(employer).find(uuid));
    case RecordKind::TrainingRight:
        return wrap(m_ws->rights(employer).find(uuid));
    }
    return std::nullopt;
}

QList<TrainingPlan> StorageDataSource::trainingPlans(const QUuid &employer, QString *error) const
{
    return m_ws->trainingPlans(employer).all(error);
}

bool StorageDataSource::saveTrainingPlan(const TrainingPlan &plan, QString *error)
{
    if (!m_ws->trainingPlans(plan.employerUuid).save(plan, error))
        return false;
    emit trainingPlansChanged(plan.employerUuid);
    return true;
}

} // namespace fla::ui
