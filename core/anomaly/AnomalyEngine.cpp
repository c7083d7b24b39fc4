#include "core/anomaly/AnomalyEngine.h"

#include "core/anomaly/FlaRules.h"
#include "core/anomaly/RecordRules.h"
#include "core/common/LogCategories.h"
#include "core/domain/EnterpriseNumber.h"
#include "core/domain/Ssin.h"

#include <QElapsedTimer>
#include <QHash>
#include <algorithm>
#include <vector>

namespace fla {

using namespace flarules;
using rules::Sink;

namespace {

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

AnomalyParameter param(const char *name, const QString &value)
{
    return {QString::fromLatin1(name), value};
}

// An open-addressing table from UUID to (kind, index) over every record of a
// set: reference lookups and duplicate UUIDs (GN-005) in one pass.
class UuidTable
{
public:
    struct Slot
    {
        QUuid uuid;
        quint32 index = 0;
        quint8 kind = 0xff; // RecordKind, 0xff when empty
    };
    explicit UuidTable(qsizetype records)
    {
        std::size_t cap = 16;
        while (cap < std::size_t(records) * 3 / 2 + 16)
            cap <<= 1;
        m_slots.resize(cap);
        m_mask = cap - 1;
    }
    // Returns the slot already holding uuid, or inserts it and returns nullptr.
    const Slot *insert(const QUuid &uuid, RecordKind kind, quint32 index)
    {
        for (std::size_t i = hash(uuid) & m_mask;; i = (i + 1) & m_mask) {
            Slot &s = m_slots[i];
            if (s.kind == 0xff) {
                s.uuid = uuid;
                s.index = index;
                s.kind = quint8(kind);
                return nullptr;
            }
            if (s.uuid == uuid)
                return &s;
        }
    }
    int find(const QUuid &uuid, RecordKind kind) const
    {
        for (std::size_t i = hash(uuid) & m_mask;; i = (i + 1) & m_mask) {
            const Slot &s = m_slots[i];
            if (s.kind == 0xff)
                return -1;
            if (s.uuid == uuid)
                return s.kind == quint8(kind) ? int(s.index) : -1;
        }
    }

private:
    static std::size_t hash(const QUuid &u)
    {
        quint64 h = (quint64(u.data1) << 32) ^ (quint64(u.data2) << 16) ^ u.data3;
        for (int i = 0; i < 8; ++i)
            h = h * 0x100000001b3ULL ^ u.data4[i];
        h ^= h >> 29;
        h *= 0xbf58476d1ce4e5b9ULL;
        h ^= h >> 32;
        return std::size_t(h);
    }
    std::vector<Slot> m_slots;
    std::size_t m_mask = 0;
};

// Indices grouped by an owner index (counting sort): linear, no per-group allocation.
struct Groups
{
    std::vector<int> start; // size owners + 1
    std::vector<int> items;
    void build(int owners, const std::vector<int> &ownerOf)
    {
        start.assign(std::size_t(owners) + 1, 0);
        for (int o : ownerOf) {
            if (o >= 0)
                ++start[std::size_t(o) + 1];
        }
        for (int i = 0; i < owners; ++i)
            start[std::size_t(i) + 1] += start[std::size_t(i)];
        items.assign(std::size_t(start[std::size_t(owners)]), 0);
        std::vector<int> fill(start.begin(), start.end() - 1);
        for (int i = 0; i < int(ownerOf.size()); ++i) {
            if (ownerOf[std::size_t(i)] >= 0)
                items[std::size_t(fill[std::size_t(ownerOf[std::size_t(i)])]++)] = i;
        }
    }
    const int *begin(int o) const { return items.data() + start[std::size_t(o)]; }
    const int *end(int o) const { return items.data() + start[std::size_t(o) + 1]; }
    int size(int o) const { return start[std::size_t(o) + 1] - start[std::size_t(o)]; }
};

bool covers(const Employment &e, const QDate &from, const QDate &to)
{
    if (!e.startDate.isValid() || (e.endDate.isValid() && e.endDate < e.startDate))
        return false;
    return e.startDate <= from && (!e.endDate.isValid() || to <= e.endDate);
}

// DT-002 and DT-006 for a participation whose worker and training are known.
void checkAgainstEmployments(const Participation &p, const Training &t,
                             const QList<const Employment *> &employments, Sink &sink)
{
    if (employments.isEmpty() || !t.startDate.isValid() || !t.endDate.isValid() || t.endDate < t.startDate)
        return;
    bool inside = false;
    bool open = false;
    QDate lastEnd;
    for (const Employment *e : employments) {
        inside = inside || covers(*e, t.startDate, t.endDate);
        if (!e->startDate.isValid() || (e->endDate.isValid() && e->endDate < e->startDate))
            continue;
        if (!e->endDate.isValid())
            open = true;
        else if (!lastEnd.isValid() || e->endDate > lastEnd)
            lastEnd = e->endDate;
    }
    if (!inside)
        sink.add("DT-002", RecordKind::Participation, p.uuid, QStringLiteral("trainingUuid"),
                 {param("start", iso(t.startDate)), param("end", iso(t.endDate))});
    if (!open && lastEnd.isValid() && t.registeredOn.isValid() && t.registeredOn > lastEnd.addDays(30))
        sink.add("DT-006", RecordKind::Participation, p.uuid, QStringLiteral("trainingUuid"),
                 {param("registeredOn", iso(t.registeredOn)), param("employmentEnd", iso(lastEnd))});
}

} // namespace

AnomalyEngine::AnomalyEngine(const Clock &clock)
    : m_clock(clock)
{}

QStringList AnomalyEngine::implementedCodes()
{
    return {QStringLiteral("ID-001"), QStringLiteral("ID-002"),  QStringLiteral("ID-003"),
            QStringLiteral("ID-004"), QStringLiteral("ID-010"),  QStringLiteral("ID-011"),
            QStringLiteral("ID-012"), QStringLiteral("ID-013"),  QStringLiteral("GN-001"),
            QStringLiteral("GN-002"), QStringLiteral("GN-003"),  QStringLiteral("GN-004"),
            QStringLiteral("GN-005"), QStringLiteral("CSV-001"), QStringLiteral("EM-001"),
            QStringLiteral("EM-002"), QStringLiteral("DP-003"),  QStringLiteral("WK-001"),
            QStringLiteral("WK-002"), QStringLiteral("WK-003"),  QStringLiteral("DP-002"),
            QStringLiteral("EP-001"), QStringLiteral("EP-002"),  QStringLiteral("EP-003"),
            QStringLiteral("DT-001"), QStringLiteral("DT-007"),  QStringLiteral("DU-001"),
            QStringLiteral("DU-002"), QStringLiteral("DU-003"),  QStringLiteral("DT-003"),
            QStringLiteral("DT-004"), QStringLiteral("DT-005"),  QStringLiteral("DT-008"),
            QStringLiteral("DT-009"), QStringLiteral("TR-001"),  QStringLiteral("TR-002"),
            QStringLiteral("TR-003"), QStringLiteral("CF-001"),  QStringLiteral("PA-001"),
            QStringLiteral("PA-002"), QStringLiteral("PA-003"),  QStringLiteral("PA-004"),
            QStringLiteral("DT-002"), QStringLiteral("DT-006"),  QStringLiteral("DP-001"),
            QStringLiteral("OV-001"), QStringLiteral("CR-001"),  QStringLiteral("RT-001"),
            QStringLiteral("RT-002"), QStringLiteral("RT-003"),  QStringLiteral("RT-004"),
            QStringLiteral("RT-005"), QStringLiteral("RT-006"),  QStringLiteral("EM-003"),
            QStringLiteral("WK-004"), QStringLiteral("TR-005"),  QStringLiteral("TR-006")};
}

QList<Anomaly> AnomalyEngine::validate(const Employer &e) const
{
    QList<Anomaly> out;
    Sink sink(&out);
    rules::checkEmployer(e, sink);
    return out;
}

QList<Anomaly> AnomalyEngine::validate(const Worker &w) const
{
    QList<Anomaly> out;
    Sink sink(&out);
    rules::checkWorker(w, rules::RuleDay(m_clock.today()), sink);
    return out;
}

QList<Anomaly> AnomalyEngine::validate(const Employment &e, const RecordContext &context) const
{
    QList<Anomaly> out;
    Sink sink(&out);
    rules::checkEmployment(e, context.employer, sink);
    return out;
}

QList<Anomaly> AnomalyEngine::validate(const Training &t) const
{
    QList<Anomaly> out;
    Sink sink(&out);
    rules::checkTraining(t, rules::RuleDay(m_clock.today()), sink);
    return out;
}

QList<Anomaly> AnomalyEngine::validate(const Participation &p, const RecordContext &context) const
{
    QList<Anomaly> out;
    Sink sink(&out);
    rules::checkParticipation(p, context.training, sink);
    if (context.training && context.training->employerUuid != p.employerUuid)
        sink.add("GN-004", RecordKind::Participation, p.uuid, QStringLiteral("trainingUuid"),
                 {param("field", QStringLiteral("trainingUuid")),
                  param("value", p.trainingUuid.toString(QUuid::WithoutBraces))});
    else if (context.worker && context.worker->employerUuid != p.employerUuid)
        sink.add("GN-004", RecordKind::Participation, p.uuid, QStringLiteral("workerUuid"),
                 {param("field", QStringLiteral("workerUuid")),
                  param("value", p.workerUuid.toString(QUuid::WithoutBraces))});
    else if (context.training && context.worker)
        checkAgainstEmployments(p, *context.training, context.workerEmployments, sink);
    return out;
}

QList<Anomaly> AnomalyEngine::validate(const TrainingRight &r, const RecordContext &context) const
{
    QList<Anomaly> out;
    Sink sink(&out);
    rules::checkRight(r, context.employer ? context.employer->hoursPerDay : 7.6,
                      rules::RuleDay(m_clock.today()), sink);
    if (context.worker && r.year >= kFirstFlaYear && !context.workerEmployments.isEmpty()) {
        bool employed = false;
        for (const Employment *e : context.workerEmployments)
            employed = employed || employedInYear(*e, r.year);
        if (!employed)
            sink.add("RT-006", RecordKind::TrainingRight, r.uuid, QStringLiteral("year"),
                     {param("year", QString::number(r.year))});
    }
    return out;
}

AnomalyList AnomalyEngine::validate(const DataSet &set) const
{
    QElapsedTimer timer;
    timer.start();
    const QDate today = m_clock.today();
    const rules::RuleDay day(today);
    QList<Anomaly> out;
    Sink sink(&out);

    // 1. Every UUID once; the first record keeps it, later ones are GN-005.
    UuidTable table(set.recordCount());
    auto registerAll = [&](const auto &records, RecordKind kind) {
        std::vector<char> dup(std::size_t(records.size()), 0);
        for (qsizetype i = 0; i < records.size(); ++i) {
            if (table.insert(records.at(i).uuid, kind, quint32(i))) {
                dup[std::size_t(i)] = 1;
                sink.add("GN-005", kind, records.at(i).uuid, QStringLiteral("uuid"),
                         {param("value", records.at(i).uuid.toString(QUuid::WithoutBraces))});
            }
        }
        return dup;
    };
    registerAll(set.employers, RecordKind::Employer);
    registerAll(set.workers, RecordKind::Worker);
    registerAll(set.employments, RecordKind::Employment);
    registerAll(set.trainings, RecordKind::Training);
    registerAll(set.participations, RecordKind::Participation);
    registerAll(set.rights, RecordKind::TrainingRight);

    auto unknown = [&](RecordKind kind, const QUuid &uuid, const char *field, const QUuid &value) {
        sink.add("GN-003", kind, uuid, QString::fromLatin1(field),
                 {param("field", QString::fromLatin1(field)),
                  param("value", value.toString(QUuid::WithoutBraces))});
    };
    auto otherEmployer = [&](RecordKind kind, const QUuid &uuid, const char *field, const QUuid &value) {
        sink.add("GN-004", kind, uuid, QString::fromLatin1(field),
                 {param("field", QString::fromLatin1(field)),
                  param("value", value.toString(QUuid::WithoutBraces))});
    };

    // 2. Employers; DP-003 for an enterprise number another company has too. Which one is
    // flagged must not depend on the order the companies were read in (a whole workspace, or
    // only the companies a load touched): all but the one with the lowest uuid.
    QHash<QString, QUuid> firstOfNumber;
    for (const auto &e : set.employers) {
        const EnterpriseNumber en = EnterpriseNumber::parse(e.enterpriseNumber);
        if (!en.isValid())
            continue;
        auto it = firstOfNumber.find(en.normalized());
        if (it == firstOfNumber.end())
            firstOfNumber.insert(en.normalized(), e.uuid);
        else if (e.uuid < *it)
            *it = e.uuid;
    }
    for (const auto &e : set.employers) {
        rules::checkEmployer(e, sink);
        const EnterpriseNumber en = EnterpriseNumber::parse(e.enterpriseNumber);
        if (en.isValid() && firstOfNumber.value(en.normalized()) != e.uuid)
            sink.add("DP-003", RecordKind::Employer, e.uuid, QStringLiteral("enterpriseNumber"),
                     {param("value", en.display())});
    }
    auto employerOf = [&](const QUuid &uuid) { return table.find(uuid, RecordKind::Employer); };

    // 3. Workers; DP-002 for an INSZ already used at the same employer.
    std::vector<int> workerEmployer(std::size_t(set.workers.size()), -1);
    QHash<QString, int> ssins;
    QHash<qint64, int> ssinNumbers;
    ssinNumbers.reserve(set.workers.size());
    for (qsizetype i = 0; i < set.workers.size(); ++i) {
        const Worker &w = set.workers.at(i);
        rules::checkWorker(w, day, sink);
        const int e = employerOf(w.employerUuid);
        workerEmployer[std::size_t(i)] = e;
        if (e < 0) {
            unknown(RecordKind::Worker, w.uuid, "employerUuid", w.employerUuid);
            continue;
        }
        if (w.ssin.isEmpty())
            continue;
        bool numeric = false;
        const qint64 digits = w.ssin.size() == 11 ? w.ssin.toLongLong(&numeric) : 0;
        bool seen = false;
        if (numeric) {
            const qint64 key = digits * 4096 + e; // employers beyond 4096 may share a key: checked below
            const auto it = ssinNumbers.constFind(key);
            seen = it != ssinNumbers.cend() && workerEmployer[std::size_t(*it)] == e;
            if (it == ssinNumbers.cend())
                ssinNumbers.insert(key, int(i));
        } else {
            const QString key = w.ssin % QLatin1Char('@') % QString::number(e);
            seen = ssins.contains(key);
            if (!seen)
                ssins.insert(key, int(i));
        }
        if (seen)
            sink.add("DP-002", RecordKind::Worker, w.uuid, QStringLiteral("ssin"),
                     {param("value", Ssin::mask(w.ssin))});
    }
    const int workerCount = int(set.workers.size());

    // 4. Employments, grouped per worker.
    std::vector<int> employmentWorker(std::size_t(set.employments.size()), -1);
    for (qsizetype i = 0; i < set.employments.size(); ++i) {
        const Employment &e = set.employments.at(i);
        const int er = employerOf(e.employerUuid);
        const int w = table.find(e.workerUuid, RecordKind::Worker);
        rules::checkEmployment(e, er >= 0 ? &set.employers.at(er) : nullptr, sink);
        if (er < 0)
            unknown(RecordKind::Employment, e.uuid, "employerUuid", e.employerUuid);
        else if (w < 0)
            unknown(RecordKind::Employment, e.uuid, "workerUuid", e.workerUuid);
        else if (workerEmployer[std::size_t(w)] != er)
            otherEmployer(RecordKind::Employment, e.uuid, "workerUuid", e.workerUuid);
        else
            employmentWorker[std::size_t(i)] = w;
    }
    Groups employmentsOf;
    employmentsOf.build(workerCount, employmentWorker);
    std::vector<QList<const Employment *>> employmentLists(static_cast<std::size_t>(workerCount));
    for (int w = 0; w < workerCount; ++w) {
        auto &list = employmentLists[std::size_t(w)];
        for (const int *it = employmentsOf.begin(w); it != employmentsOf.end(w); ++it)
            list.append(&set.employments.at(*it));
        if (list.isEmpty()) {
            if (workerEmployer[std::size_t(w)] >= 0)
                sink.add("WK-003", RecordKind::Worker, set.workers.at(w).uuid, QStringLiteral("employments"));
            continue;
        }
        if (list.size() > 1) { // EP-003: overlapping employments, the later one is flagged
            QList<const Employment *> sorted = list;
            std::stable_sort(sorted.begin(), sorted.end(), [](const Employment *a, const Employment *b) {
                return a->startDate < b->startDate;
            });
            const Employment *reach = nullptr;
            for (const Employment *e : std::as_const(sorted)) {
                if (!e->startDate.isValid() || (e->endDate.isValid() && e->endDate < e->startDate))
                    continue;
                if (reach && (!reach->endDate.isValid() || e->startDate <= reach->endDate))
                    sink.add("EP-003", RecordKind::Employment, e->uuid, QStringLiteral("startDate"),
                             {param("start", iso(e->startDate)), param("otherStart", iso(reach->startDate))});
                if (!reach ||
                    (reach->endDate.isValid() && (!e->endDate.isValid() || e->endDate > reach->endDate)))
                    reach = e;
            }
        }
    }

    // 5. Trainings, with the normalised name of each as a small integer.
    std::vector<int> trainingEmployer(std::size_t(set.trainings.size()), -1);
    std::vector<int> trainingName(std::size_t(set.trainings.size()), 0);
    std::vector<int> trainingYear(std::size_t(set.trainings.size()), 0);
    QHash<QString, int> names;
    for (qsizetype i = 0; i < set.trainings.size(); ++i) {
        const Training &t = set.trainings.at(i);
        rules::checkTraining(t, day, sink);
        const int e = employerOf(t.employerUuid);
        trainingEmployer[std::size_t(i)] = e;
        if (e < 0)
            unknown(RecordKind::Training, t.uuid, "employerUuid", t.employerUuid);
        trainingYear[std::size_t(i)] = t.startDate.isValid() ? t.startDate.year() : 0;
        const QString n = normalizedName(t.name);
        auto it = names.constFind(n);
        if (it == names.cend())
            it = names.insert(n, int(names.size()));
        trainingName[std::size_t(i)] = *it;
    }

    // 6. Rights: duplicates, years without employment, the credit's entitlements.
    CreditAccumulator credit;
    credit.reset(workerCount);
    std::vector<std::uint8_t> rightYears(std::size_t(workerCount) * CreditAccumulator::kYears, 0);
    QHash<qint64, int> rightKeys; // rights of years outside 2024..2030
    std::vector<std::uint8_t> rightTypes(std::size_t(workerCount) * CreditAccumulator::kYears, 0);
    for (qsizetype i = 0; i < set.rights.size(); ++i) {
        const TrainingRight &r = set.rights.at(i);
        const int e = employerOf(r.employerUuid);
        rules::checkRight(r, e >= 0 ? set.employers.at(e).hoursPerDay : 7.6, day, sink);
        const int w = table.find(r.workerUuid, RecordKind::Worker);
        if (e < 0) {
            unknown(RecordKind::TrainingRight, r.uuid, "employerUuid", r.employerUuid);
            continue;
        }
        if (w < 0) {
            unknown(RecordKind::TrainingRight, r.uuid, "workerUuid", r.workerUuid);
            continue;
        }
        if (workerEmployer[std::size_t(w)] != e) {
            otherEmployer(RecordKind::TrainingRight, r.uuid, "workerUuid", r.workerUuid);
            continue;
        }
        bool twice = false;
        if (CreditAccumulator::inRange(r.year)) {
            std::uint8_t &mask = rightTypes[std::size_t(w) * CreditAccumulator::kYears +
                                            std::size_t(r.year - CreditAccumulator::kFirstYear)];
            twice = mask & (1u << int(r.type));
            mask |= std::uint8_t(1u << int(r.type));
        } else {
            const qint64 key = (qint64(w) << 20) | (qint64(r.year & 0xffff) << 4) | qint64(r.type);
            twice = rightKeys.contains(key);
            rightKeys.insert(key, int(i));
        }
        if (twice)
            sink.add("RT-005", RecordKind::TrainingRight, r.uuid, QStringLiteral("type"),
                     {param("year", QString::number(r.year)), param("type", toString(r.type))});
        const auto &employments = employmentLists[std::size_t(w)];
        if (r.year >= kFirstFlaYear && !employments.isEmpty()) {
            bool employed = false;
            for (const Employment *em : employments)
                employed = employed || employedInYear(*em, r.year);
            if (!employed)
                sink.add("RT-006", RecordKind::TrainingRight, r.uuid, QStringLiteral("year"),
                         {param("year", QString::number(r.year))});
        }
        if (CreditAccumulator::inRange(r.year))
            rightYears[std::size_t(w) * CreditAccumulator::kYears +
                       std::size_t(r.year - CreditAccumulator::kFirstYear)] = 1;
        credit.addRight(w, r, set.employers.at(e).hoursPerDay);
    }

    // DT-007: a right must be registered for the year of hiring within 60 days.
    const qint64 todayJulian = today.toJulianDay();
    for (int w = 0; w < workerCount; ++w) {
        for (const Employment *e : employmentLists[std::size_t(w)]) {
            if (!e->startDate.isValid() || (e->endDate.isValid() && e->endDate < e->startDate))
                continue;
            if (e->startDate.toJulianDay() + 60 >= todayJulian)
                continue;
            const QDate deadline = e->startDate.addDays(60);
            const int year = std::max(e->startDate.year(), kFirstFlaYear);
            if (!CreditAccumulator::inRange(year) || year > day.year)
                continue;
            if (!rightYears[std::size_t(w) * CreditAccumulator::kYears +
                            std::size_t(year - CreditAccumulator::kFirstYear)])
                sink.add("DT-007", RecordKind::Employment, e->uuid, QStringLiteral("startDate"),
                         {param("start", iso(e->startDate)), param("deadline", iso(deadline)),
                          param("year", QString::number(year))});
        }
    }

    // 7. Participations: references, record rules, employment, credit.
    std::vector<int> participationWorker(std::size_t(set.participations.size()), -1);
    std::vector<int> participationTraining(std::size_t(set.participations.size()), -1);
    for (qsizetype i = 0; i < set.participations.size(); ++i) {
        const Participation &p = set.participations.at(i);
        const int t = table.find(p.trainingUuid, RecordKind::Training);
        const int w = table.find(p.workerUuid, RecordKind::Worker);
        const int e = employerOf(p.employerUuid);
        const Training *training = t >= 0 ? &set.trainings.at(t) : nullptr;
        rules::checkParticipation(p, training, sink);
        if (e < 0) {
            unknown(RecordKind::Participation, p.uuid, "employerUuid", p.employerUuid);
            continue;
        }
        if (t < 0) {
            unknown(RecordKind::Participation, p.uuid, "trainingUuid", p.trainingUuid);
            continue;
        }
        if (w < 0) {
            unknown(RecordKind::Participation, p.uuid, "workerUuid", p.workerUuid);
            continue;
        }
        if (trainingEmployer[std::size_t(t)] != e) {
            otherEmployer(RecordKind::Participation, p.uuid, "trainingUuid", p.trainingUuid);
            continue;
        }
        if (workerEmployer[std::size_t(w)] != e) {
            otherEmployer(RecordKind::Participation, p.uuid, "workerUuid", p.workerUuid);
            continue;
        }
        checkAgainstEmployments(p, *training, employmentLists[std::size_t(w)], sink);
        credit.addParticipation(w, p, *training, set.employers.at(e).hoursPerDay,
                                trainingYear[std::size_t(t)]);
        participationWorker[std::size_t(i)] = w;
        participationTraining[std::size_t(i)] = t;
    }

    // 8. Per worker: probable duplicates (DP-001) and overlapping formal trainings (OV-001).
    Groups participationsOf;
    participationsOf.build(workerCount, participationWorker);
    struct Item
    {
        qint64 start, end;
        int name, training, participation;
        bool formal;
    };
    std::vector<Item> items;
    for (int w = 0; w < workerCount; ++w) {
        if (participationsOf.size(w) < 2)
            continue;
        items.clear();
        for (const int *it = participationsOf.begin(w); it != participationsOf.end(w); ++it) {
            const int t = participationTraining[std::size_t(*it)];
            const Training &tr = set.trainings.at(t);
            if (!tr.startDate.isValid() || !tr.endDate.isValid())
                continue;
            items.push_back({tr.startDate.toJulianDay(), tr.endDate.toJulianDay(),
                             trainingName[std::size_t(t)], t, *it,
                             tr.kind == TrainingKind::Formal && tr.endDate >= tr.startDate});
        }
        std::sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
            if (a.start != b.start)
                return a.start < b.start;
            if (a.end != b.end)
                return a.end < b.end;
            if (a.name != b.name)
                return a.name < b.name;
            return a.participation < b.participation;
        });
        const Item *reach = nullptr;
        for (std::size_t k = 0; k < items.size(); ++k) {
            const Item &cur = items[k];
            const Participation &p = set.participations.at(cur.participation);
            if (k > 0 && items[k - 1].start == cur.start && items[k - 1].end == cur.end &&
                items[k - 1].name == cur.name) {
                const Training &tr = set.trainings.at(cur.training);
                sink.add("DP-001", RecordKind::Participation, p.uuid, QStringLiteral("trainingUuid"),
                         {param("training", tr.name), param("start", iso(tr.startDate))});
                continue;
            }
            if (!cur.formal)
                continue;
            if (reach && cur.start <= reach->end)
                sink.add("OV-001", RecordKind::Participation, p.uuid, QStringLiteral("trainingUuid"),
                         {param("training", set.trainings.at(cur.training).name),
                          param("otherTraining", set.trainings.at(reach->training).name)});
            if (!reach || cur.end > reach->end)
                reach = &cur;
        }
    }

    // 9. The credit per worker and year: CR-001 when more is used than available.
    //    The size class of each employer comes from all its workers' employments.
    std::vector<QList<const Employment *>> employerEmployments(std::size_t(set.employers.size()));
    for (int w = 0; w < workerCount; ++w) {
        const int e = workerEmployer[std::size_t(w)];
        if (e >= 0)
            employerEmployments[std::size_t(e)].append(employmentLists[std::size_t(w)]);
    }
    std::vector<CreditBasis> bases(std::size_t(set.employers.size()));
    for (qsizetype e = 0; e < set.employers.size(); ++e)
        bases[std::size_t(e)] =
            CreditBasis::compute(set.employers.at(e).sizeClass, employerEmployments[std::size_t(e)]);
    for (int w = 0; w < workerCount; ++w) {
        const int e = workerEmployer[std::size_t(w)];
        if (e < 0)
            continue;
        credit.finish(w, bases[std::size_t(e)], employmentLists[std::size_t(w)]);
        for (int y = CreditAccumulator::kFirstYear;
             y < CreditAccumulator::kFirstYear + CreditAccumulator::kYears; ++y) {
            const CreditLine l = credit.line(w, y);
            if (l.isOverused())
                sink.add("CR-001", RecordKind::Worker, set.workers.at(w).uuid, QStringLiteral("credit"),
                         {param("year", QString::number(y)), param("used", rules::formatNumber(l.usedDays)),
                          param("available", rules::formatNumber(l.entitledDays + l.carriedOverDays))});
        }
    }

    AnomalyList result(std::move(out)); // taken over, not copied: a million records' findings
    qCDebug(lcAnomaly) << "validated" << set.recordCount() << "records in" << timer.elapsed()
                       << "ms:" << result.size() << "anomalies";
    return result;
}

} // namespace fla
