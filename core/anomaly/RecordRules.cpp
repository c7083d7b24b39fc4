#include "core/anomaly/RecordRules.h"

#include "core/anomaly/AnomalyCatalogue.h"
#include "core/anomaly/FlaRules.h"
#include "core/dataset/FieldRules.h"
#include "core/dataset/FieldText.h"
#include "core/domain/EnterpriseNumber.h"
#include "core/domain/FinancialYear.h"
#include "core/domain/JointCommittee.h"
#include "core/domain/NssoNumber.h"
#include "core/domain/Ssin.h"
#include "core/domain/TrainingCosts.h"
#include "core/domain/WorkerSex.h"

#include <cmath>
#include <cstring>

namespace fla::rules {

using namespace flarules;

namespace {

AnomalyParameter param(const char *name, const QString &value)
{
    return {QString::fromLatin1(name), value};
}

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// Each code of an identifier check once, with the number as typed.
void addIdentifierFindings(const IdentifierCheck &check, RecordKind entity, const QUuid &uuid,
                           const QString &field, const QString &shown, Sink &sink)
{
    const char *seen[8] = {};
    int n = 0;
    for (const auto &f : check.findings()) {
        bool dup = false;
        for (int i = 0; i < n; ++i)
            dup = dup || std::strcmp(seen[i], f.code) == 0;
        if (dup)
            continue;
        if (n < 8)
            seen[n++] = f.code;
        sink.add(f.code, entity, uuid, field, {param("value", shown)});
    }
}

void requireText(const QString &value, const char *field, RecordKind entity, const QUuid &uuid, Sink &sink)
{
    if (value.trimmed().isEmpty())
        sink.add("GN-001", entity, uuid, QString::fromLatin1(field),
                 {param("field", QString::fromLatin1(field))});
}

// GN-002: the limit every way in applies (dataset/FieldRules.h), for a record
// that came in another way (typed, pulled) or before the limit was enforced.
void limitText(const QString &value, const char *field, RecordKind entity, const QUuid &uuid, Sink &sink)
{
    const int max = fieldrules::textRule(QLatin1String(field)).maxLength;
    if (value.size() > max)
        sink.add("GN-002", entity, uuid, QString::fromLatin1(field),
                 {param("field", QString::fromLatin1(field)), param("length", QString::number(value.size())),
                  param("max", QString::number(max))});
}

void requireDate(const QDate &value, const char *field, RecordKind entity, const QUuid &uuid, Sink &sink)
{
    if (!value.isValid())
        sink.add("GN-001", entity, uuid, QString::fromLatin1(field),
                 {param("field", QString::fromLatin1(field))});
}

} // namespace

QString formatNumber(double v)
{
    return QString::number(std::round(v * 100.0) / 100.0, 'g', 12);
}

void Sink::add(const char *code, RecordKind entity, const QUuid &uuid, const QString &field,
               QList<AnomalyParameter> parameters)
{
    Anomaly a;
    a.code = QString::fromLatin1(code);
    a.severity = AnomalyCatalogue::instance().severityOf(a.code);
    a.entity = entity;
    a.recordUuid = uuid;
    a.field = field;
    a.parameters = std::move(parameters);
    m_out->append(std::move(a));
}

bool committeeMatches(const QString &committee, const QStringList &employerCommittees)
{
    const JointCommittee jc = JointCommittee::parse(committee);
    for (const QString &c : employerCommittees) {
        const JointCommittee other = JointCommittee::parse(c);
        if (!other.isValid())
            continue;
        if (other.normalized() == jc.normalized() || other.normalized() == jc.mainCommittee())
            return true;
    }
    return false;
}

void checkEmployer(const Employer &e, Sink &sink)
{
    const RecordKind k = RecordKind::Employer;
    const EnterpriseNumber en = EnterpriseNumber::parse(e.enterpriseNumber);
    addIdentifierFindings(en.check(), k, e.uuid, QStringLiteral("enterpriseNumber"), e.enterpriseNumber,
                          sink);
    if (!e.nssoNumber.trimmed().isEmpty()) {
        const NssoNumber nn = NssoNumber::parse(e.nssoNumber);
        addIdentifierFindings(nn.check(), k, e.uuid, QStringLiteral("nssoNumber"), e.nssoNumber, sink);
    }
    requireText(e.name, "name", k, e.uuid, sink);
    limitText(e.name, "name", k, e.uuid, sink);
    if (!(e.hoursPerDay > 0 && e.hoursPerDay <= kMaxHoursPerDay))
        sink.add("EM-001", k, e.uuid, QStringLiteral("hoursPerDay"),
                 {param("value", formatNumber(e.hoursPerDay))});
    if (e.jointCommittees.isEmpty())
        sink.add("EM-002", k, e.uuid, QStringLiteral("jointCommittees"));
    if (!validFinancialYearStart(e.financialYearStartMonth, e.financialYearStartDay))
        sink.add("EM-003", k, e.uuid,
                 QString::fromLatin1(e.financialYearStartMonth >= 1 && e.financialYearStartMonth <= 12
                                         ? "financialYearStartDay"
                                         : "financialYearStartMonth"),
                 {param("month", QString::number(e.financialYearStartMonth)),
                  param("day", QString::number(e.financialYearStartDay))});
    for (qsizetype i = 0; i < e.jointCommittees.size(); ++i) {
        const JointCommittee jc = JointCommittee::parse(e.jointCommittees.at(i));
        if (!jc.isValid())
            sink.add("ID-012", k, e.uuid, QStringLiteral("jointCommittees[%1]").arg(i),
                     {param("value", e.jointCommittees.at(i))});
    }
}

void checkWorker(const Worker &w, const RuleDay &day, Sink &sink)
{
    const RecordKind k = RecordKind::Worker;
    const Ssin s = Ssin::parse(w.ssin);
    addIdentifierFindings(s.check(), k, w.uuid, QStringLiteral("ssin"), s.masked(), sink);
    requireText(w.familyName, "familyName", k, w.uuid, sink);
    limitText(w.familyName, "familyName", k, w.uuid, sink);
    requireText(w.givenName, "givenName", k, w.uuid, sink);
    limitText(w.givenName, "givenName", k, w.uuid, sink);
    limitText(w.address, "address", k, w.uuid, sink);
    // Only a well-formed number that does not tell (a BIS number issued without
    // the sex): a number with errors is named by its ID finding already.
    if (s.isValid() && sexOf(w) == Ssin::Sex::Unknown)
        sink.add("WK-004", k, w.uuid, QStringLiteral("sex"));
    if (w.birthDate.isValid()) {
        const QDate fromSsin = s.isValid() ? s.birthDate() : QDate();
        if (fromSsin.isValid() && fromSsin != w.birthDate)
            sink.add("WK-001", k, w.uuid, QStringLiteral("birthDate"),
                     {param("birthDate", iso(w.birthDate)), param("ssinBirthDate", iso(fromSsin))});
        if (w.birthDate < QDate(1900, 1, 1) || w.birthDate > day.youngestBirth)
            sink.add("WK-002", k, w.uuid, QStringLiteral("birthDate"),
                     {param("birthDate", iso(w.birthDate))});
    }
}

void checkEmployment(const Employment &e, const Employer *employer, Sink &sink)
{
    const RecordKind k = RecordKind::Employment;
    requireDate(e.startDate, "startDate", k, e.uuid, sink);
    if (e.startDate.isValid() && e.endDate.isValid() && e.endDate < e.startDate)
        sink.add("DT-001", k, e.uuid, QStringLiteral("endDate"),
                 {param("start", iso(e.startDate)), param("end", iso(e.endDate))});
    if (!(e.workRegime > 0 && e.workRegime <= 1))
        sink.add("EP-001", k, e.uuid, QStringLiteral("workRegime"),
                 {param("value", formatNumber(e.workRegime))});
    if (e.jointCommittee.trimmed().isEmpty()) {
        requireText(e.jointCommittee, "jointCommittee", k, e.uuid, sink);
    } else if (!JointCommittee::parse(e.jointCommittee).isValid()) {
        sink.add("ID-012", k, e.uuid, QStringLiteral("jointCommittee"), {param("value", e.jointCommittee)});
    } else if (employer && !employer->jointCommittees.isEmpty() &&
               !committeeMatches(e.jointCommittee, employer->jointCommittees)) {
        sink.add("EP-002", k, e.uuid, QStringLiteral("jointCommittee"),
                 {param("value", e.jointCommittee),
                  param("committees", employer->jointCommittees.join(QStringLiteral(", ")))});
    }
    limitText(e.caoNumber, "caoNumber", k, e.uuid, sink);
}

// What the social balance sheet needs of a completed training's costs.
void checkTrainingCosts(const Training &t, Sink &sink)
{
    const RecordKind k = RecordKind::Training;
    for (const auto &[amount, key] :
         {std::pair{&t.traineePayCents, "traineePayCents"}, std::pair{&t.travelCostCents, "travelCostCents"},
          std::pair{&t.contributionsCents, "contributionsCents"},
          std::pair{&t.subsidiesCents, "subsidiesCents"}}) {
        if (*amount && **amount < 0)
            sink.add("TR-001", k, t.uuid, QString::fromLatin1(key),
                     {param("value", fieldtext::fromCents(*amount))});
    }
    if (t.status != TrainingStatus::Completed)
        return;
    // A training without any cost is counted at 0 and named by the social balance
    // sheet itself (SocialBalance::trainingsWithoutCost), not flagged on every record.
    const std::optional<qint64> gross = grossCostCents(t);
    if (gross && t.subsidiesCents && *t.subsidiesCents > *gross)
        sink.add("TR-006", k, t.uuid, QStringLiteral("subsidiesCents"),
                 {param("subsidies", fieldtext::fromCents(t.subsidiesCents)),
                  param("gross", fieldtext::fromCents(gross))});
}

void checkTraining(const Training &t, const RuleDay &day, Sink &sink)
{
    const QDate &today = day.today;
    const RecordKind k = RecordKind::Training;
    requireText(t.name, "name", k, t.uuid, sink);
    limitText(t.name, "name", k, t.uuid, sink);
    limitText(t.provider, "provider", k, t.uuid, sink);
    limitText(t.financing, "financing", k, t.uuid, sink);
    requireDate(t.startDate, "startDate", k, t.uuid, sink);
    requireDate(t.endDate, "endDate", k, t.uuid, sink);
    const bool datesValid = t.startDate.isValid() && t.endDate.isValid();
    const bool ordered = datesValid && t.endDate >= t.startDate;
    if (datesValid && !ordered)
        sink.add("DT-001", k, t.uuid, QStringLiteral("endDate"),
                 {param("start", iso(t.startDate)), param("end", iso(t.endDate))});
    if (t.startDate.isValid() && t.startDate < firstFlaDay())
        sink.add("DT-003", k, t.uuid, QStringLiteral("startDate"), {param("start", iso(t.startDate))});
    const qint64 days = calendarDays(t.startDate, t.endDate);
    if (ordered && days > 366)
        sink.add("DT-009", k, t.uuid, QStringLiteral("endDate"), {param("days", QString::number(days))});
    if (!(t.duration > 0)) {
        sink.add("DU-001", k, t.uuid, QStringLiteral("duration"), {param("value", formatNumber(t.duration))});
    } else if (ordered) {
        if (t.unit == DurationUnit::Days && t.duration > double(days))
            sink.add("DU-002", k, t.uuid, QStringLiteral("duration"),
                     {param("value", formatNumber(t.duration)), param("days", QString::number(days))});
        if (t.unit == DurationUnit::Hours && t.duration > kMaxHoursPerDay * double(days))
            sink.add("DU-003", k, t.uuid, QStringLiteral("duration"),
                     {param("value", formatNumber(t.duration)),
                      param("max", formatNumber(kMaxHoursPerDay * double(days)))});
    }
    if (t.status == TrainingStatus::Completed && t.endDate.isValid() && t.endDate > today)
        sink.add("DT-004", k, t.uuid, QStringLiteral("status"),
                 {param("end", iso(t.endDate)), param("today", iso(today))});
    if (!t.registeredOn.isValid()) {
        sink.add("TR-003", k, t.uuid, QStringLiteral("registeredOn"));
    } else if (t.registeredOn > today) {
        sink.add("DT-008", k, t.uuid, QStringLiteral("registeredOn"),
                 {param("registeredOn", iso(t.registeredOn)), param("today", iso(today))});
    } else if (t.endDate.isValid() && t.registeredOn > quarterlyDeadline(t.endDate)) {
        sink.add("DT-005", k, t.uuid, QStringLiteral("registeredOn"),
                 {param("registeredOn", iso(t.registeredOn)),
                  param("deadline", iso(quarterlyDeadline(t.endDate)))});
    }
    if (t.costCents && *t.costCents < 0)
        sink.add("TR-001", k, t.uuid, QStringLiteral("cost"),
                 {param("value", fieldtext::fromCents(t.costCents))});
    if (t.kind == TrainingKind::Formal && t.provider.trimmed().isEmpty())
        sink.add("TR-002", k, t.uuid, QStringLiteral("provider"));
    if (!t.countsForFla && t.deductFromRight)
        sink.add("CF-001", k, t.uuid, QStringLiteral("deductFromRight"));
    checkTrainingCosts(t, sink);
    if (t.leave != TrainingLeave::None && t.deductFromRight)
        sink.add("TR-005", k, t.uuid, QStringLiteral("deductFromRight"));
}

void checkParticipation(const Participation &p, const Training *training, Sink &sink)
{
    const RecordKind k = RecordKind::Participation;
    if (p.durationOverride) {
        if (!(*p.durationOverride > 0))
            sink.add("DU-001", k, p.uuid, QStringLiteral("duration"),
                     {param("value", formatNumber(*p.durationOverride))});
        else if (training && training->duration > 0 && *p.durationOverride > training->duration)
            sink.add("PA-003", k, p.uuid, QStringLiteral("duration"),
                     {param("value", formatNumber(*p.durationOverride)),
                      param("trainingDuration", formatNumber(training->duration))});
    }
    if (p.certificateValidUntil.isValid()) {
        if (!p.certificate)
            sink.add("PA-002", k, p.uuid, QStringLiteral("certificateValidUntil"),
                     {param("validUntil", iso(p.certificateValidUntil))});
        else if (training && training->endDate.isValid() && p.certificateValidUntil < training->endDate)
            sink.add(
                "PA-001", k, p.uuid, QStringLiteral("certificateValidUntil"),
                {param("validUntil", iso(p.certificateValidUntil)), param("end", iso(training->endDate))});
    }
    if (p.certificate && !p.followed)
        sink.add("PA-004", k, p.uuid, QStringLiteral("certificate"));
}

void checkRight(const TrainingRight &r, double hoursPerDay, const RuleDay &day, Sink &sink)
{
    const RecordKind k = RecordKind::TrainingRight;
    if (r.year < kFirstFlaYear || r.year > day.year + 1)
        sink.add("RT-004", k, r.uuid, QStringLiteral("year"), {param("year", QString::number(r.year))});
    if (r.amount < 0)
        sink.add("RT-003", k, r.uuid, QStringLiteral("amount"), {param("value", formatNumber(r.amount))});
    else if (r.type == RightType::Legal && toDays(r.amount, r.unit, hoursPerDay) > kMaxLegalDays + 1e-9)
        sink.add("RT-001", k, r.uuid, QStringLiteral("amount"),
                 {param("value", formatNumber(toDays(r.amount, r.unit, hoursPerDay)))});
    if (r.type == RightType::Sectoral && r.caoNumber.trimmed().isEmpty())
        sink.add("RT-002", k, r.uuid, QStringLiteral("caoNumber"));
    limitText(r.caoNumber, "caoNumber", k, r.uuid, sink);
}

} // namespace fla::rules
