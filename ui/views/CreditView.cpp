#include "ui/views/CreditView.h"

#include "core/common/Clock.h"
#include "core/domain/Ssin.h"
#include "ui/app/Session.h"
#include "ui/models/RecordTableModel.h"

#include <optional>

#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>

namespace fla::ui {

void CreditModel::setRows(QList<CreditViewRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void CreditModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int CreditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CreditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

// The number of days a column shows; nullopt for the text columns.
std::optional<double> daysOf(const CreditLine &l, int column)
{
    switch (column) {
    case CreditModel::EntitledColumn:
        return l.entitledDays;
    case CreditModel::CarriedOverColumn:
        return l.carriedOverDays;
    case CreditModel::UsedColumn:
        return l.usedDays;
    case CreditModel::PlannedColumn:
        return l.plannedDays;
    case CreditModel::RemainingColumn:
    case CreditModel::RemainingHoursColumn:
        return l.remainingDays;
    default:
        return std::nullopt;
    }
}

} // namespace

QVariant CreditModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const CreditViewRow &r = m_rows.at(index.row());
    const CreditLine &l = r.credit;
    const bool over = l.isOverused();
    const int c = index.column();
    const std::optional<double> days = daysOf(l, c);
    switch (role) {
    case Qt::DisplayRole:
        if (c == WorkerColumn)
            return QString(r.worker.familyName + QLatin1Char(' ') + r.worker.givenName).trimmed();
        if (c == SsinColumn)
            return Ssin::parse(r.worker.ssin).display();
        if (c == RemainingHoursColumn)
            return tr("%1 h").arg(formatNumber(l.hours(l.remainingDays), 1));
        return days ? QVariant(tr("%1 d").arg(formatNumber(*days))) : QVariant();
    case SortRole:
        return days ? QVariant(*days) : data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        return days ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::BackgroundRole:
        return over ? QVariant(severityBackground(Severity::Blocking)) : QVariant();
    case Qt::ForegroundRole:
        return over && c >= UsedColumn ? QVariant(severityForeground(Severity::Blocking)) : QVariant();
    case Qt::FontRole:
        if (over && c >= UsedColumn) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::DecorationRole:
        return over && c == RemainingColumn ? QVariant(severityIcon(Severity::Warning)) : QVariant();
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        if (over)
            return tr("Used %1, more than the %2 of the right (CR-001)")
                .arg(formatDuration(l.usedDays, DurationUnit::Days),
                     formatDuration(l.entitledDays + l.carriedOverDays, DurationUnit::Days));
        if (c == EntitledColumn && l.legalComputed)
            return tr("No legal right declared for this year: the right the law gives, prorated to the "
                      "employment.");
        return {};
    default:
        return {};
    }
}

QVariant CreditModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case WorkerColumn:
        return tr("Worker");
    case SsinColumn:
        return tr("INSZ");
    case EntitledColumn:
        return tr("Entitled");
    case CarriedOverColumn:
        return tr("Carried over");
    case UsedColumn:
        return tr("Used");
    case PlannedColumn:
        return tr("Planned");
    case RemainingColumn:
        return tr("Remaining");
    case RemainingHoursColumn:
        return tr("Remaining (hours)");
    }
    return {};
}

CreditView::CreditView(Session *session, QWidget *parent)
    : ViewPage(session, parent)
    , m_credit(new CreditModel(this))
    , m_heading(new QLabel(this))
    , m_filterLabel(new QLabel(this))
    , m_yearLabel(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_year(new QSpinBox(this))
{
    setObjectName(QStringLiteral("creditView"));
    m_year->setObjectName(QStringLiteral("yearSpin"));
    m_year->setRange(2024, 2100);
    m_year->setGroupSeparatorShown(false);
    m_year->setValue(session->clock().today().year());
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterKeyColumn(-1);
    useReadOnlyModel(m_credit, proxy);
    connect(m_filter, &QLineEdit::textChanged, proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_year, &QSpinBox::valueChanged, this, [this] {
        m_yearChosen = true;
        reload();
    });
    layOutPage(m_heading, {{m_yearLabel, m_year}, {m_filterLabel, m_filter}}, m_summary);
    watch({RecordKind::TrainingRight, RecordKind::Worker, RecordKind::Training, RecordKind::Participation,
           RecordKind::Employer});
    retranslate();
    reload();
    m_table->sortByColumn(4, Qt::AscendingOrder);
}

void CreditView::retranslate()
{
    m_heading->setText(QStringLiteral("<h2>%1</h2>").arg(tr("Training credit").toHtmlEscaped()));
    m_yearLabel->setText(tr("&Year:"));
    m_year->setAccessibleName(tr("Year of the credit"));
    m_filterLabel->setText(tr("&Search:"));
    m_filter->setPlaceholderText(tr("Worker or INSZ"));
    m_filter->setAccessibleName(tr("Search workers"));
    m_table->setAccessibleName(tr("Training credit per worker"));
    m_credit->retranslate();
    reload();
}

void CreditView::reload()
{
    // Every worker's credit: computed when the view is first shown, not at start-up.
    if (deferUntilShown())
        return;
    const QUuid employer = m_session->employer();
    DataSource *src = m_session->source();
    const QList<TrainingRight> rights = src->rights(employer);
    if (!m_yearChosen) {
        // The latest year with rights, not after this one: what the user looks at first.
        int best = 0;
        const int now = m_session->clock().today().year();
        for (const auto &r : rights) {
            if (r.year <= now)
                best = qMax(best, r.year);
        }
        if (best > 0 && best != m_year->value()) {
            const QSignalBlocker block(m_year);
            m_year->setValue(best);
        }
    }
    // The company's records as core's calculator reads them: every year's
    // participations, since the carry-over needs the years before.
    DataSet company;
    if (const auto emp = m_session->currentEmployer())
        company.employers.append(*emp);
    company.workers = src->workers(employer);
    company.employments = src->employments(employer);
    company.trainings = src->trainings(employer);
    company.rights = rights;
    for (const auto &t : std::as_const(company.trainings))
        company.participations += src->participantsOf(employer, t.uuid);
    QHash<QUuid, const Worker *> workers;
    for (const Worker &w : std::as_const(company.workers))
        workers.insert(w.uuid, &w);
    QList<CreditViewRow> rows;
    for (const CreditLine &line : CreditCalculator::compute(company, m_year->value())) {
        if (const Worker *w = workers.value(line.workerUuid))
            rows.append(CreditViewRow{*w, line});
    }
    int over = 0;
    for (const auto &r : std::as_const(rows))
        over += r.credit.isOverused() ? 1 : 0;
    m_credit->setRows(std::move(rows));
    m_summary->setText(
        over == 0 ? tr("No worker used more than the right in %1.").arg(m_year->value())
                  : tr("%n worker(s) used more than the right in %1.", nullptr, over).arg(m_year->value()));
    m_summary->setStyleSheet(over == 0 ? QString()
                                       : QStringLiteral("color: %1; font-weight: bold;")
                                             .arg(severityForeground(Severity::Blocking).name()));
}

} // namespace fla::ui
