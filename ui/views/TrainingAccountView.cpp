#include "views/TrainingAccountView.h"

#include "app/Session.h"
#include "common/Clock.h"
#include "domain/Ssin.h"
#include "obligations/TrainingAccount.h"
#include "reports/Statements.h"
#include "views/CompanyRecords.h"
#include "widgets/Format.h"

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

namespace {

QString sizeClassText(SizeClass c)
{
    switch (c) {
    case SizeClass::Under10:
        return TrainingAccountView::tr("under 10 FTE");
    case SizeClass::From10To19:
        return TrainingAccountView::tr("10 to 19 FTE");
    case SizeClass::From20:
        return TrainingAccountView::tr("20 FTE or more");
    }
    return {};
}

QString days(double d)
{
    return TrainingAccountView::tr("%1 d").arg(formatNumber(d));
}

} // namespace

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
    const CreditLine &l = account.line;
    const QString unconfirmed = tr("unconfirmed");
    const auto row = [&](const QString &label, const QString &value) {
        auto *a = new QStandardItem(label);
        auto *b = new QStandardItem(value);
        a->setEditable(false);
        b->setEditable(false);
        m_lines->appendRow({a, b});
    };
    if (l.mainEmployment) {
        row(tr("Work regime"),
            QStringLiteral("%1 %").arg(formatNumber(l.mainEmployment->workRegime * 100, 0)));
        row(tr("Joint committee"), l.mainEmployment->jointCommittee);
    }
    row(tr("Size class"), l.size.fromRegister
                              ? tr("%1 (average %2 FTE, Q4 %3 – Q3 %4)")
                                    .arg(sizeClassText(l.size.sizeClass), formatNumber(l.size.fteAverage))
                                    .arg(account.year - 2)
                                    .arg(account.year - 1)
                              : tr("%1 (declared: no employment in the register in Q4 %2 – Q3 %3)")
                                    .arg(sizeClassText(l.size.sizeClass))
                                    .arg(account.year - 2)
                                    .arg(account.year - 1));
    if (l.figures) {
        QString basis = l.sectorRule()
                            ? tr("%1 (sector agreement %2)").arg(days(l.daysPerFte()), l.figures->agreement)
                            : tr("%1 (law)").arg(days(l.daysPerFte()));
        if (!l.figures->confirmed)
            basis += QStringLiteral(", ") + unconfirmed;
        row(tr("Days per FTE"), basis);
    }
    row(tr("Legal right"),
        days(l.legalDays) + QLatin1Char(' ') + (l.legalComputed ? tr("(computed)") : tr("(declared)")));
    row(tr("Sectoral right"), days(l.sectoralDays));
    row(tr("Granted by the employer"), days(l.employerDays));
    row(tr("Entitled"), days(l.entitledDays));
    row(tr("Carried over"), days(l.carriedOverDays));
    if (l.expiredDays > 0)
        row(tr("Expired when the window started"), days(l.expiredDays));
    row(tr("Used"), days(l.usedDays));
    row(tr("Planned"), days(l.plannedDays));
    row(tr("Remaining"),
        tr("%1 (%2 h)").arg(days(l.remainingDays), formatNumber(l.hours(l.remainingDays), 1)));
    row(tr("Five-year window"), QStringLiteral("%1–%2").arg(l.windowStart).arg(l.windowEnd) +
                                    (l.carryOverConfirmed ? QString() : QStringLiteral(", ") + unconfirmed));
    for (const AccountTraining &t : account.trainings)
        row(tr("Training %1").arg(formatDate(t.training->startDate)),
            tr("%1: %2, %3")
                .arg(t.training->name, days(t.days),
                     !t.participation->followed ? tr("not followed")
                     : t.deducted               ? tr("deducted")
                                                : tr("not deducted")));
    m_table->resizeColumnsToContents();
    const QStringList parts = account.unconfirmedParts();
    m_summary->setText(
        parts.isEmpty() ? QString()
                        : tr("Unconfirmed (secondary sources): %1.").arg(parts.join(QStringLiteral("; "))));
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
