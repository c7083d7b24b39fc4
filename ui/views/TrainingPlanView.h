#pragma once

#include "core/obligations/TrainingPlan.h"
#include "ui/views/ViewPage.h"

#include <optional>

class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTableView;

namespace fla::ui {

// The company's training plan of a year: the reminders core computed for
// today (the injected clock), the consultation steps with their deadlines, the
// planned trainings, and the plan against what the register realised. New
// plans, planned trainings and logged steps are entered here.
class TrainingPlanView : public ViewPage
{
    Q_OBJECT

public:
    explicit TrainingPlanView(Session *session, QWidget *parent = nullptr);
    void reload() override;
    QString title() const override { return tr("Training plan"); }
    QSpinBox *yearSpin() const { return m_year; }
    QLabel *reminders() const { return m_summary; }
    QTableView *itemsTable() const { return m_itemsTable; }
    QTableView *realisedTable() const { return m_realisedTable; }
    // The plan shown (covering the year), if any.
    std::optional<TrainingPlan> plan() const { return m_plan; }
    // The actions behind the buttons, without their dialogs (tests, keyboard).
    bool createPlan(int firstYear, int lastYear, ConsultedBody body, QString *error);
    bool addItem(const TrainingPlanItem &item, QString *error);
    // The planned training with item's uuid replaced, or taken out (core's TrainingPlan).
    bool changeItem(const TrainingPlanItem &item, QString *error);
    bool removeItem(const QUuid &itemUuid, QString *error);
    // The planned training of the items table's current row, if any.
    std::optional<TrainingPlanItem> currentItem() const;
    QPushButton *changeItemButton() const { return m_changeItem; }
    QPushButton *removeItemButton() const { return m_removeItem; }
    bool logStep(PlanStep step, const QDate &date, QString *error);

protected:
    void retranslate() override;
    // Enter or F2 on a planned training changes it; Delete removes it.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void askNewPlan();
    // A new planned training, or the one given to change.
    void askItem(const std::optional<TrainingPlanItem> &existing = std::nullopt);
    void askRemoveItem();
    void updateItemButtons();
    void askStep();
    bool savePlan(const TrainingPlan &plan, QString *error);

    QLabel *m_heading;
    QLabel *m_yearLabel;
    QLabel *m_planLabel;
    QLabel *m_itemsLabel;
    QLabel *m_realisedLabel;
    QLabel *m_summary;
    QSpinBox *m_year;
    QPushButton *m_newPlan;
    QPushButton *m_addItem;
    QPushButton *m_changeItem;
    QPushButton *m_removeItem;
    QPushButton *m_logStep;
    QStandardItemModel *m_steps;
    QStandardItemModel *m_items;
    QStandardItemModel *m_realised;
    QTableView *m_itemsTable;
    QTableView *m_realisedTable;
    std::optional<TrainingPlan> m_plan;
};

} // namespace fla::ui
