#include "data/FieldChecks.h"

#include "common/Clock.h"
#include "domain/EnterpriseNumber.h"
#include "domain/JointCommittee.h"
#include "domain/NssoNumber.h"
#include "domain/Ssin.h"

namespace fla {

namespace {

FieldAnomaly make(const char *code, Severity s, RecordKind kind, const QUuid &uuid, const char *field,
                  const QString &message)
{
    return FieldAnomaly{QString::fromLatin1(code), s, kind, uuid, QString::fromLatin1(field), message};
}

QString workerName(const Worker &w)
{
    const QString n = QString(w.familyName + QLatin1Char(' ') + w.givenName).trimmed();
    return n.isEmpty() ? Ssin::parse(w.ssin).display() : n;
}

} // namespace

QString FieldChecks::identifierMessage(const QString &code)
{
    if (code == QLatin1String("ID-001"))
        return tr("an INSZ has 11 digits");
    if (code == QLatin1String("ID-002"))
        return tr("the check digits of the INSZ are wrong");
    if (code == QLatin1String("ID-003"))
        return tr("the INSZ holds no possible birth date (month or day)");
    if (code == QLatin1String("ID-004"))
        return tr("the INSZ sequence number 000 or 999 is never assigned");
    if (code == QLatin1String("ID-010"))
        return tr("the enterprise number is not 10 digits with correct check digits");
    if (code == QLatin1String("ID-011"))
        return tr("the NSSO number is outside its domain");
    if (code == QLatin1String("ID-012"))
        return tr("a joint committee is written 999, 999.99 or 999.99.99");
    if (code == QLatin1String("ID-013"))
        return tr("the NSSO number is not 9 digits");
    return code;
}

QString FieldChecks::kindName(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Employer:
        return tr("Company");
    case RecordKind::Worker:
        return tr("Worker");
    case RecordKind::Employment:
        return tr("Employment");
    case RecordKind::Training:
        return tr("Training");
    case RecordKind::Participation:
        return tr("Participation");
    case RecordKind::Right:
        return tr("Training right");
    }
    return {};
}

QString FieldChecks::fieldName(RecordKind kind, const QString &f)
{
    Q_UNUSED(kind)
    if (f == QLatin1String("ssin"))
        return tr("INSZ");
    if (f == QLatin1String("enterpriseNumber"))
        return tr("Enterprise number");
    if (f == QLatin1String("nssoNumber"))
        return tr("NSSO number");
    if (f == QLatin1String("name"))
        return tr("Name");
    if (f == QLatin1String("familyName"))
        return tr("Family name");
    if (f == QLatin1String("givenName"))
        return tr("Given name");
    if (f == QLatin1String("birthDate"))
        return tr("Birth date");
    if (f == QLatin1String("startDate"))
        return tr("Start date");
    if (f == QLatin1String("endDate"))
        return tr("End date");
    if (f == QLatin1String("duration"))
        return tr("Duration");
    if (f == QLatin1String("workRegime"))
        return tr("Work regime");
    if (f == QLatin1String("jointCommittee"))
        return tr("Joint committee");
    if (f == QLatin1String("hoursPerDay"))
        return tr("Hours per day");
    if (f == QLatin1String("amount"))
        return tr("Amount");
    if (f == QLatin1String("status"))
        return tr("Status");
    if (f == QLatin1String("caoNumber"))
        return tr("Collective agreement");
    if (f == QLatin1String("year"))
        return tr("Year");
    if (f == QLatin1String("worker"))
        return tr("Worker");
    if (f == QLatin1String("training"))
        return tr("Training");
    return f;
}

QString FieldChecks::severityName(Severity s)
{
    switch (s) {
    case Severity::Blocking:
        return tr("Blocking");
    case Severity::Warning:
        return tr("Warning");
    case Severity::Information:
        return tr("Information");
    }
    return {};
}

QString FieldChecks::recordLabel(const AnyRecord &record)
{
    struct V
    {
        QString operator()(const Employer &e) const { return tr("company %1").arg(e.name); }
        QString operator()(const Worker &w) const { return tr("worker %1").arg(workerName(w)); }
        QString operator()(const Employment &) const { return tr("employment"); }
        QString operator()(const Training &t) const { return tr("training \"%1\"").arg(t.name); }
        QString operator()(const Participation &) const { return tr("participation"); }
        QString operator()(const TrainingRight &r) const { return tr("training right %1").arg(r.year); }
    };
    return std::visit(V{}, record);
}

