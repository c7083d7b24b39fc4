#include "core/obligations/TrainingAccount.h"

#include "core/anomaly/FlaRules.h"
#include "core/domain/Ssin.h"

#include <QCoreApplication>
#include <algorithm>

namespace fla {

TrainingAccount TrainingAccount::build(const DataSet &data, const QUuid &workerUuid, int year)
{
    TrainingAccount account;
    account.year = year;
    for (const Worker &w : data.workers) {
        if (w.uuid == workerUuid)
            account.worker = &w;
    }
    if (!account.worker)
        return account;
    for (const Employer &e : data.employers) {
        if (e.uuid == account.worker->employerUuid)
            account.employer = &e;
    }
    for (const CreditLine &l : CreditCalculator::compute(data, year)) {
        if (l.workerUuid == workerUuid) {
            account.line = l;
            account.hasLine = true;
        }
    }
    const double hoursPerDay = account.employer ? account.employer->hoursPerDay : 7.6;
    QHash<QUuid, const Training *> trainings;
    for (const Training &t : data.trainings)
        trainings.insert(t.uuid, &t);
    for (const Participation &p : data.participations) {
        if (p.workerUuid != workerUuid)
            continue;
        const Training *t = trainings.value(p.trainingUuid);
        if (!t || t->startDate.year() != year)
            continue;
        AccountTraining a;
        a.training = t;
        a.participation = &p;
        a.days = flarules::toDays(p.durationOverride.value_or(t->duration), t->unit, hoursPerDay);
        a.deducted = flarules::usesTrainingRight(*t);
        account.trainings.append(a);
    }
    std::sort(account.trainings.begin(), account.trainings.end(),
              [](const AccountTraining &a, const AccountTraining &b) {
                  if (a.training->startDate != b.training->startDate)
                      return a.training->startDate < b.training->startDate;
                  return a.training->name < b.training->name;
              });
    return account;
}

QList<const Worker *> TrainingAccount::findWorkers(const DataSet &data, const QString &who)
{
    QList<const Worker *> found;
    const QUuid uuid = QUuid::fromString(who.trimmed());
    const Ssin ssin = Ssin::parse(who);
    for (const Worker &w : data.workers) {
        if ((!uuid.isNull() && w.uuid == uuid) ||
            (uuid.isNull() && !ssin.normalized().isEmpty() && w.ssin == ssin.normalized()))
            found.append(&w);
    }
    return found;
}

QStringList TrainingAccount::unconfirmedParts() const
{
    QStringList parts;
    if (!hasLine)
        return parts;
    if (line.figures && !line.figures->confirmed) {
        parts.append(line.sectorRule()
                         ? QCoreApplication::translate("fla::TrainingAccount",
                                                       "the sector agreement %1 (days per FTE)")
                               .arg(line.figures->agreement)
                         : QCoreApplication::translate("fla::TrainingAccount", "the law's days per FTE"));
    }
    if (!line.carryOverConfirmed)
        parts.append(QCoreApplication::translate("fla::TrainingAccount", "the five-year carry-over window"));
    return parts;
}

} // namespace fla
