#include "ui/views/TrainingAccountView.h"

#include "core/common/Clock.h"
#include "core/domain/Ssin.h"
#include "core/obligations/TrainingAccount.h"
#include "core/obligations/TrainingAccountLines.h"
#include "core/reports/Statements.h"
#include "ui/app/Session.h"
#include "ui/views/CompanyRecords.h"
#include "ui/widgets/Format.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace fla::ui {

TrainingAccountView::TrainingAccountView(Session *session, QWidget *parent)
    : ViewPage(session, parent)
    , m_heading(new QLabel(this))
    , m_workerLabel(new QLabel(this))
    , m_yearLabel(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_worker(new QComboBox(this))
    , m_year(new QSpinBox(this))
    , m_pdf(new QPushButton(this))
    , m_lines(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("trainingAccountView"));
    m_worker->setObjectName(QStringLiteral("accountWorker"));
    m_worker->setMinimumContentsLength(30);
    m_year->setObjectName(QStringLiteral("accountYear"));
    m_year->setRange(2024, 2030);
    m_year->setGroupSeparatorShown(false);
    m_year->setValue(qBound(2024, session->clock().today().year(), 2030));
    m_summary->setWordWrap(true);
    m_filter->hide();
    useReadOnlyModel(m_lines, new QSortFilterProxyModel(this));
    m_table->setSortingEnabled(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layOutPage(m_heading, {{m_workerLabel, m_worker}, {m_yearLabel, m_year}}, m_summary);
    auto *bar = new QHBoxLayout;
    bar->addStretch(1);
    bar->addWidget(m_pdf);
    qobject_cast<QVBoxLayout *>(layout())->addLayout(bar);
    connect(m_worker, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(m_year, &QSpinBox::valueChanged, this, [this] { reload(); });
    connect(m_pdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the yearly overview"), QString(),
                                                          tr("PDF files (*.pdf)"));
        QString error;
        if (!path.isEmpty() && !saveOverview(path, &error))
            QMessageBox::warning(this, tr("Training account"), error);
    });
    watch({RecordKind::TrainingRight, RecordKind::Worker, RecordKind::Employment, RecordKind::Training,
           RecordKind::Participation, RecordKind::Employer});
    retranslate();
    reload();
}

void TrainingAccountView::retranslate()
{
    m_heading->setText(QStringLiteral("<h2>%1</h2>").arg(tr("Individual training account").toHtmlEscaped()));
    m_workerLabel->setText(tr("&Worker:"));
    m_yearLabel->setText(tr("&Year:"));
    m_worker->setAccessibleName(tr("Worker of the training account"));
    m_year->setAccessibleName(tr("Year of the training account"));
    m_pdf->setText(tr("Save the yearly &overview (PDF)…"));
    m_table->setAccessibleName(tr("The worker's training account"));
    reload();
}

void TrainingAccountView::fillWorkers()
{
    const QUuid current = m_worker->currentData().toUuid();
    QList<Worker> workers = m_session->source()->workers(m_session->employer());
    std::sort(workers.begin(), workers.end(), [](const Worker &a, const Worker &b) {
        return QString::localeAwareCompare(a.familyName + a.givenName, b.familyName + b.givenName) < 0;
    });
    const QSignalBlocker block(m_worker);
    m_worker->clear();
    for (const Worker &w : workers)
        m_worker->addItem(
            QStringLiteral("%1 %2 (%3)").arg(w.familyName, w.givenName, Ssin::parse(w.ssin).display()),
            w.uuid);
    const int i = m_worker->findData(current);
    m_worker->setCurrentIndex(i >= 0 ? i : 0);
}

void TrainingAccountView::reload()
{
    if (deferUntilShown())
        return;
    fillWorkers();
    m_lines->clear();
    m_lines->setHorizontalHeaderLabels({tr("Account"), tr("Value")});
    const DataSet company = companyRecords(*m_session);
    const TrainingAccount account =
        TrainingAccount::build(company, m_worker->currentData().toUuid(), m_year->value());
    m_pdf->setEnabled(account.hasLine);
    if (!account.hasLine) {
        m_summary->setText(m_worker->count() == 0
                               ? tr("This company has no workers yet.")
                               : tr("No employment, right or training in %1.").arg(m_year->value()));
        return;
    }
    // The lines are core's (obligations/TrainingAccountLines): the CLI prints the same.
    for (const AccountLine &line : accountLines(account)) {
        auto *a = new QStandardItem(line.label);
        auto *b = new QStandardItem(line.value);
        a->setEditable(false);
        b->setEditable(false);
        m_lines->appendRow({a, b});
    }
    m_table->resizeColumnsToContents();
    m_summary->setText(accountUnconfirmedNote(account));
}

bool TrainingAccountView::saveOverview(const QString &path, QString *error)
{
    const DataSet company = companyRecords(*m_session);
    const TrainingAccount account =
        TrainingAccount::build(company, m_worker->currentData().toUuid(), m_year->value());
    if (!account.hasLine) {
        *error = tr("No employment, right or training in %1.").arg(m_year->value());
        return false;
    }
    return reports::writeStatement(company, *account.worker, m_year->value(), m_session->clock().today(),
                                   path, error);
}

} // namespace fla::ui
