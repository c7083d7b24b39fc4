#include "PullCommand.h"
#include "PlatformAccess.h"
#include "WorkspaceOpening.h"

#include "RetryOptions.h"

#include "core/auth/Environment.h"
#include "core/common/Clock.h"
#include "core/common/Translation.h"
#include "core/domain/EnterpriseNumber.h"
#include "core/domain/Ssin.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/EmploymentRepository.h"
#include "core/storage/OutboxRepository.h"
#include "core/storage/ParticipationRepository.h"
#include "core/storage/TrainingRepository.h"
#include "core/storage/TrainingRightRepository.h"
#include "core/storage/WorkerRepository.h"
#include "core/storage/Workspace.h"
#include "core/sync/JsonMapping.h"
#include "core/sync/PlatformArchive.h"
#include "core/sync/PullService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSettings>

namespace fla::cli {

namespace {

QString tr(const char *s)
{
    return translateFrom({"fla::cli::PullCommand", "fla::cli"}, s);
}

struct Diff
{
    int onlyOnPlatform = 0;
    int different = 0;
    int same = 0;
    QStringList lines;
    QString readError; // the workspace could not be read: the comparison stopped
};

template<typename T, typename Repo, typename Describe>
void compare(const QList<T> &pulled, const Repo &repo, const QHash<QUuid, QUuid> &workerMap, Diff &d,
             Describe describe, QJsonObject (*toJson)(const T &))
{
    for (T r : pulled) {
        if (!d.readError.isEmpty())
            return;
        if constexpr (!std::is_same_v<T, Worker> && !std::is_same_v<T, Training>)
            r.workerUuid = workerMap.value(r.workerUuid, r.workerUuid);
        const Result<std::optional<T>> stored = repo.find(r.uuid);
        if (!stored) {
            d.readError = stored.error();
            return;
        }
        const std::optional<T> &mine = *stored;
        if (!mine) {
            ++d.onlyOnPlatform;
            d.lines.append(tr("+ %1: only on the platform").arg(describe(r)));
        } else {
            T cmp = r;
            cmp.employerUuid = mine->employerUuid;
            if (toJson(cmp) != toJson(*mine)) {
                ++d.different;
                d.lines.append(tr("~ %1: differs from the workspace").arg(describe(r)));
            } else {
                ++d.same;
            }
        }
    }
}

QJsonObject workerJson(const Worker &w)
{
    return json::fromWorker(w);
}
QJsonObject employmentJson(const Employment &e)
{
    return json::fromEmployment(e, {});
}
QJsonObject trainingJson(const Training &t)
{
    Training c = t;
    c.registeredOn = QDate();
    return json::fromTraining(c);
}
QJsonObject participationJson(const Participation &p)
{
    return json::fromParticipation(p, {});
}
QJsonObject rightJson(const TrainingRight &r)
{
    return json::fromRight(r, {});
}

// `pull --all --archive`: every company of the workspace, with a line per company.
int archiveAll(Workspace &ws, FlaApiClient &client, const PullOptions &options, bool overwrite, CliIo &io)
{
    const Result<QList<Employer>> employers = ws.employers().findAll();
    if (!employers) {
        io.err << employers.error() << '\n';
        return ExitFailure;
    }
    QList<QPair<QString, QString>> companies;
    for (const Employer &e : *employers)
        companies.append({e.enterpriseNumber, e.name});
    if (companies.isEmpty()) {
        io.err << tr("The workspace has no company to archive.") << '\n';
        return ExitFailure;
    }
    ArchiveAllRunner runner(ws, &client, options);
    QEventLoop loop;
    QList<CompanyArchiveReport> reports;
    QObject::connect(&runner, &ArchiveAllRunner::companyStarted,
                     [&](int index, int count, const QString &name) {
                         io.err << tr("[%1/%2] %3").arg(index + 1).arg(count).arg(name) << '\n' << Qt::flush;
                     });
    QObject::connect(&runner, &ArchiveAllRunner::finished, [&](const QList<CompanyArchiveReport> &r) {
        reports = r;
        loop.quit();
    });
    runner.start(companies, overwrite);
    loop.exec();
    int failed = 0;
    for (const CompanyArchiveReport &r : std::as_const(reports)) {
        const QString company = r.name + QStringLiteral(" (") +
                                EnterpriseNumber::parse(r.enterpriseNumber).display() + QLatin1Char(')');
        if (r.ok) {
            io.out << tr("%1: archived, %2 new, %3 updated, %4 unchanged.")
                          .arg(company)
                          .arg(r.stats.inserted)
                          .arg(r.stats.updated)
                          .arg(r.stats.unchanged)
                   << '\n';
        } else {
            ++failed;
            io.out << tr("%1: NOT archived: %2").arg(company, r.error) << '\n';
        }
    }
    io.out << tr("%1 of %2 companies archived.").arg(reports.size() - failed).arg(reports.size()) << '\n';
    return failed == 0 ? ExitOk : ExitFindings;
}

} // namespace

QString PullCommand::summary() const
{
    return tr(
        "Fetch what the FLA platform holds for an employer; compare, or --archive it into the workspace.");
}

int PullCommand::run(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() + QLatin1Char('\n') +
        tr("The platform destroys its data at the end of 2026: --archive keeps a copy of everything it holds "
           "for the employer (workers, employments, rights it computed, trainings registered by training "
           "providers, participations) in the workspace. The access token is read from FLADESK_ACCESS_TOKEN "
           "or "
           "--token-file."));
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"), tr("The workspace file."),
                                             QStringLiteral("file"), Workspace::defaultPath());
    const QCommandLineOption envOption(QStringLiteral("environment"),
                                       tr("sandbox, acceptance or production."), QStringLiteral("E"));
    const QCommandLineOption urlOption(QStringLiteral("api-url"), tr("The FLA API root (…/REST/fla/v1)."),
                                       QStringLiteral("url"));
    const QCommandLineOption employerOption(
        QStringLiteral("employer"), tr("The employer's enterprise number."), QStringLiteral("number"));
    const QCommandLineOption allOption(QStringLiteral("all"),
                                       tr("With --archive: every company of the workspace, one after the "
                                          "other, with a report per company."));
    const QCommandLineOption tokenFileOption(
        QStringLiteral("token-file"), tr("Read the access token from this file."), QStringLiteral("file"));
    const QCommandLineOption archiveOption(QStringLiteral("archive"),
                                           tr("Store everything the platform holds in the workspace (records "
                                              "that differ keep the workspace's version)."));
    const QCommandLineOption overwriteOption(
        QStringLiteral("overwrite"), tr("With --archive: records that differ take the platform's version."));
    const RetryOptions retryOptions;
    parser.addOptions({workspaceOption, envOption, urlOption, employerOption, allOption, tokenFileOption,
                       archiveOption, overwriteOption});
    retryOptions.addTo(parser);
    parser.addHelpOption();
    if (const std::optional<int> stop = parseCommandLine(parser, args, io))
        return *stop;
    const bool all = parser.isSet(allOption);
    if (all && (!parser.isSet(archiveOption) || parser.isSet(employerOption))) {
        io.err << tr("--all goes with --archive and without --employer.") << '\n';
        return ExitUsage;
    }
    const EnterpriseNumber en = EnterpriseNumber::parse(parser.value(employerOption));
    if (!all && !en.isValid()) {
        io.err
            << tr("--employer: give a valid enterprise number, not \"%1\".").arg(parser.value(employerOption))
            << '\n';
        return ExitUsage;
    }
    PlatformAccess access;
    if (const std::optional<int> stop = access.read(parser, io))
        return *stop;
    const QUrl apiUrl = access.apiUrl;
    const QString token = access.token;

    QString error;
    std::unique_ptr<Workspace> ws = openWorkspaceAt(parser.value(workspaceOption), &error);
    if (!ws) {
        io.err << error << '\n';
        return ExitFailure;
    }

    QNetworkAccessManager nam;
    StaticTokenProvider tokens(token);
    FlaApiClient client(&nam, apiUrl, &tokens);
    PullOptions pullOptions;
    pullOptions.baseBackoffMs = retryOptions.firstDelayMs(parser);
    pullOptions.maxWaitMs = retryOptions.longestWaitMs(parser);
    pullOptions.maxBackoffMs =
        std::max<qint64>(pullOptions.baseBackoffMs, std::min<qint64>(30000, pullOptions.maxWaitMs));
    if (all)
        return archiveAll(*ws, client, pullOptions, parser.isSet(overwriteOption), io);
    PullService pull(&client, pullOptions);
    PullResult result;
    QEventLoop loop;
    QObject::connect(&pull, &PullService::progress, [&](const QString &what, int n) {
        io.err << tr("pulled %1 %2").arg(n).arg(what) << '\n' << Qt::flush;
    });
    QObject::connect(&pull, &PullService::finished, [&](const PullResult &r) {
        result = r;
        loop.quit();
    });
    pull.start(en.normalized());
    loop.exec();
    if (!result.ok) {
        io.err << result.error << '\n';
        return ExitFailure;
    }

    const PullResult pulled = result;
    const Result<QUuid> bound = PlatformArchive::bind(*ws, en.normalized(), result);
    if (!bound) {
        io.err << bound.error() << '\n';
        return ExitFailure;
    }
    const QUuid employerUuid = *bound;
    if (employerUuid.isNull())
        io.out << tr("The workspace has no employer %1: everything below is only on the platform.")
                      .arg(en.display())
               << '\n';
    WorkerRepository workers = ws->workers(employerUuid);

    Diff d;
    const QHash<QUuid, QUuid> none;
    compare(
        result.data.workers, workers, none, d,
        [](const Worker &w) {
            return tr("worker %1 %2 (%3)").arg(w.givenName, w.familyName, Ssin::mask(w.ssin));
        },
        &workerJson);
    compare(
        result.data.employments, ws->employments(employerUuid), none, d,
        [](const Employment &e) { return tr("employment from %1").arg(json::dateText(e.startDate)); },
        &employmentJson);
    compare(
        result.data.trainings, ws->trainings(employerUuid), none, d,
        [&](const Training &t) {
            return result.providerTrainings.contains(t.uuid)
                       ? tr("training “%1” of %2 (registered by a training provider)")
                             .arg(t.name, json::dateText(t.startDate))
                       : tr("training “%1” of %2").arg(t.name, json::dateText(t.startDate));
        },
        &trainingJson);
    compare(
        result.data.participations, ws->participations(employerUuid), none, d,
        [](const Participation &p) {
            return tr("participation %1").arg(p.uuid.toString(QUuid::WithoutBraces).left(8));
        },
        &participationJson);
    compare(
        result.data.rights, ws->rights(employerUuid), none, d,
        [](const TrainingRight &r) {
            return tr("%1 right %2 (%3 %4)")
                .arg(toString(r.type), QString::number(r.year), QString::number(r.amount), toString(r.unit));
        },
        &rightJson);
    if (!d.readError.isEmpty()) {
        io.err << d.readError << '\n';
        return ExitFailure;
    }
    for (const QString &l : std::as_const(d.lines))
        io.out << l << '\n';
    io.out << tr("Platform: %1 workers, %2 employments, %3 trainings, %4 participations, %5 rights; %6 only "
                 "on the "
                 "platform, %7 different, %8 the same.")
                  .arg(result.data.workers.size())
                  .arg(result.data.employments.size())
                  .arg(result.data.trainings.size())
                  .arg(result.data.participations.size())
                  .arg(result.data.rights.size())
                  .arg(d.onlyOnPlatform)
                  .arg(d.different)
                  .arg(d.same)
           << '\n';

    if (!parser.isSet(archiveOption))
        return ExitOk;
    const PlatformArchive::Outcome stored =
        PlatformArchive::store(*ws, en.normalized(), pulled, parser.isSet(overwriteOption));
    if (!stored.ok) {
        io.err << stored.error << '\n';
        return ExitFailure;
    }
    const BulkStats &stats = stored.stats;
    io.out << tr("Archived into the workspace: %1 new, %2 updated, %3 unchanged.")
                  .arg(stats.inserted)
                  .arg(stats.updated)
                  .arg(stats.unchanged)
           << '\n';
    return ExitOk;
}

} // namespace fla::cli
