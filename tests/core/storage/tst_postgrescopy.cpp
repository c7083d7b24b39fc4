#include "Must.h"
#include "PostgresTestCluster.h"
#include "StorageTestData.h"
#include "TestSupport.h"
#include "WorkspaceContent.h"
#include "core/anomaly/WorkspaceAnomalies.h"
#include "core/generate/Generator.h"
#include "core/storage/BulkLoader.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/RecordJson.h"
#include "core/storage/Workspace.h"
#include "core/storage/postgres/PostgresCopy.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace fla;
using namespace storagetest;
using fla::test::PostgresTestCluster;

// A PostgreSQL workspace's bulk path (postgres/PostgresCopy): the rows of a
// load streamed with COPY through libpq on QPSQL's connection, on a real
// (throw-away) server. Values arrive as Qt SQL would have written them, a
// refused row names its record and leaves nothing loaded, and a generated
// set loads into the same workspace as record by record.
class TestPostgresCopy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void valuesArriveUnchanged_data();
    void valuesArriveUnchanged();
    void onlyRecordTablesStream();
    void refusedRowNamesItsRecordAndNothingIsLoaded();
    void sameWorkspaceAsRecordByRecord();

private:
    std::unique_ptr<Workspace> newWorkspace();
};

void TestPostgresCopy::initTestCase()
{
    QString error;
    FLADESK_START_TEST_CLUSTER();
}

std::unique_ptr<Workspace> TestPostgresCopy::newWorkspace()
{
    QString error;
    const QString db = PostgresTestCluster::instance().createDatabase(QStringLiteral("copy"), &error);
    if (db.isEmpty())
        qFatal("%s", qPrintable(error));
    auto ws = Workspace::open(PostgresTestCluster::instance().url(db), &error);
    if (!ws)
        qFatal("%s", qPrintable(error));
    return ws;
}

void TestPostgresCopy::valuesArriveUnchanged_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("type");
    QTest::newRow("plain text") << QVariant(QStringLiteral("Peeters")) << "text";
    QTest::newRow("empty text") << QVariant(QString(QLatin1String(""))) << "text";
    QTest::newRow("tab newline return") << QVariant(QStringLiteral("a\tb\nc\rd")) << "text";
    QTest::newRow("backslashes") << QVariant(QStringLiteral("C:\\users\\N\\t \\\\")) // portability-ok: text
                                 << "text";
    QTest::newRow("beyond ASCII") << QVariant(QStringLiteral("Chloé Dubois – Straße €")) << "text";
    QTest::newRow("null") << QVariant() << "text";
    QTest::newRow("integer") << QVariant(qint64(-9007199254740993)) << "bigint";
    QTest::newRow("tenth") << QVariant(0.1) << "double precision";
    QTest::newRow("tiny") << QVariant(4.9e-324) << "double precision";
    QTest::newRow("huge") << QVariant(1.7976931348623157e308) << "double precision";
    QTest::newRow("date") << QVariant(QStringLiteral("2028-02-29")) << "date";
}

void TestPostgresCopy::valuesArriveUnchanged()
{
    QFETCH(QVariant, value);
    QFETCH(QString, type);
    auto ws = newWorkspace();
    QSqlQuery q(ws->database());
    QVERIFY(q.exec(QStringLiteral("CREATE TEMP TABLE probe (n integer, v %1)").arg(type)));
    QString error;
    QVERIFY2(ws->beginTransaction(&error), qPrintable(error));
    // Two rows per step, as a load's statement of many rows binds them.
    postgres::CopyStatements statements({QStringLiteral("probe")});
    std::unique_ptr<BulkStatement> copy =
        statements.prepare(ws->database(), QStringLiteral("INSERT INTO probe (n, v) VALUES (?, ?), (?, ?)"));
    QVERIFY2(copy, qPrintable(QStringLiteral("no COPY path: ") + error));
    for (int row = 0; row < 2; ++row) {
        copy->bindInt(row * 2, row);
        const int at = row * 2 + 1;
        if (value.isNull())
            copy->bindNull(at);
        else if (type == QLatin1String("bigint"))
            copy->bindInt(at, value.toLongLong());
        else if (type == QLatin1String("double precision"))
            copy->bindDouble(at, value.toDouble());
        else {
            const QByteArray utf8 = value.toString().toUtf8();
            copy->bindText(at, utf8.constData(), int(utf8.size()));
        }
    }
    QVERIFY2(copy->step(&error), qPrintable(error));
    qint64 refused = -1;
    QVERIFY2(copy->finish(&error, &refused), qPrintable(error));
    QVERIFY2(ws->commitTransaction(&error), qPrintable(error));
    QVERIFY(q.exec(QStringLiteral("SELECT n, v::text, v IS NULL FROM probe ORDER BY n")));
    for (int row = 0; row < 2; ++row) {
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), row);
        QCOMPARE(q.value(2).toBool(), value.isNull());
        if (value.isNull())
            continue;
        if (type == QLatin1String("double precision"))
            QCOMPARE(q.value(1).toString().toDouble(), value.toDouble());
        else
            QCOMPARE(q.value(1).toString(), value.toString());
    }
    QVERIFY(!q.next());
}

