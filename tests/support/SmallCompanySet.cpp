#include "SmallCompanySet.h"

#include "core/domain/EnterpriseNumber.h"
#include "core/domain/Ssin.h"

#include <QRandomGenerator>

namespace fla::test {

namespace {

QUuid fixedUuid(int kind, int n)
{
    return QUuid(uint(0x10000000 + kind), ushort(n >> 16), ushort(n & 0xffff), 0x80, 0, 0, 0, 0, 0, 0, 1);
}

} // namespace

DataSet smallCompanySet(int workersPerCompany)
{
    DataSet d;
    QRandomGenerator rng(20240101);
    static const char *const family[] = {"Peeters", "Janssens", "Maes",     "Jacobs",  "Mertens", "Willems",
                                         "Claes",   "Goossens", "Wouters",  "De Smet", "Dubois",  "Lambert",
                                         "Dupont",  "Martin",   "Leclercq", "Simon",   "Schmitz", "Müller"};
    static const char *const given[] = {"Jan",    "Marie", "Luc",   "Sofie", "Pieter", "Lotte",
                                        "Thomas", "Emma",  "Louis", "Julie", "Céline", "Marc",
                                        "Anke",   "Noah",  "Léa",   "Hanne"};
    static const char *const courses[] = {"Veiligheid op de werkvloer", "Excel voor gevorderden",
                                          "Formation premiers secours", "Heftruckattest",
                                          "Communication client",       "Erste Hilfe im Betrieb"};
    struct Co
    {
        const char *name;
        Language lang;
        const char *pc;
    };
    const Co companies[] = {{"Bakkerij Peeters BV", Language::Dutch, "118"},
                            {"Transports Dubois SRL", Language::French, "140.03"}};
    int n = 0;
    for (int c = 0; c < 2; ++c) {
        Employer e;
        e.uuid = fixedUuid(1, c);
        e.enterpriseNumber = EnterpriseNumber::compose(4030192 + c * 1111);
        e.name = QString::fromUtf8(companies[c].name);
        e.language = companies[c].lang;
        e.sizeClass = SizeClass::From20;
        e.jointCommittees = {QString::fromLatin1(companies[c].pc)};
        e.hoursPerDay = c == 0 ? 7.6 : 8.0;
        d.employers.append(e);
        QList<QUuid> ws;
        for (int i = 0; i < workersPerCompany; ++i, ++n) {
            Worker w;
            w.uuid = fixedUuid(2, n);
            w.employerUuid = e.uuid;
            const int yy = 60 + int(rng.bounded(40));
            const int mm = 1 + int(rng.bounded(12));
            const int dd = 1 + int(rng.bounded(28));
            w.ssin = Ssin::compose(yy, mm, dd, 1 + int(rng.bounded(997)), false);
            w.birthDate = QDate(1900 + yy, mm, dd);
            w.familyName = QString::fromUtf8(family[(i + c * 9) % 18]);
            w.givenName = QString::fromUtf8(given[(i * 7 + c) % 16]);
            w.language = e.language;
            if (c == 0 && i == 3)
                w.ssin = w.ssin.left(10) + QLatin1Char(w.ssin.at(10) == QLatin1Char('0') ? '1' : '0');
            d.workers.append(w);
            ws.append(w.uuid);
            Employment em;
            em.uuid = fixedUuid(3, n);
            em.employerUuid = e.uuid;
            em.workerUuid = w.uuid;
            em.startDate = QDate(2015 + int(rng.bounded(9)), 1 + int(rng.bounded(12)), 1);
            if (i % 11 == 5)
                em.endDate = QDate(2025, 6, 30);
            em.workRegime = i % 4 == 0 ? 0.5 : 1.0;
            em.jointCommittee = e.jointCommittees.value(0);
            d.employments.append(em);
            TrainingRight r;
            r.uuid = fixedUuid(4, n);
            r.employerUuid = e.uuid;
            r.workerUuid = w.uuid;
            r.year = 2025;
            r.amount = em.workRegime < 1 ? 2.5 : 5;
            r.unit = DurationUnit::Days;
            d.rights.append(r);
        }
        for (int t = 0; t < 6; ++t) {
            Training tr;
            tr.uuid = fixedUuid(5, c * 10 + t);
            tr.employerUuid = e.uuid;
            tr.name = QString::fromUtf8(courses[(t + c * 2) % 6]);
            tr.provider = t % 2 ? QStringLiteral("Syntra") : QStringLiteral("IFAPME");
            tr.kind = t % 3 == 2 ? TrainingKind::Informal : TrainingKind::Formal;
            tr.startDate = QDate(2025, 2 + t, 10 + t);
            tr.endDate = tr.startDate.addDays(t % 2);
            tr.unit = t % 2 ? DurationUnit::Days : DurationUnit::Hours;
            tr.duration = t % 2 ? 2 : 4 + t;
            tr.registeredOn = tr.endDate.addDays(7);
            if (c == 0 && t == 4)
                tr.endDate = tr.startDate.addDays(-1); // an anomaly to find: DT-001
            d.trainings.append(tr);
            const int count = 3 + int(rng.bounded(uint(qMin(10, workersPerCompany - 3))));
            for (int k = 0; k < count; ++k) {
                Participation p;
                p.uuid = fixedUuid(6, (c * 10 + t) * 100 + k);
                p.employerUuid = e.uuid;
                p.trainingUuid = tr.uuid;
                p.workerUuid = ws.at((k * 7 + t) % ws.size());
                p.followed = k % 7 != 6;
                p.certificate = p.followed && tr.kind == TrainingKind::Formal;
                d.participations.append(p);
            }
        }
        // One worker who used more than the right.
        Training big;
        big.uuid = fixedUuid(5, c * 10 + 9);
        big.employerUuid = e.uuid;
        big.name =
            c == 0 ? QStringLiteral("Bakkersopleiding (module 2)") : QStringLiteral("Permis C – recyclage");
        big.startDate = QDate(2025, 9, 1);
        big.endDate = QDate(2025, 9, 12);
        big.duration = 8;
        big.unit = DurationUnit::Days;
        big.registeredOn = QDate(2025, 9, 20);
        d.trainings.append(big);
        Participation p;
        p.uuid = fixedUuid(6, 9000 + c);
        p.employerUuid = e.uuid;
        p.trainingUuid = big.uuid;
        p.workerUuid = ws.at(1);
        d.participations.append(p);
    }
    return d;
}

} // namespace fla::test
