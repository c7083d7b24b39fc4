// The Social balance view shows core's training block for the company's
// financial year (the last closed one by the injected clock unless another is
// chosen): the hand-computed register of SocialBalanceFixture, figure by figure;
// the same figures as `fladesk-cli social-balance --json` on the same workspace
// (that register and a generated one, every company and several years); the
// CSV it saves is the CLI's --csv, byte for byte; the keyboard reaches it all.

#include "CliRun.h"
#include "SocialBalanceFixture.h"
#include "TestSupport.h"
#include "UiFixture.h"
#include "core/domain/FinancialYear.h"
#include "core/storage/BulkLoader.h"
#include "core/storage/Workspace.h"
#include "ui/MainWindow.h"
#include "ui/views/SocialBalanceView.h"
#include "ui/views/WorkersView.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace fla;
using namespace fla::ui;

namespace {

// A workspace file holding set, closed again (so the CLI may open it).
bool makeWorkspace(const QString &path, const DataSet &set)
{
    QString error;
    auto ws = Workspace::open(path, &error);
    if (!ws) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    const BulkLoadResult loaded = loadDataSet(*ws, set);
    if (!loaded.ok)
        qWarning("%s", qPrintable(loaded.error));
    return loaded.ok;
}

// The app's own data source over a workspace file, with a clock fixed on now.
struct App
{
    ManualClock clock;
    std::unique_ptr<StorageDataSource> source;
    std::unique_ptr<Session> session;
    App(const QString &path, const QDate &today)
        : clock(QDateTime(today, QTime(10, 0), Qt::UTC))
    {
        QString error;
        source = StorageDataSource::open(path, clock, &error);
        if (!source)
            qFatal("workspace not opened: %s", qPrintable(error));
        session = std::make_unique<Session>(source.get(), clock);
        session->setEmployer(source->employers().first().uuid);
    }
};

bool chooseYear(SocialBalanceView &view, int year)
{
    const int i = view.yearCombo()->findData(year);
    view.yearCombo()->setCurrentIndex(i);
    return i >= 0;
}

double value(const SocialBalanceView &view, int row, int column)
{
    return view.rows()->item(row, column)->data(SocialBalanceView::ValueRole).toDouble();
}

// The row whose men's or women's code is code, and that column; -1 when none.
std::pair<int, int> cellOfCode(const SocialBalanceView &view, const QString &code)
{
    for (int r = 0; r < view.rows()->rowCount(); ++r) {
        if (view.rows()->item(r, SocialBalanceView::MenCode)->text() == code)
            return {r, SocialBalanceView::Men};
        if (view.rows()->item(r, SocialBalanceView::WomenCode)->text() == code)
            return {r, SocialBalanceView::Women};
    }
    return {-1, -1};
}

} // namespace

class TestSocialBalanceView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup() { UiFixture::initApp(); } // English again after a test in another language
    void lastClosedYearByTheClock_data();
    void lastClosedYearByTheClock();
    void figuresAddUpByHand_data();
    void figuresAddUpByHand();
    void unknownSexAndCostsAreSaid();
    void chosenYearStaysInAnotherLanguage();
    void sameAsTheCli_data();
    void sameAsTheCli();
    void keyboardReachesItAll();
    void screenshots_data() { WorkspaceFixture::languages(); }
    void screenshots();

private:
    QTemporaryDir m_dir;
    QString m_register;  // SocialBalanceFixture's register
    QString m_generated; // the generator's
};

void TestSocialBalanceView::initTestCase()
{
    UiFixture::initApp();
    QVERIFY(m_dir.isValid());
    m_register = m_dir.filePath("register.fladesk");
    QVERIFY(makeWorkspace(m_register, SocialBalanceFixture().set));
    const QString set = m_dir.filePath("set");
    m_generated = m_dir.filePath("generated.fladesk");
    QCOMPARE(test::runCli({"generate", "--out", set, "--seed", "19", "--participations", "800"}).exitCode, 0);
    QCOMPARE(test::runCli({"import-csv", set, "--workspace", m_generated}).exitCode, 0);
}

void TestSocialBalanceView::lastClosedYearByTheClock_data()
{
    QTest::addColumn<int>("startMonth");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("year");
    QTest::newRow("calendar year, on 31 December") << 1 << QDate(2026, 12, 31) << 2025;
    QTest::newRow("calendar year, on 1 January") << 1 << QDate(2027, 1, 1) << 2026;
    QTest::newRow("from 1 July, on 30 June") << 7 << QDate(2025, 6, 30) << 2024;
    QTest::newRow("from 1 July, on 1 July") << 7 << QDate(2025, 7, 1) << 2025;
}

