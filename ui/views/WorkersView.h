#pragma once

#include "ui/data/PasteParser.h"
#include "ui/models/RecordTableModel.h"
#include "ui/views/ViewPage.h"

class QLabel;
class QPushButton;
class QTableView;

namespace fla::ui {

// The company's workers with their employments. Cells are edited in place
// (each edit one undo step); a block pasted from a spreadsheet becomes workers.
class WorkersView : public ViewPage
{
    Q_OBJECT

public:
    explicit WorkersView(Session *session, QWidget *parent = nullptr);
    void reload() override;
    QString title() const override { return tr("Workers"); }
    bool showRecord(RecordKind kind, const QUuid &uuid, const QString &field) override;
    RecordTableModel<Worker> *model() const { return m_workers; }
    RecordTableModel<Employment> *employmentModel() const { return m_employments; }
    QTableView *employmentTable() const { return m_employmentTable; }

    // Turns a tab-separated block into workers (and employments); returns what
    // was read and saves every row that could be read as one undo step.
    PasteResult pasteBlock(const QString &text);

signals:
    void addWorkerRequested();
    void pasteReport(const fla::ui::PasteResult &result);

protected:
    void retranslate() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void pasteFromClipboard();
    void deleteSelected();
    void showEmploymentsOfCurrent();

    RecordTableModel<Worker> *m_workers;
    RecordTableModel<Employment> *m_employments;
    QTableView *m_employmentTable;
    QLabel *m_heading;
    QLabel *m_employmentHeading;
    QLabel *m_filterLabel;
    QPushButton *m_add;
    QPushButton *m_paste;
    QPushButton *m_delete;
    QHash<QUuid, Employment> m_latestEmployment;
    QList<Employment> m_allEmployments;
};

} // namespace fla::ui
