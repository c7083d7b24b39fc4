#include "PullCommand.h"

#include "RetryOptions.h"

#include "auth/Environment.h"
#include "common/Clock.h"
#include "common/Translation.h"
#include "domain/EnterpriseNumber.h"
#include "domain/Ssin.h"
#include "storage/EmployerRepository.h"
#include "storage/EmploymentRepository.h"
#include "storage/OutboxRepository.h"
#include "storage/ParticipationRepository.h"
#include "storage/TrainingRepository.h"
#include "storage/TrainingRightRepository.h"
#include "storage/WorkerRepository.h"
#include "storage/Workspace.h"
#include "sync/JsonMapping.h"
#include "sync/PullService.h"

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
};

template<typename T, typename Repo, typename Describe>
void compare(const QList<T> &pulled, const Repo &repo, const QHash<QUuid, QUuid> &workerMap, Diff &d,
             Describe describe, QJsonObject (*toJson)(const T &))
{
    for (T r : pulled) {
        if constexpr (!std::is_same_v<T, Worker> && !std::is_same_v<T, Training>)
            r.workerUuid = workerMap.value(r.workerUuid, r.workerUuid);
        const std::optional<T> mine = repo.get(r.uuid);
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
    const QCommandLineOption tokenFileOption(
        QStringLiteral("token-file"), tr("Read the access token from this file."), QStringLiteral("file"));
    const QCommandLineOption archiveOption(QStringLiteral("archive"),
                                           tr("Store everything the platform holds in the workspace (records "
                                              "that differ keep the workspace's version)."));
    const QCommandLineOption overwriteOption(
        QStringLiteral("overwrite"), tr("With --archive: records that differ take the platform's version."));
    const RetryOptions retryOptions;
    parser.addOptions({workspaceOption, envOption, urlOption, employerOption, tokenFileOption, archiveOption,
                       overwriteOption});
    retryOptions.addTo(parser);
    parser.addHelpOption();
    if (const std::optional<int> stop = parseCommandLine(parser, args, io))
        return *stop;
    const EnterpriseNumber en = EnterpriseNumber::parse(parser.value(employerOption));
    if (!en.isValid()) {
        io.err
            << tr("--employer: give a valid enterprise number, not \"%1\".").arg(parser.value(employerOption))
            << '\n';
        return ExitUsage;
    }
    const std::unique_ptr<QSettings> settings = auth::openAuthSettings();
    auth::Environment env = auth::EnvironmentSettings::current(*settings);
    if (parser.isSet(envOption) && !auth::environmentFromId(parser.value(envOption), &env)) {
        io.err << tr("--environment: unknown environment %1").arg(parser.value(envOption)) << '\n';
        return ExitUsage;
    }
    const QUrl apiUrl = parser.isSet(urlOption) ? QUrl(parser.value(urlOption))
                                                : auth::EnvironmentSettings::load(*settings, env).apiBaseUrl;
    QString token = qEnvironmentVariable("FLADESK_ACCESS_TOKEN");
    if (parser.isSet(tokenFileOption)) {
        QFile f(parser.value(tokenFileOption));
        if (!f.open(QIODevice::ReadOnly)) {
            io.err << tr("--token-file: %1: %2").arg(f.fileName(), f.errorString()) << '\n';
            return ExitUsage;
        }
        token = QString::fromLatin1(f.readAll().trimmed());
    }
    if (token.isEmpty()) {
        io.err << tr("Not signed in: set FLADESK_ACCESS_TOKEN or give --token-file.") << '\n';
        return ExitUsage;
    }

    QString error;
    std::unique_ptr<Workspace> ws = Workspace::open(parser.value(workspaceOption), &error);
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

    std::optional<Employer> employer = ws->employers().findByEnterpriseNumber(en.normalized());
    if (!employer) {
        if (!parser.isSet(archiveOption)) {
            io.out << tr("The workspace has no employer %1: everything below is only on the platform.")
                          .arg(en.display())
                   << '\n';
        } else {
            Employer e;
            e.uuid = QUuid::createUuid();
            e.enterpriseNumber = en.normalized();
            e.name = en.display();
            ws->setQueueChanges(false); // it comes from the platform: nothing to declare
            if (!ws->employers().save(e, &error)) {
                io.err << error << '\n';
                return ExitFailure;
            }
            employer = e;
        }
    }
    const QUuid employerUuid = employer ? employer->uuid : QUuid::createUuid();

    // The platform's workers are matched to the workspace's by INSZ.
    QHash<QUuid, QUuid> workerMap;
    WorkerRepository workers = ws->workers(employerUuid);
    for (Worker &w : result.data.workers) {
        if (const auto mine = workers.findBySsin(w.ssin)) {
            workerMap.insert(w.uuid, mine->uuid);
            w.uuid = mine->uuid;
        }
        w.employerUuid = employerUuid;
    }
    for (Employment &e : result.data.employments) {
        e.employerUuid = employerUuid;
        e.workerUuid = workerMap.value(e.workerUuid, e.workerUuid);
    }
    for (Training &t : result.data.trainings)
        t.employerUuid = employerUuid;
    for (Participation &p : result.data.participations) {
        p.employerUuid = employerUuid;
        p.workerUuid = workerMap.value(p.workerUuid, p.workerUuid);
    }
    for (TrainingRight &r : result.data.rights) {
        r.employerUuid = employerUuid;
        r.workerUuid = workerMap.value(r.workerUuid, r.workerUuid);
    }

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
    if (!parser.isSet(overwriteOption)) {
        // The workspace's own version wins (it may hold changes not declared yet): only new records are
        // added.
        const auto keepNew = [](auto &list, const auto &repo) {
            using T = typename std::decay_t<decltype(list)>::value_type;
            QList<T> fresh;
            for (const T &r : list) {
                if (!repo.get(r.uuid))
                    fresh.append(r);
            }
            list = fresh;
        };
        keepNew(result.data.workers, workers);
        keepNew(result.data.employments, ws->employments(employerUuid));
        keepNew(result.data.trainings, ws->trainings(employerUuid));
        keepNew(result.data.participations, ws->participations(employerUuid));
        keepNew(result.data.rights, ws->rights(employerUuid));
    }
    BulkOptions bulk;
    bulk.auditEachRecord = true;
    bulk.queueForSync = false; // it comes from the platform: nothing to declare
    BulkStats stats;
    const bool ok =
        workers.upsertAll(result.data.workers, bulk, &stats, &error) &&
        ws->employments(employerUuid).upsertAll(result.data.employments, bulk, &stats, &error) &&
        ws->trainings(employerUuid).upsertAll(result.data.trainings, bulk, &stats, &error) &&
        ws->participations(employerUuid).upsertAll(result.data.participations, bulk, &stats, &error) &&
        ws->rights(employerUuid).upsertAll(result.data.rights, bulk, &stats, &error);
    if (!ok) {
        io.err << tr("Archiving stopped: %1").arg(error) << '\n';
        return ExitFailure;
    }
    io.out << tr("Archived into the workspace: %1 new, %2 updated, %3 unchanged.")
                  .arg(stats.inserted)
                  .arg(stats.updated)
                  .arg(stats.unchanged)
           << '\n';
    return ExitOk;
}

} // namespace fla::cli
