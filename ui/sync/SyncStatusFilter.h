#pragma once

#include <QSortFilterProxyModel>

namespace fla::ui {

// The Sync view's rows as the user wants them: by status, the ones that need
// them (refused, conflicts) first, and optionally only one kind of status.
class SyncStatusFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Show
    {
        All,
        NeedsAttention, // refused and conflicts
        Warnings,       // accepted with warnings
        Waiting,        // queued, not sent, sent
        Accepted
    };

    explicit SyncStatusFilter(QObject *parent = nullptr);
    void setShow(Show show);
    Show show() const { return m_show; }

    // The order of the status column: what needs the user first.
    static int urgency(int status);

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    Show m_show = Show::All;
};

} // namespace fla::ui
