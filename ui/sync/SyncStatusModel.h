#pragma once

#include "core/sync/OutboxStore.h"
#include "ui/data/DataSource.h"

#include <QAbstractTableModel>
#include <QHash>

namespace fla::ui {

// The records of a sync, one row each: what it is, its enterprise, where it
// stands with the platform and why (the platform's anomalies, or why it was
// not sent).
class SyncStatusModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        RecordColumn,
        EnterpriseColumn,
        StatusColumn,
        DetailColumn,
        ColumnCount
    };
    enum Role
    {
        RecordUuidRole = Qt::UserRole + 1,
        RecordTypeRole,
        FieldRole, // the field at fault of a refused record
        StatusRole
    };

    explicit SyncStatusModel(QObject *parent = nullptr);

    // Rows for the records waiting in the outbox (status queued).
    void setQueued(const QList<SyncItem> &items);
    void markSent(const QList<SyncItem> &items);
    void complete(const QList<OutboxStore::Completion> &done);
    void hold(const QList<SyncItem> &items, const QString &reason);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(SyncStatus s);
    int count(SyncStatus s) const;

private:
    struct Row
    {
        SyncItem item;
        SyncStatus status = SyncStatus::Queued;
        QList<PlatformAnomaly> anomalies;
        QString reason;
    };
    int rowOf(const QUuid &uuid);
    void changed(int row);

    QList<Row> m_rows;
    QHash<QUuid, int> m_index;
};

} // namespace fla::ui
