#include "SyncTestSupport.h"
#include "core/domain/EnterpriseNumber.h"
#include "core/domain/Ssin.h"
#include "core/sync/JsonMapping.h"
#include "core/sync/SyncTypes.h"

#include <QJsonArray>
#include <QTest>

using namespace fla;

class TestJsonMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void trainingRoundTrip();
    void participationCarriesSsinAndLowerCamelCase();
    void workerEmploymentRightRoundTrip();
    void wrongFieldsAreNamed_data();
    void wrongFieldsAreNamed();
    void unknownFieldsAreIgnored();
    void codeListsRoundTrip();
};

void TestJsonMapping::trainingRoundTrip()
{
    Training t;
    t.uuid = QUuid::createUuid();
    t.name = "Excel basics";
    t.provider = "Acme Academy";
    t.kind = TrainingKind::Informal;
    t.startDate = QDate(2025, 3, 3);
    t.endDate = QDate(2025, 3, 4);
    t.duration = 7.5;
    t.unit = DurationUnit::Hours;
    t.countsForFla = false;
    t.deductFromRight = false;
    t.costCents = 12345;
    t.status = TrainingStatus::Planned;
    const QJsonObject o = json::fromTraining(t);
    QCOMPARE(o.value("startDate").toString(), QString("2025-03-03"));
    QCOMPARE(o.value("kind").toString(), QString("INFORMAL"));
    QCOMPARE(o.value("unit").toString(), QString("HOURS"));
    QCOMPARE(o.value("uuid").toString(), t.uuid.toString(QUuid::WithoutBraces));
    QStringList errors;
    const Training back = json::toTraining(o, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(", ")));
    QCOMPARE(back.uuid, t.uuid);
    QCOMPARE(back.name, t.name);
    QCOMPARE(back.provider, t.provider);
    QCOMPARE_ENUM(back.kind, t.kind);
    QCOMPARE(back.startDate, t.startDate);
    QCOMPARE(back.endDate, t.endDate);
    QCOMPARE(back.duration, t.duration);
    QCOMPARE(back.countsForFla, false);
    QCOMPARE(back.deductFromRight, false);
    QCOMPARE(*back.costCents, qint64(12345));
    QCOMPARE_ENUM(back.status, TrainingStatus::Planned);
}

void TestJsonMapping::participationCarriesSsinAndLowerCamelCase()
{
    Participation p;
    p.uuid = QUuid::createUuid();
    p.trainingUuid = QUuid::createUuid();
    p.workerUuid = QUuid::createUuid();
    p.certificate = true;
    p.certificateValidUntil = QDate(2027, 1, 31);
    p.durationOverride = 3;
    const QString ssin = Ssin::compose(85, 7, 30, 33, false);
    const QJsonObject o = json::fromParticipation(p, ssin);
    QCOMPARE(o.value("ssin").toString(), ssin);
    QCOMPARE(o.value("trainingUuid").toString(), p.trainingUuid.toString(QUuid::WithoutBraces));
    QCOMPARE(o.value("certificateValidUntil").toString(), QString("2027-01-31"));
    for (const QString &k : o.keys())
        QVERIFY2(k.at(0).isLower() && !k.contains('_'), qPrintable(k));
    const Participation back = json::toParticipation(o);
    QCOMPARE(back.uuid, p.uuid);
    QCOMPARE(back.trainingUuid, p.trainingUuid);
    QCOMPARE(back.workerUuid, p.workerUuid);
    QCOMPARE(back.certificate, true);
    QCOMPARE(*back.durationOverride, 3.0);
}

