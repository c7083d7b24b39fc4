#include "ui/views/TrainingPlanView.h"

#include "core/common/Clock.h"
#include "core/obligations/TrainingPlanDeadlines.h"
#include "core/obligations/TrainingPlanRealised.h"
#include "ui/app/Session.h"
#include "ui/views/CompanyRecords.h"
#include "ui/widgets/DialogForm.h"
#include "ui/widgets/Format.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace fla::ui {

namespace {

QString stateText(DeadlineState s)
{
    switch (s) {
    case DeadlineState::Done:
        return TrainingPlanView::tr("done on time");
    case DeadlineState::DoneLate:
        return TrainingPlanView::tr("done late");
    case DeadlineState::Open:
        return TrainingPlanView::tr("to do");
    case DeadlineState::DueSoon:
        return TrainingPlanView::tr("due soon");
    case DeadlineState::Overdue:
        return TrainingPlanView::tr("overdue");
    }
    return {};
}

QStandardItem *cell(const QString &text, bool number = false)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableView *readOnlyTable(QStandardItemModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    setUpTable(table);
    table->setModel(model);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSortingEnabled(false);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

TrainingPlanView::TrainingPlanView(Session *session, QWidget *parent)
    : ViewPage(session, parent)
    , m_heading(new QLabel(this))
    , m_yearLabel(new QLabel(this))
    , m_planLabel(new QLabel(this))
    , m_itemsLabel(new QLabel(this))
    , m_realisedLabel(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_year(new QSpinBox(this))
    , m_newPlan(new QPushButton(this))
    , m_addItem(new QPushButton(this))
    , m_changeItem(new QPushButton(this))
    , m_removeItem(new QPushButton(this))
    , m_logStep(new QPushButton(this))
    , m_steps(new QStandardItemModel(this))
    , m_items(new QStandardItemModel(this))
    , m_realised(new QStandardItemModel(this))
    , m_itemsTable(readOnlyTable(m_items, this))
    , m_realisedTable(readOnlyTable(m_realised, this))
{
    setObjectName(QStringLiteral("trainingPlanView"));
    m_year->setObjectName(QStringLiteral("planYearSpin"));
    m_year->setRange(2023, 2100);
    m_year->setGroupSeparatorShown(false);
    // In December the plan that matters is next year's.
    const QDate today = session->clock().today();
    m_year->setValue(today.month() == 12 ? today.year() + 1 : today.year());
    m_summary->setObjectName(QStringLiteral("planReminders"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_filter->hide(); // nothing to search: a plan has a few lines
    useReadOnlyModel(m_steps, new QSortFilterProxyModel(this));
    m_table->setSortingEnabled(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layOutPage(m_heading, {{m_yearLabel, m_year}}, m_summary);
    auto *page = qobject_cast<QVBoxLayout *>(layout());
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_planLabel, 1);
    buttons->addWidget(m_newPlan);
    buttons->addWidget(m_logStep);
    buttons->addWidget(m_addItem);
    page->insertLayout(3, buttons);
    auto *itemButtons = new QHBoxLayout;
    itemButtons->addWidget(m_itemsLabel, 1);
    itemButtons->addWidget(m_changeItem);
    itemButtons->addWidget(m_removeItem);
    page->addLayout(itemButtons);
    page->addWidget(m_itemsTable, 1);
    m_changeItem->setObjectName(QStringLiteral("changePlannedTraining"));
    m_removeItem->setObjectName(QStringLiteral("removePlannedTraining"));
    m_itemsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_itemsTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_itemsTable->installEventFilter(this);
    page->addWidget(m_realisedLabel);
    page->addWidget(m_realisedTable, 1);
    connect(m_year, &QSpinBox::valueChanged, this, [this] { reload(); });
    connect(m_newPlan, &QPushButton::clicked, this, &TrainingPlanView::askNewPlan);
    connect(m_addItem, &QPushButton::clicked, this, [this] { askItem(); });
    connect(m_changeItem, &QPushButton::clicked, this, [this] { askItem(currentItem()); });
    connect(m_removeItem, &QPushButton::clicked, this, &TrainingPlanView::askRemoveItem);
    connect(m_itemsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TrainingPlanView::updateItemButtons);
    connect(m_itemsTable, &QTableView::doubleClicked, this, [this] { askItem(currentItem()); });
    connect(m_logStep, &QPushButton::clicked, this, &TrainingPlanView::askStep);
    connect(session->source(), &DataSource::trainingPlansChanged, this, [this] { reload(); });
    watch({RecordKind::Worker, RecordKind::Training, RecordKind::Participation, RecordKind::Employer});
    retranslate();
    reload();
}

void TrainingPlanView::retranslate()
{
    m_heading->setText(QStringLiteral("<h2>%1</h2>").arg(tr("Training plan").toHtmlEscaped()));
    m_yearLabel->setText(tr("&Year:"));
    m_year->setAccessibleName(tr("Year of the training plan"));
    m_newPlan->setText(tr("&New plan…"));
    m_addItem->setText(tr("&Add planned training…"));
    m_changeItem->setText(tr("Chan&ge…"));
    m_changeItem->setToolTip(tr("Change the selected planned training (Enter)"));
    m_removeItem->setText(tr("Rem&ove"));
    m_removeItem->setToolTip(tr("Remove the selected planned training (Delete)"));
    m_logStep->setText(tr("&Log a step…"));
    m_itemsLabel->setText(QStringLiteral("<b>%1</b>").arg(tr("Planned trainings").toHtmlEscaped()));
    m_realisedLabel->setText(QStringLiteral("<b>%1</b>").arg(tr("Planned and realised").toHtmlEscaped()));
    m_table->setAccessibleName(tr("Consultation steps and their deadlines"));
    m_itemsTable->setAccessibleName(tr("Planned trainings"));
    m_realisedTable->setAccessibleName(tr("Planned and realised trainings"));
    reload();
}

void TrainingPlanView::reload()
{
    if (deferUntilShown())
        return;
    const QDate today = m_session->clock().today();
    const int year = m_year->value();
    QString error;
    const QList<TrainingPlan> plans = m_session->source()->trainingPlans(m_session->employer(), &error);
    const DataSet company = companyRecords(*m_session);
    m_plan.reset();
    for (const TrainingPlan &p : plans) {
        if (p.covers(year))
            m_plan = p;
    }
    // Reminders for the company, as core computed them for today.
    QStringList lines;
    if (!error.isEmpty())
        lines << error.toHtmlEscaped();
    if (const auto employer = m_session->currentEmployer()) {
        for (const PlanReminder &r : plandeadlines::remindersFor(*employer, company, plans, today)) {
            const QString color =
                severityForeground(r.overdue ? Severity::Blocking : Severity::Warning).name();
            lines
                << QStringLiteral("<span style=\"color:%1\">%2</span>").arg(color, r.text().toHtmlEscaped());
        }
    }
    m_summary->setText(lines.isEmpty() ? tr("Nothing due for the training plan.")
                                       : lines.join(QStringLiteral("<br/>")));

    m_steps->clear();
    m_steps->setHorizontalHeaderLabels({tr("Step"), tr("Due by"), tr("Done on"), tr("State")});
    m_items->clear();
    m_items->setHorizontalHeaderLabels({tr("Category"), tr("Training"), tr("Target group"), tr("Risk group"),
                                        tr("Workers"), tr("Days each")});
    m_realised->clear();
    m_realised->setHorizontalHeaderLabels({tr("Category"), tr("Planned workers"), tr("Planned days"),
                                           tr("Realised workers"), tr("Realised days")});
    m_addItem->setEnabled(m_plan.has_value());
    m_logStep->setEnabled(m_plan.has_value());
    m_newPlan->setEnabled(!m_plan.has_value());
    updateItemButtons();
    // Columns fit their headers (and later their content), also while empty.
    const auto fit = [this] {
        for (QTableView *t : {m_table, m_itemsTable, m_realisedTable}) {
            t->resizeColumnsToContents();
            // The last column takes the rest again (a row set by hand can leave it at its content's width).
            t->horizontalHeader()->setStretchLastSection(false);
            t->horizontalHeader()->setStretchLastSection(true);
        }
    };
    if (!m_plan) {
        m_planLabel->setText(tr("No training plan covers %1.").arg(year));
        fit();
        return;
    }
    const QString years = m_plan->firstYear == m_plan->lastYear
                              ? QString::number(m_plan->firstYear)
                              : QStringLiteral("%1–%2").arg(m_plan->firstYear).arg(m_plan->lastYear);
    m_planLabel->setText(tr("Training plan %1, consulted: %2").arg(years, label(m_plan->body)));
    for (const PlanDeadline &d : plandeadlines::forPlan(*m_plan, today)) {
        auto *state = cell(stateText(d.state));
        if (d.state == DeadlineState::Overdue || d.state == DeadlineState::DoneLate)
            state->setForeground(severityForeground(Severity::Blocking));
        else if (d.state == DeadlineState::DueSoon)
            state->setForeground(severityForeground(Severity::Warning));
        m_steps->appendRow(
            {cell(label(d.step)),
             cell(formatDate(d.due) + (d.confirmed ? QString() : QLatin1Char(' ') + tr("(unconfirmed)"))),
             cell(d.done.isValid() ? formatDate(d.done) : QStringLiteral("–")), state});
    }
    for (const TrainingPlanItem &i : m_plan->items)
        m_items->appendRow({cell(label(i.category)), cell(i.title), cell(i.targetGroup),
                            cell(i.riskGroup == RiskGroup::None ? QString() : label(i.riskGroup)),
                            cell(QString::number(i.plannedWorkers), true),
                            cell(formatNumber(i.plannedDays), true)});
    // The row knows its planned training, so a change or removal names the right one.
    for (int r = 0; r < m_items->rowCount(); ++r)
        m_items->item(r, 0)->setData(m_plan->items.at(r).uuid, Qt::UserRole);
    updateItemButtons();
    for (const PlanRealisedRow &r : planrealised::compare(*m_plan, company)) {
        const QString what =
            r.riskGroup == RiskGroup::None ? label(r.category) : QStringLiteral("   ") + label(r.riskGroup);
        const QString unknown = tr("not recorded");
        m_realised->appendRow({cell(what), cell(QString::number(r.plannedWorkers), true),
                               cell(formatNumber(r.plannedDays), true),
                               cell(r.realisedKnown ? QString::number(r.realisedWorkers) : unknown, true),
                               cell(r.realisedKnown ? formatNumber(r.realisedDays) : unknown, true)});
    }
    fit();
}

bool TrainingPlanView::savePlan(const TrainingPlan &plan, QString *error)
{
    return m_session->source()->saveTrainingPlan(plan, error);
}

bool TrainingPlanView::createPlan(int firstYear, int lastYear, ConsultedBody body, QString *error)
{
    TrainingPlan p;
    p.uuid = QUuid::createUuid();
    p.employerUuid = m_session->employer();
    p.firstYear = firstYear;
    p.lastYear = lastYear;
    p.body = body;
    return savePlan(p, error);
}

bool TrainingPlanView::addItem(const TrainingPlanItem &item, QString *error)
{
    if (!m_plan) {
        *error = tr("No training plan covers %1.").arg(m_year->value());
        return false;
    }
    TrainingPlan p = *m_plan;
    p.items.append(item);
    return savePlan(p, error);
}

bool TrainingPlanView::changeItem(const TrainingPlanItem &item, QString *error)
{
    TrainingPlan p = m_plan.value_or(TrainingPlan());
    if (!m_plan || !p.replaceItem(item)) {
        *error = tr("The planned training \"%1\" is not in the plan shown.").arg(item.title);
        return false;
    }
    return savePlan(p, error);
}

bool TrainingPlanView::removeItem(const QUuid &itemUuid, QString *error)
{
    TrainingPlan p = m_plan.value_or(TrainingPlan());
    if (!m_plan || !p.removeItem(itemUuid)) {
        *error = tr("That planned training is not in the plan shown.");
        return false;
    }
    return savePlan(p, error);
}

std::optional<TrainingPlanItem> TrainingPlanView::currentItem() const
{
    const QModelIndex current = m_itemsTable->currentIndex();
    if (!m_plan || !current.isValid())
        return std::nullopt;
    const QUuid uuid = m_items->index(current.row(), 0).data(Qt::UserRole).toUuid();
    for (const TrainingPlanItem &i : m_plan->items) {
        if (i.uuid == uuid)
            return i;
    }
    return std::nullopt;
}

void TrainingPlanView::updateItemButtons()
{
    const bool chosen = currentItem().has_value();
    m_changeItem->setEnabled(chosen);
    m_removeItem->setEnabled(chosen);
}

bool TrainingPlanView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_itemsTable && event->type() == QEvent::KeyPress && currentItem()) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_F2) {
            askItem(currentItem());
            return true;
        }
        if (key == Qt::Key_Delete) {
            askRemoveItem();
            return true;
        }
    }
    return ViewPage::eventFilter(watched, event);
}

void TrainingPlanView::askRemoveItem()
{
    const std::optional<TrainingPlanItem> item = currentItem();
    if (!item)
        return;
    if (QMessageBox::question(this, tr("Training plan"),
                              tr("Remove the planned training \"%1\" from the plan?").arg(item->title)) !=
        QMessageBox::Yes)
        return;
    QString error;
    if (!removeItem(item->uuid, &error))
        QMessageBox::warning(this, tr("Training plan"), error);
}

bool TrainingPlanView::logStep(PlanStep step, const QDate &date, QString *error)
{
    if (!m_plan) {
        *error = tr("No training plan covers %1.").arg(m_year->value());
        return false;
    }
    TrainingPlan p = *m_plan;
    p.events.append({step, date, QString()});
    return savePlan(p, error);
}

void TrainingPlanView::askNewPlan()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New training plan"));
    auto *form = new QFormLayout(&dialog);
    auto *last = new QSpinBox(&dialog);
    last->setRange(m_year->value(), m_year->value() + 5);
    last->setGroupSeparatorShown(false);
    auto *body = new QComboBox(&dialog);
    for (ConsultedBody b :
         {ConsultedBody::WorksCouncil, ConsultedBody::UnionDelegation, ConsultedBody::Workers})
        body->addItem(label(b), int(b));
    form->addRow(tr("First year:"), new QLabel(QString::number(m_year->value()), &dialog));
    form->addRow(tr("&Last year:"), last);
    form->addRow(tr("&Consulted:"), body);
    if (!execWithOkCancel(dialog, form))
        return;
    QString error;
    if (!createPlan(m_year->value(), last->value(), ConsultedBody(body->currentData().toInt()), &error))
        QMessageBox::warning(this, tr("Training plan"), error);
}

