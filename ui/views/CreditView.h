#pragma once

#include "data/CreditCalc.h"
#include "views/ViewPage.h"

#include <QAbstractTableModel>

class QLabel;
class QSpinBox;

namespace fla::ui {

// Entitled, used and remaining training credit per worker for one year; a
// worker who used more than the entitlement stands out in red.
class CreditModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;
    void setRows(QList<CreditRow> rows, double hoursPerDay);
    const QList<CreditRow> &rows() const { return m_rows; }
    void retranslate();
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

private:
    QList<CreditRow> m_rows;
    double m_hoursPerDay = 7.6;
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
