#pragma once

#include "ui/data/DataSource.h"
#include "ui/data/FieldChecks.h"
#include "ui/widgets/Format.h"

#include "core/domain/FieldLabels.h"
#include "core/domain/RecordSchema.h"
#include "core/storage/RecordJson.h"
#include <QAbstractTableModel>

#include <QHash>
#include <functional>

namespace fla::ui {

enum ModelRole
{
    SortRole = Qt::UserRole + 1,
    UuidRole,
    SeverityRole, // int(Severity) of the worst finding in the cell, or -1
    FieldRole,
};

// The part of a record table that does not depend on the record type, so it
// can carry Q_OBJECT signals.
class RecordTableBase : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;
    // Tells the views that the language changed: headers and texts are new.
    void retranslate();
    virtual QString fieldOfColumn(int column) const = 0;
    virtual int columnOfField(const QString &field) const = 0;
    virtual int rowOfUuid(const QUuid &uuid) const = 0;

signals:
    void editRequested(int row, int column);
};

// A table of records of one type, described column by column. Each cell shows
// the findings about its field: colour and icon by severity, the messages as
// tooltip and accessible description. Edits go through onEdit (an undo step).
template<typename T> class RecordTableModel : public RecordTableBase
{
public:
    struct Column
    {
        // Empty for a field of the record: its heading is the schema's label (domain/RecordSchema).
        std::function<QString()> header;
        QString field;
        std::function<QVariant(const T &, int role)> value; // DisplayRole, SortRole, CheckStateRole, EditRole
        std::function<bool(T &, const QVariant &, int role)> set = nullptr;
        bool checkable = false;
    };

    explicit RecordTableModel(QObject *parent = nullptr)
        : RecordTableBase(parent)
    {}

    void setColumns(QList<Column> columns) { m_columns = std::move(columns); }
    std::function<void(const T &before, const T &after)> onEdit;

    void setRecords(QList<T> records, const QList<FieldAnomaly> &anomalies = {})
    {
        beginResetModel();
        m_records = std::move(records);
        m_rowOf.clear();
        for (int i = 0; i < m_records.size(); ++i)
            m_rowOf.insert(m_records.at(i).uuid, i);
        m_anomalies.clear();
        for (const auto &a : anomalies)
            m_anomalies[a.recordUuid].append(a);
        endResetModel();
    }
    const QList<T> &records() const { return m_records; }
    const T &record(int row) const { return m_records.at(row); }
    QList<FieldAnomaly> anomaliesOf(const QUuid &uuid) const { return m_anomalies.value(uuid); }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_records.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }

    QVariant headerData(int section, Qt::Orientation o, int role) const override
    {
        if (o == Qt::Horizontal && role == Qt::DisplayRole && section < m_columns.size())
            return headerOf(m_columns.at(section));
        return RecordTableBase::headerData(section, o, role);
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_records.size())
            return {};
        const T &rec = m_records.at(index.row());
        const Column &col = m_columns.at(index.column());
        switch (role) {
        case UuidRole:
            return rec.uuid;
        case FieldRole:
            return col.field;
        case Qt::DisplayRole:
        case Qt::EditRole:
            if (col.checkable)
                return {};
            return col.value(rec, role);
        case SortRole: {
            const QVariant v = col.value(rec, SortRole);
            return v.isValid() ? v : col.value(rec, Qt::DisplayRole);
        }
        case Qt::CheckStateRole:
            return col.checkable ? col.value(rec, Qt::CheckStateRole) : QVariant();
        default:
            break;
        }
        const auto found = m_anomalies.constFind(rec.uuid);
        if (found == m_anomalies.constEnd() || col.field.isEmpty())
            return {};
        const auto worst = FieldChecks::worstFor(*found, col.field);
        if (!worst || *worst == Severity::Information)
            return role == SeverityRole ? QVariant(-1) : QVariant();
        switch (role) {
        case SeverityRole:
            return int(*worst);
        case Qt::BackgroundRole:
            return severityBackground(*worst);
        case Qt::ForegroundRole:
            return severityForeground(*worst);
        case Qt::DecorationRole:
            return severityIcon(*worst);
        case Qt::ToolTipRole:
        case Qt::AccessibleDescriptionRole:
            return FieldChecks::messagesFor(*found, col.field);
        default:
            return {};
        }
    }

    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        Qt::ItemFlags f = RecordTableBase::flags(index);
        if (!index.isValid())
            return f;
        const Column &col = m_columns.at(index.column());
        if (col.set)
            f |= col.checkable ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable;
        return f;
    }

    bool setData(const QModelIndex &index, const QVariant &value, int role) override
    {
        if (!index.isValid() || index.row() >= m_records.size())
            return false;
        const Column &col = m_columns.at(index.column());
        if (!col.set)
            return false;
        if (col.checkable ? role != Qt::CheckStateRole : role != Qt::EditRole)
            return false;
        T after = m_records.at(index.row());
        if (!col.set(after, value, role))
            return false;
        // An edit that changes nothing (a cell opened and left) is no undo step and no write.
        if (recordjson::toJson(after) == recordjson::toJson(m_records.at(index.row())))
            return true;
        if (onEdit)
            onEdit(m_records.at(index.row()), after); // the data source reloads the model
        return true;
    }

    QString fieldOfColumn(int column) const override { return m_columns.value(column).field; }
    int columnOfField(const QString &field) const override
    {
        for (int i = 0; i < m_columns.size(); ++i) {
            if (m_columns.at(i).field == field)
                return i;
        }
        return 0;
    }
    int rowOfUuid(const QUuid &uuid) const override { return m_rowOf.value(uuid, -1); }

    // A column's heading: its own, or the schema's label of its field.
    static QString headerOf(const Column &col)
    {
        if (col.header)
            return col.header();
        const schema::FieldInfo *f = schema::find(schema::kindOf<T>(), col.field);
        return f ? asHeading(fieldLabel(*f)) : col.field;
    }

private:
    QList<Column> m_columns;
    QList<T> m_records;
    QHash<QUuid, int> m_rowOf;
    QHash<QUuid, QList<FieldAnomaly>> m_anomalies;
};

} // namespace fla::ui
