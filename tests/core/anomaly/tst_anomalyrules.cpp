#include "RuleFixture.h"
#include "core/anomaly/AnomalyCatalogue.h"
#include "core/anomaly/AnomalyEngine.h"

#include <QElapsedTimer>
#include <QTest>
#include <functional>

using namespace fla;
using Mutation = std::function<void(DataSet &)>;

namespace {

const QDate kToday(2026, 6, 30);

struct Case
{
    const char *name;
    const char *code;
    RecordKind entity;
    const char *field;
    Mutation trigger; // the record breaks the rule
    Mutation justNot; // the closest record that does not
};

Employer secondEmployer(const DataSet &s)
{
    Employer e = s.employers.first();
    e.uuid = QUuid::fromString(QStringLiteral("{10000000-0000-4000-8000-000000000002}"));
    e.enterpriseNumber = EnterpriseNumber::compose(4030192);
    return e;
}

Worker secondWorker(const DataSet &s, const QUuid &employer)
{
    Worker w = s.workers.first();
    w.uuid = QUuid::fromString(QStringLiteral("{20000000-0000-4000-8000-000000000002}"));
    w.employerUuid = employer;
    return w;
}

Training &T(DataSet &s)
{
    return s.trainings[0];
}
Training &T2(DataSet &s)
{
    return s.trainings[1];
}
Worker &W(DataSet &s)
{
    return s.workers[0];
}
Employer &E(DataSet &s)
{
    return s.employers[0];
}
Employment &M(DataSet &s)
{
    return s.employments[0];
}
Participation &P(DataSet &s)
{
    return s.participations[0];
}
Participation &P2(DataSet &s)
{
    return s.participations[1];
}
TrainingRight &R(DataSet &s, int year)
{
    return s.rights[year - 2024];
}

void addTraining(DataSet &s, Training t, const QString &name, const QDate &start, const QDate &end)
{
    t.uuid = QUuid::fromString(QStringLiteral("{40000000-0000-4000-8000-000000000003}"));
    t.name = name;
    t.startDate = start;
    t.endDate = end;
    s.trainings.append(t);
    Participation p = s.participations.first();
    p.uuid = QUuid::fromString(QStringLiteral("{50000000-0000-4000-8000-000000000003}"));
    p.trainingUuid = t.uuid;
    s.participations.append(p);
}

TrainingRight extraRight(const DataSet &s, RightType type, const QString &cao)
{
    TrainingRight r = s.rights.at(1); // 2025
    r.uuid = QUuid::fromString(QStringLiteral("{60000000-0000-4000-8000-000000000099}"));
    r.type = type;
    r.caoNumber = cao;
    r.amount = 1;
    return r;
}

const QList<Case> &cases()
{
    static const QList<Case> all = {
        {"ID-001", "ID-001", RecordKind::Worker, "ssin", [](DataSet &s) { W(s).ssin = "8507300332"; },
         [](DataSet &s) { W(s).ssin = "85.07.30-033.28"; }},
        {"ID-002", "ID-002", RecordKind::Worker, "ssin", [](DataSet &s) { W(s).ssin = "85073003329"; },
         [](DataSet &s) { W(s).ssin = "85073003328"; }},
        {"ID-003", "ID-003", RecordKind::Worker, "ssin",
         [](DataSet &s) { W(s).ssin = Ssin::compose(85, 13, 30, 33, false); },
         [](DataSet &s) {
             W(s).ssin = Ssin::compose(85, 12, 30, 33, false);
             W(s).birthDate = QDate(1985, 12, 30);
         }},
        {"ID-004", "ID-004", RecordKind::Worker, "ssin",
         [](DataSet &s) { W(s).ssin = Ssin::compose(85, 7, 30, 0, false); },
         [](DataSet &s) { W(s).ssin = Ssin::compose(85, 7, 30, 1, false); }},
        {"ID-010", "ID-010", RecordKind::Employer, "enterpriseNumber",
         [](DataSet &s) { E(s).enterpriseNumber = "0566988258"; },
         [](DataSet &s) { E(s).enterpriseNumber = "BE 0566.988.259"; }},
        {"ID-011", "ID-011", RecordKind::Employer, "nssoNumber",
         [](DataSet &s) { E(s).nssoNumber = QString::number(NssoNumber::compose(1234567).toLongLong() + 1); },
         [](DataSet &s) { E(s).nssoNumber = NssoNumber::compose(1234568); }},
        {"ID-012 employment", "ID-012", RecordKind::Employment, "jointCommittee",
         [](DataSet &s) { M(s).jointCommittee = "20A"; }, [](DataSet &s) { M(s).jointCommittee = "PC 200"; }},
        {"ID-012 employer", "ID-012", RecordKind::Employer, "jointCommittees[1]",
         [](DataSet &s) { E(s).jointCommittees.append("1234"); },
         [](DataSet &s) { E(s).jointCommittees.append("124"); }},
        {"ID-013", "ID-013", RecordKind::Employer, "nssoNumber",
         [](DataSet &s) { E(s).nssoNumber = "12AB5"; }, [](DataSet &s) { E(s).nssoNumber.clear(); }},
        {"GN-001", "GN-001", RecordKind::Training, "name", [](DataSet &s) { T(s).name = "  "; },
         [](DataSet &s) { T(s).name = "X"; }},
        {"GN-001 worker", "GN-001", RecordKind::Worker, "familyName",
         [](DataSet &s) { W(s).familyName.clear(); }, [](DataSet &s) { W(s).familyName = "D"; }},
        {"GN-002", "GN-002", RecordKind::Training, "name", [](DataSet &s) { T(s).name = QString(201, 'x'); },
         [](DataSet &s) { T(s).name = QString(200, 'x'); }},
        {"GN-003", "GN-003", RecordKind::Participation, "trainingUuid",
         [](DataSet &s) { P(s).trainingUuid = QUuid::createUuid(); }, [](DataSet &) {}},
        {"GN-004", "GN-004", RecordKind::Participation, "workerUuid",
         [](DataSet &s) {
             s.employers.append(secondEmployer(s));
             s.workers.append(secondWorker(s, s.employers.last().uuid));
             P(s).workerUuid = s.workers.last().uuid;
         },
         [](DataSet &s) {
             s.employers.append(secondEmployer(s));
             s.workers.append(secondWorker(s, s.employers.first().uuid));
             s.workers.last().ssin = Ssin::compose(85, 7, 30, 35, false);
             Employment m = s.employments.first();
             m.uuid = QUuid::createUuid();
             m.workerUuid = s.workers.last().uuid;
             s.employments.append(m);
             P(s).workerUuid = s.workers.last().uuid;
         }},
        {"GN-005", "GN-005", RecordKind::Participation, "uuid",
         [](DataSet &s) {
             s.participations.append(P2(s));
             s.participations.last().trainingUuid = T(s).uuid;
         },
         [](DataSet &s) {
             s.participations.append(P2(s));
             s.participations.last().uuid = QUuid::createUuid();
         }},
        {"EM-001", "EM-001", RecordKind::Employer, "hoursPerDay", [](DataSet &s) { E(s).hoursPerDay = 0; },
         [](DataSet &s) { E(s).hoursPerDay = 12; }},
        {"EM-002", "EM-002", RecordKind::Employer, "jointCommittees",
         [](DataSet &s) { E(s).jointCommittees.clear(); },
         [](DataSet &s) { E(s).jointCommittees = QStringList{"200"}; }},
        {"EM-003 month", "EM-003", RecordKind::Employer, "financialYearStartMonth",
         [](DataSet &s) { E(s).financialYearStartMonth = 13; },
         [](DataSet &s) { E(s).financialYearStartMonth = 12; }},
        {"EM-003 29 February", "EM-003", RecordKind::Employer, "financialYearStartDay",
         [](DataSet &s) {
             E(s).financialYearStartMonth = 2;
             E(s).financialYearStartDay = 29;
         },
         [](DataSet &s) {
             E(s).financialYearStartMonth = 2;
             E(s).financialYearStartDay = 28;
         }},
        {"DP-003", "DP-003", RecordKind::Employer, "enterpriseNumber",
         [](DataSet &s) {
             Employer e = secondEmployer(s);
             e.enterpriseNumber = "0566.988.259";
             s.employers.append(e);
         },
         [](DataSet &s) { s.employers.append(secondEmployer(s)); }},
        {"WK-001", "WK-001", RecordKind::Worker, "birthDate",
         [](DataSet &s) { W(s).birthDate = QDate(1985, 7, 31); },
         [](DataSet &s) { W(s).birthDate = QDate(1985, 7, 30); }},
        {"WK-002", "WK-002", RecordKind::Worker, "birthDate",
         [](DataSet &s) { W(s).birthDate = kToday.addYears(-15).addDays(1); },
         [](DataSet &s) { W(s).birthDate = kToday.addYears(-15); }},
        // A BIS number whose month is raised by 20 does not tell the sex; stating it does.
        {"WK-004", "WK-004", RecordKind::Worker, "sex",
         [](DataSet &s) {
             W(s).ssin = Ssin::compose(90, 25, 10, 40, false);
             W(s).birthDate = {};
         },
         [](DataSet &s) {
             W(s).ssin = Ssin::compose(90, 25, 10, 40, false);
             W(s).birthDate = {};
             W(s).sex = StatedSex::Female;
         }},
        {"WK-003", "WK-003", RecordKind::Worker, "employments", [](DataSet &s) { s.employments.clear(); },
         [](DataSet &) {}},
        {"DP-002", "DP-002", RecordKind::Worker, "ssin",
         [](DataSet &s) { s.workers.append(secondWorker(s, E(s).uuid)); },
         [](DataSet &s) {
             s.employers.append(secondEmployer(s));
             s.workers.append(secondWorker(s, s.employers.last().uuid));
         }},
        {"EP-001", "EP-001", RecordKind::Employment, "workRegime", [](DataSet &s) { M(s).workRegime = 1.01; },
         [](DataSet &s) { M(s).workRegime = 0.01; }},
        {"EP-002", "EP-002", RecordKind::Employment, "jointCommittee",
         [](DataSet &s) { M(s).jointCommittee = "124"; }, [](DataSet &s) { M(s).jointCommittee = "200.01"; }},
        {"EP-003", "EP-003", RecordKind::Employment, "startDate",
         [](DataSet &s) {
             Employment m = M(s);
             m.uuid = QUuid::createUuid();
             m.startDate = QDate(2021, 1, 1);
             s.employments.append(m);
         },
         [](DataSet &s) {
             M(s).endDate = QDate(2020, 12, 31);
             Employment m = M(s);
             m.uuid = QUuid::createUuid();
             m.startDate = QDate(2021, 1, 1);
             m.endDate = {};
             s.employments.append(m);
         }},
        {"DT-001", "DT-001", RecordKind::Training, "endDate",
         [](DataSet &s) { T(s).endDate = QDate(2025, 3, 9); },
         [](DataSet &s) { T(s).endDate = QDate(2025, 3, 10); }},
        {"DT-001 employment", "DT-001", RecordKind::Employment, "endDate",
         [](DataSet &s) { M(s).endDate = QDate(2019, 12, 31); },
         [](DataSet &s) { M(s).endDate = QDate(2020, 1, 1); }},
        {"DT-007", "DT-007", RecordKind::Employment, "startDate",
         [](DataSet &s) {
             M(s).startDate = QDate(2026, 4, 30);
             s.rights.removeLast();
         },
         [](DataSet &s) {
             M(s).startDate = QDate(2026, 5, 1);
             s.rights.removeLast();
         }},
        {"DU-001", "DU-001", RecordKind::Training, "duration", [](DataSet &s) { T(s).duration = 0; },
         [](DataSet &s) { T(s).duration = 0.1; }},
        {"DU-001 participation", "DU-001", RecordKind::Participation, "duration",
         [](DataSet &s) { P(s).durationOverride = 0; }, [](DataSet &s) { P(s).durationOverride = 0.5; }},
        {"DU-002", "DU-002", RecordKind::Training, "duration", [](DataSet &s) { T2(s).duration = 2.5; },
         [](DataSet &s) { T2(s).duration = 2; }},
        {"DU-003", "DU-003", RecordKind::Training, "duration", [](DataSet &s) { T(s).duration = 12.5; },
         [](DataSet &s) { T(s).duration = 12; }},
        {"DT-003", "DT-003", RecordKind::Training, "startDate",
         [](DataSet &s) { T(s).startDate = QDate(2023, 12, 31); },
         [](DataSet &s) { T(s).startDate = QDate(2024, 1, 1); }},
        {"DT-004", "DT-004", RecordKind::Training, "status",
         [](DataSet &s) { T(s).startDate = T(s).endDate = kToday.addDays(1); },
         [](DataSet &s) { T(s).startDate = T(s).endDate = kToday; }},
        {"DT-005", "DT-005", RecordKind::Training, "registeredOn",
         [](DataSet &s) { T(s).registeredOn = QDate(2025, 5, 1); },
         [](DataSet &s) { T(s).registeredOn = QDate(2025, 4, 30); }},
        {"DT-008", "DT-008", RecordKind::Training, "registeredOn",
         [](DataSet &s) { T(s).registeredOn = kToday.addDays(1); },
         [](DataSet &s) { T(s).registeredOn = QDate(2025, 4, 1); }},
        {"DT-009", "DT-009", RecordKind::Training, "endDate",
         [](DataSet &s) {
             T(s).startDate = QDate(2024, 3, 1);
             T(s).endDate = QDate(2025, 3, 2);
             T(s).registeredOn = QDate(2025, 3, 15);
         },
         [](DataSet &s) {
             T(s).startDate = QDate(2024, 3, 1);
             T(s).endDate = QDate(2025, 3, 1);
         }},
        {"TR-001", "TR-001", RecordKind::Training, "cost", [](DataSet &s) { T(s).costCents = -1; },
         [](DataSet &s) { T(s).costCents = 0; }},
        {"TR-001 subsidies", "TR-001", RecordKind::Training, "subsidiesCents",
         [](DataSet &s) { T(s).subsidiesCents = -1; }, [](DataSet &s) { T(s).subsidiesCents = 0; }},
        {"TR-005", "TR-005", RecordKind::Training, "deductFromRight",
         [](DataSet &s) { T(s).leave = TrainingLeave::FlemishTrainingLeave; },
         [](DataSet &s) {
             T(s).leave = TrainingLeave::FlemishTrainingLeave;
             T(s).deductFromRight = false;
         }},
        {"TR-006", "TR-006", RecordKind::Training, "subsidiesCents",
         [](DataSet &s) {
             T(s).costCents = 10000;
             T(s).traineePayCents = 2500;
             T(s).subsidiesCents = 12501;
         },
         [](DataSet &s) {
             T(s).costCents = 10000;
             T(s).traineePayCents = 2500;
             T(s).subsidiesCents = 12500;
         }},
        {"TR-002", "TR-002", RecordKind::Training, "provider", [](DataSet &s) { T2(s).provider.clear(); },
         [](DataSet &s) { T(s).provider.clear(); }},
        {"TR-003", "TR-003", RecordKind::Training, "registeredOn", [](DataSet &s) { T(s).registeredOn = {}; },
         [](DataSet &s) { T(s).registeredOn = T(s).endDate; }},
        {"CF-001", "CF-001", RecordKind::Training, "deductFromRight",
         [](DataSet &s) { T(s).countsForFla = false; },
         [](DataSet &s) {
             T(s).countsForFla = false;
             T(s).deductFromRight = false;
         }},
        {"PA-001", "PA-001", RecordKind::Participation, "certificateValidUntil",
         [](DataSet &s) {
             P2(s).certificate = true;
             P2(s).certificateValidUntil = QDate(2025, 5, 5);
         },
         [](DataSet &s) {
             P2(s).certificate = true;
             P2(s).certificateValidUntil = QDate(2025, 5, 6);
         }},
        {"PA-002", "PA-002", RecordKind::Participation, "certificateValidUntil",
         [](DataSet &s) { P2(s).certificateValidUntil = QDate(2028, 5, 6); },
         [](DataSet &s) {
             P2(s).certificate = true;
             P2(s).certificateValidUntil = QDate(2028, 5, 6);
         }},
        {"PA-003", "PA-003", RecordKind::Participation, "duration",
         [](DataSet &s) { P(s).durationOverride = 3.5; }, [](DataSet &s) { P(s).durationOverride = 3; }},
        {"PA-004", "PA-004", RecordKind::Participation, "certificate",
         [](DataSet &s) {
             P(s).certificate = true;
             P(s).followed = false;
         },
         [](DataSet &s) { P(s).certificate = true; }},
        {"DT-002", "DT-002", RecordKind::Participation, "trainingUuid",
         [](DataSet &s) { M(s).startDate = QDate(2025, 3, 11); },
         [](DataSet &s) { M(s).startDate = QDate(2025, 3, 10); }},
        {"DT-006", "DT-006", RecordKind::Participation, "trainingUuid",
         [](DataSet &s) {
             M(s).endDate = QDate(2025, 3, 10);
             T(s).registeredOn = QDate(2025, 4, 10);
         },
         [](DataSet &s) {
             M(s).endDate = QDate(2025, 3, 10);
             T(s).registeredOn = QDate(2025, 4, 9);
             s.participations.removeLast(); // the May course, after the end
         }},
        {"DP-001", "DP-001", RecordKind::Participation, "trainingUuid",
         [](DataSet &s) { addTraining(s, T(s), "EXCEL  workshop!", T(s).startDate, T(s).endDate); },
         [](DataSet &s) {
             addTraining(s, T(s), "EXCEL  workshop!", T(s).startDate.addDays(1), T(s).endDate.addDays(1));
         }},
        {"OV-001", "OV-001", RecordKind::Participation, "trainingUuid",
         [](DataSet &s) { addTraining(s, T2(s), "Heftruck", QDate(2025, 5, 6), QDate(2025, 5, 6)); },
         [](DataSet &s) { addTraining(s, T2(s), "Heftruck", QDate(2025, 5, 7), QDate(2025, 5, 7)); }},
        {"CR-001", "CR-001", RecordKind::Worker, "credit",
         [](DataSet &s) { // 2025: 5 days + 5 carried over from 2024 = 10 available; 3 h + 10 days used
             T2(s).endDate = QDate(2025, 5, 16);
             T2(s).duration = 10;
         },
         [](DataSet &s) { // 3 h (0.39 day) + 9.6 days = 9.99 days
             T2(s).endDate = QDate(2025, 5, 16);
             T2(s).duration = 9.6;
         }},
        {"RT-001", "RT-001", RecordKind::TrainingRight, "amount",
         [](DataSet &s) { R(s, 2025).amount = 5.01; },
         [](DataSet &s) {
             R(s, 2025).amount = 38; // 38 h = 5 days of 7.6 h
             R(s, 2025).unit = DurationUnit::Hours;
         }},
        {"RT-002", "RT-002", RecordKind::TrainingRight, "caoNumber",
         [](DataSet &s) { s.rights.append(extraRight(s, RightType::Sectoral, {})); },
         [](DataSet &s) { s.rights.append(extraRight(s, RightType::Sectoral, "159431/CO/200")); }},
        {"RT-003", "RT-003", RecordKind::TrainingRight, "amount",
         [](DataSet &s) { R(s, 2026).amount = -0.5; }, [](DataSet &s) { R(s, 2026).amount = 0; }},
        {"RT-004", "RT-004", RecordKind::TrainingRight, "year", [](DataSet &s) { R(s, 2024).year = 2023; },
         [](DataSet &s) { R(s, 2026).year = 2027; }},
        {"RT-005", "RT-005", RecordKind::TrainingRight, "type",
         [](DataSet &s) { s.rights.append(extraRight(s, RightType::Legal, {})); },
         [](DataSet &s) { s.rights.append(extraRight(s, RightType::Employer, {})); }},
        {"RT-006", "RT-006", RecordKind::TrainingRight, "year",
         [](DataSet &s) { M(s).endDate = QDate(2025, 12, 31); },
         [](DataSet &s) { M(s).endDate = QDate(2026, 1, 1); }},
    };
    return all;
}

bool has(const AnomalyList &list, const QString &code, RecordKind entity, const QString &field)
{
    for (const auto &a : list.items()) {
        if (a.code == code && a.entity == entity && a.field == field)
            return true;
    }
    return false;
}

QString describe(const AnomalyList &list)
{
    QStringList out;
    for (const auto &a : list.items())
        out << a.code + "@" + toString(a.entity) + "." + a.field;
    return out.join(", ");
}

} // namespace

