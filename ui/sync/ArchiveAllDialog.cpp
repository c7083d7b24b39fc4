#include "ui/sync/ArchiveAllDialog.h"

#include "core/domain/EnterpriseNumber.h"
#include "core/sync/FlaApiClient.h"
#include "ui/widgets/Format.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fla::ui {

ArchiveAllDialog::ArchiveAllDialog(Workspace &ws, QNetworkAccessManager *nam, const QUrl &apiBaseUrl,
                                   TokenProvider *tokens, const QList<QPair<QString, QString>> &companies,
                                   QWidget *parent)
    : QDialog(parent)
    , m_client(std::make_unique<FlaApiClient>(nam, apiBaseUrl, tokens))
    , m_runner(std::make_unique<ArchiveAllRunner>(ws, m_client.get()))
    , m_companies(companies)
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_table(new QTableWidget(int(companies.size()), 2, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("archiveAllDialog"));
    setWindowTitle(tr("Archive everything from the FLA"));
    auto *intro =
        new QLabel(tr("The FLA destroys its data on 1 January 2027. Everything it holds for your "
                      "companies is copied into this workspace: workers, employments, trainings "
                      "(also those registered by training providers), participations and the rights "
                      "it computed. Records you changed here keep your version."),
                   this);
    intro->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("archiveStatus"));
    m_status->setWordWrap(true);
    m_progress->setRange(0, int(companies.size()));
    m_progress->setValue(0);
    m_table->setObjectName(QStringLiteral("archiveReport"));
    m_table->setHorizontalHeaderLabels({tr("Company"), tr("Result")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->setAccessibleName(tr("Archive report per company"));
    for (int i = 0; i < companies.size(); ++i) {
        const auto &[enterprise, name] = companies.at(i);
        m_table->setItem(
            i, 0,
            new QTableWidgetItem(tr("%1 (%2)").arg(name, EnterpriseNumber::parse(enterprise).display())));
        m_table->setItem(i, 1, new QTableWidgetItem(tr("Waiting")));
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("&Stop"));
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ArchiveAllDialog::reject);
    connect(m_runner.get(), &ArchiveAllRunner::companyStarted, this,
            [this](int index, int count, const QString &name) {
                m_status->setText(tr("Archiving %1 (%2 of %3)…").arg(name).arg(index + 1).arg(count));
                m_table->item(index, 1)->setText(tr("Fetching from the platform…"));
                m_table->scrollToItem(m_table->item(index, 1));
            });
    connect(m_runner.get(), &ArchiveAllRunner::companyFinished, this, &ArchiveAllDialog::onCompanyFinished);
    connect(m_runner.get(), &ArchiveAllRunner::finished, this, &ArchiveAllDialog::onFinished);
    resize(760, 460);
}

ArchiveAllDialog::~ArchiveAllDialog()
{
    if (m_runner)
        m_runner->disconnect(this);
}

void ArchiveAllDialog::start()
{
    m_running = true;
    m_runner->start(m_companies);
}

void ArchiveAllDialog::onCompanyFinished(const CompanyArchiveReport &report)
{
    const int row = int(m_reports.size());
    m_reports.append(report);
    m_progress->setValue(row + 1);
    QTableWidgetItem *item = m_table->item(row, 1);
    if (report.ok) {
        item->setText(tr("Archived: %1 new, %2 updated, %3 already in the workspace")
                          .arg(formatNumber(double(report.stats.inserted)),
                               formatNumber(double(report.stats.updated)),
                               formatNumber(double(report.stats.unchanged))));
    } else {
        item->setText(tr("Not archived: %1").arg(report.error));
        item->setForeground(severityForeground(Severity::Blocking));
        item->setToolTip(report.error);
    }
    m_table->resizeRowToContents(row);
}

void ArchiveAllDialog::onFinished(const QList<CompanyArchiveReport> &reports)
{
    m_running = false;
    int failed = 0;
    for (const CompanyArchiveReport &r : reports)
        failed += r.ok ? 0 : 1;
    const int stopped = int(m_companies.size() - reports.size());
    if (stopped > 0)
        m_status->setText(tr("Stopped: %1 of %2 companies archived, %3 not started.")
                              .arg(reports.size() - failed)
                              .arg(m_companies.size())
                              .arg(stopped));
    else if (failed > 0)
        m_status->setText(
            tr("%1 of %2 companies archived. Those not archived say why: sign in as someone with "
               "a mandate for them, or try again.")
                .arg(reports.size() - failed)
                .arg(reports.size()));
    else
        m_status->setText(tr("All %1 companies archived.").arg(reports.size()));
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
}

void ArchiveAllDialog::reject()
{
    if (m_running) { // Escape or Stop while running: stop after the company being archived
        m_runner->cancel();
        m_status->setText(tr("Stopping after this company…"));
        return;
    }
    QDialog::reject();
}

} // namespace fla::ui
