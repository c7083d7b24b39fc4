#pragma once

#include "core/domain/EnterpriseNumber.h"
#include "core/domain/Entities.h"
#include "core/domain/Ssin.h"

#include "PostgresTestCluster.h"

#include <QTest>
#include <QUuid>

// A new workspace's location on the engine under test ($FLADESK_TEST_ENGINE:
// a file in the folder, or a new database in the throw-away PostgreSQL
// cluster), declared as var. When the cluster cannot start, the test fails
// (in CI, or in a run that asked for PostgreSQL) or else is skipped, saying why.
#define STORAGE_LOCATION(var, dir, file)                                                                     \
    QString var;                                                                                             \
    do {                                                                                                     \
        QString why_;                                                                                        \
        var = fla::test::newWorkspaceLocation((dir), QStringLiteral(file), &why_);                           \
        if (var.isEmpty()) {                                                                                 \
            if (fla::test::postgresRequired())                                                               \
                QFAIL(qPrintable(why_));                                                                     \
            QSKIP(qPrintable(why_));                                                                         \
        }                                                                                                    \
    } while (false)

// Small synthetic records for the storage tests.
namespace storagetest {

inline fla::Employer employer(const QString &name, qint64 first8 = 5669882)
{
    fla::Employer e;
    e.uuid = QUuid::createUuid();
    e.enterpriseNumber = fla::EnterpriseNumber::compose(first8);
    e.name = name;
    e.language = fla::Language::Dutch;
    e.sizeClass = fla::SizeClass::From20;
    e.jointCommittees = {QStringLiteral("200")};
    return e;
}

inline fla::Worker worker(const QUuid &employer, const QString &family, int seq = 33)
{
    fla::Worker w;
    w.uuid = QUuid::createUuid();
    w.employerUuid = employer;
    w.ssin = fla::Ssin::compose(85, 7, 30, seq, false);
    w.familyName = family;
    w.givenName = QStringLiteral("Jan");
    w.birthDate = QDate(1985, 7, 30);
    return w;
}

inline fla::Training training(const QUuid &employer, const QString &name,
                              const QDate &start = QDate(2025, 3, 4))
{
    fla::Training t;
    t.uuid = QUuid::createUuid();
    t.employerUuid = employer;
    t.name = name;
    t.startDate = start;
    t.endDate = start.addDays(1);
    t.duration = 7.5;
    t.unit = fla::DurationUnit::Hours;
    t.registeredOn = start;
    t.costCents = 12345;
    return t;
}

inline fla::Participation participation(const fla::Training &t, const fla::Worker &w)
{
    fla::Participation p;
    p.uuid = QUuid::createUuid();
    p.employerUuid = t.employerUuid;
    p.trainingUuid = t.uuid;
    p.workerUuid = w.uuid;
    return p;
}

} // namespace storagetest
