#pragma once

#include "core/sync/ConflictResolver.h"
#include "ui/dialogs/TranslatedDialog.h"

#include <QUrl>
#include <memory>

class QLabel;
class QNetworkAccessManager;
class QPushButton;
class QTableWidget;

namespace fla {
class FlaApiClient;
class TokenProvider;
class Workspace;
} // namespace fla

namespace fla::ui {

// A record the platform answered `conflict` for (it was changed there after
// the workspace last sent it, and here too): the workspace's version and the
// platform's, field by field, the fields that differ marked, and two choices:
// - "Keep mine": ours is declared again at the next sync and replaces the
//   platform's (if the platform changes once more meanwhile, it is a conflict again);
// - "Take the platform's": the platform's version replaces ours in the
//   workspace (audited, it shows in the record's history) and nothing is sent.
//
//     ConflictDialog dlg(workspace, nam, apiBaseUrl, tokens, employerUuid, recordUuid, this);
//     dlg.exec();   // dlg.resolution() tells what was done
// ConflictResolver::conflicts(workspace, employerUuid) lists the records in conflict.
//
// The same dialog shows a save refused because someone else saved the record
// since it was opened (a colleague on the team server, another window):
// "Keep mine" / "Take theirs" are then only chosen here, and the caller saves
// (Session::keepMine) — the workspace already holds theirs.
//     ConflictDialog dlg(editConflictCase(conflict), this);
class ConflictDialog : public TranslatedDialog
{
    Q_OBJECT

public:
    enum class Resolution
    {
        None,
        KeptMine,
        TookTheirs
    };

    // Fetches the platform's version of the record (ConflictResolver::fetch) when constructed.
    ConflictDialog(Workspace &ws, QNetworkAccessManager *nam, const QUrl &apiBaseUrl, TokenProvider *tokens,
                   const QUuid &employerUuid, const QUuid &recordUuid, QWidget *parent = nullptr);
    // Both versions already known.
    ConflictDialog(Workspace &ws, const ConflictCase &conflict, QWidget *parent = nullptr);
    // A save refused because someone else changed the record meanwhile (sync/EditConflictCase).
    explicit ConflictDialog(const ConflictCase &editConflict, QWidget *parent = nullptr);
    ~ConflictDialog() override;

    const ConflictCase &conflict() const { return m_case; }
    Resolution resolution() const { return m_resolution; }
    QPushButton *keepMineButton() const { return m_keepMine; }
    QPushButton *takeTheirsButton() const { return m_takeTheirs; }
    QTableWidget *table() const { return m_table; }
    QString errorText() const;

Q_SIGNALS:
    void resolved(fla::ui::ConflictDialog::Resolution resolution);

protected:
private:
    ConflictDialog(Workspace *ws, QWidget *parent);
    void build();
    void retranslate() override;
    void setCase(const ConflictCase &c);
    void fill();
    void explainEditConflict();
    void resolve(Resolution how);

    Workspace *m_ws; // null: two editors of the workspace, the caller saves the choice
    ConflictCase m_case;
    QString m_fetchError;
    bool m_fetching = false;
    Resolution m_resolution = Resolution::None;
    std::unique_ptr<FlaApiClient> m_client;
    ConflictResolver *m_resolver = nullptr;

    QLabel *m_title = nullptr;
    QLabel *m_explain = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_choices = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_keepMine = nullptr;
    QPushButton *m_takeTheirs = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace fla::ui