void TestSocialBalanceView::lastClosedYearByTheClock()
{
    QFETCH(int, startMonth);
    QFETCH(QDate, today);
    QFETCH(int, year);
    SocialBalanceFixture f;
    f.set.employers[0].financialYearStartMonth = startMonth;
    const QString path =
        m_dir.filePath(QString("start-%1-%2.fladesk").arg(startMonth).arg(today.toJulianDay()));
    QVERIFY(makeWorkspace(path, f.set));
    App app(path, today);
    SocialBalanceView view(app.session.get());
    view.show();
    QCOMPARE(view.yearCombo()->currentData().toInt(), year);
    QVERIFY(view.balance());
    QCOMPARE(view.balance()->to, financialYear(f.set.employers[0], year)->to);
    // The year still open is offered too, marked so.
    QCOMPARE(view.yearCombo()->itemData(0).toInt(), year + 1);
    QVERIFY(view.yearCombo()->itemText(0).contains("not closed yet"));
}

// SocialBalanceFixture in 2025, as tst_SocialBalanceRows adds it up: A (formal,
// 15.2 h, €1,000.00 over the first man 333.34, the woman 333.33 and the BIS
// worker 333.33), B (informal, 3 h each for the two men, 1.5 h for the woman, no
// cost), C (formal, 4 h, €500.00, the first man); in 2024 only E (formal, the
// woman, 8 h, €99.00).
void TestSocialBalanceView::figuresAddUpByHand_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("menCode");
    QTest::addColumn<double>("men");
    QTest::addColumn<double>("women");
    QTest::addColumn<double>("unknownSex");
    QTest::addColumn<double>("total");
    QTest::newRow("2025 formal workers") << 2025 << "5801" << 1.0 << 1.0 << 1.0 << 3.0;
    QTest::newRow("2025 formal hours") << 2025 << "5802" << 19.2 << 15.2 << 15.2 << 49.6;
    QTest::newRow("2025 formal net cost") << 2025 << "5803" << 833.34 << 333.33 << 333.33 << 1500.0;
    QTest::newRow("2025 informal workers") << 2025 << "5821" << 2.0 << 1.0 << 0.0 << 3.0;
    QTest::newRow("2025 informal hours") << 2025 << "5822" << 6.0 << 1.5 << 0.0 << 7.5;
    QTest::newRow("2025 initial hours") << 2025 << "5842" << 0.0 << 0.0 << 0.0 << 0.0;
    QTest::newRow("2024 formal workers") << 2024 << "5801" << 0.0 << 1.0 << 0.0 << 1.0;
    QTest::newRow("2024 formal hours") << 2024 << "5802" << 0.0 << 8.0 << 0.0 << 8.0;
    QTest::newRow("2024 formal net cost") << 2024 << "5803" << 0.0 << 99.0 << 0.0 << 99.0;
}

void TestSocialBalanceView::figuresAddUpByHand()
{
    QFETCH(int, year);
    QFETCH(QString, menCode);
    QFETCH(double, men);
    QFETCH(double, women);
    QFETCH(double, unknownSex);
    QFETCH(double, total);
    App app(m_register, QDate(2026, 3, 1));
    SocialBalanceView view(app.session.get());
    view.show();
    QVERIFY(chooseYear(view, year));
    QCOMPARE(view.rows()->rowCount(), 3 + 12); // each category heads its 6, 3 and 3 measures
    const int row = cellOfCode(view, menCode).first;
    QVERIFY(row >= 0);
    QCOMPARE(value(view, row, SocialBalanceView::Men), men);
    QCOMPARE(value(view, row, SocialBalanceView::Women), women);
    QCOMPARE(value(view, row, SocialBalanceView::UnknownSex), unknownSex);
    QCOMPARE(value(view, row, SocialBalanceView::Total), total);
    QVERIFY(!view.rows()->item(row, SocialBalanceView::Item)->text().isEmpty());
}

