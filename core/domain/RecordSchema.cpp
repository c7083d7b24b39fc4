#include "core/domain/RecordSchema.h"

#include <QCoreApplication>
#include <QStringList>

namespace fla::schema {

namespace {

constexpr bool kRequired = true, kOptional = false;

// key, label (found by lupdate, translated by fieldLabel()), required, SQL column, CSV header, API name, XML
// name; member. Every record but the employer belongs to one (employerUuid): the API and the batch XML say so
// by where the record stands, not by a field.

const Field<Employer> kEmployer[] = {
    {{"uuid", QT_TRANSLATE_NOOP("fla::FieldLabels", "identifier (UUID)"), kRequired, "uuid", "uuid", nullptr,
      "uuid"},
     &Employer::uuid},
    {{"enterpriseNumber", QT_TRANSLATE_NOOP("fla::FieldLabels", "enterprise number"), kRequired,
      "enterprise_number", "enterpriseNumber", "enterpriseNumber", "enterpriseNumber"},
     &Employer::enterpriseNumber},
    {{"nssoNumber", QT_TRANSLATE_NOOP("fla::FieldLabels", "NSSO number"), kOptional, "nsso_number",
      "nssoNumber", "nssoNumber", "nssoNumber"},
     &Employer::nssoNumber},
    {{"name", QT_TRANSLATE_NOOP("fla::FieldLabels", "name"), kRequired, "name", "name", "name", "name"},
     &Employer::name},
    {{"language", QT_TRANSLATE_NOOP("fla::FieldLabels", "language"), kRequired, "language", "language",
      "language", "language"},
     &Employer::language},
    {{"sizeClass", QT_TRANSLATE_NOOP("fla::FieldLabels", "size class"), kRequired, "size_class", "sizeClass",
      "sizeClass", "sizeClass"},
     &Employer::sizeClass},
    {{"jointCommittees", QT_TRANSLATE_NOOP("fla::FieldLabels", "joint committees"), kRequired,
      "joint_committees", "jointCommittees", "jointCommittees", "<jointCommittee>"},
     &Employer::jointCommittees},
    {{"hoursPerDay", QT_TRANSLATE_NOOP("fla::FieldLabels", "hours per day"), kRequired, "hours_per_day",
      "hoursPerDay", "hoursPerDay", "hoursPerDay"},
     &Employer::hoursPerDay},
    // The social balance sheet's period; the FLA does not know it.
    {{"financialYearStartMonth", QT_TRANSLATE_NOOP("fla::FieldLabels", "financial year starts: month"),
      kRequired, "financial_year_start_month", "financialYearStartMonth", nullptr, nullptr},
     &Employer::financialYearStartMonth},
    {{"financialYearStartDay", QT_TRANSLATE_NOOP("fla::FieldLabels", "financial year starts: day"), kRequired,
      "financial_year_start_day", "financialYearStartDay", nullptr, nullptr},
     &Employer::financialYearStartDay},
};

const Field<Worker> kWorker[] = {
    {{"uuid", QT_TRANSLATE_NOOP("fla::FieldLabels", "identifier (UUID)"), kRequired, "uuid", "uuid", "uuid",
      "uuid"},
     &Worker::uuid},
    {{"employerUuid", QT_TRANSLATE_NOOP("fla::FieldLabels", "company"), kRequired, "employer_uuid",
      "employerUuid", nullptr, nullptr},
     &Worker::employerUuid},
    {{"ssin", QT_TRANSLATE_NOOP("fla::FieldLabels", "INSZ"), kRequired, "ssin", "ssin", "ssin", "ssin"},
     &Worker::ssin},
    {{"familyName", QT_TRANSLATE_NOOP("fla::FieldLabels", "family name"), kRequired, "family_name",
      "familyName", "familyName", "familyName"},
     &Worker::familyName},
    {{"givenName", QT_TRANSLATE_NOOP("fla::FieldLabels", "given name"), kRequired, "given_name", "givenName",
      "givenName", "givenName"},
     &Worker::givenName},
    {{"birthDate", QT_TRANSLATE_NOOP("fla::FieldLabels", "birth date"), kOptional, "birth_date", "birthDate",
      "birthDate", "birthDate"},
     &Worker::birthDate},
    {{"language", QT_TRANSLATE_NOOP("fla::FieldLabels", "language"), kRequired, "language", "language",
      "language", "language"},
     &Worker::language},
    {{"address", QT_TRANSLATE_NOOP("fla::FieldLabels", "address"), kOptional, "address", "address", "address",
      "<address>"},
     &Worker::address},
    // For the social balance sheet's men/women split; the FLA does not know it.
    {{"sex", QT_TRANSLATE_NOOP("fla::FieldLabels", "sex"), kRequired, "sex", "sex", nullptr, nullptr},
     &Worker::sex},
};

const Field<Employment> kEmployment[] = {
    {{"uuid", QT_TRANSLATE_NOOP("fla::FieldLabels", "identifier (UUID)"), kRequired, "uuid", "uuid", "uuid",
      "uuid"},
     &Employment::uuid},
    {{"employerUuid", QT_TRANSLATE_NOOP("fla::FieldLabels", "company"), kRequired, "employer_uuid",
      "employerUuid", nullptr, nullptr},
     &Employment::employerUuid},
    {{"workerUuid", QT_TRANSLATE_NOOP("fla::FieldLabels", "worker"), kRequired, "worker_uuid", "workerUuid",
      "workerUuid", "worker"},
     &Employment::workerUuid},
    {{"startDate", QT_TRANSLATE_NOOP("fla::FieldLabels", "start date"), kRequired, "start_date", "startDate",
      "startDate", "startDate"},
     &Employment::startDate},
    {{"endDate", QT_TRANSLATE_NOOP("fla::FieldLabels", "end date"), kOptional, "end_date", "endDate",
      "endDate", "endDate"},
     &Employment::endDate},
    {{"workRegime", QT_TRANSLATE_NOOP("fla::FieldLabels", "work regime"), kRequired, "work_regime",
      "workRegime", "workRegime", "workRegime"},
     &Employment::workRegime},
    {{"jointCommittee", QT_TRANSLATE_NOOP("fla::FieldLabels", "joint committee"), kRequired,
      "joint_committee", "jointCommittee", "jointCommittee", "jointCommittee"},
     &Employment::jointCommittee},
    {{"caoNumber", QT_TRANSLATE_NOOP("fla::FieldLabels", "collective agreement number"), kOptional,
      "cao_number", "caoNumber", "caoNumber", "caoNumber"},
     &Employment::caoNumber},
};

const Field<Training> kTraining[] = {
    {{"uuid", QT_TRANSLATE_NOOP("fla::FieldLabels", "identifier (UUID)"), kRequired, "uuid", "uuid", "uuid",
      "uuid"},
     &Training::uuid},
    {{"employerUuid", QT_TRANSLATE_NOOP("fla::FieldLabels", "company"), kRequired, "employer_uuid",
      "employerUuid", nullptr, nullptr},
     &Training::employerUuid},
    {{"name", QT_TRANSLATE_NOOP("fla::FieldLabels", "name"), kRequired, "name", "name", "name", "name"},
     &Training::name},
    {{"provider", QT_TRANSLATE_NOOP("fla::FieldLabels", "training provider"), kOptional, "provider",
      "provider", "provider", "provider"},
     &Training::provider},
    {{"kind", QT_TRANSLATE_NOOP("fla::FieldLabels", "kind"), kRequired, "kind", "kind", "kind", "kind"},
     &Training::kind},
    {{"startDate", QT_TRANSLATE_NOOP("fla::FieldLabels", "start date"), kRequired, "start_date", "startDate",
      "startDate", "startDate"},
     &Training::startDate},
    {{"endDate", QT_TRANSLATE_NOOP("fla::FieldLabels", "end date"), kRequired, "end_date", "endDate",
      "endDate", "endDate"},
     &Training::endDate},
    {{"duration", QT_TRANSLATE_NOOP("fla::FieldLabels", "duration"), kRequired, "duration", "duration",
      "duration", "duration"},
     &Training::duration},
    {{"unit", QT_TRANSLATE_NOOP("fla::FieldLabels", "unit"), kRequired, "unit", "unit", "unit", "unit"},
     &Training::unit},
    {{"countsForFla", QT_TRANSLATE_NOOP("fla::FieldLabels", "counts for the FLA"), kRequired,
      "counts_for_fla", "countsForFla", "countsForFla", "countsForFla"},
     &Training::countsForFla},
    {{"deductFromRight", QT_TRANSLATE_NOOP("fla::FieldLabels", "deducted from the right"), kRequired,
      "deduct_from_right", "deductFromRight", "deductFromRight", "deductFromRight"},
     &Training::deductFromRight},
    {{"financing", QT_TRANSLATE_NOOP("fla::FieldLabels", "financing"), kOptional, "financing", "financing",
      "financing", "financing"},
     &Training::financing},
    {{"costCents", QT_TRANSLATE_NOOP("fla::FieldLabels", "cost"), kOptional, "cost_cents", "cost",
      "costCents", "cost"},
     &Training::costCents},
    {{"status", QT_TRANSLATE_NOOP("fla::FieldLabels", "status"), kRequired, "status", "status", "status",
      "status"},
     &Training::status},
    // The day it was entered: the workspace's, not declared.
    {{"registeredOn", QT_TRANSLATE_NOOP("fla::FieldLabels", "registration date"), kOptional, "registered_on",
      "registeredOn", nullptr, "registeredOn"},
     &Training::registeredOn},
    // For the social balance sheet and the training right; the FLA does not know them.
    {{"category", QT_TRANSLATE_NOOP("fla::FieldLabels", "category"), kRequired, "category", "category",
      nullptr, nullptr},
     &Training::category},
    {{"traineePayCents", QT_TRANSLATE_NOOP("fla::FieldLabels", "trainees' pay"), kOptional,
      "trainee_pay_cents", "traineePay", nullptr, nullptr},
     &Training::traineePayCents},
    {{"travelCostCents", QT_TRANSLATE_NOOP("fla::FieldLabels", "travel and stay"), kOptional,
      "travel_cost_cents", "travelCost", nullptr, nullptr},
     &Training::travelCostCents},
    {{"contributionsCents", QT_TRANSLATE_NOOP("fla::FieldLabels", "contributions to collective funds"),
      kOptional, "contributions_cents", "contributions", nullptr, nullptr},
     &Training::contributionsCents},
    {{"subsidiesCents", QT_TRANSLATE_NOOP("fla::FieldLabels", "subsidies received"), kOptional,
      "subsidies_cents", "subsidies", nullptr, nullptr},
     &Training::subsidiesCents},
    {{"costSharing", QT_TRANSLATE_NOOP("fla::FieldLabels", "costs shared"), kRequired, "cost_sharing",
      "costSharing", nullptr, nullptr},
     &Training::costSharing},
    {{"leave", QT_TRANSLATE_NOOP("fla::FieldLabels", "training leave"), kRequired, "training_leave", "leave",
      nullptr, nullptr},
     &Training::leave},
};

const Field<Participation> kParticipation[] = {
    {{"uuid", QT_TRANSLATE_NOOP("fla::FieldLabels", "identifier (UUID)"), kRequired, "uuid", "uuid", "uuid",
      "uuid"},
     &Participation::uuid},
    {{"employerUuid", QT_TRANSLATE_NOOP("fla::FieldLabels", "company"), kRequired, "employer_uuid",
      "employerUuid", nullptr, nullptr},
     &Participation::employerUuid},
    // The batch XML holds a participation inside its training.
    {{"trainingUuid", QT_TRANSLATE_NOOP("fla::FieldLabels", "training"), kRequired, "training_uuid",
      "trainingUuid", "trainingUuid", nullptr},
     &Participation::trainingUuid},
    {{"workerUuid", QT_TRANSLATE_NOOP("fla::FieldLabels", "worker"), kRequired, "worker_uuid", "workerUuid",
      "workerUuid", "worker"},
     &Participation::workerUuid},
    {{"followed", QT_TRANSLATE_NOOP("fla::FieldLabels", "followed"), kRequired, "followed", "followed",
      "followed", "followed"},
     &Participation::followed},
    {{"certificate", QT_TRANSLATE_NOOP("fla::FieldLabels", "certificate"), kRequired, "certificate",
      "certificate", "certificate", "certificate"},
     &Participation::certificate},
    {{"certificateValidUntil", QT_TRANSLATE_NOOP("fla::FieldLabels", "certificate valid until"), kOptional,
      "certificate_valid_until", "certificateValidUntil", "certificateValidUntil", "certificateValidUntil"},
     &Participation::certificateValidUntil},
    // The data model calls it duration; the record keeps it apart from the training's.
    {{"duration", QT_TRANSLATE_NOOP("fla::FieldLabels", "duration of the participation"), kOptional,
      "duration_override", "duration", "duration", "duration"},
     &Participation::durationOverride},
};

const Field<TrainingRight> kTrainingRight[] = {
    {{"uuid", QT_TRANSLATE_NOOP("fla::FieldLabels", "identifier (UUID)"), kRequired, "uuid", "uuid", "uuid",
      "uuid"},
     &TrainingRight::uuid},
    {{"employerUuid", QT_TRANSLATE_NOOP("fla::FieldLabels", "company"), kRequired, "employer_uuid",
      "employerUuid", nullptr, nullptr},
     &TrainingRight::employerUuid},
    {{"workerUuid", QT_TRANSLATE_NOOP("fla::FieldLabels", "worker"), kRequired, "worker_uuid", "workerUuid",
      "workerUuid", "worker"},
     &TrainingRight::workerUuid},
    {{"year", QT_TRANSLATE_NOOP("fla::FieldLabels", "year"), kRequired, "year", "year", "year", "year"},
     &TrainingRight::year},
    {{"type", QT_TRANSLATE_NOOP("fla::FieldLabels", "type"), kRequired, "type", "type", "type", "type"},
     &TrainingRight::type},
    {{"amount", QT_TRANSLATE_NOOP("fla::FieldLabels", "amount"), kRequired, "amount", "amount", "amount",
      "amount"},
     &TrainingRight::amount},
    {{"unit", QT_TRANSLATE_NOOP("fla::FieldLabels", "unit"), kRequired, "unit", "unit", "unit", "unit"},
     &TrainingRight::unit},
    {{"origin", QT_TRANSLATE_NOOP("fla::FieldLabels", "origin"), kRequired, "origin", "origin", "origin",
      "origin"},
     &TrainingRight::origin},
    {{"caoNumber", QT_TRANSLATE_NOOP("fla::FieldLabels", "sector agreement number"), kOptional, "cao_number",
      "caoNumber", "caoNumber", "caoNumber"},
     &TrainingRight::caoNumber},
    {{"optOut", QT_TRANSLATE_NOOP("fla::FieldLabels", "opted out"), kRequired, "opt_out", "optOut", "optOut",
      "optOut"},
     &TrainingRight::optOut},
};

template<typename R, std::size_t N> Fields<R> all(const Field<R> (&table)[N])
{
    return {table, N};
}

template<typename R> QList<FieldDescription> describeAll()
{
    QList<FieldDescription> out;
    for (const Field<R> &f : fields<R>())
        out.append({f.info, typeOf(f)});
    return out;
}

} // namespace

template<> Fields<Employer> fields<Employer>()
{
    return all(kEmployer);
}
template<> Fields<Worker> fields<Worker>()
{
    return all(kWorker);
}
template<> Fields<Employment> fields<Employment>()
{
    return all(kEmployment);
}
template<> Fields<Training> fields<Training>()
{
    return all(kTraining);
}
template<> Fields<Participation> fields<Participation>()
{
    return all(kParticipation);
}
template<> Fields<TrainingRight> fields<TrainingRight>()
{
    return all(kTrainingRight);
}

QList<FieldDescription> describe(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Employer:
        return describeAll<Employer>();
    case RecordKind::Worker:
        return describeAll<Worker>();
    case RecordKind::Employment:
        return describeAll<Employment>();
    case RecordKind::Training:
        return describeAll<Training>();
    case RecordKind::Participation:
        return describeAll<Participation>();
    case RecordKind::TrainingRight:
        break;
    }
    return describeAll<TrainingRight>();
}

const FieldInfo *find(RecordKind kind, QStringView name, const char *FieldInfo::*form)
{
    const auto search = [name, form](const auto &table) -> const FieldInfo * {
        for (const auto &f : table) {
            if (f.info.*form && name == QLatin1String(f.info.*form))
                return &f.info;
        }
        return nullptr;
    };
    switch (kind) {
    case RecordKind::Employer:
        return search(kEmployer);
    case RecordKind::Worker:
        return search(kWorker);
    case RecordKind::Employment:
        return search(kEmployment);
    case RecordKind::Training:
        return search(kTraining);
    case RecordKind::Participation:
        return search(kParticipation);
    case RecordKind::TrainingRight:
        break;
    }
    return search(kTrainingRight);
}

QStringList names(RecordKind kind, const char *FieldInfo::*form)
{
    QStringList out;
    for (const FieldDescription &f : describe(kind)) {
        if (const char *name = f.info.*form)
            out << QString::fromLatin1(name);
    }
    return out;
}

} // namespace fla::schema
