#pragma once

#include "core/domain/Entities.h"

#include <QAbstractTableModel>
#include <QHash>

namespace fla::ui {

// The company's workers as candidates for one training: who takes part, and
// per participant whether it was followed and a certificate obtained.
class ParticipantPickerModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Selected,
        Name,
        Ssin,
        JointCommittee,
        EmploymentStatus,
        Followed,
        Certificate,
        ColumnCount
    };
    enum Role
    {
        FilterRole = Qt::UserRole + 10, // JointCommittee: the committee; EmploymentStatus: "current"/"ended"
        WorkerUuidRole,
    };

    struct Candidate
    {
        Worker worker;
        QString jointCommittee;
        bool employed = true; // an employment that has not ended (on the given day)
        bool selected = false;
        bool followed = true;
        bool certificate = false;
        QUuid participationUuid; // the existing participation, when editing
    };

    explicit ParticipantPickerModel(QObject *parent = nullptr);

    void setCandidates(QList<Candidate> candidates);
    const QList<Candidate> &candidates() const { return m_candidates; }
    int selectedCount() const;
    int rowOfSsin(const QString &ssin) const;
    void setSelected(int row, bool on);
    void toggle(int row);
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

signals:
    void selectionCountChanged(int count);

private:
    QList<Candidate> m_candidates;
};

} // namespace fla::ui
