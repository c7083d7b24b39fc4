#include "ui/data/DemoData.h"

#include "core/domain/EnterpriseNumber.h"
#include "core/domain/Ssin.h"
#include "core/generate/Generator.h"

#include <algorithm>

namespace fla::ui {

QStringList demoEnterpriseNumbers()
{
    // The first two are the sandbox identities' mandates (SandboxConfig::defaultIdentities);
    // nobody on the sandbox may act for the third.
    return {EnterpriseNumber::compose(4211111), EnterpriseNumber::compose(4222222),
            EnterpriseNumber::compose(4299999)};
}

QDate demoReferenceDate()
{
    return QDate(2026, 6, 30); // mid-year of the FLA's last year of declarations
}

DemoWorkspaceSet demoWorkspaceSet(int participations)
{
    const QDate today = demoReferenceDate();
    GeneratorOptions options;
    options.seed = 7;
    options.participations = participations;
    options.invalidFraction = 0; // injected values are refused by storage; the refusal is added below
    options.referenceDate = today;
    DemoWorkspaceSet out;
    out.set = Generator::generate(options).set;
    DataSet &d = out.set;
    std::sort(d.employers.begin(), d.employers.end(),
              [](const Employer &a, const Employer &b) { return a.name < b.name; });
    const QStringList numbers = demoEnterpriseNumbers();
    for (int i = 0; i < d.employers.size(); ++i) {
        if (i < numbers.size())
            d.employers[i].enterpriseNumber = numbers.at(i);
    }
    if (d.employers.isEmpty())
        return out;

    // The record to refuse: a worker of the first company hired after a training they followed.
    const Employer &first = d.employers.first();
    const Training *training = nullptr;
    for (const Training &t : std::as_const(d.trainings)) {
        if (t.employerUuid == first.uuid && t.startDate.isValid() && t.endDate.isValid() &&
            t.endDate < today && (!training || t.startDate > training->startDate))
            training = &t;
    }
    if (!training)
        return out;
    Worker w;
    w.uuid = QUuid(0x6d656d6f, 0x0001, 0x4000, 0x80, 0, 0, 0, 0, 0, 0, 1);
    w.employerUuid = first.uuid;
    w.birthDate = QDate(1994, 5, 17);
    w.ssin = Ssin::compose(94, 5, 17, 321, false);
    w.familyName = QStringLiteral("Vermeulen");
    w.givenName = QStringLiteral("Laura");
    w.language = first.language;
    d.workers.append(w);
    Employment e;
    e.uuid = QUuid(0x6d656d6f, 0x0002, 0x4000, 0x80, 0, 0, 0, 0, 0, 0, 1);
    e.employerUuid = first.uuid;
    e.workerUuid = w.uuid;
    e.startDate = training->endDate.addDays(14); // hired two weeks after the training
    e.jointCommittee = first.jointCommittees.value(0, QStringLiteral("200"));
    d.employments.append(e);
    Participation p;
    p.uuid = QUuid(0x6d656d6f, 0x0003, 0x4000, 0x80, 0, 0, 0, 0, 0, 0, 1);
    p.employerUuid = first.uuid;
    p.trainingUuid = training->uuid;
    p.workerUuid = w.uuid;
    d.participations.append(p);
    out.refusedParticipation = p.uuid;
    out.refusedWorker = w.uuid;
    return out;
}

} // namespace fla::ui
