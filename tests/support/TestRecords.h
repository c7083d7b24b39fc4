#pragma once

#include "core/domain/Entities.h"

#include <QUuid>

namespace fla::test {

// Records a test builds its data from: each with a new uuid and linked to what
// it belongs to (its employer, worker, training); the test sets on the record
// what it is about and appends it to its data set.

inline Employer employerRecord(const QString &enterpriseNumber, const QString &name)
{
    Employer e;
    e.uuid = QUuid::createUuid();
    e.enterpriseNumber = enterpriseNumber;
    e.name = name;
    return e;
}

inline Worker workerOf(const Employer &e, const QString &ssin, const QString &familyName,
                       const QString &givenName = {})
{
    Worker w;
    w.uuid = QUuid::createUuid();
    w.employerUuid = e.uuid;
    w.ssin = ssin;
    w.familyName = familyName;
    w.givenName = givenName;
    return w;
}

inline Employment employmentOf(const Worker &w, const QDate &start)
{
    Employment m;
    m.uuid = QUuid::createUuid();
    m.employerUuid = w.employerUuid;
    m.workerUuid = w.uuid;
    m.startDate = start;
    return m;
}

// A training of `days` days from `start`, counted in days.
inline Training trainingOf(const Employer &e, const QString &name, const QDate &start, int days = 1)
{
    Training t;
    t.uuid = QUuid::createUuid();
    t.employerUuid = e.uuid;
    t.name = name;
    t.startDate = start;
    t.endDate = start.addDays(days - 1);
    t.duration = days;
    t.unit = DurationUnit::Days;
    return t;
}

inline Participation participationOf(const Training &t, const Worker &w)
{
    Participation p;
    p.uuid = QUuid::createUuid();
    p.employerUuid = t.employerUuid;
    p.trainingUuid = t.uuid;
    p.workerUuid = w.uuid;
    return p;
}

} // namespace fla::test
