#pragma once

#include "ui/views/ViewPage.h"

#include <QAbstractTableModel>

class QComboBox;
class QLabel;

namespace fla::ui {

class AnomalyModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SeverityColumn,
        CodeColumn,
        KindColumn,
        FieldColumn,
        MessageColumn,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;
    // The anomalies, and the name of each record ("worker Peeters Jan").
    void setAnomalies(QList<FieldAnomaly> list, QHash<QUuid, QString> labels = {});
    QString recordLabel(const FieldAnomaly &a) const;
    const QList<FieldAnomaly> &anomalies() const { return m_list; }
    void retranslate();
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

private:
    QList<FieldAnomaly> m_list;
    QHash<QUuid, QString> m_labels;
};

class AnomalyFilter;

// Every anomaly of the company, filtered by severity and code; a double-click
// (or Enter) opens the record at the field concerned.
class AnomaliesView : public ViewPage
{
    Q_OBJECT

public:
    explicit AnomaliesView(Session *session, QWidget *parent = nullptr);
    void reload() override;
    QString title() const override { return tr("Anomalies"); }
    AnomalyModel *model() const
    {
        ensureLoaded();
        return m_anomalies;
    }
    QComboBox *severityFilter() const
    {
        ensureLoaded();
        return m_severity;
    }
    QComboBox *codeFilter() const
    {
        ensureLoaded();
        return m_code;
    }
    int shownCount() const;
    // Selects the next anomaly shown (after the current one, wrapping) and opens it.
    bool openNext();
    void openCurrent();

signals:
    void openRecordRequested(fla::RecordKind kind, const QUuid &uuid, const QString &field);

protected:
    void retranslate() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refilter();

    AnomalyModel *m_anomalies;
    AnomalyFilter *m_filterModel;
    QLabel *m_heading;
    QLabel *m_filterLabel;
    QLabel *m_severityLabel;
    QLabel *m_codeLabel;
    QLabel *m_summary;
    QLabel *m_detail; // the current anomaly's whole message (the column cuts long ones short)
    QComboBox *m_severity;
    QComboBox *m_code;
};

} // namespace fla::ui
