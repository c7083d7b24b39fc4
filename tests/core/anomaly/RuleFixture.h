#pragma once

#include "core/dataset/DataSet.h"
#include "core/domain/EnterpriseNumber.h"
#include "core/domain/NssoNumber.h"
#include "core/domain/Ssin.h"

#include <QUuid>

namespace fla::test {

// A small clean set (no anomaly on 2026-06-30): one employer of 20+ workers,
// one full-time worker employed since 2020, an informal 3-hour workshop and a
// formal 2-day course in 2025, legal rights of 5 days for 2024-2026.
inline DataSet ruleFixture()
{
    DataSet s;
    Employer e;
    e.uuid = QUuid::fromString(QStringLiteral("{10000000-0000-4000-8000-000000000001}"));
    e.enterpriseNumber = EnterpriseNumber::compose(5669882);
    e.nssoNumber = NssoNumber::compose(1234567);
    e.name = "Bakkerij Peeters BV";
    e.sizeClass = SizeClass::From20;
    e.jointCommittees = QStringList{"200"};
    s.employers.append(e);

    Worker w;
    w.uuid = QUuid::fromString(QStringLiteral("{20000000-0000-4000-8000-000000000001}"));
    w.employerUuid = e.uuid;
    w.ssin = "85073003328";
    w.familyName = "Peeters";
    w.givenName = "Jan";
    w.birthDate = QDate(1985, 7, 30);
    s.workers.append(w);

    Employment m;
    m.uuid = QUuid::fromString(QStringLiteral("{30000000-0000-4000-8000-000000000001}"));
    m.employerUuid = e.uuid;
    m.workerUuid = w.uuid;
    m.startDate = QDate(2020, 1, 1);
    m.workRegime = 1;
    m.jointCommittee = "200";
    s.employments.append(m);

    Training t;
    t.uuid = QUuid::fromString(QStringLiteral("{40000000-0000-4000-8000-000000000001}"));
    t.employerUuid = e.uuid;
    t.name = "Excel workshop";
    t.kind = TrainingKind::Informal;
    t.startDate = QDate(2025, 3, 10);
    t.endDate = QDate(2025, 3, 10);
    t.duration = 3;
    t.unit = DurationUnit::Hours;
    t.status = TrainingStatus::Completed;
    t.registeredOn = QDate(2025, 3, 15);
    s.trainings.append(t);

    Training t2;
    t2.uuid = QUuid::fromString(QStringLiteral("{40000000-0000-4000-8000-000000000002}"));
    t2.employerUuid = e.uuid;
    t2.name = "VCA basis";
    t2.provider = "Syntra";
    t2.kind = TrainingKind::Formal;
    t2.startDate = QDate(2025, 5, 5);
    t2.endDate = QDate(2025, 5, 6);
    t2.duration = 2;
    t2.unit = DurationUnit::Days;
    t2.status = TrainingStatus::Completed;
    t2.registeredOn = QDate(2025, 5, 20);
    s.trainings.append(t2);

    for (int i = 0; i < 2; ++i) {
        Participation p;
        p.uuid = QUuid::fromString(QStringLiteral("{50000000-0000-4000-8000-00000000000%1}").arg(i + 1));
        p.employerUuid = e.uuid;
        p.trainingUuid = s.trainings.at(i).uuid;
        p.workerUuid = w.uuid;
        s.participations.append(p);
    }
    for (int y = 2024; y <= 2026; ++y) {
        TrainingRight r;
        r.uuid = QUuid::fromString(QStringLiteral("{60000000-0000-4000-8000-00000000%1}").arg(y));
        r.employerUuid = e.uuid;
        r.workerUuid = w.uuid;
        r.year = y;
        r.type = RightType::Legal;
        r.amount = 5;
        r.unit = DurationUnit::Days;
        s.rights.append(r);
    }
    return s;
}

} // namespace fla::test
