#include "ui/views/TrainingsView.h"

#include "core/common/Clock.h"
#include "core/domain/CodeLabels.h"
#include "core/domain/Ssin.h"
#include "ui/app/Session.h"
#include "ui/data/FieldChecks.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace fla::ui {

TrainingsView::TrainingsView(Session *session, QWidget *parent)
    : ViewPage(session, parent)
    , m_trainings(new RecordTableModel<Training>(this))
    , m_participants(new RecordTableModel<Participation>(this))
    , m_participantTable(new QTableView(this))
    , m_heading(new QLabel(this))
    , m_participantHeading(new QLabel(this))
    , m_filterLabel(new QLabel(this))
    , m_new(new QPushButton(this))
    , m_open(new QPushButton(this))
    , m_duplicate(new QPushButton(this))
    , m_delete(new QPushButton(this))
{
    setObjectName(QStringLiteral("trainingsView"));
    using C = RecordTableModel<Training>::Column;
    m_trainings->setColumns({
        C{{}, QStringLiteral("name"), [](const Training &t, int) -> QVariant { return t.name; }},
        C{{},
          QStringLiteral("startDate"),
          [](const Training &t, int role) -> QVariant {
              return role == SortRole ? QVariant(t.startDate) : QVariant(formatDate(t.startDate));
          }},
        C{{},
          QStringLiteral("endDate"),
          [](const Training &t, int role) -> QVariant {
              return role == SortRole ? QVariant(t.endDate) : QVariant(formatDate(t.endDate));
          }},
        C{{},
          QStringLiteral("duration"),
          [](const Training &t, int role) -> QVariant {
              if (role == SortRole)
                  return t.unit == DurationUnit::Days ? t.duration * 8 : t.duration;
              return formatDuration(t.duration, t.unit);
          }},
        C{{}, QStringLiteral("kind"), [](const Training &t, int) -> QVariant { return codeLabel(t.kind); }},
        C{{},
          QStringLiteral("status"),
          [](const Training &t, int) -> QVariant { return codeLabel(t.status); }},
        C{[] { return tr("Participants"); }, QStringLiteral("participants"),
          [this](const Training &t, int) -> QVariant {
              // Counted when first shown: a workspace may hold many trainings.
              auto it = m_participantCount.find(t.uuid);
              if (it == m_participantCount.end())
                  it = m_participantCount.insert(
                      t.uuid, m_session->source()->participantCount(t.employerUuid, t.uuid));
              return *it;
          }},
        C{{}, QStringLiteral("provider"), [](const Training &t, int) -> QVariant { return t.provider; }},
    });

    using P = RecordTableModel<Participation>::Column;
    auto boolColumn = [](bool Participation::*member) {
        return [member](const Participation &p, int role) -> QVariant {
            if (role == Qt::CheckStateRole)
                return p.*member ? Qt::Checked : Qt::Unchecked;
            if (role == SortRole)
                return p.*member;
            return {};
        };
    };
    auto boolSetter = [](bool Participation::*member) {
        return [member](Participation &p, const QVariant &v, int) {
            p.*member = v.toInt() == Qt::Checked;
            return true;
        };
    };
    m_participants->setColumns({
        P{[] { return tr("Worker"); }, QStringLiteral("worker"),
          [this](const Participation &p, int) -> QVariant {
              const Worker w = m_workers.value(p.workerUuid);
              return QString(w.familyName + QLatin1Char(' ') + w.givenName).trimmed();
          }},
        P{[] { return tr("INSZ"); }, QStringLiteral("ssin"),
          [this](const Participation &p, int) -> QVariant {
              return Ssin::parse(m_workers.value(p.workerUuid).ssin).display();
          }},
        P{{},
          QStringLiteral("followed"),
          boolColumn(&Participation::followed),
          boolSetter(&Participation::followed),
          true},
        P{{},
          QStringLiteral("certificate"),
          boolColumn(&Participation::certificate),
          boolSetter(&Participation::certificate),
          true},
    });
    m_participants->onEdit = [this](const Participation &before, const Participation &after) {
        m_session->saveRecord(AnyRecord(before), AnyRecord(after), tr("Edit participation"));
    };

    useModel(m_trainings);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->installEventFilter(this);
    m_participantTable->setObjectName(QStringLiteral("participantTable"));
    setUpTable(m_participantTable);
    m_participantTable->setModel(m_participants);
    fitColumnsOnFirstLoad(m_participantTable);

    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &idx) {
        if (const auto t = currentTraining())
            emit openTrainingRequested(*t, m_trainings->fieldOfColumn(m_proxy->mapToSource(idx).column()));
    });
    connect(m_new, &QPushButton::clicked, this, &TrainingsView::newTrainingRequested);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const auto t = currentTraining())
            emit openTrainingRequested(*t, QString());
    });
    connect(m_duplicate, &QPushButton::clicked, this, [this] {
        if (const auto t = currentTraining())
            emit duplicateTrainingRequested(*t);
    });
    connect(m_delete, &QPushButton::clicked, this, &TrainingsView::deleteSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TrainingsView::showParticipantsOfCurrent);

    auto *top = new QHBoxLayout;
    m_filterLabel->setBuddy(m_filter);
    top->addWidget(m_filterLabel);
    top->addWidget(m_filter, 1);
    top->addWidget(m_new);
    top->addWidget(m_open);
    top->addWidget(m_duplicate);
    top->addWidget(m_delete);
    auto *lower = new QWidget(this);
    auto *ll = new QVBoxLayout(lower);
    ll->setContentsMargins(0, 0, 0, 0);
    m_participantHeading->setBuddy(m_participantTable);
    ll->addWidget(m_participantHeading);
    ll->addWidget(m_participantTable);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("trainingsSplitter"));
    split->addWidget(m_table);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    setTabOrder(m_filter, m_new);
    setTabOrder(m_new, m_open);
    setTabOrder(m_open, m_duplicate);
    setTabOrder(m_duplicate, m_delete);
    setTabOrder(m_delete, m_table);
    setTabOrder(m_table, m_participantTable);
    watch({RecordKind::Training, RecordKind::Participation, RecordKind::Worker});
    retranslate();
    reload();
    m_table->sortByColumn(1, Qt::DescendingOrder);
}