// Only the record tables stream: other bulk INSERTs (outbox rows, anomalies)
// run more statements before they end, so they bind through Qt SQL.
void TestPostgresCopy::onlyRecordTablesStream()
{
    auto ws = newWorkspace();
    QString error;
    QVERIFY(ws->driver().prepareBulk(
        ws->database(), QStringLiteral("INSERT INTO worker (uuid, employer_uuid) VALUES (?, ?)"), &error));
    QVERIFY(!ws->driver().prepareBulk(
        ws->database(), QStringLiteral("INSERT INTO anomaly (employer_uuid, code) VALUES (?, ?)"), &error));
    QVERIFY(!ws->driver().prepareBulk(
        ws->database(), QStringLiteral("INSERT INTO outbox (employer_uuid, record_uuid) VALUES (?, ?)"),
        &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestPostgresCopy::refusedRowNamesItsRecordAndNothingIsLoaded()
{
    auto ws = newWorkspace();
    // Three companies; the last one's fifth worker repeats the fourth's uuid
    // (the unique index refuses it only at the end of the COPY).
    DataSet set;
    for (int e = 0; e < 3; ++e) {
        const Employer em = employer(QStringLiteral("Company %1").arg(e), 5669882 + e);
        set.employers << em;
        for (int i = 0; i < 6; ++i)
            set.workers << worker(em.uuid, QStringLiteral("Worker%1").arg(e * 10 + i), 2 + e * 10 + i);
    }
    Worker &twin = set.workers[17];
    twin.uuid = set.workers.at(16).uuid;
    const BulkLoadResult r = loadDataSet(*ws, set);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("another record already has this uuid")), qPrintable(r.error));
    QVERIFY2(r.error.contains(twin.familyName), qPrintable(r.error));
    // One transaction: not even the first two companies stayed.
    QCOMPARE(fla::test::must(ws->employers().findCount()), 0);
    QSqlQuery q(ws->database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM worker")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    // The connection works on after the refused stream.
    DataSet one;
    one.employers << set.employers.at(0);
    one.workers << set.workers.at(0);
    const BulkLoadResult again = loadDataSet(*ws, one);
    QVERIFY2(again.ok, qPrintable(again.error));
}

void TestPostgresCopy::sameWorkspaceAsRecordByRecord()
{
    GeneratorOptions options;
    options.seed = 11;
    options.participations = 5000;
    options.invalidFraction = 0;
    const DataSet set = Generator::generate(options).set;
    auto copied = newWorkspace();
    const BulkLoadResult a = loadDataSet(*copied, set);
    QVERIFY2(a.ok, qPrintable(a.error));
    // The same load with the COPY path switched off: Qt SQL binds each row.
    auto bound = newWorkspace();
    qputenv("FLADESK_POSTGRES_COPY", "0");
    const BulkLoadResult b = loadDataSet(*bound, set);
    qunsetenv("FLADESK_POSTGRES_COPY");
    QVERIFY2(b.ok, qPrintable(b.error));
    QCOMPARE(a.participations.inserted, b.participations.inserted);
    QCOMPARE(a.total(), qint64(set.recordCount()));
    const QMap<QString, QJsonObject> x = contentOf(*copied), y = contentOf(*bound);
    QCOMPARE(x.size(), qsizetype(set.recordCount()));
    QCOMPARE(x.keys(), y.keys());
    for (auto it = x.cbegin(); it != x.cend(); ++it)
        QVERIFY2(it.value() == y.value(it.key()), qPrintable(it.key()));
    // And the load's audit entries: one per company and kind, with its count.
    const QString audit = QStringLiteral(
        "SELECT employer_uuid, entity, records FROM audit_load ORDER BY employer_uuid, entity");
    QSqlQuery qa(copied->database()), qb(bound->database());
    QVERIFY(qa.exec(audit) && qb.exec(audit));
    int entries = 0;
    while (qa.next()) {
        QVERIFY(qb.next());
        for (int c = 0; c < 3; ++c)
            QCOMPARE(qa.value(c).toString(), qb.value(c).toString());
        ++entries;
    }
    QVERIFY(!qb.next());
    QVERIFY(entries > set.employers.size());
}

QTEST_GUILESS_MAIN(TestPostgresCopy)
#include "tst_postgrescopy.moc"
