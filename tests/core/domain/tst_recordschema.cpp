#include "SchemaSamples.h"
#include "dataset/DataSetCsv.h"
#include "domain/FieldLabels.h"
#include "domain/SchemaJson.h"

#include <QSet>
#include <QTest>

using namespace fla;
using namespace fla::schema;

class TestRecordSchema : public QObject
{
    Q_OBJECT

private slots:
    void namesAreUniqueAndLabelled_data();
    void namesAreUniqueAndLabelled();
    void csvHeadersAreTheSets_data();
    void csvHeadersAreTheSets();
    void everyFieldSurvivesJson_data();
    void everyFieldSurvivesJson();
    void apiReadingNamesAWrongMember();
    void labelsByKind_data();
    void labelsByKind();

private:
    void kinds();
};

void TestRecordSchema::kinds()
{
    QTest::addColumn<RecordKind>("kind");
    for (const RecordKind kind : kRecordKinds)
        QTest::newRow(qPrintable(toString(kind))) << kind;
}

void TestRecordSchema::namesAreUniqueAndLabelled_data()
{
    kinds();
}

void TestRecordSchema::namesAreUniqueAndLabelled()
{
    QFETCH(RecordKind, kind);
    const QList<FieldDescription> fields = describe(kind);
    QVERIFY(!fields.isEmpty());
    QCOMPARE(QString::fromLatin1(fields.first().info.key), QStringLiteral("uuid"));
    for (const char *FieldInfo::*form : {&FieldInfo::key, &FieldInfo::sqlColumn, &FieldInfo::csvHeader,
                                         &FieldInfo::apiName, &FieldInfo::xmlName}) {
        const QStringList all = names(kind, form);
        QCOMPARE(QSet<QString>(all.cbegin(), all.cend()).size(), all.size());
    }
    for (const FieldDescription &f : fields) {
        QVERIFY2(f.info.label && *f.info.label, f.info.key);
        QVERIFY(find(kind, QString::fromLatin1(f.info.key)));
        QCOMPARE(fieldLabel(kind, QString::fromLatin1(f.info.key)), QString::fromLatin1(f.info.label));
    }
}

void TestRecordSchema::csvHeadersAreTheSets_data()
{
    kinds();
}

void TestRecordSchema::csvHeadersAreTheSets()
{
    QFETCH(RecordKind, kind);
    QCOMPARE(names(kind, &FieldInfo::csvHeader), DataSetCsv::columnsOf(csvFileName(kind)));
}

void TestRecordSchema::everyFieldSurvivesJson_data()
{
    QTest::addColumn<RecordKind>("kind");
    QTest::addColumn<bool>("api");
    for (const RecordKind kind : kRecordKinds) {
        QTest::newRow(qPrintable(toString(kind) + QStringLiteral(" audit"))) << kind << false;
        QTest::newRow(qPrintable(toString(kind) + QStringLiteral(" api"))) << kind << true;
    }
}

template<typename R> QStringList jsonRoundTrip(bool api)
{
    const JsonForm form = api ? JsonForm::Api : JsonForm::Audit;
    const R before = samples::filled<R>();
    QStringList errors;
    const R after = fromJson<R>(toJson(before, form), form, &errors);
    return errors + samples::differing(before, after, api ? &FieldInfo::apiName : &FieldInfo::key);
}

void TestRecordSchema::everyFieldSurvivesJson()
{
    QFETCH(RecordKind, kind);
    QFETCH(bool, api);
    QStringList lost;
    switch (kind) {
    case RecordKind::Employer:
        lost = jsonRoundTrip<Employer>(api);
        break;
    case RecordKind::Worker:
        lost = jsonRoundTrip<Worker>(api);
        break;
    case RecordKind::Employment:
        lost = jsonRoundTrip<Employment>(api);
        break;
    case RecordKind::Training:
        lost = jsonRoundTrip<Training>(api);
        break;
    case RecordKind::Participation:
        lost = jsonRoundTrip<Participation>(api);
        break;
    case RecordKind::TrainingRight:
        lost = jsonRoundTrip<TrainingRight>(api);
        break;
    }
    QCOMPARE(lost, QStringList());
}

void TestRecordSchema::apiReadingNamesAWrongMember()
{
    QJsonObject o = toJson(samples::filled<Participation>(), JsonForm::Api);
    o.insert(QStringLiteral("followed"), QStringLiteral("yes"));
    o.insert(QStringLiteral("certificateValidUntil"), QStringLiteral("31/12/2026"));
    QStringList errors;
    const Participation p = fromJson<Participation>(o, JsonForm::Api, &errors);
    QCOMPARE(errors, QStringList({QStringLiteral("followed: not true or false"),
                                  QStringLiteral("certificateValidUntil: not a date yyyy-MM-dd")}));
    QCOMPARE(p.followed, Participation().followed); // the default where the member is wrong
}

void TestRecordSchema::labelsByKind_data()
{
    QTest::addColumn<RecordKind>("kind");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("label");
    QTest::newRow("a training's duration") << RecordKind::Training << "duration"
                                           << "duration";
    QTest::newRow("a participation's duration") << RecordKind::Participation << "duration"
                                                << "duration of the participation";
    QTest::newRow("an employment's agreement") << RecordKind::Employment << "caoNumber"
                                               << "collective agreement number";
    QTest::newRow("a right's agreement") << RecordKind::TrainingRight << "caoNumber"
                                         << "sector agreement number";
    QTest::newRow("the second of a list") << RecordKind::Employer << "jointCommittees[1]"
                                          << "joint committee 2";
    QTest::newRow("what a form names a reference by") << RecordKind::Participation << "training"
                                                      << "training";
    QTest::newRow("unknown stays as it is") << RecordKind::Worker << "nickname"
                                            << "nickname";
}

void TestRecordSchema::labelsByKind()
{
    QFETCH(RecordKind, kind);
    QFETCH(QString, field);
    QFETCH(QString, label);
    QCOMPARE(fieldLabel(kind, field), label);
}

QTEST_GUILESS_MAIN(TestRecordSchema)
#include "tst_recordschema.moc"
