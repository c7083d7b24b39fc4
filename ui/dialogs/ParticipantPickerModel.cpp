#include "ui/dialogs/ParticipantPickerModel.h"

#include "core/domain/Ssin.h"
#include "ui/data/FieldChecks.h"
#include "ui/widgets/Format.h"

namespace fla::ui {

ParticipantPickerModel::ParticipantPickerModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ParticipantPickerModel::setCandidates(QList<Candidate> candidates)
{
    beginResetModel();
    m_candidates = std::move(candidates);
    endResetModel();
    emit selectionCountChanged(selectedCount());
}

int ParticipantPickerModel::selectedCount() const
{
    int n = 0;
    for (const auto &c : m_candidates)
        n += c.selected ? 1 : 0;
    return n;
}

int ParticipantPickerModel::rowOfSsin(const QString &ssin) const
{
    for (int i = 0; i < m_candidates.size(); ++i) {
        if (m_candidates.at(i).worker.ssin == ssin)
            return i;
    }
    return -1;
}

void ParticipantPickerModel::setSelected(int row, bool on)
{
    if (row < 0 || row >= m_candidates.size() || m_candidates.at(row).selected == on)
        return;
    m_candidates[row].selected = on;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit selectionCountChanged(selectedCount());
}

void ParticipantPickerModel::toggle(int row)
{
    if (row >= 0 && row < m_candidates.size())
        setSelected(row, !m_candidates.at(row).selected);
}

void ParticipantPickerModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_candidates.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ParticipantPickerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_candidates.size());
}

int ParticipantPickerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParticipantPickerModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Candidate &c = m_candidates.at(index.row());
    if (role == WorkerUuidRole)
        return c.worker.uuid;
    if (role == Qt::CheckStateRole) {
        switch (index.column()) {
        case Selected:
            return c.selected ? Qt::Checked : Qt::Unchecked;
        case Followed:
            return c.selected ? QVariant(c.followed ? Qt::Checked : Qt::Unchecked) : QVariant();
        case Certificate:
            return c.selected ? QVariant(c.certificate ? Qt::Checked : Qt::Unchecked) : QVariant();
        default:
            return {};
        }
    }
    if (role == FilterRole) {
        if (index.column() == JointCommittee)
            return c.jointCommittee;
        if (index.column() == EmploymentStatus)
            return c.employed ? QStringLiteral("current") : QStringLiteral("ended");
        return {};
    }
    if (c.selected && (index.column() == Followed || index.column() == Certificate) &&
        (role == Qt::ToolTipRole || role == Qt::AccessibleDescriptionRole || role == Qt::BackgroundRole ||
         role == Qt::DecorationRole)) {
        // The engine's participation rules while ticking (PA-004: a certificate, not followed).
        Participation p;
        p.workerUuid = c.worker.uuid;
        p.followed = c.followed;
        p.certificate = c.certificate;
        const QString name = QString(c.worker.familyName + QLatin1Char(' ') + c.worker.givenName).trimmed();
        const QList<FieldAnomaly> found = FieldChecks::checkParticipation(p, name);
        const QString field = QStringLiteral("certificate");
        const auto worst = FieldChecks::worstFor(found, field);
        if (!worst || *worst == Severity::Information)
            return {};
        if (role == Qt::BackgroundRole)
            return severityBackground(*worst);
        if (role == Qt::DecorationRole)
            return index.column() == Certificate ? QVariant(severityIcon(*worst)) : QVariant();
        return FieldChecks::messagesFor(found, field);
    }
    if (role == Qt::AccessibleTextRole && index.column() == Selected)
        return c.selected ? tr("takes part") : tr("does not take part");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return QString(c.worker.familyName + QLatin1Char(' ') + c.worker.givenName).trimmed();
    case Ssin:
        return fla::Ssin::parse(c.worker.ssin).display();
    case JointCommittee:
        return c.jointCommittee;
    case EmploymentStatus:
        return c.employed ? tr("Employed") : tr("Left");
    default:
        return {};
    }
}

QVariant ParticipantPickerModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o == Qt::Horizontal && role == Qt::ToolTipRole && section == JointCommittee)
        return tr("Joint committee");
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case Selected:
        return tr("Takes part");
    case Name:
        return tr("Name");
    case Ssin:
        return tr("INSZ");
    case JointCommittee:
        // The abbreviation Belgian payroll uses (PC 200, CP 200): the name column keeps the room.
        return tr("JC");
    case EmploymentStatus:
        return tr("Employment");
    case Followed:
        return tr("Followed");
    case Certificate:
        return tr("Certificate");
    default:
        return {};
    }
}

Qt::ItemFlags ParticipantPickerModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    const bool selected = m_candidates.at(index.row()).selected;
    if (index.column() == Selected ||
        (selected && (index.column() == Followed || index.column() == Certificate)))
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool ParticipantPickerModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::CheckStateRole)
        return false;
    const bool on = value.toInt() == Qt::Checked;
    Candidate &c = m_candidates[index.row()];
    switch (index.column()) {
    case Selected:
        setSelected(index.row(), on);
        return true;
    case Followed:
        if (!c.selected)
            return false;
        c.followed = on;
        break;
    case Certificate:
        if (!c.selected)
            return false;
        c.certificate = on;
        break;
    default:
        return false;
    }
    // Both boxes: the mark of the participation rules sits on the pair.
    emit dataChanged(this->index(index.row(), Followed), this->index(index.row(), Certificate));
    return true;
}

} // namespace fla::ui