class TestAnomalyRules : public QObject
{
    Q_OBJECT

private slots:
    void fixtureIsClean();
    void rule_data();
    void rule();
    void everyRuleHasARow();
    void messagesNameTheValues();
    void decimalsAsTheReaderWritesThem_data();
    void decimalsAsTheReaderWritesThem();
    void singleRecordIsFast();

private:
    ManualClock m_clock{QDateTime(kToday, QTime(12, 0), Qt::UTC)};
};

void TestAnomalyRules::fixtureIsClean()
{
    const AnomalyList found = AnomalyEngine(m_clock).validate(test::ruleFixture());
    QVERIFY2(found.isEmpty(), qPrintable(describe(found)));
}

void TestAnomalyRules::rule_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < cases().size(); ++i)
        QTest::newRow(cases().at(i).name) << i;
}

void TestAnomalyRules::rule()
{
    QFETCH(int, index);
    const Case &c = cases().at(index);
    const QString code = QString::fromLatin1(c.code);
    const QString field = QString::fromLatin1(c.field);
    const AnomalyEngine engine(m_clock);
    DataSet broken = test::ruleFixture();
    c.trigger(broken);
    const AnomalyList found = engine.validate(broken);
    QVERIFY2(has(found, code, c.entity, field), qPrintable("expected " + code + "@" + toString(c.entity) +
                                                           "." + field + ", found: " + describe(found)));
    for (const auto &a : found.items()) {
        if (a.code == code) {
            QCOMPARE(a.severity, AnomalyCatalogue::instance().severityOf(code));
            QVERIFY(!a.recordUuid.isNull());
            for (Language l : {Language::Dutch, Language::French, Language::German, Language::English}) {
                const QString m = a.message(l);
                QVERIFY2(!m.isEmpty() && !m.contains('{'), qPrintable(m));
            }
        }
    }
    DataSet fine = test::ruleFixture();
    c.justNot(fine);
    const AnomalyList none = engine.validate(fine);
    for (const auto &a : none.items())
        QVERIFY2(a.code != code, qPrintable("unexpected " + describe(none)));
}