QList<FieldAnomaly> FieldChecks::checkEmployer(const Employer &e)
{
    QList<FieldAnomaly> out;
    const QString label = recordLabel(e);
    const auto en = EnterpriseNumber::parse(e.enterpriseNumber);
    for (const auto &f : en.check().findings())
        out.append(
            make(f.code, f.severity, RecordKind::Employer, e.uuid, "enterpriseNumber",
                 tr("%1, enterprise number: %2").arg(label, identifierMessage(QString::fromLatin1(f.code)))));
    if (en.isEstablishmentUnit())
        out.append(
            make("ID-010", Severity::Blocking, RecordKind::Employer, e.uuid, "enterpriseNumber",
                 tr("%1, enterprise number: this is an establishment unit number, not an enterprise number")
                     .arg(label)));
    if (!e.nssoNumber.trimmed().isEmpty()) {
        const auto n = NssoNumber::parse(e.nssoNumber);
        for (const auto &f : n.check().findings())
            out.append(
                make(f.code, f.severity, RecordKind::Employer, e.uuid, "nssoNumber",
                     tr("%1, NSSO number: %2").arg(label, identifierMessage(QString::fromLatin1(f.code)))));
    }
    if (e.name.trimmed().isEmpty())
        out.append(make("RQ-001", Severity::Blocking, RecordKind::Employer, e.uuid, "name",
                        tr("%1, name: the name is required").arg(tr("company"))));
    if (e.hoursPerDay <= 0 || e.hoursPerDay > 12)
        out.append(make("DU-004", Severity::Blocking, RecordKind::Employer, e.uuid, "hoursPerDay",
                        tr("%1, hours per day: must be more than 0 and at most 12").arg(label)));
    return out;
}

QList<FieldAnomaly> FieldChecks::checkWorker(const Worker &w)
{
    QList<FieldAnomaly> out;
    const QString label = recordLabel(w);
    const auto s = Ssin::parse(w.ssin);
    for (const auto &f : s.check().findings())
        out.append(make(f.code, f.severity, RecordKind::Worker, w.uuid, "ssin",
                        tr("%1, INSZ: %2").arg(label, identifierMessage(QString::fromLatin1(f.code)))));
    if (w.familyName.trimmed().isEmpty())
        out.append(make("RQ-001", Severity::Blocking, RecordKind::Worker, w.uuid, "familyName",
                        tr("%1, family name: the family name is required").arg(label)));
    if (w.birthDate.isValid() && s.isValid() && s.birthDate().isValid() && s.birthDate() != w.birthDate)
        out.append(make("ID-005", Severity::Warning, RecordKind::Worker, w.uuid, "birthDate",
                        tr("%1, birth date: differs from the birth date in the INSZ").arg(label)));
    return out;
}

QList<FieldAnomaly> FieldChecks::checkEmployment(const Employment &e, const QString &workerLabel)
{
    QList<FieldAnomaly> out;
    const QString label = workerLabel.isEmpty() ? tr("employment") : tr("employment of %1").arg(workerLabel);
    if (!e.startDate.isValid())
        out.append(make("RQ-001", Severity::Blocking, RecordKind::Employment, e.uuid, "startDate",
                        tr("%1, start date: the start date is required").arg(label)));
    if (e.startDate.isValid() && e.endDate.isValid() && e.endDate < e.startDate)
        out.append(make("DT-001", Severity::Blocking, RecordKind::Employment, e.uuid, "endDate",
                        tr("%1, end date: before the start date").arg(label)));
    if (!(e.workRegime > 0 && e.workRegime <= 1))
        out.append(make("DU-005", Severity::Blocking, RecordKind::Employment, e.uuid, "workRegime",
                        tr("%1, work regime: a fraction more than 0 and at most 1").arg(label)));
    if (!e.jointCommittee.trimmed().isEmpty()) {
        const auto jc = JointCommittee::parse(e.jointCommittee);
        for (const auto &f : jc.check().findings())
            out.append(make(
                f.code, f.severity, RecordKind::Employment, e.uuid, "jointCommittee",
                tr("%1, joint committee: %2").arg(label, identifierMessage(QString::fromLatin1(f.code)))));
    }
    return out;
}