void TrainingsView::retranslate()
{
    m_heading->setText(QStringLiteral("<h2>%1</h2>").arg(tr("Trainings").toHtmlEscaped()));
    m_filterLabel->setText(tr("&Search:"));
    m_filter->setPlaceholderText(tr("Name, provider or date"));
    m_filter->setAccessibleName(tr("Search trainings"));
    m_new->setText(tr("&New training…"));
    m_new->setToolTip(tr("Enter one training for many workers (Ctrl+N)"));
    m_open->setText(tr("&Open"));
    m_duplicate->setText(tr("D&uplicate"));
    m_duplicate->setToolTip(tr("A new training with the same fields and participants (Ctrl+D)"));
    m_delete->setText(tr("Delete"));
    m_table->setAccessibleName(tr("Trainings: Enter opens the selected training"));
    m_participantHeading->setText(tr("P&articipants of the selected training"));
    m_participantTable->setAccessibleName(tr("Participants of the selected training"));
    m_participants->retranslate();
}

bool TrainingsView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (const auto t = currentTraining())
                emit openTrainingRequested(*t, QString());
            return true;
        }
        if (key->key() == Qt::Key_Delete) {
            deleteSelected();
            return true;
        }
    }
    return ViewPage::eventFilter(watched, event);
}

void TrainingsView::reload()
{
    const QUuid employer = m_session->employer();
    const QUuid current = m_table->currentIndex().data(UuidRole).toUuid();
    m_workers.clear();
    const QList<Worker> workers = m_session->source()->workers(employer);
    for (const auto &w : workers)
        m_workers.insert(w.uuid, w);
    const QList<Training> trainings = m_session->source()->trainings(employer);
    m_participantCount.clear();
    QList<FieldAnomaly> anomalies;
    m_participationAnomalies.clear();
    const QList<FieldAnomaly> all = m_session->source()->anomalies(employer);
    for (const auto &a : all) {
        if (a.kind == RecordKind::Training)
            anomalies.append(a);
        else if (a.kind == RecordKind::Participation) // marked in the participants' table
            m_participationAnomalies.append(a);
    }
    FieldChecks::nameRecords(anomalies, *m_session->source(), employer);
    m_trainings->setRecords(trainings, anomalies);
    if (!current.isNull())
        selectInTable(current, QString(), false);
    else if (m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    showParticipantsOfCurrent();
}

std::optional<Training> TrainingsView::currentTraining() const
{
    const int row = m_trainings->rowOfUuid(m_table->currentIndex().data(UuidRole).toUuid());
    if (row < 0)
        return std::nullopt;
    return m_trainings->record(row);
}

void TrainingsView::showParticipantsOfCurrent()
{
    const auto t = currentTraining();
    if (!t) {
        m_participants->setRecords({});
        return;
    }
    QList<Participation> parts = m_session->source()->participantsOf(m_session->employer(), t->uuid);
    std::sort(parts.begin(), parts.end(), [this](const Participation &a, const Participation &b) {
        return m_workers.value(a.workerUuid)
                   .familyName.localeAwareCompare(m_workers.value(b.workerUuid).familyName) < 0;
    });
    m_participants->setRecords(parts, m_participationAnomalies);
}

bool TrainingsView::showRecord(RecordKind kind, const QUuid &uuid, const QString &field)
{
    if (kind == RecordKind::Participation) {
        const auto rec = m_session->source()->find(kind, m_session->employer(), uuid);
        if (!rec)
            return false;
        selectInTable(std::get<Participation>(*rec).trainingUuid, QString(), false);
        const int row = m_participants->rowOfUuid(uuid);
        m_participantTable->setCurrentIndex(m_participants->index(row, m_participants->columnOfField(field)));
        m_participantTable->setFocus();
        return true;
    }
    return selectInTable(uuid, field, false);
}

void TrainingsView::deleteSelected()
{
    const auto t = currentTraining();
    if (!t)
        return;
    const QList<Participation> parts = m_session->source()->participantsOf(m_session->employer(), t->uuid);
    m_session->beginGroup(tr("Delete training %1").arg(t->name));
    for (const auto &p : parts)
        m_session->removeRecord(AnyRecord(p), tr("Remove participant"));
    m_session->removeRecord(AnyRecord(*t), tr("Delete training %1").arg(t->name));
    m_session->endGroup();
}

} // namespace fla::ui
