#include "ui/views/RightsView.h"

#include "core/domain/CodeLabels.h"
#include "core/domain/Ssin.h"
#include "ui/app/Session.h"
#include "ui/data/FieldChecks.h"
#include "ui/data/PasteParser.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace fla::ui {

RightsView::RightsView(Session *session, QWidget *parent)
    : ViewPage(session, parent)
    , m_rights(new RecordTableModel<TrainingRight>(this))
    , m_heading(new QLabel(this))
    , m_filterLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("rightsView"));
    using C = RecordTableModel<TrainingRight>::Column;
    m_rights->setColumns({
        C{[] { return tr("Worker"); }, QStringLiteral("worker"),
          [this](const TrainingRight &r, int) -> QVariant {
              const Worker w = m_workers.value(r.workerUuid);
              return QString(w.familyName + QLatin1Char(' ') + w.givenName).trimmed();
          }},
        C{[] { return tr("INSZ"); }, QStringLiteral("ssin"),
          [this](const TrainingRight &r, int) -> QVariant {
              return Ssin::parse(m_workers.value(r.workerUuid).ssin).display();
          }},
        C{{}, QStringLiteral("year"), [](const TrainingRight &r, int) -> QVariant { return r.year; }},
        C{{},
          QStringLiteral("type"),
          [](const TrainingRight &r, int) -> QVariant { return codeLabel(r.type); }},
        C{{},
          QStringLiteral("amount"),
          [](const TrainingRight &r, int role) -> QVariant {
              if (role == SortRole)
                  return r.amount;
              if (role == Qt::EditRole)
                  return formatNumber(r.amount);
              return formatDuration(r.amount, r.unit);
          },
          [](TrainingRight &r, const QVariant &v, int) {
              const auto n = PasteParser::readNumber(v.toString());
              if (!n)
                  return false;
              r.amount = *n;
              return true;
          }},
        C{{},
          QStringLiteral("origin"),
          [](const TrainingRight &r, int) -> QVariant { return codeLabel(r.origin); }},
        C{{},
          QStringLiteral("caoNumber"),
          [](const TrainingRight &r, int) -> QVariant { return r.caoNumber; },
          [](TrainingRight &r, const QVariant &v, int) {
              r.caoNumber = v.toString().trimmed();
              return true;
          }},
    });
    m_rights->onEdit = [this](const TrainingRight &before, const TrainingRight &after) {
        m_session->saveRecord(AnyRecord(before), AnyRecord(after), tr("Edit training right"));
    };
    useModel(m_rights);
    auto *top = new QHBoxLayout;
    m_filterLabel->setBuddy(m_filter);
    top->addWidget(m_filterLabel);
    top->addWidget(m_filter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    watch({RecordKind::TrainingRight, RecordKind::Worker});
    retranslate();
    reload();
    m_table->sortByColumn(0, Qt::AscendingOrder);
}

void RightsView::retranslate()
{
    m_heading->setText(QStringLiteral("<h2>%1</h2>").arg(tr("Training rights").toHtmlEscaped()));
    m_filterLabel->setText(tr("&Search:"));
    m_filter->setPlaceholderText(tr("Worker, INSZ or year"));
    m_filter->setAccessibleName(tr("Search training rights"));
    m_table->setAccessibleName(tr("Training rights"));
}

void RightsView::reload()
{
    const QUuid employer = m_session->employer();
    m_workers.clear();
    const QList<Worker> workers = m_session->source()->workers(employer);
    for (const auto &w : workers)
        m_workers.insert(w.uuid, w);
    QList<FieldAnomaly> anomalies;
    const QList<FieldAnomaly> all = m_session->source()->anomalies(employer);
    for (const auto &a : all) {
        if (a.kind == RecordKind::TrainingRight)
            anomalies.append(a);
    }
    FieldChecks::nameRecords(anomalies, *m_session->source(), employer);
    m_rights->setRecords(m_session->source()->rights(employer), anomalies);
}

} // namespace fla::ui