QList<FieldAnomaly> FieldChecks::checkTraining(const Training &t, const Clock &clock)
{
    QList<FieldAnomaly> out;
    const QString label = recordLabel(t);
    if (t.name.trimmed().isEmpty())
        out.append(make("RQ-001", Severity::Blocking, RecordKind::Training, t.uuid, "name",
                        tr("%1, name: the name of the training is required").arg(tr("training"))));
    if (!t.startDate.isValid())
        out.append(make("RQ-001", Severity::Blocking, RecordKind::Training, t.uuid, "startDate",
                        tr("%1, start date: the start date is required").arg(label)));
    if (!t.endDate.isValid())
        out.append(make("RQ-001", Severity::Blocking, RecordKind::Training, t.uuid, "endDate",
                        tr("%1, end date: the end date is required").arg(label)));
    if (t.startDate.isValid() && t.endDate.isValid() && t.endDate < t.startDate)
        out.append(make("DT-001", Severity::Blocking, RecordKind::Training, t.uuid, "endDate",
                        tr("%1, end date: before the start date").arg(label)));
    if (t.startDate.isValid() && t.startDate < QDate(2024, 1, 1))
        out.append(make("DT-003", Severity::Blocking, RecordKind::Training, t.uuid, "startDate",
                        tr("%1, start date: before 1 January 2024, when the register began").arg(label)));
    if (t.status == TrainingStatus::Completed && t.endDate.isValid() && t.endDate > clock.today())
        out.append(make("DT-004", Severity::Warning, RecordKind::Training, t.uuid, "status",
                        tr("%1, status: marked completed but it ends in the future").arg(label)));
    if (t.duration <= 0)
        out.append(make("DU-001", Severity::Blocking, RecordKind::Training, t.uuid, "duration",
                        tr("%1, duration: must be more than 0").arg(label)));
    if (t.startDate.isValid() && t.endDate.isValid() && t.endDate >= t.startDate && t.duration > 0) {
        const qint64 days = t.startDate.daysTo(t.endDate) + 1;
        if (t.unit == DurationUnit::Days && t.duration > double(days))
            out.append(make("DU-002", Severity::Blocking, RecordKind::Training, t.uuid, "duration",
                            tr("%1, duration: %2 days do not fit in a period of %3 calendar days")
                                .arg(label)
                                .arg(t.duration)
                                .arg(days)));
        if (t.unit == DurationUnit::Hours && t.duration > 12.0 * double(days))
            out.append(make("DU-003", Severity::Warning, RecordKind::Training, t.uuid, "duration",
                            tr("%1, duration: more than 12 hours a day over the period").arg(label)));
    }
    if (!t.countsForFla)
        out.append(
            make("CF-001", Severity::Information, RecordKind::Training, t.uuid, "countsForFla",
                 tr("%1: does not count for the learning account and is left out of the credit").arg(label)));
    return out;
}

QList<FieldAnomaly> FieldChecks::checkParticipation(const Participation &p, const QString &label)
{
    QList<FieldAnomaly> out;
    const QString l = label.isEmpty() ? tr("participation") : label;
    if (p.workerUuid.isNull())
        out.append(make("RQ-001", Severity::Blocking, RecordKind::Participation, p.uuid, "worker",
                        tr("%1, worker: the worker is required").arg(l)));
    if (p.durationOverride && *p.durationOverride <= 0)
        out.append(make("DU-001", Severity::Blocking, RecordKind::Participation, p.uuid, "duration",
                        tr("%1, duration: must be more than 0").arg(l)));
    if (p.certificate && !p.followed)
        out.append(make("PT-001", Severity::Warning, RecordKind::Participation, p.uuid, "certificate",
                        tr("%1, certificate: a certificate for a training that was not followed").arg(l)));
    return out;
}

QList<FieldAnomaly> FieldChecks::checkRight(const TrainingRight &r, const QString &workerLabel)
{
    QList<FieldAnomaly> out;
    const QString label =
        workerLabel.isEmpty() ? recordLabel(r) : tr("training right %1 of %2").arg(r.year).arg(workerLabel);
    const double days = r.unit == DurationUnit::Days ? r.amount : r.amount / 7.6;
    if (r.type == RightType::Legal && (days > 5.0 || r.amount < 0))
        out.append(make("RT-001", Severity::Warning, RecordKind::Right, r.uuid, "amount",
                        tr("%1, amount: a legal right is between 0 and 5 days a year").arg(label)));
    if (r.type == RightType::Sectoral && r.caoNumber.trimmed().isEmpty())
        out.append(
            make("RT-002", Severity::Blocking, RecordKind::Right, r.uuid, "caoNumber",
                 tr("%1, collective agreement: a sectoral right needs the joint committee and agreement")
                     .arg(label)));
    if (r.year < 2024 || r.year > 2100)
        out.append(make("RT-003", Severity::Blocking, RecordKind::Right, r.uuid, "year",
                        tr("%1, year: from 2024").arg(label)));
    return out;
}

QList<FieldAnomaly> FieldChecks::check(const AnyRecord &record, const Clock &clock)
{
    struct V
    {
        const Clock &clock;
        QList<FieldAnomaly> operator()(const Employer &e) const { return checkEmployer(e); }
        QList<FieldAnomaly> operator()(const Worker &w) const { return checkWorker(w); }
        QList<FieldAnomaly> operator()(const Employment &e) const { return checkEmployment(e); }
        QList<FieldAnomaly> operator()(const Training &t) const { return checkTraining(t, clock); }
        QList<FieldAnomaly> operator()(const Participation &p) const { return checkParticipation(p); }
        QList<FieldAnomaly> operator()(const TrainingRight &r) const { return checkRight(r); }
    };
    return std::visit(V{clock}, record);
}

std::optional<Severity> FieldChecks::worstFor(const QList<FieldAnomaly> &list, const QString &field)
{
    std::optional<Severity> worst;
    for (const auto &a : list) {
        if (a.field != field)
            continue;
        if (!worst || int(a.severity) > int(*worst))
            worst = a.severity;
    }
    return worst;
}

QString FieldChecks::messagesFor(const QList<FieldAnomaly> &list, const QString &field)
{
    QStringList lines;
    for (const auto &a : list) {
        if (a.field == field)
            lines.append(QStringLiteral("%1 (%2): %3").arg(severityName(a.severity), a.code, a.message));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace fla