void TestAnomalyRules::everyRuleHasARow()
{
    QSet<QString> tested{"CSV-001"}; // a CSV reading issue, tested in tst_validatecommand
    for (const auto &c : cases())
        tested.insert(QString::fromLatin1(c.code));
    for (const QString &code : AnomalyEngine::implementedCodes())
        QVERIFY2(tested.contains(code), qPrintable(code + " has no test row"));
}

void TestAnomalyRules::messagesNameTheValues()
{
    DataSet s = test::ruleFixture();
    s.trainings[0].endDate = QDate(2025, 3, 9);
    const AnomalyList found = AnomalyEngine(m_clock).validate(s);
    QCOMPARE(found.size(), 1);
    const Anomaly &a = found.items().first();
    QCOMPARE(a.recordUuid, s.trainings[0].uuid);
    QCOMPARE(a.parameter("start"), QString("2025-03-10"));
    // Dates as Belgian users write them, in every language (the parameter stays ISO).
    QCOMPARE(a.message(Language::English),
             QString("The end date 09/03/2025 is before the start date 10/03/2025."));
    QCOMPARE(a.message(Language::Dutch),
             QString("De einddatum 09/03/2025 ligt vóór de begindatum 10/03/2025."));
    QCOMPARE(a.message(Language::French),
             QString("La date de fin 09/03/2025 précède la date de début 10/03/2025."));
    QCOMPARE(a.message(Language::German),
             QString("Das Enddatum 09/03/2025 liegt vor dem Beginndatum 10/03/2025."));
    QVERIFY(!a.howToFix(Language::German).isEmpty());
}

