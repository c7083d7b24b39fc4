#include "ui/dialogs/TrainingDialog.h"

#include "core/common/Clock.h"
#include "core/domain/CodeLabels.h"
#include "core/domain/Ssin.h"
#include "core/storage/RecordJson.h"
#include "ui/app/Session.h"
#include "ui/data/FieldChecks.h"
#include "ui/dialogs/SaveWhenServerBack.h"
#include "ui/dialogs/TrainingCostsBox.h"
#include "ui/views/ViewPage.h"
#include "ui/widgets/CodeCombo.h"
#include "ui/widgets/DateLineEdit.h"
#include "ui/widgets/DialogForm.h"
#include "ui/widgets/FieldMarker.h"
#include "ui/widgets/Format.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace fla::ui {

// Filters the candidates by name or INSZ, joint committee and employment status.
class PickerFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void set(const QString &text, const QString &committee, const QString &status)
    {
        m_text = text.trimmed();
        m_digits = QString(m_text).remove(QRegularExpression(QStringLiteral("[^0-9]")));
        m_committee = committee;
        m_status = status;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QAbstractItemModel *m = sourceModel();
        using P = ParticipantPickerModel;
        if (!m_committee.isEmpty() &&
            m->index(row, P::JointCommittee, parent).data(P::FilterRole).toString() != m_committee)
            return false;
        if (!m_status.isEmpty() &&
            m->index(row, P::EmploymentStatus, parent).data(P::FilterRole).toString() != m_status)
            return false;
        if (m_text.isEmpty())
            return true;
        if (m->index(row, P::Name, parent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
        const QString ssin = m->index(row, P::Ssin, parent)
                                 .data()
                                 .toString()
                                 .remove(QRegularExpression(QStringLiteral("[^0-9]")));
        return !m_digits.isEmpty() && ssin.contains(m_digits);
    }

private:
    QString m_text;
    QString m_digits;
    QString m_committee;
    QString m_status;
};

TrainingDialog::TrainingDialog(Session *session, Mode mode, const std::optional<Training> &training,
                               QWidget *parent)
    : RecordFormDialog(parent)
    , m_session(session)
    , m_mode(mode)
    , m_original(training)
{
    setObjectName(QStringLiteral("trainingDialog"));
    build();
    if (training) {
        m_endTyped = training->endDate != training->startDate; // a training of several days keeps its end
        fill(*training);
        m_uuid = mode == Mode::Edit ? training->uuid : QUuid::createUuid();
        if (mode == Mode::Duplicate) // a new training, entered today
            m_registered->setDate(session->clock().today());
        m_originalParticipations = session->source()->participantsOf(session->employer(), training->uuid);
    } else {
        m_uuid = QUuid::createUuid();
        const QDate today = session->clock().today();
        m_start->setDate(today);
        m_end->setDate(today);
        m_registered->setDate(today);
    }
    loadCandidates(training ? training->uuid : QUuid());
    retranslate();
    revalidate();
    markUnchanged();
    if (mode == Mode::Edit && training)
        keepStoredFindings();
    m_name->setFocus();
}

TrainingDialog::~TrainingDialog()
{
    // An amount field reformats itself when it loses the focus, also while the form is torn
    // down: not into a half-destroyed form.
    m_costs->disconnect(this);
}

void TrainingDialog::keepStoredFindings()
{
    // What the workspace holds about this training beyond the live checks: the platform's refusal
    // (opened from the Sync view) or a finding across records. Marked at its field until that
    // field is changed.
    m_openedRecord = recordjson::toJson(training());
    const QList<FieldAnomaly> stored = m_session->source()->anomalies(m_session->employer());
    for (const FieldAnomaly &a : stored) {
        const bool live = std::any_of(m_anomalies.cbegin(), m_anomalies.cend(), [&a](const FieldAnomaly &l) {
            return l.code == a.code && l.field == a.field;
        });
        if (a.recordUuid == m_uuid && !live)
            m_storedFindings.append(a);
    }
    revalidate();
}

QByteArray TrainingDialog::formState() const
{
    QByteArray state = QJsonDocument(recordjson::toJson(training())).toJson(QJsonDocument::Compact);
    for (const DateLineEdit *d : {m_start, m_end, m_registered}) // a date not readable yet is a change too
        state += d->text().toUtf8() + '\n';
    for (const auto &c : m_picker->candidates())
        state +=
            c.selected ? (c.followed ? 'F' : 'f') + QByteArray(c.certificate ? "C" : "c") : QByteArray("-");
    return state;
}

QSortFilterProxyModel *TrainingDialog::pickerProxy() const
{
    return m_filter;
}

void TrainingDialog::build()
{
    m_trainingBox = new QGroupBox(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_provider = new QLineEdit(this);
    m_provider->setObjectName(QStringLiteral("providerEdit"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_start = new DateLineEdit(this);
    m_start->setObjectName(QStringLiteral("startEdit"));
    m_end = new DateLineEdit(this);
    m_end->setObjectName(QStringLiteral("endEdit"));
    m_duration = new QDoubleSpinBox(this);
    m_duration->setObjectName(QStringLiteral("durationSpin"));
    m_duration->setDecimals(2);
    m_duration->setRange(0, 9999);
    m_duration->setLocale(QLocale());
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("unitCombo"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    // The items exist from the start (retranslate only names them), so a record is filled in exactly.
    addCodes(m_kind, {TrainingKind::Formal, TrainingKind::Informal});
    addCodes(m_unit, {DurationUnit::Hours, DurationUnit::Days});
    addCodes(m_status, {TrainingStatus::Completed, TrainingStatus::Planned});
    m_registered = new DateLineEdit(this);
    m_registered->setObjectName(QStringLiteral("registeredEdit"));
    m_counts = new QCheckBox(this);
    m_counts->setObjectName(QStringLiteral("countsCheck"));
    m_counts->setChecked(true);
    m_deduct = new QCheckBox(this);
    m_deduct->setObjectName(QStringLiteral("deductCheck"));
    m_deduct->setChecked(true);
    m_issues = new QLabel(this);
    m_issues->setObjectName(QStringLiteral("issuesLabel"));
    m_issues->setWordWrap(true);
    m_issues->setTextFormat(Qt::RichText);
    m_nameLabel = new QLabel(this);
    m_providerLabel = new QLabel(this);
    m_kindLabel = new QLabel(this);
    m_startLabel = new QLabel(this);
    m_endLabel = new QLabel(this);
    m_durationLabel = new QLabel(this);
    m_unitLabel = new QLabel(this);
    m_statusLabel = new QLabel(this);
    m_registeredLabel = new QLabel(this);
    m_registeredLabel->setBuddy(m_registered);
    m_nameLabel->setBuddy(m_name);
    m_providerLabel->setBuddy(m_provider);
    m_kindLabel->setBuddy(m_kind);
    m_startLabel->setBuddy(m_start);
    m_endLabel->setBuddy(m_end);
    m_durationLabel->setBuddy(m_duration);
    m_unitLabel->setBuddy(m_unit);
    m_statusLabel->setBuddy(m_status);
    auto *durationRow = new QHBoxLayout;
    durationRow->addWidget(m_duration, 1);
    durationRow->addWidget(m_unitLabel);
    durationRow->addWidget(m_unit);
    auto *form = new QFormLayout(m_trainingBox);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_providerLabel, m_provider);
    form->addRow(m_kindLabel, m_kind);
    form->addRow(m_startLabel, m_start);
    form->addRow(m_endLabel, m_end);
    form->addRow(m_durationLabel, durationRow);
    form->addRow(m_statusLabel, m_status);
    form->addRow(m_registeredLabel, m_registered);
    form->addRow(m_counts);
    form->addRow(m_deduct);
    form->addRow(m_issues);

    m_participantsBox = new QGroupBox(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("participantSearch"));
    m_search->setClearButtonEnabled(true);
    m_committee = new QComboBox(this);
    m_committee->setObjectName(QStringLiteral("committeeFilter"));
    m_employment = new QComboBox(this);
    m_employment->setObjectName(QStringLiteral("employmentFilter"));
    m_searchLabel = new QLabel(this);
    m_searchLabel->setBuddy(m_search);
    m_committeeLabel = new QLabel(this);
    m_committeeLabel->setBuddy(m_committee);
    m_employmentLabel = new QLabel(this);
    m_employmentLabel->setBuddy(m_employment);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_selectAll = new QPushButton(this);
    m_selectAll->setObjectName(QStringLiteral("selectAllButton"));
    m_selectNone = new QPushButton(this);
    m_selectNone->setObjectName(QStringLiteral("selectNoneButton"));
    m_pasteList = new QPushButton(this);
    m_pasteList->setObjectName(QStringLiteral("pasteListButton"));
    m_picker = new ParticipantPickerModel(this);
    m_filter = new PickerFilter(this);
    m_filter->setSourceModel(m_picker);
    m_filter->setSortLocaleAware(true);
    m_pickerView = new QTableView(this);
    m_pickerView->setObjectName(QStringLiteral("pickerView"));
    setUpTable(m_pickerView);
    // Shift+arrows extend a block of rows, and Space ticks all of it.
    m_pickerView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_pickerView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_pickerView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_pickerView->setModel(m_filter);
    m_pickerView->sortByColumn(ParticipantPickerModel::Name, Qt::AscendingOrder);
    m_pickerView->installEventFilter(this);
    m_search->installEventFilter(this);
    m_duration->installEventFilter(this);
    m_pickerView->horizontalHeader()->setSectionResizeMode(ParticipantPickerModel::Name,
                                                           QHeaderView::Stretch);
    m_pickerView->horizontalHeader()->setStretchLastSection(false);
    for (int c : {int(ParticipantPickerModel::Selected), int(ParticipantPickerModel::Ssin),
                  int(ParticipantPickerModel::JointCommittee), int(ParticipantPickerModel::EmploymentStatus),
                  int(ParticipantPickerModel::Followed), int(ParticipantPickerModel::Certificate)})
        m_pickerView->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_searchLabel);
    filters->addWidget(m_search, 2);
    filters->addWidget(m_committeeLabel);
    filters->addWidget(m_committee, 1);
    filters->addWidget(m_employmentLabel);
    filters->addWidget(m_employment, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_selectAll);
    actions->addWidget(m_selectNone);
    actions->addWidget(m_pasteList);
    actions->addStretch(1);
    actions->addWidget(m_count);
    auto *pl = new QVBoxLayout(m_participantsBox);
    pl->addLayout(filters);
    pl->addWidget(m_pickerView, 1);
    pl->addLayout(actions);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    // Ctrl+Enter saves from anywhere in the dialog, also from the participant list.
    auto *saveAction = new QAction(this);
    saveAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    saveAction->setShortcutContext(Qt::WindowShortcut);
    addAction(saveAction);
    connect(saveAction, &QAction::triggered, this, &TrainingDialog::accept);
    connectOkCancel(m_buttons, this);

    // What the social balance sheet reads, under the training's FLA fields and last in the tab order.
    m_costs = new TrainingCostsBox(this);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_trainingBox);
    leftLayout->addWidget(m_costs);
    leftLayout->addStretch(1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_participantsBox);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);
    m_serverWait = new SaveWhenServerBack(m_session, this, [this] { accept(); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_serverWait->banner());
    layout->addWidget(m_buttons);

    for (QLineEdit *e : {m_name, m_provider, static_cast<QLineEdit *>(m_start),
                         static_cast<QLineEdit *>(m_end), static_cast<QLineEdit *>(m_registered)})
        connect(e, &QLineEdit::textChanged, this, &TrainingDialog::revalidate);
    connect(m_duration, &QDoubleSpinBox::valueChanged, this, &TrainingDialog::revalidate);
    for (QComboBox *c : {m_kind, m_unit, m_status})
        connect(c, &QComboBox::currentIndexChanged, this, &TrainingDialog::revalidate);
    connect(m_counts, &QCheckBox::toggled, this, &TrainingDialog::revalidate);
    connect(m_deduct, &QCheckBox::toggled, this, &TrainingDialog::revalidate);
    connect(m_costs, &TrainingCostsBox::changed, this, &TrainingDialog::revalidate);
    auto refilter = [this] {
        m_filter->set(m_search->text(), m_committee->currentData().toString(),
                      m_employment->currentData().toString());
    };
    connect(m_search, &QLineEdit::textChanged, this, refilter);
    connect(m_committee, &QComboBox::currentIndexChanged, this, refilter);
    connect(m_employment, &QComboBox::currentIndexChanged, this, refilter);
    connect(m_picker, &ParticipantPickerModel::selectionCountChanged, this, &TrainingDialog::updateCount);
    connect(m_selectAll, &QPushButton::clicked, this, [this] { selectAllShown(true); });
    connect(m_selectNone, &QPushButton::clicked, this, [this] { selectAllShown(false); });
    connect(m_pasteList, &QPushButton::clicked, this, &TrainingDialog::pasteSsins);
    // The end date follows the start date the user types, until the user types an end date of their own
    // (most trainings last a day): a visible change of the field, not a default applied on saving.
    connect(m_end, &QLineEdit::textEdited, this, [this] { m_endTyped = true; });
    connect(m_start, &QLineEdit::textEdited, this, [this] {
        const QDate start = m_start->date();
        if (!m_endTyped && start.isValid())
            m_end->setDate(start);
    });

    setTabOrder(m_name, m_provider);
    setTabOrder(m_provider, m_kind);
    setTabOrder(m_kind, m_start);
    setTabOrder(m_start, m_end);
    setTabOrder(m_end, m_duration);
    setTabOrder(m_duration, m_unit);
    setTabOrder(m_unit, m_status);
    setTabOrder(m_status, m_registered);
    setTabOrder(m_registered, m_counts);
    setTabOrder(m_counts, m_deduct);
    setTabOrder(m_deduct, m_search);
    setTabOrder(m_search, m_committee);
    setTabOrder(m_committee, m_employment);
    setTabOrder(m_employment, m_pickerView);
    setTabOrder(m_pickerView, m_selectAll);
    setTabOrder(m_selectAll, m_selectNone);
    setTabOrder(m_selectNone, m_pasteList);
    setTabOrder(m_pasteList, m_costs->firstField());
    QWidget *previous = m_costs->firstField();
    for (const QString &key : TrainingCostsBox::fieldKeys()) {
        QWidget *w = m_costs->fieldWidget(key);
        if (w != previous)
            setTabOrder(previous, w);
        previous = w;
    }
    resize(1180, 760);
}

void TrainingDialog::retranslate()
{
    switch (m_mode) {
    case Mode::New:
        setWindowTitle(tr("New training"));
        break;
    case Mode::Edit:
        setWindowTitle(tr("Training"));
        break;
    case Mode::Duplicate:
        setWindowTitle(tr("Duplicate training"));
        break;
    }
    m_trainingBox->setTitle(tr("Training"));
    m_costs->retranslate();
    m_participantsBox->setTitle(tr("Participants"));
    m_nameLabel->setText(tr("&Name:"));
    m_providerLabel->setText(tr("P&rovider:"));
    m_kindLabel->setText(tr("&Kind:"));
    m_startLabel->setText(tr("&Start date:"));
    m_endLabel->setText(tr("&End date:"));
    m_durationLabel->setText(tr("D&uration:"));
    m_unitLabel->setText(tr("Un&it:"));
    m_statusLabel->setText(tr("S&tatus:"));
    m_counts->setText(tr("&Counts for the learning account"));
    m_deduct->setText(tr("&Deducted from the training right"));
    m_name->setAccessibleName(tr("Name of the training"));
    m_provider->setAccessibleName(tr("Provider"));
    m_kind->setAccessibleName(tr("Kind"));
    m_start->setAccessibleName(tr("Start date"));
    m_end->setAccessibleName(tr("End date"));
    m_duration->setAccessibleName(tr("Duration"));
    m_unit->setAccessibleName(tr("Unit"));
    m_status->setAccessibleName(tr("Status"));
    m_name->setPlaceholderText(tr("e.g. First aid at work"));
    nameCodes<TrainingKind>(m_kind);
    m_kind->setToolTip(
        tr("Formal: a teacher, a group, a separate room, course material. Informal: everything "
           "else, such as coaching, learning on the job, workshops, conferences."));
    nameCodes<DurationUnit>(m_unit);
    nameCodes<TrainingStatus>(m_status);
    m_registeredLabel->setText(tr("Re&gistered on:"));
    m_registered->setAccessibleName(tr("Registration date"));
    m_registered->setToolTip(tr("The day the training was entered; the quarterly deadline is judged on it"));

    m_searchLabel->setText(tr("Searc&h:"));
    m_search->setPlaceholderText(tr("Name or INSZ"));
    m_search->setAccessibleName(tr("Search participants by name or INSZ"));
    m_committeeLabel->setText(tr("&Joint committee:"));
    m_committee->setAccessibleName(tr("Filter by joint committee"));
    m_employmentLabel->setText(tr("E&mployment:"));
    m_employment->setAccessibleName(tr("Filter by employment status"));
    const int emp = m_employment->currentIndex();
    m_employment->clear();
    m_employment->addItem(tr("Employed"), QStringLiteral("current"));
    m_employment->addItem(tr("Left"), QStringLiteral("ended"));
    m_employment->addItem(tr("All"), QString());
    m_employment->setCurrentIndex(qMax(0, emp));
    if (m_committee->count() > 0)
        m_committee->setItemText(0, tr("All"));
    m_pickerView->setAccessibleName(tr("Workers who take part: Space ticks or unticks the current worker"));
    m_selectAll->setText(tr("Select &all shown"));
    m_selectNone->setText(tr("Select n&one"));
    m_pasteList->setText(tr("&Paste INSZ list"));
    m_pasteList->setToolTip(tr("Selects the workers whose INSZ are on the clipboard, for example a column "
                               "copied from a spreadsheet"));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("Sa&ve"));
    m_buttons->button(QDialogButtonBox::Save)->setToolTip(tr("Save (Ctrl+Enter)"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_picker->retranslate();
    updateCount();
    revalidate();
}

void TrainingDialog::keyPressEvent(QKeyEvent *e)
{
    // Ctrl+Enter saves, also when a child (the participant list) passes the key on.
    if ((e->key() == Qt::Key_Return || e->key() == Qt::Key_Enter) && (e->modifiers() & Qt::ControlModifier)) {
        accept();
        return;
    }
    QDialog::keyPressEvent(e);
}

bool TrainingDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_duration && event->type() == QEvent::FocusIn) // typing replaces the 0
        QTimer::singleShot(0, m_duration, &QDoubleSpinBox::selectAll);
    if (watched == m_pickerView && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Space) {
            tickWithSpace();
            return true;
        }
    }
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
                           key->modifiers() == Qt::NoModifier;
        if (enter && m_filter->rowCount() == 1 && !m_search->text().isEmpty()) {
            // Type-ahead picking: a name or INSZ that finds one worker, Enter ticks them, and the next can be
            // typed.
            const int row = m_filter->mapToSource(m_filter->index(0, 0)).row();
            if (m_picker->index(row, ParticipantPickerModel::Selected).data(Qt::CheckStateRole).toInt() !=
                Qt::Checked)
                m_picker->toggle(row);
            m_search->clear();
            return true;
        }
        if ((key->key() == Qt::Key_Down || enter) &&
            m_filter->rowCount() > 0) { // on to the list of what was found
            m_pickerView->setFocus();
            m_pickerView->setCurrentIndex(m_filter->index(0, ParticipantPickerModel::Name));
            return true;
        }
        if (enter)
            return true; // Enter in the search box never saves the form
    }
    return QDialog::eventFilter(watched, event);
}

