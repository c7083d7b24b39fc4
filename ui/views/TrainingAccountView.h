#pragma once

#include "ui/views/ViewPage.h"

class QComboBox;
class QPushButton;
class QSpinBox;
class QStandardItemModel;

namespace fla::ui {

// One worker's individual training account for a year (art. 55), as core's
// TrainingAccount builds it from the one credit calculation: who, work regime
// and committee, what the right rests on (size class, days per FTE, the
// sector agreement), the credit, the window, the year's trainings. Figures that
// rest on unconfirmed sources say so. The yearly overview PDF is saved from here.
class TrainingAccountView : public ViewPage
{
    Q_OBJECT

public:
    explicit TrainingAccountView(Session *session, QWidget *parent = nullptr);
    void reload() override;
    QString title() const override { return tr("Training account"); }
    QComboBox *workerCombo() const { return m_worker; }
    QSpinBox *yearSpin() const { return m_year; }
    QStandardItemModel *lines() const { return m_lines; }
    // Writes the yearly overview of the chosen worker and year (in the worker's language).
    bool saveOverview(const QString &path, QString *error);

protected:
    void retranslate() override;

private:
    void fillWorkers();

    QLabel *m_heading;
    QLabel *m_workerLabel;
    QLabel *m_yearLabel;
    QLabel *m_summary;
    QComboBox *m_worker;
    QSpinBox *m_year;
    QPushButton *m_pdf;
    QStandardItemModel *m_lines;
};

} // namespace fla::ui
