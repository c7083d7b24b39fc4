#include "ui/models/ParticipationPagedModel.h"

#include "core/domain/FieldLabels.h"
#include "core/domain/Ssin.h"
#include "ui/models/RecordTableModel.h"
#include "ui/widgets/Format.h"

namespace fla::ui {

ParticipationPagedModel::ParticipationPagedModel(DataSource *source, QObject *parent)
    : QAbstractTableModel(parent)
    , m_source(source)
{}

void ParticipationPagedModel::setEmployer(const QUuid &employer)
{
    m_employer = employer;
    reload();
}

void ParticipationPagedModel::setFilter(const QString &text)
{
    if (text == m_query.filter)
        return;
    m_query.filter = text;
    reload();
}

void ParticipationPagedModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_recent.clear();
    m_count = m_employer.isNull() ? 0 : m_source->participationCount(m_employer, m_query);
    endResetModel();
}

void ParticipationPagedModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (m_count > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

const ParticipationLine *ParticipationPagedModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const qint64 page = row / kPageSize;
    if (!m_pages.contains(page)) {
        while (m_recent.size() >= kPagesKept)
            m_pages.remove(m_recent.takeFirst());
        m_pages.insert(page, m_source->participationPage(m_employer, m_query, page * kPageSize, kPageSize));
        ++m_pagesRead;
        m_recent.append(page);
    } else if (m_recent.last() != page) {
        m_recent.removeOne(page);
        m_recent.append(page);
    }
    const auto it = m_pages.constFind(page);
    const int inPage = int(row - page * kPageSize);
    return inPage < it->size() ? &it->at(inPage) : nullptr;
}

int ParticipationPagedModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(qMin<qint64>(m_count, std::numeric_limits<int>::max()));
}

int ParticipationPagedModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ParticipationColumn::Count);
}

QVariant ParticipationPagedModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (role != Qt::DisplayRole && role != Qt::CheckStateRole && role != UuidRole &&
        role != Qt::TextAlignmentRole)
        return {};
    const auto col = ParticipationColumn(index.column());
    if (role == Qt::TextAlignmentRole)
        return col == ParticipationColumn::Duration ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                                    : QVariant();
    const ParticipationLine *r = rowAt(index.row());
    if (!r)
        return {};
    if (role == UuidRole)
        return r->participation.uuid;
    if (role == Qt::CheckStateRole) {
        if (col == ParticipationColumn::Followed)
            return r->participation.followed ? Qt::Checked : Qt::Unchecked;
        if (col == ParticipationColumn::Certificate)
            return r->participation.certificate ? Qt::Checked : Qt::Unchecked;
        return {};
    }
    switch (col) {
    case ParticipationColumn::Worker:
        return r->workerName;
    case ParticipationColumn::Ssin:
        return Ssin::parse(r->ssin).display();
    case ParticipationColumn::Training:
        return r->trainingName;
    case ParticipationColumn::Start:
        return formatDate(r->startDate);
    case ParticipationColumn::End:
        return formatDate(r->endDate);
    case ParticipationColumn::Duration:
        return formatDuration(r->duration, r->unit);
    default:
        return {};
    }
}

namespace {

// A column that shows a field of a record: the schema's label.
QString schemaHeading(RecordKind kind, const char *key)
{
    return asHeading(fieldLabel(kind, QString::fromLatin1(key)));
}

} // namespace

QVariant ParticipationPagedModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (ParticipationColumn(section)) {
    case ParticipationColumn::Worker:
        return tr("Worker");
    case ParticipationColumn::Ssin:
        return schemaHeading(RecordKind::Worker, "ssin");
    case ParticipationColumn::Training:
        return tr("Training");
    // The training's period, short: the view's widths are fixed (it never measures a million rows).
    case ParticipationColumn::Start:
        return tr("Start");
    case ParticipationColumn::End:
        return tr("End");
    case ParticipationColumn::Duration:
        return tr("Duration");
    case ParticipationColumn::Followed:
        return schemaHeading(RecordKind::Participation, "followed");
    case ParticipationColumn::Certificate:
        return schemaHeading(RecordKind::Participation, "certificate");
    default:
        return {};
    }
}

void ParticipationPagedModel::sort(int column, Qt::SortOrder order)
{
    if (m_query.sortColumn == column && m_query.order == order)
        return;
    m_query.sortColumn = column;
    m_query.order = order;
    reload();
}

} // namespace fla::ui
