#pragma once

#include "core/sync/SyncEngine.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace fla::ui {

class SyncStatusFilter;
class SyncStatusModel;

// The Sync view: the status of each record with the platform, a progress bar
// with counts and a cancel button while a sync runs, the last sync time and
// an offline indicator. Double-clicking a refused record asks to open it at
// the field at fault (openRecordRequested).
class SyncView : public QWidget
{
    Q_OBJECT
public:
    explicit SyncView(QWidget *parent = nullptr);

    SyncStatusModel *model() const { return m_model; }
    // The records waiting in the outbox, before a sync.
    void setQueued(const QList<SyncItem> &items);
    // Follows this engine's progress (the view does not own it).
    void attach(SyncEngine *engine);
    void setOffline(bool offline);
    // The company the view is about: its own last sync is shown (kept per company).
    void setCompany(const QUuid &employer);
    void setLastSync(const QDateTime &when);
    // A run ended (the engine's finished signal): counts, messages, and the company's last sync.
    void onFinished(const SyncSummary &s);

    // A note above the table (why nothing was sent, that the user must sign in), with links
    // "signin:" and "access:" (Getting access); empty hides it.
    void setNotice(const QString &html);
    QString noticeText() const;
    // What the last run said (the engine's messages).
    QString messagesText() const;

    // For tests and screenshots.
    QString countsText() const;
    bool isOfflineShown() const;
    QTableView *table() const { return m_table; }
    QComboBox *showFilter() const { return m_show; }

Q_SIGNALS:
    void syncRequested();
    void openRecordRequested(fla::RecordKind type, const QUuid &recordUuid, const QString &field);
    // A record in conflict was double-clicked: the user decides between the two versions.
    void conflictActivated(fla::RecordKind type, const QUuid &recordUuid);
    void signInRequested();
    void gettingAccessRequested();

protected:
    void changeEvent(QEvent *e) override;

private:
    void onProgress(const SyncProgress &p);
    void onActivated(const QModelIndex &index);
    void retranslate();
    void onLink(const QString &link);

    QLabel *m_heading;
    QLabel *m_notice;
    SyncProgress m_lastProgress;
    QDateTime m_lastSyncTime;
    QUuid m_company;
    SyncStatusModel *m_model;
    SyncStatusFilter *m_proxy;
    QLabel *m_showLabel;
    QComboBox *m_show;
    QTableView *m_table;
    QProgressBar *m_progress;
    QLabel *m_counts;
    QLabel *m_lastSync;
    QLabel *m_offline;
    QLabel *m_messages;
    QPushButton *m_syncButton;
    QPushButton *m_cancelButton;
    QPointer<SyncEngine> m_engine;
};

} // namespace fla::ui
