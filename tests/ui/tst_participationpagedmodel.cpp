// The participations table reads pages, not everything: the row count is
// known at once, a page is read when shown, few pages stay in memory.
#include "UiFixture.h"
#include "ui/models/ParticipationPagedModel.h"

#include <QElapsedTimer>
#include <QTest>

using namespace fla;
using namespace fla::ui;

class TestParticipationPagedModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { UiFixture::initApp(); }
    void readsPagesOnDemand();
    void sortsAndFilters();
};

static DataSet bigSet(int participations)
{
    DataSet d = test::smallCompanySet(30);
    const Employer e = d.employers.first();
    QList<QUuid> workers;
    for (const auto &w : d.workers) {
        if (w.employerUuid == e.uuid)
            workers << w.uuid;
    }
    // A worker takes part in a training once: a one-day toolbox talk for all of them, every week.
    for (int i = 0; i < participations; ++i) {
        if (i % workers.size() == 0) {
            Training t;
            t.uuid = QUuid::createUuid();
            t.employerUuid = e.uuid;
            t.name = "Toolbox";
            t.startDate = QDate(2025, 1, 6).addDays(7 * (i / workers.size()));
            t.endDate = t.startDate;
            t.duration = 1;
            d.trainings << t;
        }
        Participation p;
        p.uuid = QUuid::createUuid();
        p.employerUuid = e.uuid;
        p.trainingUuid = d.trainings.last().uuid;
        p.workerUuid = workers.at(i % workers.size());
        d.participations << p;
    }
    return d;
}

void TestParticipationPagedModel::readsPagesOnDemand()
{
    UiFixture f(bigSet(20000));
    ParticipationPagedModel model(f.source.get());
    model.setEmployer(f.employer());
    QVERIFY(model.rowCount() > 20000);
    QCOMPARE(model.pagesRead(), 0);
    QVERIFY(model.index(0, 0).data().isValid());
    QCOMPARE(model.pagesRead(), 1);
    QVERIFY(model.index(model.rowCount() - 1, 0).data().isValid()); // the end: one more page
    QCOMPARE(model.pagesRead(), 2);
    for (int r = 0; r < model.rowCount(); r += ParticipationPagedModel::kPageSize)
        model.index(r, 0).data();
    // Pages are forgotten beyond the few kept: reading the start again reads it again.
    const int read = model.pagesRead();
    model.index(0, 0).data();
    QCOMPARE(model.pagesRead(), read + 1);
}

void TestParticipationPagedModel::sortsAndFilters()
{
    UiFixture f;
    ParticipationPagedModel model(f.source.get());
    model.setEmployer(f.employer());
    const int all = model.rowCount();
    model.sort(int(ParticipationColumn::Worker), Qt::AscendingOrder);
    QString previous;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QString name = model.index(r, int(ParticipationColumn::Worker)).data().toString();
        QVERIFY(previous.localeAwareCompare(name) <= 0);
        previous = name;
    }
    model.setFilter("peeters");
    QVERIFY(model.rowCount() > 0);
    QVERIFY(model.rowCount() < all);
    for (int r = 0; r < model.rowCount(); ++r)
        QVERIFY(model.index(r, int(ParticipationColumn::Worker)).data().toString().contains("Peeters"));
    model.setFilter(QString());
    QCOMPARE(model.rowCount(), all);
}

QTEST_MAIN(TestParticipationPagedModel)
#include "tst_participationpagedmodel.moc"
