#include "ui/views/WorkersView.h"

#include "core/common/Clock.h"
#include "core/domain/CodeLabels.h"
#include "core/domain/JointCommittee.h"
#include "core/domain/Ssin.h"
#include "core/domain/WorkerSex.h"
#include "core/io/LocalValues.h"
#include "ui/app/Session.h"
#include "ui/data/FieldChecks.h"
#include "ui/data/PasteParser.h"
#include "ui/widgets/SsinCellDelegate.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
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

namespace {

QString workerText(const Worker &w)
{
    return QString(w.familyName + QLatin1Char(' ') + w.givenName).trimmed();
}

} // namespace

WorkersView::WorkersView(Session *session, QWidget *parent)
    : ViewPage(session, parent)
    , m_workers(new RecordTableModel<Worker>(this))
    , m_employments(new RecordTableModel<Employment>(this))
    , m_employmentTable(new QTableView(this))
    , m_heading(new QLabel(this))
    , m_employmentHeading(new QLabel(this))
    , m_filterLabel(new QLabel(this))
    , m_add(new QPushButton(this))
    , m_paste(new QPushButton(this))
    , m_delete(new QPushButton(this))
{
    setObjectName(QStringLiteral("workersView"));
    using C = RecordTableModel<Worker>::Column;
    auto text = [](auto getter) { return [getter](const Worker &w, int) -> QVariant { return getter(w); }; };
    m_workers->setColumns({
        C{{},
          QStringLiteral("ssin"),
          [](const Worker &w, int role) -> QVariant {
              return role == Qt::EditRole ? w.ssin : Ssin::parse(w.ssin).display();
          },
          [](Worker &w, const QVariant &v, int) {
              w.ssin = Ssin::parse(v.toString()).normalized();
              if (!w.birthDate.isValid())
                  w.birthDate = Ssin::parse(w.ssin).birthDate();
              return true;
          }},
        C{{},
          QStringLiteral("familyName"),
          text([](const Worker &w) { return w.familyName; }),
          [](Worker &w, const QVariant &v, int) {
              w.familyName = v.toString().trimmed();
              return true;
          }},
        C{{},
          QStringLiteral("givenName"),
          text([](const Worker &w) { return w.givenName; }),
          [](Worker &w, const QVariant &v, int) {
              w.givenName = v.toString().trimmed();
              return true;
          }},
        C{{},
          QStringLiteral("birthDate"),
          [](const Worker &w, int role) -> QVariant {
              return role == SortRole ? QVariant(w.birthDate) : QVariant(formatDate(w.birthDate));
          },
          [](Worker &w, const QVariant &v, int) {
              const QString t = v.toString().trimmed();
              if (t.isEmpty()) {
                  w.birthDate = {};
                  return true;
              }
              const auto d = PasteParser::readDate(t);
              if (!d)
                  return false;
              w.birthDate = *d;
              return true;
          }},
        C{{},
          QStringLiteral("language"),
          [](const Worker &w, int) -> QVariant { return codeLabel(w.language); }},
        C{[] { return tr("Joint committee"); }, QStringLiteral("jointCommittee"),
          [this](const Worker &w, int) -> QVariant {
              return m_latestEmployment.value(w.uuid).jointCommittee;
          }},
        C{[] { return tr("Employed since"); }, QStringLiteral("employment"),
          [this](const Worker &w, int role) -> QVariant {
              const Employment e = m_latestEmployment.value(w.uuid);
              if (role == SortRole)
                  return e.startDate;
              if (e.endDate.isValid())
                  return tr("%1 to %2").arg(formatDate(e.startDate), formatDate(e.endDate));
              return formatDate(e.startDate);
          }},
        // The social balance sheet's sex: as stated, else the INSZ's, marked so.
        C{[] { return tr("Sex"); }, QStringLiteral("sex"),
          [](const Worker &w, int) -> QVariant {
              if (w.sex != StatedSex::Unstated)
                  return codeLabel(w.sex);
              switch (sexOf(w)) {
              case Ssin::Sex::Male:
                  return tr("%1 (INSZ)").arg(codeLabel(StatedSex::Male));
              case Ssin::Sex::Female:
                  return tr("%1 (INSZ)").arg(codeLabel(StatedSex::Female));
              case Ssin::Sex::Unknown:
                  break;
              }
              return tr("unknown");
          },
          [](Worker &w, const QVariant &v, int) {
              const QString t = v.toString().trimmed();
              if (t.isEmpty()) {
                  w.sex = StatedSex::Unstated;
                  return true;
              }
              const auto sex = localvalues::parseSex(t);
              if (!sex)
                  return false;
              w.sex = *sex;
              return true;
          }},
    });
    m_workers->onEdit = [this](const Worker &before, const Worker &after) {
        m_session->saveRecord(AnyRecord(before), AnyRecord(after),
                              tr("Edit worker %1").arg(workerText(after)));
    };

    using E = RecordTableModel<Employment>::Column;
    m_employments->setColumns({
        E{{},
          QStringLiteral("startDate"),
          [](const Employment &e, int role) -> QVariant {
              return role == SortRole ? QVariant(e.startDate) : QVariant(formatDate(e.startDate));
          },
          [](Employment &e, const QVariant &v, int) {
              const auto d = PasteParser::readDate(v.toString());
              if (!d)
                  return false;
              e.startDate = *d;
              return true;
          }},
        E{{},
          QStringLiteral("endDate"),
          [](const Employment &e, int role) -> QVariant {
              return role == SortRole ? QVariant(e.endDate) : QVariant(formatDate(e.endDate));
          },
          [](Employment &e, const QVariant &v, int) {
              if (v.toString().trimmed().isEmpty()) {
                  e.endDate = {};
                  return true;
              }
              const auto d = PasteParser::readDate(v.toString());
              if (!d)
                  return false;
              e.endDate = *d;
              return true;
          }},
        E{{},
          QStringLiteral("workRegime"),
          [](const Employment &e, int role) -> QVariant {
              return role == SortRole ? QVariant(e.workRegime) : QVariant(formatNumber(e.workRegime));
          },
          [](Employment &e, const QVariant &v, int) {
              const auto n = PasteParser::readNumber(v.toString());
              if (!n)
                  return false;
              e.workRegime = *n > 1 ? *n / 100.0 : *n;
              return true;
          }},
        E{{},
          QStringLiteral("jointCommittee"),
          [](const Employment &e, int) -> QVariant { return e.jointCommittee; },
          [](Employment &e, const QVariant &v, int) {
              const auto jc = JointCommittee::parse(v.toString());
              e.jointCommittee = jc.isValid() ? jc.normalized() : v.toString().trimmed();
              return true;
          }},
        E{{},
          QStringLiteral("caoNumber"),
          [](const Employment &e, int) -> QVariant { return e.caoNumber; },
          [](Employment &e, const QVariant &v, int) {
              e.caoNumber = v.toString().trimmed();
              return true;
          }},
    });
    m_employments->onEdit = [this](const Employment &before, const Employment &after) {
        m_session->saveRecord(AnyRecord(before), AnyRecord(after), tr("Edit employment"));
    };

    useModel(m_workers);
    // The INSZ is checked while it is typed in the table, like in the worker form.
    m_table->setItemDelegateForColumn(m_workers->columnOfField(QStringLiteral("ssin")),
                                      new SsinCellDelegate(
                                          [this](const QModelIndex &index, const QString &typed) {
                                              const int row =
                                                  m_workers->rowOfUuid(index.data(UuidRole).toUuid());
                                              if (row < 0)
                                                  return QList<FieldAnomaly>();
                                              Worker w = m_workers->record(row);
                                              w.ssin = Ssin::parse(typed).normalized();
                                              return FieldChecks::checkWorker(w, m_session->clock());
                                          },
                                          this));
    m_table->setAccessibleName(tr("Workers"));
    m_employmentTable->setObjectName(QStringLiteral("employmentTable"));
    setUpTable(m_employmentTable);
    m_employmentTable->setModel(m_employments);
    fitColumnsOnFirstLoad(m_employmentTable);

    auto *pasteAction = new QAction(this);
    pasteAction->setShortcut(QKeySequence::Paste);
    pasteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(pasteAction);
    connect(pasteAction, &QAction::triggered, this, &WorkersView::pasteFromClipboard);

    m_add->setObjectName(QStringLiteral("addWorkerButton"));
    m_paste->setObjectName(QStringLiteral("pasteButton"));
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    connect(m_add, &QPushButton::clicked, this, &WorkersView::addWorkerRequested);
    connect(m_paste, &QPushButton::clicked, this, &WorkersView::pasteFromClipboard);
    connect(m_delete, &QPushButton::clicked, this, &WorkersView::deleteSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &WorkersView::showEmploymentsOfCurrent);
    m_table->installEventFilter(this);

    m_heading->setObjectName(QStringLiteral("heading"));
    auto *top = new QHBoxLayout;
    m_filterLabel->setBuddy(m_filter);
    top->addWidget(m_filterLabel);
    top->addWidget(m_filter, 1);
    top->addWidget(m_add);
    top->addWidget(m_paste);
    top->addWidget(m_delete);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    m_employmentHeading->setBuddy(m_employmentTable);
    lowerLayout->addWidget(m_employmentHeading);
    lowerLayout->addWidget(m_employmentTable);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("workersSplitter"));
    split->addWidget(m_table);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    setTabOrder(m_filter, m_add);
    setTabOrder(m_add, m_paste);
    setTabOrder(m_paste, m_delete);
    setTabOrder(m_delete, m_table);
    setTabOrder(m_table, m_employmentTable);
    watch({RecordKind::Worker, RecordKind::Employment, RecordKind::Employer});
    retranslate();
    reload();
    m_table->sortByColumn(1, Qt::AscendingOrder); // by family name
}

