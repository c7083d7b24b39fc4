#pragma once

#include "ui/data/DataSource.h"

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QTableView;
class QSortFilterProxyModel;

namespace fla::ui {
class Session;
} // namespace fla::ui

namespace fla::ui {

class RecordTableBase;

// A main-window view: a title, a filter field and a table, over the records
// of the company being worked on. Reloads when its records change.
class ViewPage : public QWidget
{
    Q_OBJECT

public:
    explicit ViewPage(Session *session, QWidget *parent = nullptr);

    QLineEdit *filterEdit() const { return m_filter; }
    QTableView *table() const { return m_table; }
    virtual void reload() = 0;
    // Shows a record and puts the cursor on the field (from the anomalies).
    virtual bool showRecord(RecordKind kind, const QUuid &uuid, const QString &field);
    // Title for the navigation list.
    virtual QString title() const = 0;
    // The table as shown (its visible columns in their order, the rows left by
    // the filter, in the sort order) as header texts and displayed values.
    void tableAsShown(QStringList *header, QList<QStringList> *rows) const;
    // Writes it to a .csv or .xlsx file (core's TableExport); false with a message.
    bool exportTable(const QString &path, QString *error) const;

protected:
    void changeEvent(QEvent *e) override;
    void showEvent(QShowEvent *e) override;
    // For views that cost time to fill: true (and the view marked stale) when
    // the view is not shown, so reload() returns early and runs when the view
    // is first shown or ensureLoaded() is called; the first window stays cheap.
    bool deferUntilShown();
    void ensureLoaded() const;
    virtual void retranslate() = 0;
    // Reload when a record of one of these kinds of the current company changes.
    void watch(QList<RecordKind> kinds);
    void reloadWhenNotTyping();
    // Sets up m_table over a source model through a sorting, filtering proxy.
    void useModel(RecordTableBase *model);
    // Sets up m_table, read-only, over a source model through the given proxy
    // (sorting on SortRole); the columns fitted when the first rows arrive.
    void useReadOnlyModel(QAbstractItemModel *source, QSortFilterProxyModel *proxy);
    // Lays the page out: the heading, a bar of labelled filters (the last one,
    // the search field, takes the rest of the width), a summary line, the table;
    // Tab goes through the filters in that order, then to the table.
    void layOutPage(QLabel *heading, const QList<QPair<QLabel *, QWidget *>> &filters, QLabel *summary);
    bool selectInTable(const QUuid &uuid, const QString &field, bool edit);

    Session *m_session;
    QLineEdit *m_filter;
    QTableView *m_table;
    QSortFilterProxyModel *m_proxy = nullptr;
    RecordTableBase *m_model = nullptr;
    bool m_dirty = false;
    bool m_stale = false;
    bool m_forceLoad = false;
};

// Configures a table the same way everywhere: rows selected whole, sorting,
// alternating colours, no word wrap, editing on F2 or typing.
void setUpTable(QTableView *table);
// Sizes the columns to their content when the model first gets rows.
void fitColumnsOnFirstLoad(QTableView *table);

} // namespace fla::ui