void TrainingPlanView::askItem(const std::optional<TrainingPlanItem> &existing)
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("plannedTrainingDialog"));
    dialog.setWindowTitle(tr("Planned training"));
    auto *form = new QFormLayout(&dialog);
    auto *category = new QComboBox(&dialog);
    for (TrainingCategory c : {TrainingCategory::FormalContinuing, TrainingCategory::InformalContinuing,
                               TrainingCategory::Initial})
        category->addItem(label(c), int(c));
    auto *titleEdit = new QLineEdit(&dialog);
    titleEdit->setObjectName(QStringLiteral("plannedTitleEdit"));
    auto *target = new QLineEdit(&dialog);
    auto *risk = new QComboBox(&dialog);
    for (RiskGroup g : kRiskGroups)
        risk->addItem(label(g), int(g));
    auto *workers = new QSpinBox(&dialog);
    workers->setObjectName(QStringLiteral("plannedWorkersSpin"));
    workers->setRange(0, 100000);
    auto *days = new QDoubleSpinBox(&dialog);
    days->setRange(0, 365);
    days->setDecimals(1);
    form->addRow(tr("&Category:"), category);
    form->addRow(tr("&Training:"), titleEdit);
    form->addRow(tr("Target &group:"), target);
    form->addRow(tr("&Risk group:"), risk);
    form->addRow(tr("&Workers:"), workers);
    form->addRow(tr("&Days each:"), days);
    if (existing) {
        category->setCurrentIndex(category->findData(int(existing->category)));
        titleEdit->setText(existing->title);
        target->setText(existing->targetGroup);
        risk->setCurrentIndex(risk->findData(int(existing->riskGroup)));
        workers->setValue(existing->plannedWorkers);
        days->setValue(existing->plannedDays);
    }
    if (!execWithOkCancel(dialog, form))
        return;
    TrainingPlanItem item;
    item.uuid = existing ? existing->uuid : QUuid::createUuid();
    item.category = TrainingCategory(category->currentData().toInt());
    item.title = titleEdit->text().trimmed();
    item.targetGroup = target->text().trimmed();
    item.riskGroup = RiskGroup(risk->currentData().toInt());
    item.plannedWorkers = workers->value();
    item.plannedDays = days->value();
    QString error;
    if (item.title.isEmpty())
        QMessageBox::warning(this, tr("Training plan"),
                             tr("The planned training needs a name (field Training)."));
    else if (!(existing ? changeItem(item, &error) : addItem(item, &error)))
        QMessageBox::warning(this, tr("Training plan"), error);
}

void TrainingPlanView::askStep()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Log a consultation step"));
    auto *form = new QFormLayout(&dialog);
    auto *step = new QComboBox(&dialog);
    for (PlanStep s : kPlanSteps)
        step->addItem(label(s), int(s));
    auto *date = new QDateEdit(m_session->clock().today(), &dialog);
    date->setCalendarPopup(true);
    form->addRow(tr("&Step:"), step);
    form->addRow(tr("&Date:"), date);
    if (!execWithOkCancel(dialog, form))
        return;
    QString error;
    if (!logStep(PlanStep(step->currentData().toInt()), date->date(), &error))
        QMessageBox::warning(this, tr("Training plan"), error);
}

} // namespace fla::ui
