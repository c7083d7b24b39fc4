#include "ui/views/AnomaliesView.h"

#include "ui/app/Session.h"
#include "ui/data/FieldChecks.h"
#include "ui/models/RecordTableModel.h"
#include "ui/widgets/Format.h"

#include <QComboBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace fla::ui {

class AnomalyFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    int severity = -1;
    QString code;
    QString text;

protected:
    bool filterAcceptsRow(int row, const QModelIndex &) const override
    {
        const auto *m = static_cast<const AnomalyModel *>(sourceModel());
        const FieldAnomaly &a = m->anomalies().at(row);
        if (severity >= 0 && int(a.severity) != severity)
            return false;
        if (!code.isEmpty() && a.code != code)
            return false;
        return text.isEmpty() || a.message.contains(text, Qt::CaseInsensitive) ||
               a.code.contains(text, Qt::CaseInsensitive);
    }
};

void AnomalyModel::setAnomalies(QList<FieldAnomaly> list, QHash<QUuid, QString> labels)
{
    beginResetModel();
    m_list = std::move(list);
    m_labels = std::move(labels);
    endResetModel();
}

QString AnomalyModel::recordLabel(const FieldAnomaly &a) const
{
    const QString label = m_labels.value(a.recordUuid);
    return label.isEmpty() ? FieldChecks::kindName(a.kind) : label;
}

void AnomalyModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int AnomalyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_list.size());
}

int AnomalyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnomalyModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const FieldAnomaly &a = m_list.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return FieldChecks::severityName(a.severity);
        case CodeColumn:
            return a.code;
        case KindColumn:
            return FieldChecks::kindName(a.kind);
        case FieldColumn:
            return FieldChecks::fieldName(a.kind, a.field);
        case MessageColumn:
            return a.message;
        }
        return {};
    case SortRole:
        return index.column() == SeverityColumn ? QVariant(int(a.severity)) : data(index, Qt::DisplayRole);
    case Qt::DecorationRole:
        return index.column() == SeverityColumn ? QVariant(severityIcon(a.severity)) : QVariant();
    case Qt::ForegroundRole:
        return index.column() == SeverityColumn ? QVariant(severityForeground(a.severity)) : QVariant();
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return a.message;
    default:
        return {};
    }
}

QVariant AnomalyModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case CodeColumn:
        return tr("Code");
    case KindColumn:
        return tr("Record");
    case FieldColumn:
        return tr("Field");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

