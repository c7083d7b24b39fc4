#pragma once

#include "core/dataset/DataSet.h"
#include "core/domain/EnterpriseNumber.h"
#include "core/domain/Ssin.h"

// A small, complete synthetic data set for batch and statement tests.
namespace fla::test {

inline QUuid uuidOf(int kind, int n)
{
    return QUuid(
        QString("%1-0000-4000-8000-%2").arg(kind, 8, 16, QLatin1Char('0')).arg(n, 12, 16, QLatin1Char('0')));
}

inline DataSet sampleDataSet()
{
    DataSet d;
    Employer e;
    e.uuid = uuidOf(1, 1);
    e.enterpriseNumber = EnterpriseNumber::compose(5669882);
    e.name = "Bakkerij Peeters & Zonen";
    e.language = Language::Dutch;
    e.sizeClass = SizeClass::From20;
    e.jointCommittees = {"118", "200"};
    d.employers.append(e);
    const struct
    {
        const char *family, *given;
        Language lang;
        int yy, mm, dd, seq;
    } people[] = {{"Peeters", "Jan", Language::Dutch, 85, 7, 30, 33},
                  {"Dubois", "Françoise", Language::French, 90, 2, 14, 124},
                  {"Müller", "Jürgen", Language::German, 78, 11, 3, 57}};
    int n = 0;
    for (const auto &p : people) {
        ++n;
        Worker w;
        w.uuid = uuidOf(2, n);
        w.employerUuid = e.uuid;
        w.ssin = Ssin::compose(p.yy, p.mm, p.dd, p.seq, false);
        w.familyName = QString::fromUtf8(p.family);
        w.givenName = QString::fromUtf8(p.given);
        w.birthDate = QDate(1900 + p.yy, p.mm, p.dd);
        w.language = p.lang;
        if (n == 1)
            w.address = "Kerkstraat 1\n2000 Antwerpen";
        d.workers.append(w);
        Employment m;
        m.uuid = uuidOf(3, n);
        m.employerUuid = e.uuid;
        m.workerUuid = w.uuid;
        m.startDate = QDate(2020, 1, 1);
        m.workRegime = n == 2 ? 0.5 : 1.0;
        m.jointCommittee = "118";
        d.employments.append(m);
        TrainingRight r;
        r.uuid = uuidOf(4, n);
        r.employerUuid = e.uuid;
        r.workerUuid = w.uuid;
        r.year = 2025;
        r.type = RightType::Legal;
        r.amount = n == 2 ? 2.5 : 5;
        r.unit = DurationUnit::Days;
        d.rights.append(r);
    }
    const struct
    {
        const char *name;
        TrainingKind kind;
        QDate start, end;
        double duration;
        DurationUnit unit;
        bool counts;
    } trainings[] = {
        {"Heftruck & veiligheid <basis>", TrainingKind::Formal, QDate(2025, 2, 3), QDate(2025, 2, 4), 2,
         DurationUnit::Days, true},
        {"Excel voor gevorderden", TrainingKind::Formal, QDate(2025, 3, 10), QDate(2025, 3, 10), 7.6,
         DurationUnit::Hours, true},
        {"Coaching op de werkvloer", TrainingKind::Informal, QDate(2025, 5, 5), QDate(2025, 5, 30), 3.8,
         DurationUnit::Hours, true},
        {"Yoga", TrainingKind::Informal, QDate(2025, 6, 1), QDate(2025, 6, 1), 2, DurationUnit::Hours, false},
    };
    n = 0;
    for (const auto &t : trainings) {
        ++n;
        Training tr;
        tr.uuid = uuidOf(5, n);
        tr.employerUuid = e.uuid;
        tr.name = QString::fromUtf8(t.name);
        tr.provider = n == 1 ? "VDAB" : QString();
        tr.kind = t.kind;
        tr.startDate = t.start;
        tr.endDate = t.end;
        tr.duration = t.duration;
        tr.unit = t.unit;
        tr.countsForFla = t.counts;
        tr.costCents = n == 1 ? std::optional<qint64>(45050) : std::nullopt;
        tr.registeredOn = t.end.addDays(3);
        d.trainings.append(tr);
    }
    int p = 0;
    const int pairs[][2] = {{1, 1}, {1, 2}, {1, 3}, {2, 1}, {2, 2}, {3, 1}, {4, 2}};
    for (const auto &pair : pairs) {
        ++p;
        Participation part;
        part.uuid = uuidOf(6, p);
        part.employerUuid = e.uuid;
        part.trainingUuid = uuidOf(5, pair[0]);
        part.workerUuid = uuidOf(2, pair[1]);
        part.certificate = pair[0] == 1;
        if (pair[0] == 1)
            part.certificateValidUntil = QDate(2030, 2, 4);
        if (p == 3)
            part.durationOverride = 1.5;
        d.participations.append(part);
    }
    return d;
}

} // namespace fla::test
