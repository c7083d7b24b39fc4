#include "views/CreditView.h"

#include "app/Session.h"
#include "common/Clock.h"
#include "domain/Ssin.h"
#include "models/RecordTableModel.h"

#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>

namespace fla::ui {

void CreditModel::setRows(QList<CreditRow> rows, double hoursPerDay)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_hoursPerDay = hoursPerDay > 0 ? hoursPerDay : 7.6;
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
    return parent.isValid() ? 0 : 6;
}

QVariant CreditModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const CreditRow &r = m_rows.at(index.row());
    const bool over = r.overUsed();
    const int c = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (c) {
        case 0:
            return QString(r.worker.familyName + QLatin1Char(' ') + r.worker.givenName).trimmed();
        case 1:
            return Ssin::parse(r.worker.ssin).display();
        case 2:
            return tr("%1 d").arg(formatNumber(r.entitledDays));
        case 3:
            return tr("%1 d").arg(formatNumber(r.usedDays));
        case 4:
            return tr("%1 d").arg(formatNumber(r.remainingDays()));
        case 5:
            return tr("%1 h").arg(formatNumber(r.remainingDays() * m_hoursPerDay, 1));
        }
        return {};
    case SortRole:
        switch (c) {
        case 2:
            return r.entitledDays;
        case 3:
            return r.usedDays;
        case 4:
        case 5:
            return r.remainingDays();
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        return c >= 2 ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::BackgroundRole:
        return over ? QVariant(severityBackground(Severity::Blocking)) : QVariant();
    case Qt::ForegroundRole:
        return over && c >= 3 ? QVariant(severityForeground(Severity::Blocking)) : QVariant();
    case Qt::FontRole:
        if (over && c >= 3) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::DecorationRole:
        return over && c == 4 ? QVariant(severityIcon(Severity::Warning)) : QVariant();
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return over ? tr("Used %1, more than the %2 of the right (CR-001)")
                          .arg(formatDuration(r.usedDays, DurationUnit::Days),
                               formatDuration(r.entitledDays, DurationUnit::Days))
                    : QVariant();
    default:
        return {};
    }
}

QVariant CreditModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case 0:
        return tr("Worker");
    case 1:
        return tr("INSZ");
    case 2:
        return tr("Entitled");
    case 3:
        return tr("Used");
    case 4:
        return tr("Remaining");
    case 5:
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
    watch({RecordKind::Right, RecordKind::Worker, RecordKind::Training, RecordKind::Participation,
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
    const auto emp = m_session->currentEmployer();
    const Employer e = emp.value_or(Employer());
    QList<Participation> parts;
    const QList<Training> trainings = src->trainings(employer);
    for (const auto &t : trainings) {
        if (t.startDate.year() == m_year->value())
            parts += src->participantsOf(employer, t.uuid);
    }
    const QList<CreditRow> rows =
        computeCredit(e, src->workers(employer), rights, trainings, parts, m_year->value());
    int over = 0;
    for (const auto &r : rows)
        over += r.overUsed() ? 1 : 0;
    m_credit->setRows(rows, e.hoursPerDay);
    m_summary->setText(
        over == 0 ? tr("No worker used more than the right in %1.").arg(m_year->value())
                  : tr("%n worker(s) used more than the right in %1.", nullptr, over).arg(m_year->value()));
    m_summary->setStyleSheet(over == 0 ? QString()
                                       : QStringLiteral("color: %1; font-weight: bold;")
                                             .arg(severityForeground(Severity::Blocking).name()));
}

} // namespace fla::ui