AnomaliesView::AnomaliesView(Session *session, QWidget *parent)
    : ViewPage(session, parent)
    , m_anomalies(new AnomalyModel(this))
    , m_filterModel(new AnomalyFilter(this))
    , m_heading(new QLabel(this))
    , m_filterLabel(new QLabel(this))
    , m_severityLabel(new QLabel(this))
    , m_codeLabel(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_severity(new QComboBox(this))
    , m_code(new QComboBox(this))
{
    setObjectName(QStringLiteral("anomaliesView"));
    m_severity->setObjectName(QStringLiteral("severityFilter"));
    m_code->setObjectName(QStringLiteral("codeFilter"));
    // Sized to the rows on screen when the list first arrives (not measured over every row).
    useReadOnlyModel(m_anomalies, m_filterModel);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->installEventFilter(this);
    connect(m_table, &QTableView::doubleClicked, this, &AnomaliesView::openCurrent);
    connect(m_filter, &QLineEdit::textChanged, this, &AnomaliesView::refilter);
    connect(m_severity, &QComboBox::currentIndexChanged, this, &AnomaliesView::refilter);
    connect(m_code, &QComboBox::currentIndexChanged, this, &AnomaliesView::refilter);
    layOutPage(m_heading, {{m_severityLabel, m_severity}, {m_codeLabel, m_code}, {m_filterLabel, m_filter}},
               m_summary);
    m_detail->setObjectName(QStringLiteral("anomalyDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setVisible(false);
    layout()->addWidget(m_detail);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const QString message =
                    current.siblingAtColumn(AnomalyModel::MessageColumn).data().toString();
                m_detail->setText(message);
                m_detail->setVisible(!message.isEmpty());
            });
    watch({RecordKind::Employer, RecordKind::Worker, RecordKind::Employment, RecordKind::Training,
           RecordKind::Participation, RecordKind::TrainingRight});
    retranslate();
    reload();
    m_table->sortByColumn(AnomalyModel::SeverityColumn, Qt::DescendingOrder);
}

void AnomaliesView::retranslate()
{
    m_heading->setText(QStringLiteral("<h2>%1</h2>").arg(tr("Anomalies").toHtmlEscaped()));
    m_severityLabel->setText(tr("Sever&ity:"));
    m_codeLabel->setText(tr("C&ode:"));
    m_filterLabel->setText(tr("&Search:"));
    m_filter->setPlaceholderText(tr("Text of the message"));
    m_filter->setAccessibleName(tr("Search anomalies"));
    m_severity->setAccessibleName(tr("Filter by severity"));
    m_code->setAccessibleName(tr("Filter by code"));
    m_table->setAccessibleName(tr("Anomalies: Enter opens the record at the field"));
    const int sev = m_severity->currentIndex();
    {
        const QSignalBlocker block(m_severity);
        m_severity->clear();
        m_severity->addItem(tr("All"), -1);
        m_severity->addItem(severityIcon(Severity::Blocking), FieldChecks::severityName(Severity::Blocking),
                            int(Severity::Blocking));
        m_severity->addItem(severityIcon(Severity::Warning), FieldChecks::severityName(Severity::Warning),
                            int(Severity::Warning));
        m_severity->addItem(severityIcon(Severity::Information),
                            FieldChecks::severityName(Severity::Information), int(Severity::Information));
        m_severity->setCurrentIndex(qMax(0, sev));
    }
    if (m_code->count() > 0)
        m_code->setItemText(0, tr("All"));
    m_anomalies->retranslate();
    reload();
}

void AnomaliesView::reload()
{
    // The list is read when the view is first shown (or asked for), not at start-up.
    if (deferUntilShown())
        return;
    const QUuid employer = m_session->employer();
    QList<FieldAnomaly> list = m_session->source()->anomalies(employer);
    QHash<QUuid, QString> labels = FieldChecks::nameRecords(list, *m_session->source(), employer);
    m_anomalies->setAnomalies(list, std::move(labels));
    const QString code = m_code->currentData().toString();
    QSet<QString> codes;
    for (const auto &a : std::as_const(list))
        codes.insert(a.code);
    QStringList sorted(codes.begin(), codes.end());
    sorted.sort();
    {
        const QSignalBlocker block(m_code);
        m_code->clear();
        m_code->addItem(tr("All"), QString());
        for (const QString &c : std::as_const(sorted))
            m_code->addItem(c, c);
        m_code->setCurrentIndex(qMax(0, m_code->findData(code)));
    }
    refilter();
}

void AnomaliesView::refilter()
{
    m_filterModel->severity = m_severity->currentData().toInt();
    m_filterModel->code = m_code->currentData().toString();
    m_filterModel->text = m_filter->text().trimmed();
    m_filterModel->invalidate();
    int blocking = 0;
    int warnings = 0;
    for (const auto &a : m_anomalies->anomalies()) {
        blocking += a.severity == Severity::Blocking ? 1 : 0;
        warnings += a.severity == Severity::Warning ? 1 : 0;
    }
    m_summary->setText(tr("%1, %2; %3")
                           .arg(tr("%n blocking", nullptr, blocking), tr("%n warning(s)", nullptr, warnings),
                                tr("%n shown", nullptr, m_filterModel->rowCount())));
}

int AnomaliesView::shownCount() const
{
    ensureLoaded();
    return m_filterModel->rowCount();
}

bool AnomaliesView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            openCurrent();
            return true;
        }
    }
    return ViewPage::eventFilter(watched, event);
}

void AnomaliesView::openCurrent()
{
    const QModelIndex idx = m_table->currentIndex();
    if (!idx.isValid())
        return;
    const FieldAnomaly a = m_anomalies->anomalies().at(m_filterModel->mapToSource(idx).row());
    emit openRecordRequested(a.kind, a.recordUuid, a.field);
}

bool AnomaliesView::openNext()
{
    ensureLoaded();
    const int n = m_filterModel->rowCount();
    if (n == 0)
        return false;
    const int row = m_table->currentIndex().isValid() ? (m_table->currentIndex().row() + 1) % n : 0;
    m_table->setCurrentIndex(m_filterModel->index(row, 0));
    openCurrent();
    return true;
}

} // namespace fla::ui
