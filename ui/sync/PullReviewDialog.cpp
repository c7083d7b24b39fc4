#include "ui/sync/PullReviewDialog.h"

#include "core/domain/EnterpriseNumber.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/Workspace.h"
#include "core/sync/FlaApiClient.h"
#include "core/sync/PullService.h"

#include <QAbstractTableModel>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFont>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace fla::ui {

// The differences of a review with the user's decision per row.
class PullDifferenceModel final : public QAbstractTableModel
{
public:
    enum Column
    {
        ChangeColumn,
        RecordColumn,
        FieldColumn,
        OursColumn,
        TheirsColumn,
        DecisionColumn,
        ColumnCount
    };
    static constexpr int DifferenceRole = Qt::UserRole + 1; // the index in the review

    using QAbstractTableModel::QAbstractTableModel;

    void setReview(PullReview review)
    {
        beginResetModel();
        m_review = std::move(review);
        m_decisions = QList<PullDecision>(m_review.differences.size(), PullDecision::Undecided);
        endResetModel();
    }
    const PullReview &review() const { return m_review; }
    const QList<PullDecision> &decisions() const { return m_decisions; }
    void setDecision(int row, PullDecision d)
    {
        if (row < 0 || row >= m_decisions.size() || m_decisions.at(row) == d)
            return;
        m_decisions[row] = d;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    int count(PullDecision d) const { return int(m_decisions.count(d)); }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_review.differences.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }

    QVariant headerData(int section, Qt::Orientation o, int role) const override
    {
        if (o != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        switch (section) {
        case ChangeColumn:
            return QCoreApplication::translate("fla::ui::PullReviewDialog", "Change");
        case RecordColumn:
            return QCoreApplication::translate("fla::ui::PullReviewDialog", "Record");
        case FieldColumn:
            return QCoreApplication::translate("fla::ui::PullReviewDialog", "Field");
        case OursColumn:
            return QCoreApplication::translate("fla::ui::PullReviewDialog", "In the workspace");
        case TheirsColumn:
            return QCoreApplication::translate("fla::ui::PullReviewDialog", "On the platform");
        case DecisionColumn:
            return QCoreApplication::translate("fla::ui::PullReviewDialog", "Decision");
        default:
            return {};
        }
    }

    QVariant data(const QModelIndex &idx, int role) const override
    {
        if (!idx.isValid() || idx.row() >= m_review.differences.size())
            return {};
        const PullDifference &d = m_review.differences.at(idx.row());
        const PullDecision decision = m_decisions.at(idx.row());
        if (role == DifferenceRole)
            return idx.row();
        if (role == Qt::ToolTipRole) {
            if (idx.column() != DecisionColumn)
                return d.message();
            switch (decision) {
            case PullDecision::Accept:
                return d.change == PullChange::Missing
                           ? QCoreApplication::translate("fla::ui::PullReviewDialog",
                                                         "The record is removed from the workspace.")
                           : QCoreApplication::translate("fla::ui::PullReviewDialog",
                                                         "The platform's version goes into the workspace.");
            case PullDecision::Reject:
                return QCoreApplication::translate(
                    "fla::ui::PullReviewDialog",
                    "The workspace keeps its version; this difference is not asked "
                    "again until the platform's record changes.");
            case PullDecision::Undecided:
                return QCoreApplication::translate(
                    "fla::ui::PullReviewDialog",
                    "Nothing changes; this difference is asked again next time.");
            }
        }
        if (role == Qt::FontRole && idx.column() == DecisionColumn && decision != PullDecision::Undecided) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if (role == Qt::ForegroundRole && idx.column() == DecisionColumn) {
            if (decision == PullDecision::Accept)
                return QColor(0x1b, 0x6e, 0x20);
            if (decision == PullDecision::Reject)
                return QColor(0x9a, 0x1c, 0x1c);
            return QColor(0x6b, 0x6b, 0x6b);
        }
        if (role != Qt::DisplayRole)
            return {};
        switch (idx.column()) {
        case ChangeColumn:
            return PullDiff::changeLabel(d.change);
        case RecordColumn:
            return d.recordLabel;
        case FieldColumn:
            return d.change == PullChange::Changed
                       ? d.fieldLabel()
                       : QCoreApplication::translate("fla::ui::PullReviewDialog", "whole record");
        case OursColumn:
            if (d.change == PullChange::New)
                return QCoreApplication::translate("fla::ui::PullReviewDialog", "(not in the workspace)");
            return d.oursText;
        case TheirsColumn:
            if (d.change == PullChange::Missing)
                return QCoreApplication::translate("fla::ui::PullReviewDialog",
                                                   "(no longer on the platform)");
            return d.theirsText;
        case DecisionColumn:
            switch (decision) {
            case PullDecision::Accept:
                return d.change == PullChange::Missing
                           ? QCoreApplication::translate("fla::ui::PullReviewDialog", "Accept (remove)")
                           : QCoreApplication::translate("fla::ui::PullReviewDialog", "Accept");
            case PullDecision::Reject:
                return QCoreApplication::translate("fla::ui::PullReviewDialog", "Reject");
            case PullDecision::Undecided:
                return QCoreApplication::translate("fla::ui::PullReviewDialog", "Undecided");
            }
            break;
        default:
            break;
        }
        return {};
    }

    void retranslate()
    {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    }

private:
    PullReview m_review;
    QList<PullDecision> m_decisions;
};

namespace {

class DifferenceFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setFilters(std::optional<PullChange> change, std::optional<RecordKind> entity)
    {
        m_change = change;
        m_entity = entity;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &) const override
    {
        const auto *m = static_cast<const PullDifferenceModel *>(sourceModel());
        if (row >= m->review().differences.size())
            return false;
        const PullDifference &d = m->review().differences.at(row);
        return (!m_change || d.change == *m_change) && (!m_entity || d.entity == *m_entity);
    }

private:
    std::optional<PullChange> m_change;
    std::optional<RecordKind> m_entity;
};

} // namespace

