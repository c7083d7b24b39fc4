#include "data/MemoryDataSource.h"

#include "common/Clock.h"
#include "data/FieldChecks.h"

#include <QHash>
#include <algorithm>

namespace fla {

namespace {

template<typename T> QList<T> ofEmployer(const QList<T> &list, const QUuid &employer)
{
    QList<T> out;
    for (const T &x : list) {
        if (x.employerUuid == employer)
            out.append(x);
    }
    return out;
}

template<typename T> bool upsert(QList<T> &list, const T &rec)
{
    for (T &x : list) {
        if (x.uuid == rec.uuid) {
            x = rec;
            return true;
        }
    }
    list.append(rec);
    return true;
}

template<typename T> bool erase(QList<T> &list, const QUuid &uuid)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).uuid == uuid) {
            list.removeAt(i);
            return true;
        }
    }
    return false;
}

template<typename T> std::optional<AnyRecord> findIn(const QList<T> &list, const QUuid &uuid)
{
    for (const T &x : list) {
        if (x.uuid == uuid)
            return AnyRecord(x);
    }
    return std::nullopt;
}

} // namespace

MemoryDataSource::MemoryDataSource(DataSet data, QObject *parent)
    : DataSource(parent)
    , m_data(std::move(data))
{}

QList<Worker> MemoryDataSource::workers(const QUuid &employer) const
{
    return ofEmployer(m_data.workers, employer);
}

QList<Employment> MemoryDataSource::employments(const QUuid &employer) const
{
    return ofEmployer(m_data.employments, employer);
}

QList<Training> MemoryDataSource::trainings(const QUuid &employer) const
{
    return ofEmployer(m_data.trainings, employer);
}

QList<Participation> MemoryDataSource::participantsOf(const QUuid &employer, const QUuid &training) const
{
    QList<Participation> out;
    for (const auto &p : m_data.participations) {
        if (p.employerUuid == employer && p.trainingUuid == training)
            out.append(p);
    }
    return out;
}

QList<TrainingRight> MemoryDataSource::rights(const QUuid &employer) const
{
    return ofEmployer(m_data.rights, employer);
}

int MemoryDataSource::participantCount(const QUuid &employer, const QUuid &training) const
{
    return int(participantsOf(employer, training).size());
}

QList<ParticipationLine> MemoryDataSource::rows(const QUuid &employer, const ParticipationQuery &query) const
{
    if (m_cacheValid && m_cacheEmployer == employer && m_cacheFilter == query.filter &&
        m_cacheSort == query.sortColumn && m_cacheOrder == query.order)
        return m_cache;
    QHash<QUuid, const Worker *> workers;
    for (const auto &w : m_data.workers)
        workers.insert(w.uuid, &w);
    QHash<QUuid, const Training *> trainings;
    for (const auto &t : m_data.trainings)
        trainings.insert(t.uuid, &t);
    QList<ParticipationLine> out;
    for (const auto &p : m_data.participations) {
        if (p.employerUuid != employer)
            continue;
        ParticipationLine r;
        r.participation = p;
        if (const Worker *w = workers.value(p.workerUuid)) {
            r.workerName = w->familyName + QLatin1Char(' ') + w->givenName;
            r.ssin = w->ssin;
        }
        if (const Training *t = trainings.value(p.trainingUuid)) {
            r.trainingName = t->name;
            r.startDate = t->startDate;
            r.endDate = t->endDate;
            r.duration = p.durationOverride.value_or(t->duration);
            r.unit = t->unit;
        }
        if (!query.filter.isEmpty() && !r.workerName.contains(query.filter, Qt::CaseInsensitive) &&
            !r.ssin.contains(query.filter) && !r.trainingName.contains(query.filter, Qt::CaseInsensitive))
            continue;
        out.append(r);
    }
    if (query.sortColumn >= 0) {
        const auto col = ParticipationColumn(query.sortColumn);
        auto less = [col](const ParticipationLine &a, const ParticipationLine &b) {
            switch (col) {
            case ParticipationColumn::Worker:
                return a.workerName.localeAwareCompare(b.workerName) < 0;
            case ParticipationColumn::Ssin:
                return a.ssin < b.ssin;
            case ParticipationColumn::Training:
                return a.trainingName.localeAwareCompare(b.trainingName) < 0;
            case ParticipationColumn::Start:
                return a.startDate < b.startDate;
            case ParticipationColumn::End:
                return a.endDate < b.endDate;
            case ParticipationColumn::Duration:
                return a.duration < b.duration;
            case ParticipationColumn::Followed:
                return int(a.participation.followed) < int(b.participation.followed);
            case ParticipationColumn::Certificate:
                return int(a.participation.certificate) < int(b.participation.certificate);
            default:
                return false;
            }
        };
        if (query.order == Qt::AscendingOrder)
            std::stable_sort(out.begin(), out.end(), less);
        else
            std::stable_sort(
                out.begin(), out.end(),
                [&less](const ParticipationLine &a, const ParticipationLine &b) { return less(b, a); });
    }
    m_cacheEmployer = employer;
    m_cacheFilter = query.filter;
    m_cacheSort = query.sortColumn;
    m_cacheOrder = query.order;
    m_cache = out;
    m_cacheValid = true;
    return out;
}

