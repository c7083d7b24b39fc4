#pragma once

#include "core/sync/PullDiff.h"
#include "ui/dialogs/TranslatedDialog.h"

#include <QUrl>
#include <QUuid>
#include <memory>

class QComboBox;
class QLabel;
class QNetworkAccessManager;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace fla {
class FlaApiClient;
class PullService;
class TokenProvider;
class Workspace;
} // namespace fla

namespace fla::ui {

class PullDifferenceModel;

// Pull review: what the platform holds for one employer of the workspace that
// differs from the workspace (new on the platform, changed field by field,
// missing on the platform), one row per difference: record, field (the
// schema's label), the workspace's value, the platform's, as core wrote them
// (PullDifference: no JSON and no API names here). The user accepts or rejects rows (the
// selected ones, or all shown), filters by record kind and change; nothing is
// written until "Apply decisions". Accepted rows write the platform's version
// (audited: history and undo work); rejected ones are not asked again until
// the platform's record changes; undecided ones are asked again next time.
//
//     PullReviewDialog dlg(workspace, nam, apiBaseUrl, tokens, employerUuid, this);
//     if (dlg.exec() == QDialog::Accepted) refreshViews();   // dlg.applied() tells what was written
class PullReviewDialog : public TranslatedDialog
{
    Q_OBJECT

public:
    // Fetches what the platform holds (core/sync/PullService, retrying as it does) when constructed.
    PullReviewDialog(Workspace &ws, QNetworkAccessManager *nam, const QUrl &apiBaseUrl, TokenProvider *tokens,
                     const QUuid &employerUuid, QWidget *parent = nullptr, const PullOptions &options = {});
    // Reviews a pull already fetched (PullService::finished) for the employer.
    PullReviewDialog(Workspace &ws, const QUuid &employerUuid, const PullResult &pulled,
                     QWidget *parent = nullptr);
    ~PullReviewDialog() override;

    const PullReview &review() const;
    QList<PullDecision> decisions() const;
    bool isFetching() const;
    // What "Apply decisions" wrote.
    const PullApplyResult &applied() const { return m_applied; }

    // The differences shown (after the filters), as the table shows them.
    QTableView *table() const { return m_table; }
    QString statusText() const;
    QString detailText() const;
    // Decides the rows selected in the table, or every row shown.
    void decideSelected(PullDecision decision);
    void decideShown(PullDecision decision);
    // Filters: std::nullopt shows every kind.
    void setChangeFilter(std::optional<PullChange> change);
    void setEntityFilter(std::optional<RecordKind> entity);

Q_SIGNALS:
    void pullApplied(const fla::PullApplyResult &result);

protected:
private:
    PullReviewDialog(Workspace &ws, const QUuid &employerUuid, QWidget *parent);
    void build();
    void retranslate() override;
    void showReview(const PullResult &pulled);
    void applyDecisions();
    void updateState();

    Workspace &m_ws;
    QUuid m_employer;
    QString m_employerText;
    QString m_enterpriseNumber; // of the employer (empty: not in the workspace)
    QString m_fetchError;
    std::unique_ptr<FlaApiClient> m_client;
    PullService *m_pull = nullptr;
    PullDifferenceModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    PullApplyResult m_applied;

    QLabel *m_status = nullptr;
    QLabel *m_showLabel = nullptr;
    QComboBox *m_changeFilter = nullptr;
    QComboBox *m_entityFilter = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_reject = nullptr;
    QPushButton *m_acceptAll = nullptr;
    QPushButton *m_rejectAll = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace fla::ui