void TestSocialBalanceView::unknownSexAndCostsAreSaid()
{
    App app(m_register, QDate(2026, 3, 1));
    SocialBalanceView view(app.session.get());
    view.show();
    QVERIFY(chooseYear(view, 2025));
    const QString summary = view.summary()->text();
    QVERIFY2(summary.contains("3 trainings counted"), qPrintable(summary));
    QVERIFY2(summary.contains("1 of them have no cost"), qPrintable(summary));
    QCOMPARE(view.unknownSexList()->count(), 1);
    QVERIFY(view.unknownSexList()->isVisible());
    QVERIFY2(view.unknownSexList()->item(0)->text().startsWith("bis ("),
             qPrintable(view.unknownSexList()->item(0)->text()));
    QCOMPARE(view.unknownSexList()->item(0)->data(Qt::UserRole).toUuid(), SocialBalanceFixture().bis);
    // Codes not confirmed say so with their source; the contributions' codes were confirmed.
    const int workers = cellOfCode(view, "5801").first;
    QCOMPARE(view.rows()->item(workers, SocialBalanceView::CodeStatus)->text(),
             QString("not confirmed: icb-institute.be"));
    QCOMPARE(
        view.rows()->item(workers, SocialBalanceView::CodeStatus)->toolTip(),
        QString("https://www.icb-institute.be/inlichtingen-over-de-opleidingen-van-werknemers-tijdens-het-"
                "boekjaar/"));
    QCOMPARE(view.rows()->item(cellOfCode(view, "58032").first, SocialBalanceView::CodeStatus)->text(),
             QString("confirmed"));
    QCOMPARE(view.rows()->item(0, SocialBalanceView::Item)->text(), QString("Formal continuing training"));
    // In 2024 everyone's sex is known: no list.
    QVERIFY(chooseYear(view, 2024));
    QVERIFY(!view.unknownSexList()->isVisible());
}

// Switching the language relabels the years and keeps the one chosen.
void TestSocialBalanceView::chosenYearStaysInAnotherLanguage()
{
    App app(m_register, QDate(2026, 3, 1));
    SocialBalanceView view(app.session.get());
    view.show();
    QVERIFY(chooseYear(view, 2024));
    UiFixture::initApp("nl");
    QCoreApplication::processEvents(); // the language change reaches the widgets as an event
    QCOMPARE(view.yearCombo()->currentData().toInt(), 2024);
    QVERIFY2(view.yearCombo()->currentText().contains(" tot "), qPrintable(view.yearCombo()->currentText()));
    QCOMPARE(view.rows()->item(0, SocialBalanceView::Item)->text(),
             QString("Formele voortgezette opleiding"));
    UiFixture::initApp();
    QCoreApplication::processEvents();
    QCOMPARE(view.yearCombo()->currentData().toInt(), 2024);
    QVERIFY2(view.yearCombo()->currentText().contains(" to "), qPrintable(view.yearCombo()->currentText()));
}

void TestSocialBalanceView::sameAsTheCli_data()
{
    QTest::addColumn<QString>("workspace");
    QTest::addColumn<int>("year");
    for (int year : {2024, 2025, 2026}) {
        QTest::addRow("register %d", year) << "register" << year;
        QTest::addRow("generated %d", year) << "generated" << year;
    }
}

