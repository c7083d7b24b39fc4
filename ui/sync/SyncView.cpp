#include "ui/sync/SyncView.h"

#include "ui/sync/SyncStatusFilter.h"
#include "ui/sync/SyncStatusModel.h"
#include "ui/views/ViewPage.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

namespace fla::ui {

SyncView::SyncView(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_model(new SyncStatusModel(this))
    , m_proxy(new SyncStatusFilter(this))
    , m_showLabel(new QLabel(this))
    , m_show(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_progress(new QProgressBar(this))
    , m_counts(new QLabel(this))
    , m_lastSync(new QLabel(this))
    , m_offline(new QLabel(this))
    , m_messages(new QLabel(this))
    , m_syncButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("syncView"));
    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    ui::setUpTable(m_table); // the look of the other views
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setColumnWidth(SyncStatusModel::RecordColumn, 420);
    m_table->setColumnWidth(SyncStatusModel::EnterpriseColumn, 120);
    m_table->setColumnWidth(SyncStatusModel::StatusColumn, 190);
    m_table->setObjectName(QStringLiteral("syncTable"));
    // What needs the user (refused, conflicts) comes first.
    m_table->sortByColumn(SyncStatusModel::StatusColumn, Qt::AscendingOrder);
    m_show->setObjectName(QStringLiteral("syncShowFilter"));
    m_showLabel->setObjectName(QStringLiteral("syncShowLabel"));
    for (auto show : {SyncStatusFilter::Show::All, SyncStatusFilter::Show::NeedsAttention,
                      SyncStatusFilter::Show::Warnings, SyncStatusFilter::Show::Waiting,
                      SyncStatusFilter::Show::Accepted})
        m_show->addItem(QString(), int(show));
    m_showLabel->setBuddy(m_show);
    connect(m_show, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setShow(SyncStatusFilter::Show(m_show->currentData().toInt())); });
    m_syncButton->setObjectName(QStringLiteral("syncNowButton"));
    m_cancelButton->setObjectName(QStringLiteral("syncCancelButton"));
    m_notice->setObjectName(QStringLiteral("syncNotice"));
    m_messages->setObjectName(QStringLiteral("syncMessages"));

    m_offline->setStyleSheet(QStringLiteral("color: white; background: #8a1c1c; padding: 4px;"));
    m_offline->setVisible(false);
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::RichText);
    m_notice->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_notice->setStyleSheet(
        QStringLiteral("background: #fff4e5; border: 1px solid #e0b070; border-radius: 3px; padding: 6px;"));
    m_notice->setVisible(false);
    m_messages->setWordWrap(true);
    m_messages->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cancelButton->setEnabled(false);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);

    auto *top = new QHBoxLayout;
    top->addWidget(m_syncButton);
    top->addWidget(m_progress, 1);
    top->addWidget(m_cancelButton);
    auto *status = new QHBoxLayout;
    status->addWidget(m_counts, 1);
    status->addWidget(m_lastSync);
    auto *show = new QHBoxLayout;
    show->addWidget(m_showLabel);
    show->addWidget(m_show);
    show->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_offline);
    layout->addWidget(m_notice);
    layout->addLayout(top);
    layout->addLayout(status);
    layout->addWidget(m_messages);
    layout->addLayout(show);
    layout->addWidget(m_table, 1);

    connect(m_syncButton, &QPushButton::clicked, this, &SyncView::syncRequested);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_engine)
            m_engine->cancel();
    });
    connect(m_notice, &QLabel::linkActivated, this, &SyncView::onLink);
    connect(m_table, &QTableView::activated, this, &SyncView::onActivated);
    connect(m_table, &QTableView::doubleClicked, this, &SyncView::onActivated);
    retranslate();
}

void SyncView::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(e);
}

void SyncView::retranslate()
{
    setWindowTitle(tr("Sync"));
    m_heading->setText(QStringLiteral("<h2>%1</h2>").arg(tr("Declare to the platform").toHtmlEscaped()));
    m_syncButton->setText(tr("&Sync now"));
    m_syncButton->setToolTip(tr("Send the company's changes to the platform (F9)"));
    m_cancelButton->setText(tr("Cancel"));
    m_offline->setText(tr("Offline: the platform cannot be reached. Your changes stay in the outbox."));
    m_table->setAccessibleName(
        tr("Records and the platform's answer: Enter opens a refused record at the field"));
    m_progress->setAccessibleName(tr("Sync progress"));
    m_showLabel->setText(tr("Sho&w:"));
    m_show->setAccessibleName(tr("Which records the table shows"));
    const QStringList shows{tr("All records"), tr("Refused and conflicts"), tr("Accepted with warnings"),
                            tr("Waiting or sent"), tr("Accepted")};
    for (int i = 0; i < m_show->count(); ++i)
        m_show->setItemText(i, shows.value(i));
    setLastSync(m_lastSyncTime);
    onProgress(m_lastProgress);
    Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, SyncStatusModel::ColumnCount - 1);
}

