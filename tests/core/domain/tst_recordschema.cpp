#include "SchemaSamples.h"
#include "core/dataset/DataSetCsv.h"
#include "core/domain/FieldLabels.h"
#include "core/domain/SchemaJson.h"
#include "core/io/BatchXml.h"
#include "core/storage/RecordTraits.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace fla;
using namespace fla::schema;

namespace {

// One record of each kind, every field filled.
DataSet filledSet()
{
    DataSet set;
    set.employers = {samples::filled<Employer>()};
    set.workers = {samples::filled<Worker>()};
    set.employments = {samples::filled<Employment>()};
    set.trainings = {samples::filled<Training>()};
    set.participations = {samples::filled<Participation>()};
    set.rights = {samples::filled<TrainingRight>()};
    return set;
}

} // namespace

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
    void everyFieldSurvivesCsv();
    void everyFieldSurvivesBatchXml();
    void sqlColumnsAreTheTables();
    void bulkBindingIsTheValues_data();
    void bulkBindingIsTheValues();
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

void TestRecordSchema::everyFieldSurvivesCsv()
{
    DataSet set = filledSet();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    QVERIFY2(DataSetCsv::write(set, dir.path(), &error), qPrintable(error));
    QList<DataSetCsvIssue> issues;
    const DataSet back = DataSetCsv::read(dir.path(), &issues);
    for (const DataSetCsvIssue &i : std::as_const(issues))
        qWarning() << i.file << i.line << i.column << i.message;
    QVERIFY(issues.isEmpty());
    QCOMPARE(back.recordCount(), set.recordCount());
    const auto csv = &FieldInfo::csvHeader;
    QCOMPARE(samples::differing(set.employers.first(), back.employers.first(), csv), QStringList());
    QCOMPARE(samples::differing(set.workers.first(), back.workers.first(), csv), QStringList());
    QCOMPARE(samples::differing(set.employments.first(), back.employments.first(), csv), QStringList());
    QCOMPARE(samples::differing(set.trainings.first(), back.trainings.first(), csv), QStringList());
    QCOMPARE(samples::differing(set.participations.first(), back.participations.first(), csv), QStringList());
    QCOMPARE(samples::differing(set.rights.first(), back.rights.first(), csv), QStringList());
}

// The batch XML nests what belongs together: the records are linked as a real set is.
void TestRecordSchema::everyFieldSurvivesBatchXml()
{
    DataSet set = filledSet();
    const QUuid employer = set.employers.first().uuid, worker = set.workers.first().uuid;
    set.workers.first().employerUuid = set.employments.first().employerUuid = employer;
    set.trainings.first().employerUuid = set.participations.first().employerUuid = employer;
    set.rights.first().employerUuid = employer;
    set.employments.first().workerUuid = set.participations.first().workerUuid = worker;
    set.rights.first().workerUuid = worker;
    set.participations.first().trainingUuid = set.trainings.first().uuid;
    const QByteArray xml =
        BatchXml::toBytes({QStringLiteral("0566988259"), QDate(2026, 1, 2), 1, false, {}}, set);
    // Every field the schema gives an XML name is in the file by that name …
    for (const RecordKind kind : kRecordKinds) {
        for (const QString &name : names(kind, &FieldInfo::xmlName)) {
            const QByteArray written =
                name.startsWith(QLatin1Char('<')) ? name.toUtf8() : (name + QStringLiteral("=\"")).toUtf8();
            QVERIFY2(xml.contains(written), qPrintable(toString(kind) + QLatin1Char(' ') + name));
        }
    }
    // … and comes back as it was (the sample's texts are no valid identifiers: the reader says so, and keeps
    // them).
    const BatchReadResult back = BatchXml::read(xml);
    QCOMPARE(back.data.recordCount(), set.recordCount());
    const auto x = &FieldInfo::xmlName;
    QCOMPARE(samples::differing(set.employers.first(), back.data.employers.first(), x), QStringList());
    QCOMPARE(samples::differing(set.workers.first(), back.data.workers.first(), x), QStringList());
    QCOMPARE(samples::differing(set.employments.first(), back.data.employments.first(), x), QStringList());
    QCOMPARE(samples::differing(set.trainings.first(), back.data.trainings.first(), x), QStringList());
    QCOMPARE(samples::differing(set.participations.first(), back.data.participations.first(), x),
             QStringList());
    QCOMPARE(samples::differing(set.rights.first(), back.data.rights.first(), x), QStringList());
}