PullReviewDialog::PullReviewDialog(Workspace &ws, const QUuid &employerUuid, QWidget *parent)
    : TranslatedDialog(parent)
    , m_ws(ws)
    , m_employer(employerUuid)
{
    const Result<std::optional<Employer>> stored = ws.employers().find(employerUuid);
    if (!stored)
        m_fetchError = stored.error();
    else if (const std::optional<Employer> &e = *stored) {
        const EnterpriseNumber en = EnterpriseNumber::parse(e->enterpriseNumber);
        m_enterpriseNumber = e->enterpriseNumber;
        m_employerText =
            QStringLiteral("%1 (%2)").arg(e->name, en.isValid() ? en.display() : e->enterpriseNumber);
    }
    build();
}

PullReviewDialog::PullReviewDialog(Workspace &ws, QNetworkAccessManager *nam, const QUrl &apiBaseUrl,
                                   TokenProvider *tokens, const QUuid &employerUuid, QWidget *parent,
                                   const PullOptions &options)
    : PullReviewDialog(ws, employerUuid, parent)
{
    if (!m_fetchError.isEmpty()) { // the workspace could not be read
        updateState();
        return;
    }
    if (m_enterpriseNumber.isEmpty()) {
        m_fetchError = tr("There is no such employer in this workspace.");
        updateState();
        return;
    }
    m_client = std::make_unique<FlaApiClient>(nam, apiBaseUrl, tokens);
    m_pull = new PullService(m_client.get(), options, this);
    connect(m_pull, &PullService::finished, this, [this](const PullResult &r) {
        if (!r.ok) {
            m_fetchError = r.error;
            m_pull->deleteLater();
            m_pull = nullptr;
            updateState();
            return;
        }
        m_pull->deleteLater();
        m_pull = nullptr;
        showReview(r);
    });
    m_pull->start(m_enterpriseNumber);
    updateState();
}

PullReviewDialog::PullReviewDialog(Workspace &ws, const QUuid &employerUuid, const PullResult &pulled,
                                   QWidget *parent)
    : PullReviewDialog(ws, employerUuid, parent)
{
    if (!pulled.ok)
        m_fetchError = pulled.error;
    else
        showReview(pulled);
    updateState();
}

PullReviewDialog::~PullReviewDialog()
{
    if (m_client)
        m_client->abortAll();
}

