#pragma once

#include "core/anomaly/Credit.h"
#include "core/domain/Entities.h"
#include "ui/views/ViewPage.h"

#include <QAbstractTableModel>

class QLabel;
class QSpinBox;

namespace fla::ui {

// One worker's line as core's credit calculator computed it (anomaly/Credit.h:
// the same numbers as `fladesk-cli credit`, rule CR-001 and the PDF statement).
struct CreditViewRow
{
    Worker worker;
    CreditLine credit;
};

// Entitled, carried over, used, planned and remaining training credit per
// worker for one year; a worker who used more than the entitlement stands out in red.
class CreditModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        WorkerColumn,
        SsinColumn,
        EntitledColumn,
        CarriedOverColumn,
        UsedColumn,
        PlannedColumn,
        RemainingColumn,
        RemainingHoursColumn,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;
    void setRows(QList<CreditViewRow> rows);
    const QList<CreditViewRow> &rows() const { return m_rows; }
    void retranslate();
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

private:
    QList<CreditViewRow> m_rows;
};

class CreditView : public ViewPage
{
    Q_OBJECT

public:
    explicit CreditView(Session *session, QWidget *parent = nullptr);
    void reload() override;
    QString title() const override { return tr("Credit"); }
    CreditModel *model() const
    {
        ensureLoaded();
        return m_credit;
    }
    QSpinBox *yearSpin() const
    {
        ensureLoaded();
        return m_year;
    }

protected:
    void retranslate() override;

private:
    CreditModel *m_credit;
    QLabel *m_heading;
    QLabel *m_filterLabel;
    QLabel *m_yearLabel;
    QLabel *m_summary;
    QSpinBox *m_year;
    bool m_yearChosen = false;
};

} // namespace fla::ui