bool WorkersView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Delete) {
        deleteSelected();
        return true;
    }
    return ViewPage::eventFilter(watched, event);
}

void WorkersView::retranslate()
{
    m_heading->setText(QStringLiteral("<h2>%1</h2>").arg(tr("Workers").toHtmlEscaped()));
    m_filterLabel->setText(tr("&Search:"));
    m_filter->setPlaceholderText(tr("Name, INSZ or joint committee"));
    m_filter->setAccessibleName(tr("Search workers"));
    m_add->setText(tr("&Add worker…"));
    m_paste->setText(tr("Pas&te from Excel"));
    m_paste->setToolTip(tr("Paste a block of rows copied from a spreadsheet: %1")
                            .arg(PasteParser::workerColumns().join(QLatin1String(", "))));
    m_delete->setText(tr("Delete"));
    m_table->setAccessibleName(tr("Workers"));
    m_employmentHeading->setText(tr("Employments &of the selected worker"));
    m_employmentTable->setAccessibleName(tr("Employments of the selected worker"));
    m_employments->retranslate();
}

void WorkersView::reload()
{
    const QUuid employer = m_session->employer();
    const QUuid current = m_table->currentIndex().data(UuidRole).toUuid();
    m_allEmployments = m_session->source()->employments(employer);
    m_latestEmployment.clear();
    for (const auto &e : std::as_const(m_allEmployments)) {
        const auto it = m_latestEmployment.constFind(e.workerUuid);
        if (it == m_latestEmployment.constEnd() || it->startDate < e.startDate)
            m_latestEmployment.insert(e.workerUuid, e);
    }
    QList<FieldAnomaly> anomalies;
    const QList<FieldAnomaly> all = m_session->source()->anomalies(employer);
    for (const auto &a : all) {
        if (a.kind == RecordKind::Worker || a.kind == RecordKind::Employment)
            anomalies.append(a);
    }
    FieldChecks::nameRecords(anomalies, *m_session->source(), employer);
    m_workers->setRecords(m_session->source()->workers(employer), anomalies);
    if (!current.isNull())
        selectInTable(current, QString(), false);
    else if (m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    showEmploymentsOfCurrent();
}

void WorkersView::showEmploymentsOfCurrent()
{
    const QUuid worker = m_table->currentIndex().data(UuidRole).toUuid();
    QList<Employment> list;
    for (const auto &e : std::as_const(m_allEmployments)) {
        if (e.workerUuid == worker)
            list.append(e);
    }
    // The employments' stored anomalies (read with the workers'), the platform's refusals included.
    QList<FieldAnomaly> anomalies;
    for (const auto &e : std::as_const(list))
        anomalies += m_workers->anomaliesOf(e.uuid);
    m_employments->setRecords(list, anomalies);
}

bool WorkersView::showRecord(RecordKind kind, const QUuid &uuid, const QString &field)
{
    if (kind == RecordKind::Employment) {
        for (const auto &e : std::as_const(m_allEmployments)) {
            if (e.uuid == uuid) {
                selectInTable(e.workerUuid, QString(), false);
                const int row = m_employments->rowOfUuid(uuid);
                const QModelIndex idx = m_employments->index(row, m_employments->columnOfField(field));
                m_employmentTable->setCurrentIndex(idx);
                m_employmentTable->setFocus();
                return true;
            }
        }
        return false;
    }
    return selectInTable(uuid, field, false);
}

PasteResult WorkersView::pasteBlock(const QString &text)
{
    QSet<QString> existing;
    for (const auto &w : m_workers->records())
        existing.insert(w.ssin);
    PasteResult result = PasteParser::parseWorkers(text, m_session->employer(), existing);
    if (!result.workers.isEmpty()) {
        m_session->beginGroup(tr("Paste %n worker(s)", nullptr, int(result.workers.size())));
        for (const auto &w : std::as_const(result.workers))
            m_session->saveRecord(std::nullopt, AnyRecord(w), tr("Add worker %1").arg(workerText(w)));
        for (const auto &e : std::as_const(result.employments))
            m_session->saveRecord(std::nullopt, AnyRecord(e), tr("Add employment"));
        m_session->endGroup();
    }
    return result;
}

void WorkersView::pasteFromClipboard()
{
    const QString text = QApplication::clipboard()->text();
    if (text.trimmed().isEmpty())
        return;
    emit pasteReport(pasteBlock(text));
}

void WorkersView::deleteSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    QList<Worker> doomed;
    for (const QModelIndex &idx : rows) {
        const int row = m_workers->rowOfUuid(idx.data(UuidRole).toUuid());
        if (row >= 0)
            doomed.append(m_workers->record(row));
    }
    // The workspace keeps no record that refers to a worker who is gone: the
    // worker's participations, rights and employments go with it, in the same
    // undo step (undo brings them all back).
    DataSource *source = m_session->source();
    const QUuid employer = m_session->employer();
    const QList<Training> trainings = source->trainings(employer);
    const QList<TrainingRight> rights = source->rights(employer);
    m_session->beginGroup(tr("Delete %n worker(s)", nullptr, int(doomed.size())));
    for (const auto &w : std::as_const(doomed)) {
        for (const Training &t : trainings) {
            for (const Participation &p : source->participantsOf(employer, t.uuid)) {
                if (p.workerUuid == w.uuid)
                    m_session->removeRecord(AnyRecord(p), tr("Delete participation"));
            }
        }
        for (const TrainingRight &r : rights) {
            if (r.workerUuid == w.uuid)
                m_session->removeRecord(AnyRecord(r), tr("Delete training right"));
        }
        for (const auto &e : std::as_const(m_allEmployments)) {
            if (e.workerUuid == w.uuid)
                m_session->removeRecord(AnyRecord(e), tr("Delete employment"));
        }
        m_session->removeRecord(AnyRecord(w), tr("Delete worker %1").arg(workerText(w)));
    }
    m_session->endGroup();
}

} // namespace fla::ui
