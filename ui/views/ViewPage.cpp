#include "ui/views/ViewPage.h"

#include "core/io/TableExport.h"
#include "ui/app/Session.h"
#include "ui/models/RecordTableModel.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace fla::ui {

void setUpTable(QTableView *table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->setAlternatingRowColors(true);
    table->setSortingEnabled(true);
    table->setWordWrap(false);
    table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside
    table->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed |
                           QAbstractItemView::DoubleClicked);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setHighlightSections(false);
}

void fitColumnsOnFirstLoad(QTableView *table)
{
    // Columns as wide as their content the first time rows arrive (at most
    // 40 characters); after that the user's widths stay.
    auto *done = new bool(false);
    QObject::connect(table, &QObject::destroyed, table, [done] { delete done; });
    QObject::connect(table->model(), &QAbstractItemModel::modelReset, table, [table, done] {
        if (*done || table->model()->rowCount() == 0)
            return;
        *done = true;
        QTimer::singleShot(0, table, [table] {
            const int cap = table->fontMetrics().averageCharWidth() * 40;
            for (int c = 0; c < table->model()->columnCount(); ++c) {
                table->resizeColumnToContents(c);
                table->setColumnWidth(c, qMin(table->columnWidth(c) + 8, cap));
            }
        });
    });
}

ViewPage::ViewPage(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
{
    m_filter->setClearButtonEnabled(true);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_table->setObjectName(QStringLiteral("table"));
    setUpTable(m_table);
    connect(session, &Session::employerChanged, this, [this] { reload(); });
}

bool ViewPage::showRecord(RecordKind, const QUuid &uuid, const QString &field)
{
    return selectInTable(uuid, field, false);
}

void ViewPage::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_model)
            m_model->retranslate();
    }
    QWidget::changeEvent(e);
}

void ViewPage::tableAsShown(QStringList *header, QList<QStringList> *rows) const
{
    ensureLoaded();
    const QAbstractItemModel *model = m_table->model();
    const QHeaderView *h = m_table->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < h->count(); ++visual) {
        const int logical = h->logicalIndex(visual);
        if (!h->isSectionHidden(logical))
            columns.append(logical);
    }
    header->clear();
    for (int c : std::as_const(columns))
        header->append(model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
    rows->clear();
    const int n = model->rowCount();
    rows->reserve(n);
    for (int r = 0; r < n; ++r) {
        QStringList row;
        row.reserve(columns.size());
        for (int c : std::as_const(columns)) {
            const QModelIndex idx = model->index(r, c);
            const QVariant check = idx.data(Qt::CheckStateRole);
            if (check.isValid() && idx.data(Qt::DisplayRole).toString().isEmpty())
                row.append(check.toInt() == Qt::Checked ? tr("Yes") : tr("No"));
            else
                row.append(idx.data(Qt::DisplayRole).toString());
        }
        rows->append(row);
    }
}

bool ViewPage::exportTable(const QString &path, QString *error) const
{
    QStringList header;
    QList<QStringList> rows;
    tableAsShown(&header, &rows);
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return TableExport::writeXlsx(path, header, rows, error);
    return TableExport::writeCsv(path, header, rows, error);
}

void ViewPage::showEvent(QShowEvent *e)
{
    ensureLoaded();
    QWidget::showEvent(e);
}

bool ViewPage::deferUntilShown()
{
    if (isVisible() || m_forceLoad) {
        m_stale = false;
        return false;
    }
    m_stale = true;
    return true;
}

void ViewPage::ensureLoaded() const
{
    if (!m_stale)
        return;
    auto *self = const_cast<ViewPage *>(this);
    self->m_forceLoad = true;
    self->reload();
    self->m_forceLoad = false;
}

void ViewPage::watch(QList<RecordKind> kinds)
{
    connect(m_session->source(), &DataSource::changed, this,
            [this, kinds](RecordKind k, const QUuid &employer) {
                if (employer != m_session->employer() || !kinds.contains(k) || m_dirty)
                    return;
                // A pasted block saves hundreds of records: reload once, after them.
                m_dirty = true;
                QTimer::singleShot(0, this, &ViewPage::reloadWhenNotTyping);
            });
}

void ViewPage::reloadWhenNotTyping()
{
    // Someone else's change arriving while the user types in a cell (of any view: reading
    // one view again can close another's editor) would end the typing: the view reads again
    // once the edit is done, and a save over their change is then refused with both versions.
    const QWidget *focus = QApplication::focusWidget();
    for (const QWidget *w = focus; w; w = w->parentWidget()) {
        const auto *cells = qobject_cast<const QAbstractItemView *>(w);
        if (cells && cells->viewport()->isAncestorOf(focus)) {
            QTimer::singleShot(200, this, &ViewPage::reloadWhenNotTyping);
            return;
        }
    }
    m_dirty = false;
    reload();
}

void ViewPage::useModel(RecordTableBase *model)
{
    m_model = model;
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(SortRole);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_table->setModel(m_proxy);
    fitColumnsOnFirstLoad(m_table);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
}

void ViewPage::useReadOnlyModel(QAbstractItemModel *source, QSortFilterProxyModel *proxy)
{
    proxy->setSourceModel(source);
    proxy->setSortRole(SortRole);
    m_proxy = proxy;
    m_table->setModel(proxy);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    fitColumnsOnFirstLoad(m_table);
}

void ViewPage::layOutPage(QLabel *heading, const QList<QPair<QLabel *, QWidget *>> &filters, QLabel *summary)
{
    auto *top = new QHBoxLayout;
    for (qsizetype i = 0; i < filters.size(); ++i) {
        const auto &[label, field] = filters.at(i);
        label->setBuddy(field);
        top->addWidget(label);
        top->addWidget(field, i == filters.size() - 1 ? 1 : 0);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(top);
    layout->addWidget(summary);
    layout->addWidget(m_table, 1);
    for (qsizetype i = 1; i < filters.size(); ++i)
        setTabOrder(filters.at(i - 1).second, filters.at(i).second);
    if (!filters.isEmpty())
        setTabOrder(filters.last().second, m_table);
}

bool ViewPage::selectInTable(const QUuid &uuid, const QString &field, bool edit)
{
    if (!m_model)
        return false;
    const int row = m_model->rowOfUuid(uuid);
    if (row < 0)
        return false;
    if (!m_filter->text().isEmpty())
        m_filter->clear();
    const QModelIndex src = m_model->index(row, field.isEmpty() ? 0 : m_model->columnOfField(field));
    const QModelIndex idx = m_proxy->mapFromSource(src);
    m_table->setCurrentIndex(idx);
    m_table->selectRow(idx.row());
    m_table->scrollTo(idx);
    m_table->setFocus();
    if (edit && (m_model->flags(src) & Qt::ItemIsEditable))
        m_table->edit(idx);
    return true;
}

} // namespace fla::ui