void PullReviewDialog::build()
{
    setObjectName(QStringLiteral("pullReviewDialog"));
    m_model = new PullDifferenceModel(this);
    m_proxy = new DifferenceFilter(this);
    m_proxy->setSourceModel(m_model);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_showLabel = new QLabel(this);
    m_changeFilter = new QComboBox(this);
    m_changeFilter->setObjectName(QStringLiteral("changeFilter"));
    m_entityFilter = new QComboBox(this);
    m_entityFilter->setObjectName(QStringLiteral("entityFilter"));
    for (int i = 0; i < 4; ++i)
        m_changeFilter->addItem(QString(), i - 1);
    const RecordKind kinds[] = {RecordKind::Worker, RecordKind::Employment, RecordKind::Training,
                                RecordKind::Participation, RecordKind::TrainingRight};
    m_entityFilter->addItem(QString(), -1);
    for (RecordKind k : kinds)
        m_entityFilter->addItem(QString(), int(k));
    m_showLabel->setBuddy(m_changeFilter);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_showLabel);
    filters->addWidget(m_changeFilter);
    filters->addWidget(m_entityFilter);
    filters->addStretch(1);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("differencesTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    // Everything fits the width: the record's name takes what the others leave.
    QHeaderView *h = m_table->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->setSectionResizeMode(PullDifferenceModel::RecordColumn, QHeaderView::Stretch);
    h->setStretchLastSection(false);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->horizontalHeader()->setHighlightSections(false);

    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("detailLabel"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setMinimumHeight(m_detail->fontMetrics().height() * 2 + 4);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_accept = new QPushButton(this);
    m_accept->setObjectName(QStringLiteral("acceptButton"));
    m_reject = new QPushButton(this);
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    m_acceptAll = new QPushButton(this);
    m_acceptAll->setObjectName(QStringLiteral("acceptAllButton"));
    m_rejectAll = new QPushButton(this);
    m_rejectAll->setObjectName(QStringLiteral("rejectAllButton"));
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("countsLabel"));
    auto *decide = new QHBoxLayout;
    decide->addWidget(m_accept);
    decide->addWidget(m_reject);
    decide->addSpacing(12);
    decide->addWidget(m_acceptAll);
    decide->addWidget(m_rejectAll);
    decide->addStretch(1);
    decide->addWidget(m_counts);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #9a1c1c;"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_apply = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_apply->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_detail);
    layout->addLayout(decide);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_accept, &QPushButton::clicked, this, [this] { decideSelected(PullDecision::Accept); });
    connect(m_reject, &QPushButton::clicked, this, [this] { decideSelected(PullDecision::Reject); });
    connect(m_acceptAll, &QPushButton::clicked, this, [this] { decideShown(PullDecision::Accept); });
    connect(m_rejectAll, &QPushButton::clicked, this, [this] { decideShown(PullDecision::Reject); });
    connect(m_apply, &QPushButton::clicked, this, &PullReviewDialog::applyDecisions);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_changeFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int v = m_changeFilter->currentData().toInt();
        setChangeFilter(v < 0 ? std::nullopt : std::optional<PullChange>(static_cast<PullChange>(v)));
    });
    connect(m_entityFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int v = m_entityFilter->currentData().toInt();
        setEntityFilter(v < 0 ? std::nullopt : std::optional<RecordKind>(static_cast<RecordKind>(v)));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { updateState(); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { updateState(); });

    retranslate();
    resize(1120, 540);
}

void PullReviewDialog::retranslate()
{
    setWindowTitle(tr("Differences with the platform"));
    m_showLabel->setText(tr("&Show:"));
    m_changeFilter->setItemText(0, tr("All changes"));
    m_changeFilter->setItemText(1, PullDiff::changeLabel(PullChange::New));
    m_changeFilter->setItemText(2, PullDiff::changeLabel(PullChange::Changed));
    m_changeFilter->setItemText(3, PullDiff::changeLabel(PullChange::Missing));
    m_changeFilter->setAccessibleName(tr("Show which changes"));
    m_entityFilter->setItemText(0, tr("All records"));
    const RecordKind kinds[] = {RecordKind::Worker, RecordKind::Employment, RecordKind::Training,
                                RecordKind::Participation, RecordKind::TrainingRight};
    for (int i = 0; i < 5; ++i)
        m_entityFilter->setItemText(i + 1, PullDiff::entityLabel(kinds[i]));
    m_entityFilter->setAccessibleName(tr("Show which records"));
    m_table->setAccessibleName(tr("Differences between the workspace and the platform"));
    m_accept->setText(tr("&Accept"));
    m_accept->setToolTip(tr("Take the platform's version of the selected rows into the workspace"));
    m_reject->setText(tr("&Reject"));
    m_reject->setToolTip(tr("Keep the workspace's version of the selected rows"));
    m_acceptAll->setText(tr("Accept a&ll shown"));
    m_rejectAll->setText(tr("Reject all sho&wn"));
    m_apply->setText(tr("A&pply decisions"));
    m_cancel->setText(tr("Cancel"));
    m_model->retranslate();
    updateState();
}

void PullReviewDialog::showReview(const PullResult &pulled)
{
    Result<PullReview> review = PullDiff::compare(m_ws, m_employer, pulled);
    if (!review) {
        m_fetchError = review.error();
        updateState();
        return;
    }
    m_model->setReview(std::move(review).value());
    for (int c : {int(PullDifferenceModel::ChangeColumn), int(PullDifferenceModel::FieldColumn),
                  int(PullDifferenceModel::DecisionColumn)})
        m_table->resizeColumnToContents(c);
    QFont bold = m_table->font();
    bold.setBold(true);
    m_table->setColumnWidth(PullDifferenceModel::DecisionColumn,
                            std::max(m_table->columnWidth(PullDifferenceModel::DecisionColumn),
                                     QFontMetrics(bold).horizontalAdvance(QCoreApplication::translate(
                                         "fla::ui::PullReviewDialog", "Accept (remove)")) +
                                         24));
    for (int c : {int(PullDifferenceModel::OursColumn), int(PullDifferenceModel::TheirsColumn)})
        m_table->setColumnWidth(c, 190);
    if (m_proxy->rowCount() > 0)
        m_table->selectRow(0);
    updateState();
}