void TestRecordSchema::sqlColumnsAreTheTables()
{
    using storage::Traits;
    QCOMPARE(Traits<Employer>::columns(), names(RecordKind::Employer, &FieldInfo::sqlColumn));
    const QStringList participation = Traits<Participation>::columns();
    for (const auto &ref : Traits<Participation>::idReferences())
        QVERIFY(participation.contains(QLatin1String(ref.field)));
}

// What a row binds, as text ("NULL" for none).
class RecordedRow : public BulkStatement
{
public:
    QStringList bound;
    void bindNull(int column) override { at(column) = QStringLiteral("NULL"); }
    void bindInt(int column, qint64 value) override { at(column) = QString::number(value); }
    void bindDouble(int column, double value) override { at(column) = QString::number(value); }
    void bindText(int column, const char *utf8, int size) override
    {
        at(column) = QString::fromUtf8(utf8, size);
    }
    bool step(QString *) override { return true; }

private:
    QString &at(int column)
    {
        while (bound.size() <= column)
            bound.append(QString());
        return bound[column];
    }
};

template<typename R> QStringList valuesOf(const R &record)
{
    storage::Values values;
    storage::Traits<R>::values(record, values);
    QStringList out;
    for (const QVariant &v : values)
        out << (v.isNull() ? QStringLiteral("NULL") : v.toString());
    return out;
}

template<typename R> QStringList boundOf(const R &record)
{
    RecordedRow row;
    storage::Binder binder(row);
    binder.start();
    storage::Traits<R>::bind(record, binder);
    return row.bound;
}

void TestRecordSchema::bulkBindingIsTheValues_data()
{
    QTest::addColumn<QStringList>("bound");
    QTest::addColumn<QStringList>("values");
    const auto add = [](const char *name, const auto &record) {
        QTest::newRow(name) << boundOf(record) << valuesOf(record);
    };
    const auto empty = [](auto record) {
        std::remove_reference_t<decltype(record)> none;
        none.uuid = record.uuid;
        return none;
    };
    add("employer", samples::filled<Employer>());
    add("worker", samples::filled<Worker>());
    add("employment", samples::filled<Employment>());
    add("training", samples::filled<Training>());
    add("right", samples::filled<TrainingRight>());
    add("employer with defaults", empty(samples::filled<Employer>()));
    add("worker with defaults", empty(samples::filled<Worker>()));
    add("training with defaults", empty(samples::filled<Training>()));
    add("right with defaults", empty(samples::filled<TrainingRight>()));
    // A participation binds its training and worker by row id.
    const Participation p = samples::filled<Participation>();
    RecordedRow row;
    storage::Binder binder(row);
    binder.start();
    storage::Traits<Participation>::bind(p, 41, 42, binder);
    QStringList values = valuesOf(p);
    const QStringList columns = storage::Traits<Participation>::columns();
    values[columns.indexOf(QStringLiteral("training_uuid"))] = QStringLiteral("41");
    values[columns.indexOf(QStringLiteral("worker_uuid"))] = QStringLiteral("42");
    QTest::newRow("participation") << row.bound << values;
}

void TestRecordSchema::bulkBindingIsTheValues()
{
    QFETCH(QStringList, bound);
    QFETCH(QStringList, values);
    QCOMPARE(bound, values);
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
