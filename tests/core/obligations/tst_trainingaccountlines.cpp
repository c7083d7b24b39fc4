// The training account's labelled lines, made once in core for the Training account
// view and `fladesk-cli training-account`: which lines, in which order, with the
// figures of the one credit calculation.

#include "TestRecords.h"
#include "core/domain/FieldText.h"
#include "core/obligations/TrainingAccountLines.h"

#include <QTest>

using namespace fla;
using namespace fla::test;

namespace {

// A full-timer in PC 200 with one day of training in 2025, followed and deducted.
DataSet oneWorker()
{
    DataSet s;
    Employer e = employerRecord(QString(), QStringLiteral("Drukkerij Peeters BV"));
    e.jointCommittees = {QStringLiteral("200")};
    s.employers.append(e);
    const Worker w = workerOf(e, QString(), QStringLiteral("Peeters"));
    s.workers.append(w);
    Employment m = employmentOf(w, QDate(2020, 1, 1));
    m.jointCommittee = QStringLiteral("200");
    s.employments.append(m);
    const Training t = trainingOf(e, QStringLiteral("VCA basis"), QDate(2025, 5, 5));
    s.trainings.append(t);
    s.participations.append(participationOf(t, w));
    return s;
}

QString valueOf(const QList<AccountLine> &lines, const QString &label)
{
    for (const AccountLine &l : lines) {
        if (l.label == label)
            return l.value;
    }
    return QStringLiteral("(no line %1)").arg(label);
}

QString days(double d)
{
    return schema::numberText(d) + QStringLiteral(" d");
}

} // namespace

class TestTrainingAccountLines : public QObject
{
    Q_OBJECT

private slots:
    void linesOfTheAccount();
    void noAccountNoLines();
};

void TestTrainingAccountLines::linesOfTheAccount()
{
    const DataSet data = oneWorker();
    const TrainingAccount a = TrainingAccount::build(data, data.workers.first().uuid, 2025);
    QVERIFY(a.hasLine);
    const QList<AccountLine> lines = accountLines(a);
    QStringList labels;
    for (const AccountLine &l : lines)
        labels << l.label;
    // The order people read it in: who works how, what the right rests on, the credit, the window, the
    // trainings.
    QStringList expected{"Work regime", "Joint committee", "Size class"};
    if (a.line.figures)
        expected << "Days per FTE";
    expected << "Legal right"
             << "Sectoral right"
             << "Granted by the employer"
             << "Entitled"
             << "Carried over";
    if (a.line.expiredDays > 0)
        expected << "Expired when the window started";
    expected << "Used"
             << "Planned"
             << "Remaining"
             << "Five-year window"
             << "Training 05/05/2025";
    QCOMPARE(labels, expected);
    QCOMPARE(valueOf(lines, "Work regime"), QString("100 %"));
    QCOMPARE(valueOf(lines, "Joint committee"), QString("200"));
    QCOMPARE(valueOf(lines, "Entitled"), days(a.line.entitledDays));
    QCOMPARE(valueOf(lines, "Used"), days(a.line.usedDays));
    QCOMPARE(valueOf(lines, "Used"), days(1));
    QVERIFY(valueOf(lines, "Remaining").startsWith(days(a.line.remainingDays) + " ("));
    QCOMPARE(valueOf(lines, "Training 05/05/2025"), QString("VCA basis: 1 d, deducted"));
    const QStringList unconfirmed = a.unconfirmedParts();
    QCOMPARE(accountUnconfirmedNote(a).isEmpty(), unconfirmed.isEmpty());
    for (const QString &part : unconfirmed)
        QVERIFY(accountUnconfirmedNote(a).contains(part));
    QCOMPARE(valueOf(lines, "Five-year window").endsWith(", unconfirmed"), !a.line.carryOverConfirmed);
}

void TestTrainingAccountLines::noAccountNoLines()
{
    const DataSet data = oneWorker();
    QVERIFY(accountLines(TrainingAccount::build(data, QUuid::createUuid(), 2025)).isEmpty());
    QVERIFY(accountLines(TrainingAccount::build(data, data.workers.first().uuid, 2019)).isEmpty());
}

QTEST_GUILESS_MAIN(TestTrainingAccountLines)
#include "tst_trainingaccountlines.moc"