const PullReview &PullReviewDialog::review() const
{
    return m_model->review();
}

QList<PullDecision> PullReviewDialog::decisions() const
{
    return m_model->decisions();
}

bool PullReviewDialog::isFetching() const
{
    return m_pull != nullptr;
}

void PullReviewDialog::decideSelected(PullDecision decision)
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &r : rows)
        m_model->setDecision(m_proxy->mapToSource(r).row(), decision);
    updateState();
}

void PullReviewDialog::decideShown(PullDecision decision)
{
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        m_model->setDecision(m_proxy->mapToSource(m_proxy->index(r, 0)).row(), decision);
    updateState();
}

void PullReviewDialog::setChangeFilter(std::optional<PullChange> change)
{
    const int wanted = change ? int(*change) : -1;
    if (m_changeFilter->currentData().toInt() != wanted)
        m_changeFilter->setCurrentIndex(m_changeFilter->findData(wanted));
    const int e = m_entityFilter->currentData().toInt();
    static_cast<DifferenceFilter *>(m_proxy)->setFilters(
        change, e < 0 ? std::nullopt : std::optional<RecordKind>(static_cast<RecordKind>(e)));
    updateState();
}

void PullReviewDialog::setEntityFilter(std::optional<RecordKind> entity)
{
    const int wanted = entity ? int(*entity) : -1;
    if (m_entityFilter->currentData().toInt() != wanted)
        m_entityFilter->setCurrentIndex(m_entityFilter->findData(wanted));
    const int c = m_changeFilter->currentData().toInt();
    static_cast<DifferenceFilter *>(m_proxy)->setFilters(
        c < 0 ? std::nullopt : std::optional<PullChange>(static_cast<PullChange>(c)), entity);
    updateState();
}

QString PullReviewDialog::statusText() const
{
    return m_status->text();
}

QString PullReviewDialog::detailText() const
{
    return m_detail->text();
}

void PullReviewDialog::updateState()
{
    const PullReview &r = m_model->review();
    const int n = int(r.differences.size());
    QString status;
    if (m_pull)
        status = tr("Fetching what the platform holds for %1…").arg(m_employerText);
    else if (!m_fetchError.isEmpty())
        status = m_fetchError;
    else if (n == 0)
        status = tr("The workspace holds the same as the platform for %1.").arg(m_employerText);
    else
        status = tr("The platform holds %n difference(s) with the workspace for %1. Accept a row to take the "
                    "platform's version, reject it to keep the workspace's; nothing changes until you apply.",
                    nullptr, n)
                     .arg(m_employerText);
    if (!m_pull && m_fetchError.isEmpty() && r.rejectedBefore > 0)
        status +=
            QLatin1Char(' ') + tr("%n difference(s) you rejected before are not shown: the platform has "
                                  "not changed them since.",
                                  nullptr, r.rejectedBefore);
    m_status->setText(status);

    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (current.isValid()) {
        const int row = m_proxy->mapToSource(current).row();
        m_detail->setText(row < n ? r.differences.at(row).message() : QString());
    } else {
        m_detail->setText(QString());
    }
    const bool any = n > 0 && !m_pull;
    m_accept->setEnabled(any && m_table->selectionModel()->hasSelection());
    m_reject->setEnabled(any && m_table->selectionModel()->hasSelection());
    m_acceptAll->setEnabled(any && m_proxy->rowCount() > 0);
    m_rejectAll->setEnabled(any && m_proxy->rowCount() > 0);
    const int accepted = m_model->count(PullDecision::Accept);
    const int rejected = m_model->count(PullDecision::Reject);
    m_counts->setText(any ? tr("%1 to accept, %2 to reject, %3 undecided")
                                .arg(accepted)
                                .arg(rejected)
                                .arg(n - accepted - rejected)
                          : QString());
    m_apply->setEnabled(accepted + rejected > 0);
}

void PullReviewDialog::applyDecisions()
{
    QString error;
    PullApplyResult result;
    if (!PullDiff::apply(m_ws, m_model->review(), m_model->decisions(), &result, &error)) {
        m_error->setText(tr("Nothing was changed: %1").arg(error));
        m_error->show();
        return;
    }
    m_error->hide();
    m_applied = result;
    Q_EMIT pullApplied(result);
    accept();
}

} // namespace fla::ui
