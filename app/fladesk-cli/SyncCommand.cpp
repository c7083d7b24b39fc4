#include "SyncCommand.h"
#include "PlatformAccess.h"
#include "WorkspaceOpening.h"

#include "RetryOptions.h"

#include "core/auth/Environment.h"
#include "core/auth/SecretStore.h"
#include "core/auth/SessionStore.h"
#include "core/common/Clock.h"
#include "core/common/Translation.h"
#include "core/domain/EnterpriseNumber.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/Workspace.h"
#include "core/sync/SessionTokenProvider.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/WorkspaceOutboxStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSettings>
#include <csignal>

namespace fla::cli {

namespace {

QString tr(const char *s)
{
    return translateFrom({"fla::cli::SyncCommand", "fla::cli"}, s);
}

SyncEngine *g_engine = nullptr;

void onInterrupt(int)
{
    // Ctrl+C: cancel cleanly (in-flight batches go back to the queue).
    if (g_engine)
        QMetaObject::invokeMethod(g_engine, &SyncEngine::cancel, Qt::QueuedConnection);
}

QString progressLine(const SyncProgress &p)
{
    return tr("sync: %1/%2 done · %3 accepted · %4 with warnings · %5 refused · %6 conflicts · %7 held · %8 "
              "retried")
        .arg(p.done())
        .arg(p.total)
        .arg(p.accepted)
        .arg(p.acceptedWithWarnings)
        .arg(p.refused)
        .arg(p.conflicts)
        .arg(p.held)
        .arg(p.retries);
}

} // namespace

QString SyncCommand::summary() const
{
    return tr("Declare the workspace's waiting changes to the FLA platform (exactly once).");
}

int SyncCommand::run(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() + QLatin1Char('\n') +
        tr("The access token is read from the environment variable FLADESK_ACCESS_TOKEN or from "
           "--token-file; "
           "sign in first. Interrupted syncs resume where they stopped: run the command again."));
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"), tr("The workspace file."),
                                             QStringLiteral("file"), Workspace::defaultPath());
    const QCommandLineOption envOption(QStringLiteral("environment"),
                                       tr("sandbox (default), acceptance or production."),
                                       QStringLiteral("E"));
    const QCommandLineOption urlOption(QStringLiteral("api-url"),
                                       tr("The FLA API root instead of the environment's (…/REST/fla/v1)."),
                                       QStringLiteral("url"));
    const QCommandLineOption employerOption(
        QStringLiteral("employer"), tr("Only this employer's changes (enterprise number; repeatable)."),
        QStringLiteral("number"));
    const QCommandLineOption tokenFileOption(
        QStringLiteral("token-file"), tr("Read the access token from this file."), QStringLiteral("file"));
    const QCommandLineOption batchOption(QStringLiteral("batch-size"),
                                         tr("Records per declaration (default 500)."), QStringLiteral("n"),
                                         QStringLiteral("500"));
    const QCommandLineOption concurrencyOption(QStringLiteral("concurrency"),
                                               tr("Declarations in flight at once (default 4)."),
                                               QStringLiteral("n"), QStringLiteral("4"));
    const RetryOptions retryOptions;
    const QCommandLineOption quietOption(QStringLiteral("quiet"), tr("No progress line."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("The summary as one JSON object."));
    parser.addOptions({workspaceOption, envOption, urlOption, employerOption, tokenFileOption, batchOption,
                       concurrencyOption, quietOption, jsonOption});
    retryOptions.addTo(parser);
    parser.addHelpOption();
    if (const std::optional<int> stop = parseCommandLine(parser, args, io))
        return *stop;

    // Where to declare, and the token of --token-file or FLADESK_ACCESS_TOKEN if any.
    PlatformAccess access;
    if (const std::optional<int> stop = access.read(parser, io, PlatformAccess::Token::Optional))
        return *stop;
    const auth::Environment env = access.environment;
    const QUrl apiUrl = access.apiUrl;
    const QString token = access.token;
    const std::unique_ptr<QSettings> settings = auth::openAuthSettings();
    // Else the session of `fladesk-cli login` for this environment (refresh token in the keychain).
    QNetworkAccessManager nam;
    std::unique_ptr<TokenProvider> tokens;
    std::unique_ptr<auth::KeychainSecretStore> keychain;
    std::unique_ptr<auth::SessionStore> sessions;
    if (!token.isEmpty()) {
        tokens = std::make_unique<StaticTokenProvider>(token);
    } else {
        keychain = std::make_unique<auth::KeychainSecretStore>();
        sessions = std::make_unique<auth::SessionStore>(*keychain, settings.get());
        for (const auth::AccountInfo &a : sessions->accounts()) {
            if (a.environment != auth::environmentId(env))
                continue;
            QString why;
            if (std::optional<auth::Session> s = sessions->session(a.environment, a.subject, &why)) {
                auto provider = std::make_unique<SessionTokenProvider>(*s, &nam, Clock::system());
                auth::SessionStore *store = sessions.get();
                provider->onRefreshed = [store](const auth::Session &fresh) {
                    QString ignored;
                    store->save(fresh, &ignored);
                };
                tokens = std::move(provider);
                break;
            }
        }
    }
    if (!tokens) {
        io.err
            << tr("Not signed in: run fladesk-cli login, or set FLADESK_ACCESS_TOKEN, or give --token-file.")
            << '\n';
        return ExitUsage;
    }

    QString error;
    std::unique_ptr<Workspace> ws = openWorkspaceAt(parser.value(workspaceOption), &error);
    if (!ws) {
        io.err << error << '\n';
        return ExitFailure;
    }
    QList<QUuid> employers;
    for (const QString &n : parser.values(employerOption)) {
        const EnterpriseNumber en = EnterpriseNumber::parse(n);
        std::optional<Employer> e;
        if (en.isValid()) {
            const auto read = readOrTell(ws->employers().findByEnterpriseNumber(en.normalized()), io);
            if (!read)
                return ExitFailure;
            e = *read;
        }
        if (!e) {
            io.err << tr("--employer: no employer %1 in the workspace").arg(n) << '\n';
            return ExitUsage;
        }
        employers.append(e->uuid);
    }
    WorkspaceOutboxStore store(*ws, employers);
    if (!store.load(&error)) {
        io.err << error << '\n';
        return ExitFailure;
    }

    SyncOptions options;
    options.batchSize = std::clamp(parser.value(batchOption).toInt(), 1, 5000);
    options.maxConcurrentBatches = std::clamp(parser.value(concurrencyOption).toInt(), 1, 64);
    options.baseBackoffMs = retryOptions.firstDelayMs(parser);
    options.maxWaitMs = retryOptions.longestWaitMs(parser);
    options.maxBackoffMs =
        std::max<qint64>(options.baseBackoffMs, std::min<qint64>(300000, options.maxWaitMs));

    FlaApiClient client(&nam, apiUrl, tokens.get());
    SyncEngine engine(&client, &store, Clock::system(), options);

    const bool quiet = parser.isSet(quietOption);
    QElapsedTimer lastPrint;
    lastPrint.start();
    QObject::connect(&engine, &SyncEngine::progressChanged, [&](const SyncProgress &p) {
        if (quiet || lastPrint.elapsed() < 200)
            return;
        lastPrint.restart();
        io.err << '\r' << progressLine(p) << Qt::flush;
    });
    QObject::connect(&engine, &SyncEngine::entriesHeld,
                     [&](const QList<SyncItem> &items, const QString &reason) {
                         for (const SyncItem &i : items)
                             io.err << '\n' << tr("Not sent: %1 — %2").arg(i.label, reason);
                         io.err << Qt::flush;
                     });
    QObject::connect(&engine, &SyncEngine::itemsCompleted, [&](const QList<OutboxStore::Completion> &done) {
        for (const OutboxStore::Completion &c : done) {
            if (c.outcome.verdict != ItemVerdict::Refused && c.outcome.verdict != ItemVerdict::Conflict)
                continue;
            QStringList why;
            for (const PlatformAnomaly &a : c.outcome.anomalies)
                why.append(QStringLiteral("%1 %2: %3").arg(a.code, a.field, a.message));
            io.err << '\n'
                   << (c.outcome.verdict == ItemVerdict::Refused
                           ? tr("Refused: %1 — %2").arg(c.entry.label, why.join(QStringLiteral("; ")))
                           : tr("Conflict: %1 changed on the platform meanwhile; resolve it in the app.")
                                 .arg(c.entry.label));
        }
        io.err << Qt::flush;
    });

    SyncSummary summary;
    QEventLoop loop;
    QObject::connect(&engine, &SyncEngine::finished, [&](const SyncSummary &s) {
        summary = s;
        loop.quit();
    });
    g_engine = &engine;
    const auto previous = std::signal(SIGINT, onInterrupt);
    engine.start();
    if (engine.isRunning())
        loop.exec();
    std::signal(SIGINT, previous);
    g_engine = nullptr;
    if (!quiet)
        io.err << '\r' << progressLine(summary.counts) << '\n';

    const SyncProgress &c = summary.counts;
    if (parser.isSet(jsonOption)) {
        QJsonObject o{{QStringLiteral("total"), c.total},
                      {QStringLiteral("accepted"), c.accepted},
                      {QStringLiteral("acceptedWithWarnings"), c.acceptedWithWarnings},
                      {QStringLiteral("refused"), c.refused},
                      {QStringLiteral("conflicts"), c.conflicts},
                      {QStringLiteral("held"), c.held},
                      {QStringLiteral("retried"), c.retries},
                      {QStringLiteral("remaining"), summary.remaining},
                      {QStringLiteral("cancelled"), summary.cancelled},
                      {QStringLiteral("authenticationRequired"), summary.authenticationRequired},
                      {QStringLiteral("offline"), summary.offline},
                      {QStringLiteral("unanswered"), summary.unanswered},
                      {QStringLiteral("messages"), QJsonArray::fromStringList(summary.messages)}};
        io.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
    } else {
        io.out << tr("Declared %1 of %2 change(s): %3 accepted, %4 accepted with warnings, %5 refused, %6 "
                     "conflict(s); %7 not sent, %8 still waiting.")
                      .arg(c.done())
                      .arg(c.total)
                      .arg(c.accepted)
                      .arg(c.acceptedWithWarnings)
                      .arg(c.refused)
                      .arg(c.conflicts)
                      .arg(c.held)
                      .arg(summary.remaining)
               << '\n';
        for (const QString &m : std::as_const(summary.messages))
            io.out << m << '\n';
    }
    io.out.flush();
    // 70: nothing could be done (sign in again, or the platform was never reached); 1: something was
    // done but not everything was accepted; 0: everything accepted (README, "sync").
    if (summary.authenticationRequired || summary.offline)
        return ExitFailure;
    if (summary.remaining > 0 || c.refused > 0 || c.conflicts > 0 || summary.cancelled)
        return ExitFindings;
    return ExitOk;
}

} // namespace fla::cli
