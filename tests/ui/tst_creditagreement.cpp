// One training credit, wherever it is shown: the Credit view, `fladesk-cli
// credit`, rule CR-001, the figures of the PDF statement and `fladesk-cli
// training-account` all come from core's CreditCalculator. This test loads a generated workspace (many
// employers, employments, rights) through the real CLI and compares the four
// for every worker of every company.

#include "CliRun.h"
#include "Must.h"
#include "RunningClock.h"
#include "TestSupport.h"
#include "core/anomaly/AnomalyEngine.h"
#include "core/anomaly/WorkspaceAnomalies.h"
#include "core/reports/Credit.h"
#include "core/storage/WorkspaceRecords.h"
#include "ui/app/Session.h"
#include "ui/data/StorageDataSource.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/views/CreditView.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace fla;
using namespace fla::ui;

namespace {

struct Figures
{
    double entitled = 0, carried = 0, used = 0, planned = 0, remaining = 0;
};

bool runCli(const QStringList &args, QByteArray *out = nullptr)
{
    const test::CliRun r = test::runCli(args);
    if (out)
        *out = r.out;
    if (r.finished && r.exitCode != 0)
        qWarning("fladesk-cli %s: %s", qPrintable(args.join(' ')), r.err.constData());
    return r.exitCode == 0;
}

bool same(double a, double b)
{
    return qAbs(a - b) < 0.005;
}

} // namespace

class TestCreditAgreement : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void allFourAgree_data();
    void allFourAgree();

private:
    QTemporaryDir m_dir;
    QString m_workspace;
    test::RunningClock m_clock{QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC)};
};

void TestCreditAgreement::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    ui::SettingsDialog::applyLanguage(QStringLiteral("en"));
    QVERIFY(m_dir.isValid());
    const QString set = m_dir.filePath(QStringLiteral("set"));
    m_workspace = m_dir.filePath(QStringLiteral("office.fladesk"));
    QVERIFY(runCli({"generate", "--out", set, "--seed", "11", "--participations", "3000"}));
    QVERIFY(runCli({"import-csv", set, "--workspace", m_workspace}));
}

void TestCreditAgreement::allFourAgree_data()
{
    QTest::addColumn<int>("year");
    for (int year : {2024, 2025, 2026})
        QTest::addRow("%d", year) << year;
}

void TestCreditAgreement::allFourAgree()
{
    QFETCH(int, year);

    // 1. fladesk-cli credit --json
    QByteArray json;
    QVERIFY(runCli({"credit", "--workspace", m_workspace, "--year", QString::number(year), "--json"}, &json));
    QHash<QUuid, Figures> cli;
    for (const QByteArray &line : json.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        cli.insert(QUuid(o.value("workerUuid").toString()),
                   {o.value("entitledDays").toDouble(), o.value("carriedOverDays").toDouble(),
                    o.value("usedDays").toDouble(), o.value("plannedDays").toDouble(),
                    o.value("remainingDays").toDouble()});
    }
    QVERIFY(cli.size() > 50);

    // 2. The training account of a few workers (one process each, before the app opens the workspace).
    int accounts = 0;
    for (auto it = cli.cbegin(); it != cli.cend() && accounts < 8; ++it, ++accounts) {
        QByteArray account;
        QVERIFY(runCli({"training-account", "--workspace", m_workspace, "--worker",
                        it.key().toString(QUuid::WithoutBraces), "--year", QString::number(year), "--json"},
                       &account));
        const QJsonObject o = QJsonDocument::fromJson(account).object();
        QVERIFY(same(o.value("entitledDays").toDouble(), it->entitled) &&
                same(o.value("carriedOverDays").toDouble(), it->carried) &&
                same(o.value("usedDays").toDouble(), it->used) &&
                same(o.value("plannedDays").toDouble(), it->planned) &&
                same(o.value("remainingDays").toDouble(), it->remaining));
    }
    QCOMPARE(accounts, 8);

    // 3. The Credit view, company by company, on the same workspace through the app's data source.
    QString error;
    auto source = StorageDataSource::open(m_workspace, m_clock, &error);
    QVERIFY2(source, qPrintable(error));
    QVERIFY2(source->revalidateAll(&error), qPrintable(error));
    Session session(source.get(), m_clock);
    ui::CreditView view(&session);
    view.show();
    view.yearSpin()->setValue(year);
    QSet<QUuid> overusedInView;
    qsizetype rows = 0;
    for (const Employer &e : source->employers()) {
        session.setEmployer(e.uuid);
        view.reload();
        for (const ui::CreditViewRow &r : view.model()->rows()) {
            ++rows;
            QVERIFY2(cli.contains(r.worker.uuid), "a worker in the view is missing from the CLI");
            const Figures f = cli.value(r.worker.uuid);
            const CreditLine &l = r.credit;
            QVERIFY(same(l.entitledDays, f.entitled) && same(l.carriedOverDays, f.carried) &&
                    same(l.usedDays, f.used) && same(l.plannedDays, f.planned) &&
                    same(l.remainingDays, f.remaining));
            if (l.isOverused())
                overusedInView.insert(r.worker.uuid);
        }
    }
    QCOMPARE(rows, cli.size());

    // 4. Rule CR-001: the engine flags exactly the workers the view shows in red, and the
    //    workspace stores it on them.
    const DataSet data = fla::test::must(readWorkspaceRecords(source->workspace()));
    QSet<QUuid> flagged;
    const AnomalyList anomalies = AnomalyEngine(m_clock).validate(data); // kept: items() refers into it
    for (const Anomaly &a : anomalies.items()) {
        if (a.code == QLatin1String("CR-001") && a.parameter(QStringLiteral("year")).toInt() == year)
            flagged.insert(a.recordUuid);
    }
    QCOMPARE(flagged, overusedInView);
    QSet<QUuid> stored;
    for (const Employer &e : source->employers()) {
        for (const FieldAnomaly &a : source->anomalies(e.uuid)) {
            if (a.code == QLatin1String("CR-001"))
                stored.insert(a.recordUuid);
        }
    }
    for (const QUuid &w : std::as_const(flagged))
        QVERIFY(stored.contains(w));

    // 5. The PDF statement's figures.
    const QHash<QUuid, reports::CreditFigures> statement = reports::creditFigures(data, year);
    QCOMPARE(statement.size(), cli.size());
    for (auto it = statement.cbegin(); it != statement.cend(); ++it) {
        const Figures f = cli.value(it.key());
        QVERIFY(same(it->entitledDays, f.entitled) && same(it->usedDays, f.used) &&
                same(it->carriedOverDays, f.carried) && same(it->remainingDays, qMax(0.0, f.remaining)));
    }
}

QTEST_MAIN(TestCreditAgreement)
#include "tst_creditagreement.moc"