void TestAnomalyRules::decimalsAsTheReaderWritesThem_data()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("fr") << int(Language::French)
                        << QString(
                               "En 2026, 5,5 jours de formation ont été déduits du droit, plus que les 0,08 "
                               "jours disponibles.");
    QTest::newRow("en") << int(Language::English)
                        << QString(
                               "In 2026, 5.5 training days were deducted from the right, more than the 0.08 "
                               "days available.");
}

void TestAnomalyRules::decimalsAsTheReaderWritesThem()
{
    QFETCH(int, language);
    QFETCH(QString, expected);
    Anomaly a;
    a.code = QStringLiteral("CR-001");
    a.parameters = {{"year", "2026"}, {"used", "5.5"}, {"available", "0.08"}};
    QCOMPARE(a.message(Language(language)), expected);
}

void TestAnomalyRules::singleRecordIsFast()
{
    const DataSet s = test::ruleFixture();
    const AnomalyEngine engine(m_clock);
    RecordContext context;
    context.employer = &s.employers.first();
    context.training = &s.trainings.first();
    context.worker = &s.workers.first();
    context.workerEmployments = {&s.employments.first()};
    Participation p = s.participations.first();
    p.certificate = true;
    p.followed = false;
    QCOMPARE(engine.validate(p, context).size(), 1);
    QElapsedTimer timer;
    timer.start();
    const int n = 2000;
    for (int i = 0; i < n; ++i) {
        engine.validate(s.trainings.first());
        engine.validate(s.workers.first());
        engine.validate(p, context);
    }
    const double perRecordMs = double(timer.nsecsElapsed()) / 1e6 / (3 * n);
    qInfo("one record: %.4f ms", perRecordMs);
    QVERIFY2(perRecordMs < 0.5, qPrintable(QString::number(perRecordMs)));
}

QTEST_GUILESS_MAIN(TestAnomalyRules)
#include "tst_anomalyrules.moc"
