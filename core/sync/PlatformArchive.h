#pragma once

#include "core/common/Clock.h"
#include "core/storage/RecordRepository.h"
#include "core/sync/PullService.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace fla {

class Workspace;

// Keeping a copy of what the FLA platform holds in the workspace, before its
// data is destroyed (1 January 2027): for one employer, or every company of
// the workspace at once.
namespace PlatformArchive {

// Binds a pull to the workspace, in place: every record gets the workspace's
// employer with that enterprise number, and the platform's workers are matched
// to the workspace's by INSZ (their uuids and the references to them follow).
// Returns the employer's uuid (null when the workspace has none), or why the
// workspace could not be read.
Result<QUuid> bind(Workspace &ws, const QString &enterpriseNumber, PullResult &pulled);

struct Outcome
{
    bool ok = false;
    QString error; // translated
    bool employerCreated = false;
    BulkStats stats;
};

// Stores what was pulled, in one transaction, audited and not queued for
// declaration (it comes from the platform). The employer is created when the
// workspace lacks it. Without overwrite only the records the workspace lacks
// are added (its own versions may hold changes not declared yet). The
// employer's stored anomalies are then those of a full validation on clock's day.
Outcome store(Workspace &ws, const QString &enterpriseNumber, PullResult pulled, bool overwrite,
              const Clock &clock = Clock::system());

} // namespace PlatformArchive

// One company's line in the report of "Archive everything from the FLA".
struct CompanyArchiveReport
{
    QString enterpriseNumber;
    QString name;
    bool ok = false;
    QString error; // translated: why this company's archive failed
    BulkStats stats;
    int retries = 0;
};

// Pulls and archives the given companies one after the other (retrying as a
// pull does), and says how each went: one company's failure (no mandate, the
// platform unreachable) does not stop the others.
class ArchiveAllRunner : public QObject
{
    Q_OBJECT
public:
    ArchiveAllRunner(Workspace &ws, FlaApiClient *client, PullOptions options = {},
                     QObject *parent = nullptr);
    // enterprise number → the name to report it under
    void start(const QList<QPair<QString, QString>> &companies, bool overwrite = false);
    void setWaiter(PullService::Waiter waiter) { m_wait = std::move(waiter); }
    void cancel() { m_cancelled = true; }

Q_SIGNALS:
    void companyStarted(int index, int count, const QString &name);
    void companyFinished(const fla::CompanyArchiveReport &report);
    void finished(const QList<fla::CompanyArchiveReport> &reports);

private:
    void next();

    Workspace &m_ws;
    FlaApiClient *m_client;
    PullOptions m_options;
    PullService::Waiter m_wait;
    QList<QPair<QString, QString>> m_companies;
    QList<CompanyArchiveReport> m_reports;
    bool m_overwrite = false;
    bool m_cancelled = false;
};

} // namespace fla

Q_DECLARE_METATYPE(fla::CompanyArchiveReport)
