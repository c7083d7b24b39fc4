#pragma once

#include "core/sync/PlatformArchive.h"

#include <QDialog>
#include <QList>
#include <QPair>
#include <QUrl>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QNetworkAccessManager;
class QProgressBar;
class QTableWidget;

namespace fla {

class TokenProvider;
class Workspace;

namespace ui {

// "Archive everything from the FLA": every company of the workspace pulled from
// the platform and kept in the workspace before the FLA's data is destroyed,
// with a progress bar and a line per company saying what was archived, or why not.
class ArchiveAllDialog : public QDialog
{
    Q_OBJECT
public:
    ArchiveAllDialog(Workspace &ws, QNetworkAccessManager *nam, const QUrl &apiBaseUrl, TokenProvider *tokens,
                     const QList<QPair<QString, QString>> &companies, QWidget *parent = nullptr);
    ~ArchiveAllDialog() override;
    // Starts at once (the dialog is shown by the caller).
    void start();
    const QList<CompanyArchiveReport> &reports() const { return m_reports; }
    bool isRunning() const { return m_running; }

protected:
    void reject() override;

private:
    void onCompanyFinished(const CompanyArchiveReport &report);
    void onFinished(const QList<CompanyArchiveReport> &reports);

    std::unique_ptr<FlaApiClient> m_client;
    std::unique_ptr<ArchiveAllRunner> m_runner;
    QList<QPair<QString, QString>> m_companies;
    QList<CompanyArchiveReport> m_reports;
    QLabel *m_status;
    QProgressBar *m_progress;
    QTableWidget *m_table;
    QDialogButtonBox *m_buttons;
    bool m_running = false;
};

} // namespace ui
} // namespace fla
