#pragma once

#include "core/dataset/DataSet.h"
#include "core/domain/Ssin.h"

#include <QTest>

// A register small enough to add up by hand: one employer (7.6 hours a day),
// two men, a woman and a worker with a BIS number that does not tell, five
// trainings of 2025 and 2024. tst_SocialBalance and tst_SocialBalanceCommand
// compute its social balance sheet; the expected figures are in the comments.
struct SocialBalanceFixture
{
    fla::DataSet set;
    QUuid employer{QUuid::createUuidV5(QUuid(), QStringLiteral("employer"))};
    QUuid man1, man2, woman, bis;

    static QUuid id(const char *name) { return QUuid::createUuidV5(QUuid(), QString::fromLatin1(name)); }

    SocialBalanceFixture()
    {
        using namespace fla;

        Employer e;
        e.uuid = employer;
        e.enterpriseNumber = QStringLiteral("0421111147");
        e.name = QStringLiteral("Bakkerij Test");
        e.hoursPerDay = 7.6;
        set.employers << e;
        // Sex from the INSZ: an odd sequence number is a man, an even one a woman; a BIS
        // number whose month is raised by 20 does not tell.
        const struct
        {
            QUuid *uuid;
            const char *name;
            QString ssin;
        } people[] = {{&man1, "man1", Ssin::compose(80, 1, 15, 11, false)},
                      {&man2, "man2", Ssin::compose(82, 3, 2, 23, false)},
                      {&woman, "woman", Ssin::compose(85, 7, 30, 32, false)},
                      {&bis, "bis", Ssin::compose(90, 25, 10, 40, false)}};
        for (const auto &p : people) {
            *p.uuid = id(p.name);
            Worker w;
            w.uuid = *p.uuid;
            w.employerUuid = employer;
            w.ssin = p.ssin;
            w.familyName = QString::fromLatin1(p.name);
            set.workers << w;
        }

        auto training = [&](const char *name, TrainingKind kind, QDate start, double duration,
                            DurationUnit unit, std::optional<qint64> cost,
                            TrainingStatus status = TrainingStatus::Completed) {
            Training t;
            t.uuid = id(name);
            t.employerUuid = employer;
            t.name = QString::fromLatin1(name);
            t.kind = kind;
            t.startDate = start;
            t.endDate = start;
            t.duration = duration;
            t.unit = unit;
            t.costCents = cost;
            t.status = status;
            set.trainings << t;
            return t.uuid;
        };
        auto participation = [&](const QUuid &trainingUuid, const QUuid &worker, bool followed = true,
                                 std::optional<double> duration = std::nullopt) {
            Participation p;
            p.uuid = QUuid::createUuidV5(trainingUuid, worker.toString());
            p.employerUuid = employer;
            p.trainingUuid = trainingUuid;
            p.workerUuid = worker;
            p.followed = followed;
            p.durationOverride = duration;
            set.participations << p;
        };
        // A: formal, 2 days (15.2 h), €1,000.00 shared by three (33,334 + 33,333 + 33,333 cents).
        const QUuid a =
            training("A", TrainingKind::Formal, QDate(2025, 3, 10), 2, DurationUnit::Days, 100000);
        participation(a, man1);
        participation(a, woman);
        participation(a, bis);
        participation(a, man2, false); // registered, not followed: not counted
        // B: informal, 3 hours, no cost; the woman followed 1.5 hours of it.
        const QUuid b =
            training("B", TrainingKind::Informal, QDate(2025, 6, 2), 3, DurationUnit::Hours, std::nullopt);
        participation(b, man1);
        participation(b, man2);
        participation(b, woman, true, 1.5);
        // C: formal, €500.00, the first man only.
        const QUuid c =
            training("C", TrainingKind::Formal, QDate(2025, 11, 20), 4, DurationUnit::Hours, 50000);
        participation(c, man1);
        // Not counted: planned, or outside the financial year.
        participation(training("D", TrainingKind::Formal, QDate(2025, 12, 1), 8, DurationUnit::Hours, 9900,
                               TrainingStatus::Planned),
                      man1);
        participation(training("E", TrainingKind::Formal, QDate(2024, 12, 31), 8, DurationUnit::Hours, 9900),
                      woman);
    }
};
