#include "ui/sync/SyncStatusFilter.h"

#include "ui/sync/SyncStatusModel.h"

namespace fla::ui {

SyncStatusFilter::SyncStatusFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortLocaleAware(true);
}

void SyncStatusFilter::setShow(Show show)
{
    m_show = show;
    invalidateFilter();
}

int SyncStatusFilter::urgency(int status)
{
    switch (SyncStatus(status)) {
    case SyncStatus::Refused:
        return 0;
    case SyncStatus::Conflict:
        return 1;
    case SyncStatus::AcceptedWithWarnings:
        return 2;
    case SyncStatus::Queued:
    case SyncStatus::Draft:
    case SyncStatus::Ready:
        return 3;
    case SyncStatus::Sent:
        return 4;
    case SyncStatus::Accepted:
        return 5;
    }
    return 6;
}

bool SyncStatusFilter::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    if (m_show == Show::All)
        return true;
    const auto status =
        SyncStatus(sourceModel()->index(row, 0, parent).data(SyncStatusModel::StatusRole).toInt());
    switch (m_show) {
    case Show::All:
        return true;
    case Show::NeedsAttention:
        return status == SyncStatus::Refused || status == SyncStatus::Conflict;
    case Show::Warnings:
        return status == SyncStatus::AcceptedWithWarnings;
    case Show::Waiting:
        return urgency(int(status)) == 3 || status == SyncStatus::Sent;
    case Show::Accepted:
        return status == SyncStatus::Accepted;
    }
    return true;
}

bool SyncStatusFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() == SyncStatusModel::StatusColumn) {
        const int l = urgency(left.data(SyncStatusModel::StatusRole).toInt());
        const int r = urgency(right.data(SyncStatusModel::StatusRole).toInt());
        if (l != r)
            return l < r;
        // Same status: by record, so the order stays put while the answers come in.
        return QSortFilterProxyModel::lessThan(left.siblingAtColumn(SyncStatusModel::RecordColumn),
                                               right.siblingAtColumn(SyncStatusModel::RecordColumn));
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace fla::ui
