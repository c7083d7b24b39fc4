#include "ui/views/SocialBalanceView.h"

#include "core/common/Clock.h"
#include "core/domain/FinancialYear.h"
#include "core/domain/Ssin.h"
#include "core/obligations/SocialBalanceExport.h"
#include "core/reports/SocialBalancePdf.h"
#include "ui/app/Session.h"
#include "ui/views/CompanyRecords.h"
#include "ui/widgets/Format.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace fla::ui {

namespace {

QStandardItem *cell(const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    return item;
}

// A figure in the user's locale: workers whole, hours and euros with two decimals.
QStandardItem *figureCell(SocialBalanceItem::Measure measure, double value)
{
    auto *item = cell(measure == SocialBalanceItem::Measure::Workers ? QLocale().toString(qRound(value))
                                                                     : QLocale().toString(value, 'f', 2));
    item->setData(value, SocialBalanceView::ValueRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

// "icb-institute.be" for the status column; the whole address is its tooltip.
QString hostOf(const QString &address)
{
    QString host = QUrl(address).host();
    if (host.startsWith(QLatin1String("www.")))
        host.remove(0, 4);
    return host.isEmpty() ? address : host;
}

// The workers of unknown sex in the list: Enter or a double-click opens one at its sex.
class UnknownSexList : public QListWidget
{
public:
    using QListWidget::QListWidget;
    std::function<void(QListWidgetItem *)> open;

protected:
    void keyPressEvent(QKeyEvent *e) override
    {
        if ((e->key() == Qt::Key_Return || e->key() == Qt::Key_Enter) && currentItem() && open) {
            open(currentItem());
            return;
        }
        QListWidget::keyPressEvent(e);
    }
};

} // namespace

SocialBalanceView::SocialBalanceView(Session *session, QWidget *parent)
    : ViewPage(session, parent)
    , m_heading(new QLabel(this))
    , m_yearLabel(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_unknownLabel(new QLabel(this))
    , m_year(new QComboBox(this))
    , m_unknown(new UnknownSexList(this))
    , m_csv(new QPushButton(this))
    , m_pdf(new QPushButton(this))
    , m_rows(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("socialBalanceView"));
    m_year->setObjectName(QStringLiteral("balanceYear"));
    m_year->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_year->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed); // as wide as its years, not the page
    m_summary->setObjectName(QStringLiteral("balanceSummary"));
    m_summary->setWordWrap(true);
    m_unknownLabel->setWordWrap(true);
    m_unknown->setObjectName(QStringLiteral("unknownSexWorkers"));
    m_unknown->setMaximumHeight(m_unknown->fontMetrics().height() * 5);
    m_csv->setObjectName(QStringLiteral("saveBalanceCsv"));
    m_pdf->setObjectName(QStringLiteral("saveBalancePdf"));
    m_items = SocialBalanceCodes::load(&m_codesError);
    m_filter->hide(); // a form of a dozen rows: nothing to search
    useReadOnlyModel(m_rows, new QSortFilterProxyModel(this));
    m_table->setObjectName(QStringLiteral("balanceTable"));
    m_table->setSortingEnabled(false); // the form's order
    m_table->horizontalHeader()->setStretchLastSection(true);
    layOutPage(m_heading, {{m_yearLabel, m_year}}, m_summary);
    auto *page = qobject_cast<QVBoxLayout *>(layout());
    if (auto *filters = page->itemAt(1)->layout())
        qobject_cast<QHBoxLayout *>(filters)->addStretch(1); // the year chooser stays beside its label
    page->addWidget(m_unknownLabel);
    page->addWidget(m_unknown);
    auto *bar = new QHBoxLayout;
    bar->addStretch(1);
    bar->addWidget(m_csv);
    bar->addWidget(m_pdf);
    page->addLayout(bar);
    m_unknownLabel->setBuddy(m_unknown);
    setTabOrder(m_table, m_unknown);
    setTabOrder(m_unknown, m_csv);
    setTabOrder(m_csv, m_pdf);
    static_cast<UnknownSexList *>(m_unknown)->open = [this](QListWidgetItem *item) {
        emit openRecordRequested(RecordKind::Worker, item->data(Qt::UserRole).toUuid(),
                                 QStringLiteral("sex"));
    };
    connect(m_unknown, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { static_cast<UnknownSexList *>(m_unknown)->open(item); });
    connect(m_year, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(m_csv, &QPushButton::clicked, this, [this] { askSave(false); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { askSave(true); });
    watch({RecordKind::Worker, RecordKind::Training, RecordKind::Participation, RecordKind::Employer});
    retranslate();
    reload();
}

void SocialBalanceView::retranslate()
{
    m_heading->setText(
        QStringLiteral("<h2>%1</h2>").arg(tr("Social balance sheet: training block").toHtmlEscaped()));
    m_yearLabel->setText(tr("Financial &year:"));
    m_year->setAccessibleName(tr("Financial year of the social balance sheet"));
    m_table->setAccessibleName(tr("The training block of the social balance sheet"));
    m_unknown->setAccessibleName(tr("Workers whose sex is unknown"));
    m_csv->setText(tr("Save as C&SV…"));
    m_csv->setToolTip(tr("One line per NBB item code, as fladesk-cli social-balance --csv writes it"));
    m_pdf->setText(tr("Save as P&DF…"));
    m_pdf->setToolTip(tr("The training block as a document"));
    reload(); // the years' labels too
}

void SocialBalanceView::fillYears()
{
    const std::optional<Employer> employer = m_session->currentEmployer();
    const int kept = m_yearsOf == m_session->employer() ? m_year->currentData().toInt() : 0;
    const QSignalBlocker block(m_year);
    m_year->clear();
    m_yearsOf = m_session->employer();
    const QDate today = m_session->clock().today();
    const std::optional<int> lastClosed = employer ? lastClosedFinancialYear(*employer, today) : std::nullopt;
    if (!lastClosed)
        return;
    // The year still open first, then the closed ones back to six years (the books are kept seven).
    for (int y = *lastClosed + 1; y >= *lastClosed - 5; --y) {
        const FinancialYear fy = *financialYear(*employer, y);
        QString text = tr("%1 (%2 to %3)").arg(y).arg(formatDate(fy.from), formatDate(fy.to));
        if (fy.to >= today)
            text = tr("%1, not closed yet").arg(text);
        m_year->addItem(text, y);
    }
    const int i = m_year->findData(kept != 0 ? kept : *lastClosed);
    m_year->setCurrentIndex(i >= 0 ? i : m_year->findData(*lastClosed));
}

void SocialBalanceView::reload()
{
    if (deferUntilShown())
        return;
    fillYears();
    m_rows->clear();
    m_rows->setHorizontalHeaderLabels({tr("Item"), tr("Code (men)"), tr("Men"), tr("Code (women)"),
                                       tr("Women"), tr("Sex unknown"), tr("Total"), tr("Code status")});
    m_rows->horizontalHeaderItem(UnknownSex)
        ->setToolTip(tr("Workers whose sex is neither stated nor told by the INSZ: in neither code"));
    m_rows->horizontalHeaderItem(Total)->setToolTip(tr("Men, women and sex unknown"));
    m_table->horizontalHeader()->setSectionResizeMode(CodeStatus, QHeaderView::Stretch);
    m_unknown->clear();
    m_balance.reset();
    const std::optional<Employer> employer = m_session->currentEmployer();
    const bool shown = employer && !m_items.isEmpty() && m_year->currentIndex() >= 0;
    m_csv->setEnabled(shown);
    m_pdf->setEnabled(shown);
    m_unknownLabel->setVisible(false);
    m_unknown->setVisible(false);
    if (!employer) {
        m_summary->clear();
        return;
    }
    if (m_items.isEmpty()) {
        m_summary->setText(m_codesError);
        return;
    }
    if (m_year->currentIndex() < 0) {
        m_summary->setText(
            tr("%1: the start of the financial year, day %2 of month %3, is not a day of every "
               "year; correct it with Company > Edit company.")
                .arg(employer->name)
                .arg(employer->financialYearStartDay)
                .arg(employer->financialYearStartMonth));
        return;
    }
    const FinancialYear fy = *financialYear(*employer, m_year->currentData().toInt());
    const DataSet company = companyRecords(*m_session);
    // Every figure below is core's: the view lays them out and adds nothing up.
    m_balance = SocialBalanceCalculator::compute(company, employer->uuid, fy.from, fy.to);
    m_table->clearSpans();
    std::optional<TrainingCategory> category;
    for (const SocialBalanceRow &r : SocialBalanceRows::rows(*m_balance, m_items)) {
        // Each category heads its measures, as on the form: the rows stay narrow enough to read.
        if (category != r.category) {
            category = r.category;
            QList<QStandardItem *> heading{cell(SocialBalanceCodes::categoryText(r.category))};
            QFont bold = heading.first()->font();
            bold.setBold(true);
            heading.first()->setFont(bold);
            for (int c = 1; c < ColumnCount; ++c)
                heading << cell(QString());
            m_rows->appendRow(heading);
            m_table->setSpan(m_rows->rowCount() - 1, 0, 1, ColumnCount);
        }
        QStringList hosts;
        for (const QString &source : r.sources)
            hosts << hostOf(source);
        QStandardItem *status = cell(
            r.confirmed ? tr("confirmed") : tr("not confirmed: %1").arg(hosts.join(QStringLiteral(", "))));
        status->setToolTip(r.sources.join(QLatin1Char('\n')));
        if (!r.confirmed)
            status->setForeground(severityForeground(Severity::Warning));
        QString measure = SocialBalanceCodes::measureText(r.measure);
        if (!measure.isEmpty())
            measure[0] = measure.at(0).toUpper();
        QStandardItem *label = cell(QStringLiteral("    ") + measure);
        label->setToolTip(r.label);
        m_rows->appendRow({label, cell(r.menCode), figureCell(r.measure, r.men), cell(r.womenCode),
                           figureCell(r.measure, r.women), figureCell(r.measure, r.unknownSex),
                           figureCell(r.measure, r.total), status});
    }
    for (int c = 0; c < CodeStatus; ++c) // the status column takes what is left
        m_table->resizeColumnToContents(c);
    QString summary = tr("%1, financial year %2: %3 to %4. %5 trainings counted (completed, started in the "
                         "year, with followed participations).")
                          .arg(employer->name)
                          .arg(m_year->currentData().toInt())
                          .arg(formatDate(fy.from), formatDate(fy.to))
                          .arg(m_balance->trainingsCounted);
    if (m_balance->trainingsWithoutCost > 0)
        summary += QLatin1Char(' ') + tr("%1 of them have no cost in the register: their cost counts as 0.")
                                          .arg(m_balance->trainingsWithoutCost);
    m_summary->setText(summary);
    const QList<UnknownSexWorker> unknown = SocialBalanceRows::unknownSexWorkers(*m_balance, company);
    if (!unknown.isEmpty()) {
        m_unknownLabel->setText(
            tr("Sex unknown for %1 worker(s): no sex stated, and the INSZ does not tell it "
               "(BIS numbers). They are in neither the men's nor the women's figures. "
               "Press Enter on a worker to state it:")
                .arg(unknown.size()));
        for (const UnknownSexWorker &u : unknown) {
            QString ssin;
            for (const Worker &w : company.workers) {
                if (w.uuid == u.uuid)
                    ssin = Ssin::parse(w.ssin).display();
            }
            auto *item = new QListWidgetItem(QStringLiteral("%1 (%2)").arg(u.name, ssin), m_unknown);
            item->setData(Qt::UserRole, u.uuid);
        }
        m_unknown->setCurrentRow(0);
        m_unknownLabel->setVisible(true);
        m_unknown->setVisible(true);
    }
}

bool SocialBalanceView::saveCsv(const QString &path, QString *error) const
{
    ensureLoaded();
    if (!m_balance) {
        *error = m_summary->text();
        return false;
    }
    return SocialBalanceExport::writeCsv(path, *m_balance, m_items, error);
}

bool SocialBalanceView::savePdf(const QString &path, QString *error) const
{
    ensureLoaded();
    const std::optional<Employer> employer = m_session->currentEmployer();
    if (!m_balance || !employer) {
        *error = m_summary->text();
        return false;
    }
    return reports::writeSocialBalancePdf(*m_balance, m_items, *employer, companyRecords(*m_session),
                                          QLocale(), path, error);
}

void SocialBalanceView::askSave(bool pdf)
{
    const QString name = tr("social-balance-%1").arg(m_year->currentData().toInt());
    const QString path =
        pdf ? QFileDialog::getSaveFileName(this, tr("Save the social balance sheet"),
                                           name + QStringLiteral(".pdf"), tr("PDF files (*.pdf)"))
            : QFileDialog::getSaveFileName(this, tr("Save the social balance sheet"),
                                           name + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
    QString error;
    if (!path.isEmpty() && !(pdf ? savePdf(path, &error) : saveCsv(path, &error)))
        QMessageBox::warning(this, tr("Social balance"), error);
}

} // namespace fla::ui