void TestSocialBalanceView::sameAsTheCli()
{
    QFETCH(QString, workspace);
    QFETCH(int, year);
    const QString path = workspace == "register" ? m_register : m_generated;
    QList<Employer> employers;
    {
        App app(path, QDate(2027, 1, 15));
        employers = app.source->employers();
    }
    QVERIFY(!employers.isEmpty());
    // 1. The CLI, on the workspace closed.
    QHash<QUuid, QJsonObject> cli;
    QHash<QUuid, QByteArray> cliCsv;
    for (const Employer &e : employers) {
        const QStringList args{"social-balance", "--workspace",        path, "--employer", e.enterpriseNumber,
                               "--year",         QString::number(year)};
        const test::CliRun json = test::runCli(args + QStringList{"--json"});
        QVERIFY2(json.finished && (json.exitCode == 0 || json.exitCode == 1), json.err.constData());
        cli.insert(e.uuid, QJsonDocument::fromJson(json.out).object());
        const test::CliRun csv = test::runCli(args + QStringList{"--csv"});
        QVERIFY2(csv.finished && (csv.exitCode == 0 || csv.exitCode == 1), csv.err.constData());
        cliCsv.insert(e.uuid, csv.out);
    }
    // 2. The view, through the app's data source, for each company.
    App app(path, QDate(2027, 1, 15));
    SocialBalanceView view(app.session.get());
    view.show();
    int compared = 0;
    for (const Employer &e : employers) {
        app.session->setEmployer(e.uuid);
        QVERIFY(chooseYear(view, year));
        const QJsonObject o = cli.value(e.uuid);
        QCOMPARE(view.balance()->from.toString(Qt::ISODate), o.value("from").toString());
        QCOMPARE(view.balance()->trainingsCounted, o.value("trainingsCounted").toInt());
        QCOMPARE(view.balance()->trainingsWithoutCost, o.value("trainingsWithoutCost").toInt());
        QCOMPARE(view.unknownSexList()->count(), o.value("workersOfUnknownSex").toArray().size());
        const QJsonObject codes = o.value("codes").toObject();
        QCOMPARE(codes.size(), 2 * (view.rows()->rowCount() - 3)); // two codes a row under 3 headings
        for (auto it = codes.begin(); it != codes.end(); ++it) {
            const auto [row, column] = cellOfCode(view, it.key());
            QVERIFY2(row >= 0, qPrintable(it.key()));
            QVERIFY2(qAbs(value(view, row, column) - it.value().toDouble()) < 0.001,
                     qPrintable(QString("%1 %2 %3: view %4, cli %5")
                                    .arg(e.name, QString::number(year), it.key())
                                    .arg(value(view, row, column))
                                    .arg(it.value().toDouble())));
            compared += it.value().toDouble() != 0;
        }
        // The CSV the view saves is the CLI's, from the same writer.
        const QString file = m_dir.filePath("view.csv");
        QString error;
        QVERIFY2(view.saveCsv(file, &error), qPrintable(error));
        QFile saved(file);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), cliCsv.value(e.uuid));
    }
    if (year == 2025)
        QVERIFY2(compared > 0, "some figure was not zero"); // both registers have trainings in 2025
}

void TestSocialBalanceView::keyboardReachesItAll()
{
    App app(m_register, QDate(2026, 3, 1));
    MainWindow w(app.session.get());
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QTest::keyClick(&w, Qt::Key_9, Qt::ControlModifier);
    QCOMPARE(w.currentView(), MainWindow::SocialBalance);
    auto *view = qobject_cast<SocialBalanceView *>(w.view(MainWindow::SocialBalance));
    QVERIFY(view);
    QCOMPARE(w.action("view8")->text(), view->title());
    QVERIFY(chooseYear(*view, 2025));
    // Tab goes from the year to the table, the workers of unknown sex and the two buttons.
    view->yearCombo()->setFocus();
    const QList<QWidget *> order{view->table(), view->unknownSexList(),
                                 view->findChild<QPushButton *>("saveBalanceCsv"),
                                 view->findChild<QPushButton *>("saveBalancePdf")};
    for (QWidget *next : order) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), next);
    }
    // Enter on a worker of unknown sex opens that worker in the Workers view.
    view->unknownSexList()->setFocus();
    QTest::keyClick(view->unknownSexList(), Qt::Key_Return);
    QCOMPARE(w.currentView(), MainWindow::Workers);
    const QModelIndex current = w.view(MainWindow::Workers)->table()->currentIndex();
    QVERIFY(current.isValid());
    QVERIFY2(current.siblingAtColumn(0).data().toString().contains("bis") ||
                 current.model()->index(current.row(), 1).data().toString().contains("bis"),
             "the BIS worker is selected");
    // The PDF, as the button saves it (kept with the test's pictures, for people to look at).
    QString error;
    const QString pdf = QDir(test::artifactsDir()).filePath("social-balance-register.pdf");
    QVERIFY2(view->savePdf(pdf, &error), qPrintable(error));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly) && file.read(5) == "%PDF-");
}

// The register with its worker of unknown sex, in nl and fr, for people to look at.
void TestSocialBalanceView::screenshots()
{
    QFETCH(QString, language);
    UiFixture::initApp(language);
    App app(m_register, QDate(2026, 3, 1));
    SocialBalanceView view(app.session.get());
    view.resize(1100, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.yearCombo()->currentData().toInt(), 2025);
    QVERIFY(view.unknownSexList()->isVisible());
    QVERIFY(view.grab().save(
        QDir(test::artifactsDir()).filePath(QString("view-social-balance-detail-%1.png").arg(language))));
    UiFixture::initApp();
}

QTEST_MAIN(TestSocialBalanceView)
#include "tst_socialbalanceview.moc"