void TrainingDialog::tickWithSpace()
{
    const QModelIndex current = m_pickerView->currentIndex();
    if (!current.isValid())
        return;
    const int col = current.column();
    if (col == ParticipantPickerModel::Followed || col == ParticipantPickerModel::Certificate) {
        const QModelIndex cell = m_picker->index(m_filter->mapToSource(current).row(), col);
        const bool on = cell.data(Qt::CheckStateRole).toInt() == Qt::Checked;
        m_picker->setData(cell, on ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
        return;
    }
    QList<int> rows;
    for (const QModelIndex &r : m_pickerView->selectionModel()->selectedRows())
        rows << m_filter->mapToSource(r).row();
    if (rows.size() <= 1) {
        // One row: tick or untick it and move down, so Space Space Space picks the next ones.
        m_picker->toggle(m_filter->mapToSource(current).row());
        if (current.row() + 1 < m_filter->rowCount())
            m_pickerView->setCurrentIndex(m_filter->index(current.row() + 1, current.column()));
        return;
    }
    // A block: all of it ticked, or unticked when it was all ticked already.
    const bool allTicked = std::all_of(rows.cbegin(), rows.cend(), [this](int row) {
        return m_picker->index(row, ParticipantPickerModel::Selected).data(Qt::CheckStateRole).toInt() ==
               Qt::Checked;
    });
    for (int row : std::as_const(rows)) {
        const bool ticked =
            m_picker->index(row, ParticipantPickerModel::Selected).data(Qt::CheckStateRole).toInt() ==
            Qt::Checked;
        if (ticked == allTicked)
            m_picker->toggle(row);
    }
}

void TrainingDialog::fill(const Training &t)
{
    m_name->setText(t.name);
    m_provider->setText(t.provider);
    m_kind->setCurrentIndex(m_kind->findData(int(t.kind)));
    m_start->setDate(t.startDate);
    m_end->setDate(t.endDate);
    m_duration->setValue(t.duration);
    m_filledDuration = m_duration->value(); // rounded or bounded by the spin box
    m_unit->setCurrentIndex(m_unit->findData(int(t.unit)));
    m_status->setCurrentIndex(m_status->findData(int(t.status)));
    m_registered->setDate(t.registeredOn);
    m_counts->setChecked(t.countsForFla);
    m_deduct->setChecked(t.deductFromRight);
    m_costs->fill(t);
}

void TrainingDialog::loadCandidates(const QUuid &trainingUuid)
{
    const QUuid employer = m_session->employer();
    const QDate today = m_session->clock().today();
    QHash<QUuid, Employment> latest;
    const QList<Employment> employments = m_session->source()->employments(employer);
    for (const auto &e : employments) {
        const auto it = latest.constFind(e.workerUuid);
        if (it == latest.constEnd() || it->startDate < e.startDate)
            latest.insert(e.workerUuid, e);
    }
    QHash<QUuid, Participation> existing;
    if (!trainingUuid.isNull()) {
        const QList<Participation> parts = m_session->source()->participantsOf(employer, trainingUuid);
        for (const auto &p : parts)
            existing.insert(p.workerUuid, p);
    }
    QList<ParticipantPickerModel::Candidate> list;
    QSet<QString> committees;
    const QList<Worker> workers = m_session->source()->workers(employer);
    for (const auto &w : workers) {
        ParticipantPickerModel::Candidate c;
        c.worker = w;
        const Employment e = latest.value(w.uuid);
        c.jointCommittee = e.jointCommittee;
        c.employed = !e.endDate.isValid() || e.endDate >= today;
        if (!c.jointCommittee.isEmpty())
            committees.insert(c.jointCommittee);
        const auto p = existing.constFind(w.uuid);
        if (p != existing.constEnd()) {
            c.selected = true;
            c.followed = p->followed;
            c.certificate = p->certificate;
            if (m_mode == Mode::Edit)
                c.participationUuid = p->uuid;
        }
        list.append(c);
    }
    m_picker->setCandidates(list);
    m_committee->clear();
    m_committee->addItem(tr("All"), QString());
    QStringList sorted(committees.begin(), committees.end());
    sorted.sort();
    for (const QString &c : std::as_const(sorted))
        m_committee->addItem(c, c);
}

Training TrainingDialog::training() const
{
    Training t = m_original && m_mode == Mode::Edit ? *m_original : Training();
    t.uuid = m_uuid;
    t.employerUuid = m_session->employer();
    t.name = m_name->text().trimmed();
    t.provider = m_provider->text().trimmed();
    t.kind = codeOf<TrainingKind>(m_kind);
    t.startDate = m_start->date();
    t.endDate = m_end->date();
    // Untouched, the duration stays as stored (1,333 hours, or a negative one the spin box cannot show).
    t.duration =
        m_original && m_duration->value() == m_filledDuration ? m_original->duration : m_duration->value();
    t.unit = codeOf<DurationUnit>(m_unit);
    t.status = codeOf<TrainingStatus>(m_status);
    t.countsForFla = m_counts->isChecked();
    t.deductFromRight = m_deduct->isChecked();
    t.registeredOn = m_registered->date();
    m_costs->apply(t);
    return t;
}

QWidget *TrainingDialog::fieldWidget(const QString &field) const
{
    if (field == QLatin1String("name"))
        return m_name;
    if (field == QLatin1String("provider"))
        return m_provider;
    if (field == QLatin1String("startDate"))
        return m_start;
    if (field == QLatin1String("endDate"))
        return m_end;
    if (field == QLatin1String("duration"))
        return m_duration;
    if (field == QLatin1String("status"))
        return m_status;
    if (field == QLatin1String("kind"))
        return m_kind;
    if (field == QLatin1String("countsForFla"))
        return m_counts;
    if (field == QLatin1String("registeredOn"))
        return m_registered;
    if (field == QLatin1String("cost")) // the anomaly catalogue's name of the direct costs
        return m_costs->fieldWidget(QStringLiteral("costCents"));
    return m_costs->fieldWidget(field);
}

void TrainingDialog::focusField(const QString &field)
{
    if (QWidget *w = fieldWidget(field))
        w->setFocus();
}

void TrainingDialog::revalidate()
{
    if (!m_kind || m_kind->count() == 0)
        return;
    const Training t = training();
    m_anomalies = FieldChecks::checkTraining(t, m_session->clock());
    // A date that cannot be read is a blocking finding of its own.
    for (DateLineEdit *d : {m_start, m_end, m_registered}) {
        if (!d->isEmpty() && !d->date().isValid()) {
            const QString field = d == m_start ? QStringLiteral("startDate")
                                  : d == m_end ? QStringLiteral("endDate")
                                               : QStringLiteral("registeredOn");
            // Not a finding of the engine: it only sees dates, not what is being typed.
            m_anomalies.erase(std::remove_if(m_anomalies.begin(), m_anomalies.end(),
                                             [&field](const FieldAnomaly &a) { return a.field == field; }),
                              m_anomalies.end());
            m_anomalies.prepend(FieldAnomaly{
                QStringLiteral("UI-001"), Severity::Blocking, RecordKind::Training, t.uuid, field,
                FieldChecks::withRecord(FieldChecks::recordLabel(t), RecordKind::Training, field,
                                        tr("\"%1\" is not a date: write dd/mm/yyyy").arg(d->text()))});
        }
    }
    // An amount that cannot be read blocks saving, as a date does.
    if (const QString money = m_costs->unreadableField(); !money.isEmpty()) {
        m_anomalies.prepend(FieldAnomaly{
            QStringLiteral("UI-001"), Severity::Blocking, RecordKind::Training, t.uuid, money,
            FieldChecks::withRecord(FieldChecks::recordLabel(t), RecordKind::Training, money,
                                    tr("\"%1\" is not an amount in euros").arg(m_costs->typedText(money)))});
    }
    const QJsonObject now = recordjson::toJson(t);
    for (const FieldAnomaly &a : std::as_const(m_storedFindings)) {
        if (now.value(a.field) == m_openedRecord.value(a.field))
            m_anomalies.append(a);
    }
    for (const char *f : {"name", "provider", "startDate", "endDate", "duration", "status", "registeredOn"})
        markField(fieldWidget(QString::fromLatin1(f)), m_anomalies, QString::fromLatin1(f));
    for (const QString &f : TrainingCostsBox::fieldKeys())
        markField(m_costs->fieldWidget(f), m_anomalies,
                  f == QLatin1String("costCents") ? QStringLiteral("cost") : f);
    QStringList lines;
    for (const auto &a : std::as_const(m_anomalies)) {
        const QString color = severityForeground(a.severity).name();
        lines.append(QStringLiteral("<span style=\"color:%1\">%2</span>")
                         .arg(color, FieldChecks::tr("%1: %2").arg(
                                         QStringLiteral("<b>%1</b>")
                                             .arg(FieldChecks::severityName(a.severity).toHtmlEscaped()),
                                         a.message.toHtmlEscaped())));
    }
    m_issues->setText(lines.join(QLatin1String("<br>")));
    m_issues->setAccessibleName(tr("Anomalies of this training"));
    m_issues->setAccessibleDescription(
        QString(m_issues->text()).remove(QRegularExpression(QStringLiteral("<[^>]*>"))));
}

void TrainingDialog::updateCount()
{
    m_count->setText(
        tr("%n of %1 workers take part", nullptr, m_picker->selectedCount()).arg(m_picker->rowCount()));
}

void TrainingDialog::selectAllShown(bool on)
{
    for (int r = 0; r < m_filter->rowCount(); ++r)
        m_picker->setSelected(m_filter->mapToSource(m_filter->index(r, 0)).row(), on);
}

QStringList TrainingDialog::selectBySsinList(const QString &text)
{
    QStringList missing;
    const QStringList tokens =
        text.split(QRegularExpression(QStringLiteral("[\\t\\n\\r;,]+")), Qt::SkipEmptyParts);
    for (const QString &tok : tokens) {
        const Ssin s = Ssin::parse(tok);
        if (!s.isWellFormed())
            continue; // a header or a name in the same block
        const int row = m_picker->rowOfSsin(s.normalized());
        if (row < 0)
            missing.append(s.display());
        else
            m_picker->setSelected(row, true);
    }
    return missing;
}

void TrainingDialog::pasteSsins()
{
    const QStringList missing = selectBySsinList(QApplication::clipboard()->text());
    if (!missing.isEmpty())
        QMessageBox::information(this, tr("Paste INSZ list"),
                                 tr("No worker of this company has these INSZ; they were not selected:\n%1")
                                     .arg(missing.join(QLatin1Char('\n'))));
}

bool TrainingDialog::save()
{
    if (m_mode == Mode::Edit && !hasUnsavedChanges())
        return true; // nothing to save: no write, no undo step
    const Training t = training();
    QStringList problems;
    for (const auto &a : std::as_const(m_anomalies)) {
        // What cannot be stored: a missing name or date, a date that cannot be read.
        if (a.code == QLatin1String("GN-001") || a.code == QLatin1String("UI-001"))
            problems.append(a.message);
    }
    if (!problems.isEmpty()) {
        QMessageBox::warning(
            this, tr("Training not saved"),
            tr("This training cannot be saved yet:\n%1").arg(problems.join(QLatin1Char('\n'))));
        return false;
    }
    // A team server that is gone: nothing is written, the form keeps what was typed.
    // Named as it is stored (an edit), or as typed (a new one).
    const Training &named = m_mode == Mode::Edit && m_original ? *m_original : t;
    if (!m_serverWait->ready(FieldChecks::recordLabel(AnyRecord(named))))
        return false;
    const QList<ParticipantPickerModel::Candidate> &cands = m_picker->candidates();
    QHash<QUuid, Participation> before;
    for (const auto &p : std::as_const(m_originalParticipations))
        before.insert(p.workerUuid, p);
    const int n = m_picker->selectedCount();
    m_session->beginGroup(m_mode == Mode::Edit
                              ? tr("Edit training %1").arg(t.name)
                              : tr("Enter training %1 for %n worker(s)", nullptr, n).arg(t.name));
    bool saved = true; // every step of the group; the dialog stays open otherwise
    if (m_mode == Mode::Edit && m_original)
        saved =
            m_session->saveRecord(AnyRecord(*m_original), AnyRecord(t), tr("Edit training %1").arg(t.name));
    else
        saved = m_session->saveRecord(std::nullopt, AnyRecord(t), tr("Add training %1").arg(t.name));
    for (const auto &c : cands) {
        const bool had = m_mode == Mode::Edit && before.contains(c.worker.uuid);
        if (c.selected) {
            Participation p = had ? before.value(c.worker.uuid) : Participation();
            if (!had) {
                p.uuid = QUuid::createUuid();
                p.employerUuid = t.employerUuid;
                p.trainingUuid = t.uuid;
                p.workerUuid = c.worker.uuid;
            }
            const bool changed = !had || p.followed != c.followed || p.certificate != c.certificate;
            p.followed = c.followed;
            p.certificate = c.certificate;
            if (changed)
                saved &= m_session->saveRecord(
                    had ? std::optional<AnyRecord>(AnyRecord(before.value(c.worker.uuid))) : std::nullopt,
                    AnyRecord(p), tr("Participation"));
        } else if (had) {
            m_session->removeRecord(AnyRecord(before.value(c.worker.uuid)), tr("Remove participant"));
        }
    }
    if (!m_session->endGroup() || !saved) {
        // Nothing of the training or its participants was kept; the dialog keeps
        // everything, and a server that went mid-way is waited for.
        if (m_session->groupMetUnreachableServer())
            m_serverWait->ready(FieldChecks::recordLabel(AnyRecord(named)));
        return false;
    }
    return true;
}

void TrainingDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace fla::ui
