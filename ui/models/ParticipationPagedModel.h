#pragma once

#include "ui/data/DataSource.h"

#include <QAbstractTableModel>
#include <QHash>

namespace fla::ui {

// Every participation of a company, read from the data source a page at a
// time: the row count is known at once, a page is read when a row of it is
// first shown, and only the last few pages stay in memory. Sorting and
// filtering are done by the data source (an index in the workspace), so a
// million participations scroll and filter without loading them all.
class ParticipationPagedModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 256;
    static constexpr int kPagesKept = 16;

    explicit ParticipationPagedModel(DataSource *source, QObject *parent = nullptr);

    void setEmployer(const QUuid &employer);
    void setFilter(const QString &text);
    QString filter() const { return m_query.filter; }
    void reload();
    void retranslate();
    // The row, read from its page (reads the page if needed).
    const ParticipationLine *rowAt(int row) const;
    int pagesRead() const { return m_pagesRead; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

private:
    DataSource *m_source;
    QUuid m_employer;
    ParticipationQuery m_query;
    qint64 m_count = 0;
    mutable QHash<qint64, QList<ParticipationLine>> m_pages;
    mutable QList<qint64> m_recent; // least recently used first
    mutable int m_pagesRead = 0;
};

} // namespace fla::ui