void TestJsonMapping::workerEmploymentRightRoundTrip()
{
    Worker w;
    w.uuid = QUuid::createUuid();
    w.ssin = Ssin::compose(93, 5, 18, 223, false);
    w.familyName = "Peeters";
    w.givenName = "An";
    w.birthDate = QDate(1993, 5, 18);
    w.language = Language::French;
    const Worker wb = json::toWorker(json::fromWorker(w));
    QCOMPARE(wb.ssin, w.ssin);
    QCOMPARE(wb.birthDate, w.birthDate);
    QCOMPARE_ENUM(wb.language, Language::French);
    QCOMPARE(json::fromWorker(w).value("language").toString(), QString("fr"));

    Employment e;
    e.uuid = QUuid::createUuid();
    e.workerUuid = w.uuid;
    e.startDate = QDate(2020, 1, 1);
    e.workRegime = 0.8;
    e.jointCommittee = "200";
    const QJsonObject eo = json::fromEmployment(e, w.ssin);
    QVERIFY(!eo.contains("endDate"));
    const Employment eb = json::toEmployment(eo);
    QCOMPARE(eb.workRegime, 0.8);
    QVERIFY(!eb.endDate.isValid());
    QCOMPARE(eb.jointCommittee, QString("200"));

    TrainingRight r;
    r.uuid = QUuid::createUuid();
    r.workerUuid = w.uuid;
    r.year = 2025;
    r.type = RightType::Sectoral;
    r.amount = 2;
    r.caoNumber = "123456/CO/200";
    const TrainingRight rb = json::toRight(json::fromRight(r, w.ssin));
    QCOMPARE(rb.year, 2025);
    QCOMPARE_ENUM(rb.type, RightType::Sectoral);
    QCOMPARE(rb.caoNumber, r.caoNumber);

    Employer em;
    em.enterpriseNumber = EnterpriseNumber::compose(5669882);
    em.name = "Bakkerij Janssens";
    em.jointCommittees = {"118", "220"};
    const QJsonObject emo = json::fromEmployer(em);
    QCOMPARE(emo.value("enterpriseNumber").toString(), em.enterpriseNumber);
    QCOMPARE(json::toEmployer(emo).jointCommittees, em.jointCommittees);
}

void TestJsonMapping::wrongFieldsAreNamed_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("date") << "startDate" << QJsonValue("03/03/2025");
    QTest::newRow("uuid") << "uuid" << QJsonValue("not-a-uuid");
    QTest::newRow("code list") << "kind" << QJsonValue("SEMINAR");
    QTest::newRow("number") << "duration" << QJsonValue("seven");
    QTest::newRow("boolean") << "countsForFla" << QJsonValue("yes");
}

void TestJsonMapping::wrongFieldsAreNamed()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QJsonObject o{{"uuid", QUuid::createUuid().toString(QUuid::WithoutBraces)}, {"name", "x"}};
    o.insert(field, value);
    QStringList errors;
    json::toTraining(o, &errors);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().startsWith(field + ":"), qPrintable(errors.first()));
}

void TestJsonMapping::unknownFieldsAreIgnored()
{
    QStringList errors;
    const Worker w = json::toWorker(QJsonObject{{"ssin", "85073003328"}, {"futureField", 3}}, &errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(w.ssin, QString("85073003328"));
}

void TestJsonMapping::codeListsRoundTrip()
{
    for (auto v :
         {SyncStatus::Draft, SyncStatus::Ready, SyncStatus::Queued, SyncStatus::Sent, SyncStatus::Accepted,
          SyncStatus::AcceptedWithWarnings, SyncStatus::Refused, SyncStatus::Conflict})
        QCOMPARE_ENUM(*syncStatusFromString(toString(v)), v);
    QCOMPARE(toString(ItemVerdict::AcceptedWithWarnings), QString("acceptedWithWarnings"));
    QVERIFY(!itemVerdictFromString(u"maybe"));
    const PlatformAnomaly a{"DT-002", Severity::Warning, "participations[3].ssin", "outside"};
    QCOMPARE(PlatformAnomaly::fromJson(a.toJson()), a);
}

QTEST_GUILESS_MAIN(TestJsonMapping)
#include "tst_jsonmapping.moc"
