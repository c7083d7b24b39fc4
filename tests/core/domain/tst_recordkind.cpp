#include "core/dataset/DataSetCsv.h"
#include "core/domain/RecordKind.h"

#include <QTest>

using fla::RecordKind;

class TestRecordKind : public QObject
{
    Q_OBJECT

private slots:
    void namesOfEachFormat_data();
    void namesOfEachFormat();
    void readsItsNameBack_data();
    void readsItsNameBack();
    void csvFilesInTheSetsOrder();
};

void TestRecordKind::namesOfEachFormat_data()
{
    QTest::addColumn<RecordKind>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("csvFile");
    QTest::addColumn<QString>("label");

    QTest::newRow("employer") << RecordKind::Employer << "employer"
                              << "employer"
                              << "employers.csv"
                              << "company";
    QTest::newRow("worker") << RecordKind::Worker << "worker"
                            << "worker"
                            << "workers.csv"
                            << "worker";
    QTest::newRow("employment") << RecordKind::Employment << "employment"
                                << "employment"
                                << "employments.csv"
                                << "employment";
    QTest::newRow("training") << RecordKind::Training << "training"
                              << "training"
                              << "trainings.csv"
                              << "training";
    QTest::newRow("participation") << RecordKind::Participation << "participation"
                                   << "participation"
                                   << "participations.csv"
                                   << "participation";
    QTest::newRow("right") << RecordKind::TrainingRight << "right"
                           << "training_right"
                           << "rights.csv"
                           << "training right";
}

void TestRecordKind::namesOfEachFormat()
{
    QFETCH(RecordKind, kind);
    QFETCH(QString, name);
    QFETCH(QString, table);
    QFETCH(QString, csvFile);
    QFETCH(QString, label);
    QCOMPARE(fla::toString(kind), name);
    QCOMPARE(fla::sqlTableName(kind), table);
    QCOMPARE(fla::csvFileName(kind), csvFile);
    QCOMPARE(fla::recordKindLabel(kind), label); // no translator loaded: the source text
    QCOMPARE(fla::recordKindFromString(name), std::optional<RecordKind>(kind));
}

void TestRecordKind::readsItsNameBack_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind"); // -1: not a kind of record

    QTest::newRow("capitals and spaces") << " Worker " << int(RecordKind::Worker);
    QTest::newRow("right") << "RIGHT" << int(RecordKind::TrainingRight);
    QTest::newRow("the table is not the name") << "training_right" << -1;
    QTest::newRow("a file is no record") << "file" << -1;
    QTest::newRow("empty") << "" << -1;
}

void TestRecordKind::readsItsNameBack()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    const std::optional<RecordKind> read = fla::recordKindFromString(text);
    QCOMPARE(read ? int(*read) : -1, kind);
}

void TestRecordKind::csvFilesInTheSetsOrder()
{
    QStringList files;
    for (const RecordKind kind : fla::kRecordKinds)
        files << fla::csvFileName(kind);
    QCOMPARE(files, fla::DataSetCsv::fileNames());
}

QTEST_GUILESS_MAIN(TestRecordKind)
#include "tst_recordkind.moc"