void SyncView::setNotice(const QString &html)
{
    m_notice->setText(html);
    m_notice->setVisible(!html.isEmpty());
}

QString SyncView::noticeText() const
{
    return m_notice->text();
}

QString SyncView::messagesText() const
{
    return m_messages->text();
}

void SyncView::onLink(const QString &link)
{
    if (link == QLatin1String("signin:"))
        Q_EMIT signInRequested();
    else if (link == QLatin1String("access:"))
        Q_EMIT gettingAccessRequested();
}

void SyncView::setQueued(const QList<SyncItem> &items)
{
    m_model->setQueued(items);
    SyncProgress p;
    p.total = int(items.size());
    onProgress(p);
}

void SyncView::attach(SyncEngine *engine)
{
    if (m_engine)
        disconnect(m_engine, nullptr, this, nullptr);
    m_engine = engine;
    if (!engine)
        return;
    connect(engine, &SyncEngine::progressChanged, this, &SyncView::onProgress);
    connect(engine, &SyncEngine::itemsCompleted, m_model, &SyncStatusModel::complete);
    connect(engine, &SyncEngine::entriesHeld, m_model, &SyncStatusModel::hold);
    connect(engine, &SyncEngine::finished, this, &SyncView::onFinished);
    m_cancelButton->setEnabled(true);
    m_syncButton->setEnabled(false);
    m_messages->clear();
}

void SyncView::onProgress(const SyncProgress &p)
{
    m_lastProgress = p;
    m_progress->setRange(0, std::max(1, p.total));
    m_progress->setValue(std::min(p.total, p.done() + p.held));
    // Each count with its own plural form ("1 refused", "2 refusés"), every number in the
    // locale's form (%Ln: 2.589 in Dutch, like the totals).
    const QStringList parts{
        tr("%Ln accepted", nullptr, p.accepted), tr("%Ln with warnings", nullptr, p.acceptedWithWarnings),
        tr("%Ln refused", nullptr, p.refused),   tr("%Ln conflict(s)", nullptr, p.conflicts),
        tr("%Ln not sent", nullptr, p.held),     tr("%Ln retried", nullptr, p.retries)};
    m_counts->setText(tr("%1 of %2 done: %3")
                          .arg(QLocale().toString(p.done()), QLocale().toString(p.total),
                               parts.join(QStringLiteral(", "))));
}

void SyncView::onFinished(const SyncSummary &s)
{
    onProgress(s.counts);
    m_cancelButton->setEnabled(false);
    m_syncButton->setEnabled(true);
    setOffline(s.offline);
    if (!s.offline && !s.authenticationRequired) {
        setLastSync(s.finishedAt);
        if (!m_company.isNull())
            QSettings().setValue(QStringLiteral("sync/lastSync/") + m_company.toString(QUuid::WithoutBraces),
                                 s.finishedAt);
    }
    m_messages->setText(s.messages.join(QLatin1Char('\n')));
}

void SyncView::setOffline(bool offline)
{
    m_offline->setVisible(offline);
}

bool SyncView::isOfflineShown() const
{
    return !m_offline->isHidden();
}

void SyncView::setCompany(const QUuid &employer)
{
    m_company = employer;
    // Each company has its own last sync; one never synchronised says so.
    setLastSync(employer.isNull()
                    ? QDateTime()
                    : QSettings()
                          .value(QStringLiteral("sync/lastSync/") + employer.toString(QUuid::WithoutBraces))
                          .toDateTime());
}

void SyncView::setLastSync(const QDateTime &when)
{
    m_lastSyncTime = when;
    m_lastSync->setText(
        when.isValid() ? tr("Last sync: %1").arg(QLocale().toString(when.toLocalTime(), QLocale::ShortFormat))
                       : tr("Never synchronised"));
}

QString SyncView::countsText() const
{
    return m_counts->text();
}

void SyncView::onActivated(const QModelIndex &index)
{
    const QModelIndex source = m_proxy->mapToSource(index);
    const QUuid uuid = m_model->data(source, SyncStatusModel::RecordUuidRole).toUuid();
    const auto type = RecordKind(m_model->data(source, SyncStatusModel::RecordTypeRole).toInt());
    // A conflict is decided between two versions, not fixed at a field.
    if (SyncStatus(m_model->data(source, SyncStatusModel::StatusRole).toInt()) == SyncStatus::Conflict) {
        Q_EMIT conflictActivated(type, uuid);
        return;
    }
    Q_EMIT openRecordRequested(type, uuid, m_model->data(source, SyncStatusModel::FieldRole).toString());
}

} // namespace fla::ui