qint64 MemoryDataSource::participationCount(const QUuid &employer, const ParticipationQuery &query) const
{
    return rows(employer, query).size();
}

QList<ParticipationLine> MemoryDataSource::participationPage(const QUuid &employer,
                                                             const ParticipationQuery &query, qint64 offset,
                                                             int limit) const
{
    const QList<ParticipationLine> all = rows(employer, query);
    if (offset >= all.size())
        return {};
    return all.mid(offset, limit);
}

bool MemoryDataSource::save(const AnyRecord &record, QString *error)
{
    Q_UNUSED(error)
    struct V
    {
        DataSet &d;
        void operator()(const Employer &x) const { upsert(d.employers, x); }
        void operator()(const Worker &x) const { upsert(d.workers, x); }
        void operator()(const Employment &x) const { upsert(d.employments, x); }
        void operator()(const Training &x) const { upsert(d.trainings, x); }
        void operator()(const Participation &x) const { upsert(d.participations, x); }
        void operator()(const TrainingRight &x) const { upsert(d.rights, x); }
    };
    std::visit(V{m_data}, record);
    m_cacheValid = false;
    emit changed(kindOf(record), employerOf(record));
    return true;
}

bool MemoryDataSource::remove(const AnyRecord &record, QString *error)
{
    const QUuid id = uuidOf(record);
    bool ok = false;
    switch (kindOf(record)) {
    case RecordKind::Employer:
        ok = erase(m_data.employers, id);
        break;
    case RecordKind::Worker:
        ok = erase(m_data.workers, id);
        break;
    case RecordKind::Employment:
        ok = erase(m_data.employments, id);
        break;
    case RecordKind::Training:
        ok = erase(m_data.trainings, id);
        break;
    case RecordKind::Participation:
        ok = erase(m_data.participations, id);
        break;
    case RecordKind::Right:
        ok = erase(m_data.rights, id);
        break;
    }
    if (!ok) {
        if (error)
            *error =
                FieldChecks::tr("The %1 to delete no longer exists.").arg(FieldChecks::recordLabel(record));
        return false;
    }
    m_cacheValid = false;
    emit changed(kindOf(record), employerOf(record));
    return true;
}

bool MemoryDataSource::restore(const AnyRecord &record, QString *error)
{
    return save(record, error);
}

QList<FieldAnomaly> MemoryDataSource::anomalies(const QUuid &employer) const
{
    // The engine over the company's records, cross-record rules included, as
    // the workspace stores them: the same codes as `fladesk-cli validate`.
    DataSet set;
    auto pick = [&employer](const auto &from, auto &to) {
        for (const auto &r : from) {
            if (r.employerUuid == employer)
                to.append(r);
        }
    };
    for (const auto &e : m_data.employers) {
        if (e.uuid == employer)
            set.employers.append(e);
    }
    pick(m_data.workers, set.workers);
    pick(m_data.employments, set.employments);
    pick(m_data.trainings, set.trainings);
    pick(m_data.participations, set.participations);
    pick(m_data.rights, set.rights);
    return FieldChecks::checkSet(set, Clock::system());
}

QList<FieldAnomaly> MemoryDataSource::anomaliesOf(const AnyRecord &record) const
{
    return FieldChecks::check(record, Clock::system());
}

std::optional<AnyRecord> MemoryDataSource::find(RecordKind kind, const QUuid &employer,
                                                const QUuid &uuid) const
{
    Q_UNUSED(employer)
    switch (kind) {
    case RecordKind::Employer:
        return findIn(m_data.employers, uuid);
    case RecordKind::Worker:
        return findIn(m_data.workers, uuid);
    case RecordKind::Employment:
        return findIn(m_data.employments, uuid);
    case RecordKind::Training:
        return findIn(m_data.trainings, uuid);
    case RecordKind::Participation:
        return findIn(m_data.participations, uuid);
    case RecordKind::Right:
        return findIn(m_data.rights, uuid);
    }
    return std::nullopt;
}

QList<TrainingPlan> MemoryDataSource::trainingPlans(const QUuid &employer, QString *) const
{
    QList<TrainingPlan> out;
    for (const TrainingPlan &p : m_plans) {
        if (p.employerUuid == employer)
            out.append(p);
    }
    return out;
}

bool MemoryDataSource::saveTrainingPlan(const TrainingPlan &plan, QString *error)
{
    for (const TrainingPlan &other : std::as_const(m_plans)) {
        if (other.employerUuid == plan.employerUuid && other.uuid != plan.uuid &&
            other.firstYear <= plan.lastYear && plan.firstYear <= other.lastYear) {
            *error = tr("The training plan %1 overlaps another plan of this company.").arg(plan.firstYear);
            return false;
        }
    }
    m_plans.removeIf([&](const TrainingPlan &p) { return p.uuid == plan.uuid; });
    m_plans.append(plan);
    emit trainingPlansChanged(plan.employerUuid);
    return true;
}

} // namespace fla
