#include "ui/sync/SyncStatusModel.h"

#include "core/sync/PlatformFindings.h"

#include "core/domain/EnterpriseNumber.h"
#include "core/sync/PlatformFindings.h"
#include "ui/data/FieldChecks.h"

#include <QBrush>
#include <QColor>

namespace fla::ui {

SyncStatusModel::SyncStatusModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QString SyncStatusModel::statusText(SyncStatus s)
{
    switch (s) {
    case SyncStatus::Draft:
        return tr("Draft");
    case SyncStatus::Ready:
        return tr("Ready");
    case SyncStatus::Queued:
        return tr("Queued");
    case SyncStatus::Sent:
        return tr("Sent");
    case SyncStatus::Accepted:
        return tr("Accepted");
    case SyncStatus::AcceptedWithWarnings:
        return tr("Accepted with warnings");
    case SyncStatus::Refused:
        return tr("Refused");
    case SyncStatus::Conflict:
        return tr("Conflict");
    }
    return QString();
}

void SyncStatusModel::setQueued(const QList<SyncItem> &items)
{
    beginResetModel();
    m_rows.clear();
    m_index.clear();
    for (const SyncItem &i : items) {
        m_index.insert(i.recordUuid, int(m_rows.size()));
        m_rows.append(Row{i, SyncStatus::Queued, {}, i.lastError});
    }
    endResetModel();
}

int SyncStatusModel::rowOf(const QUuid &uuid)
{
    const auto it = m_index.constFind(uuid);
    if (it != m_index.cend())
        return *it;
    return -1;
}

void SyncStatusModel::changed(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void SyncStatusModel::markSent(const QList<SyncItem> &items)
{
    for (const SyncItem &i : items) {
        const int r = rowOf(i.recordUuid);
        if (r >= 0) {
            m_rows[r].status = SyncStatus::Sent;
            changed(r);
        }
    }
}

void SyncStatusModel::complete(const QList<OutboxStore::Completion> &done)
{
    for (const OutboxStore::Completion &c : done) {
        int r = rowOf(c.entry.recordUuid);
        if (r < 0) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
            m_index.insert(c.entry.recordUuid, int(m_rows.size()));
            m_rows.append(Row{c.entry, SyncStatus::Queued, {}, {}});
            endInsertRows();
            r = int(m_rows.size()) - 1;
        }
        Row &row = m_rows[r];
        row.status = statusForVerdict(c.outcome.verdict);
        row.anomalies = c.outcome.anomalies;
        row.reason.clear();
        changed(r);
    }
}

void SyncStatusModel::hold(const QList<SyncItem> &items, const QString &reason)
{
    for (const SyncItem &i : items) {
        const int r = rowOf(i.recordUuid);
        if (r >= 0) {
            m_rows[r].status = SyncStatus::Queued;
            m_rows[r].reason = reason;
            changed(r);
        }
    }
}

int SyncStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SyncStatusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int SyncStatusModel::count(SyncStatus s) const
{
    int n = 0;
    for (const Row &r : m_rows)
        n += r.status == s ? 1 : 0;
    return n;
}

QVariant SyncStatusModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case RecordUuidRole:
        return r.item.recordUuid;
    case RecordTypeRole:
        return int(r.item.type);
    case StatusRole:
        return int(r.status);
    case FieldRole:
        for (const PlatformAnomaly &a : r.anomalies) {
            if (a.severity == Severity::Blocking)
                return a.field;
        }
        return r.anomalies.isEmpty() ? QString() : r.anomalies.first().field;
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn) {
            if (r.status == SyncStatus::Refused || r.status == SyncStatus::Conflict)
                return QBrush(QColor(0xb0, 0x00, 0x20));
            if (r.status == SyncStatus::AcceptedWithWarnings)
                return QBrush(QColor(0x9a, 0x60, 0x00));
            if (r.status == SyncStatus::Accepted)
                return QBrush(QColor(0x1b, 0x7a, 0x2e));
        }
        return {};
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case RecordColumn:
            return r.item.label.isEmpty() ? r.item.recordUuid.toString(QUuid::WithoutBraces) : r.item.label;
        case EnterpriseColumn:
            return EnterpriseNumber::parse(r.item.enterpriseNumber).display();
        case StatusColumn:
            // Held back (no mandate, refused enterprise): still waiting, but not sent.
            return r.status == SyncStatus::Queued && !r.reason.isEmpty() ? tr("Not sent")
                                                                         : statusText(r.status);
        case DetailColumn: {
            if (!r.reason.isEmpty())
                return r.reason;
            if (r.status == SyncStatus::Conflict)
                return tr(
                    "Changed on the platform meanwhile: open the record to choose which version to keep.");
            // One sentence each: "DT-001, field End date: The end date … ."
            QStringList parts;
            for (const PlatformAnomaly &a : r.anomalies) {
                QString text = platformFindingText(a.code, a.message, FieldChecks::uiLanguage()).trimmed();
                if (!text.isEmpty() && !text.endsWith(QLatin1Char('.')) && !text.endsWith(QLatin1Char('!')) &&
                    !text.endsWith(QLatin1Char('?')))
                    text += QLatin1Char('.');
                parts.append(
                    tr("%1, field %2: %3")
                        .arg(a.code,
                             a.field.isEmpty()
                                 ? tr("the record")
                                 : FieldChecks::fieldName(r.item.type, a.field.section(QLatin1Char('.'), -1)),
                             text));
            }
            return parts.join(QLatin1Char(' '));
        }
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant SyncStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RecordColumn:
        return tr("Record");
    case EnterpriseColumn:
        return tr("Employer");
    case StatusColumn:
        return tr("Status");
    case DetailColumn:
        return tr("What the platform said");
    default:
        return {};
    }
}

} // namespace fla::ui
