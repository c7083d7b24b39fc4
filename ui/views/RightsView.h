#pragma once

#include "ui/models/RecordTableModel.h"
#include "ui/views/ViewPage.h"

class QLabel;

namespace fla::ui {

// The training rights of the company's workers, per year.
class RightsView : public ViewPage
{
    Q_OBJECT

public:
    explicit RightsView(Session *session, QWidget *parent = nullptr);
    void reload() override;
    QString title() const override { return tr("Training rights"); }
    RecordTableModel<TrainingRight> *model() const { return m_rights; }

protected:
    void retranslate() override;

private:
    RecordTableModel<TrainingRight> *m_rights;
    QLabel *m_heading;
    QLabel *m_filterLabel;
    QHash<QUuid, Worker> m_workers;
};

} // namespace fla::ui
