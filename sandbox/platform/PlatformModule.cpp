#include "PlatformModule.h"

#include "core/common/Clock.h"
#include "core/common/Translation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>
#include <QTextStream>

namespace fla::sandbox {

namespace {

const QString kPrefix = QStringLiteral("/REST/fla/v1");

QString tr(const char *text)
{
    return translateFrom({"fla::sandbox::PlatformModule", "fla::sandbox"}, text);
}

} // namespace

PlatformModule::PlatformModule(PlatformOptions options)
    : m_options(std::move(options))
    , m_faults(m_options.faults)
{}

PlatformModule::~PlatformModule() = default;

bool PlatformModule::open(const SandboxConfig &config, QString *error)
{
    QString path = m_options.databasePath;
    if (path.isEmpty())
        path = config.dataDir.isEmpty()
                   ? QStringLiteral(":memory:")
                   : QDir(config.dataDir).filePath(QStringLiteral("fla-platform.sqlite"));
    if (!config.dataDir.isEmpty())
        QDir().mkpath(config.dataDir);
    m_store = std::make_unique<PlatformStore>();
    if (!m_store->open(path, error))
        return false;
    m_api = std::make_unique<PlatformApi>(*m_store, config.clock ? *config.clock : fla::Clock::system());
    return true;
}

void PlatformModule::registerRoutes(SandboxServer &server)
{
    const QStringList patterns = {
        QStringLiteral("/employers"),
        QStringLiteral("/employers/{e}"),
        QStringLiteral("/employers/{e}/{c}"),
        QStringLiteral("/employers/{e}/{c}/{id}"),
        QStringLiteral("/employers/{e}/{c}/{id}/{sub}"),
        QStringLiteral("/employers/{e}/{c}/{id}/{sub}/{sid}"),
    };
    for (const QString &p : patterns)
        server.addRoute("*", kPrefix + p, [this, &server](const HttpRequest &r) { return serve(server, r); });
    // Not part of the FLA API: what the sandbox did, for tests and demos.
    server.addRoute("GET", QStringLiteral("/sandbox/platform/stats"), [this](const HttpRequest &) {
        const PlatformStore::Counts c = m_store->counts();
        QJsonObject faults;
        for (FaultKind k : FaultInjector::allKinds())
            faults.insert(FaultInjector::name(k), m_faults.count(k));
        return HttpResponse::json(200, QJsonObject{{QStringLiteral("records"), double(c.records)},
                                                   {QStringLiteral("distinctUuids"), double(c.distinctUuids)},
                                                   {QStringLiteral("writes"), double(c.writes)},
                                                   {QStringLiteral("rewritten"), double(c.rewritten)},
                                                   {QStringLiteral("declarations"), double(c.declarations)},
                                                   {QStringLiteral("apiRequests"), double(m_apiRequests)},
                                                   {QStringLiteral("faults"), faults}});
    });
    for (const QString &key : std::as_const(m_options.issueTokensFor)) {
        if (const SandboxIdentity *id = server.identity(key))
            m_tokens.append(key + QLatin1Char(' ') + server.issueAccessToken(*id));
    }
}

HttpResponse PlatformModule::serve(SandboxServer &server, const HttpRequest &request)
{
    ++m_apiRequests;
    const FaultKind fault = m_faults.next();
    const int retryAfter = m_faults.options().retryAfterSeconds;
    HttpResponse out;
    switch (fault) {
    case FaultKind::Error500:
        out =
            HttpResponse::problem(500, QStringLiteral("urn:problem-type:belgif:internalServerError"),
                                  QStringLiteral("Internal Server Error"), QStringLiteral("injected fault"));
        break;
    case FaultKind::Error503:
        out = HttpResponse::problem(503, QStringLiteral("urn:problem-type:belgif:serviceUnavailable"),
                                    QStringLiteral("Service Unavailable"), QStringLiteral("injected fault"));
        out.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter)});
        break;
    case FaultKind::TooManyRequests:
        out = HttpResponse::problem(429, QStringLiteral("urn:problem-type:belgif:tooManyRequests"),
                                    QStringLiteral("Too Many Requests"), QStringLiteral("injected fault"));
        out.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter)});
        break;
    case FaultKind::Drop:
        out.dropConnection = true;
        break;
    case FaultKind::None:
    case FaultKind::LostReply: {
        const TokenInfo token = server.validateBearer(request);
        if (!token.valid) {
            out = SandboxServer::unauthorized(token);
        } else {
            PlatformRequest pr;
            pr.method = request.method == "HEAD" ? QByteArrayLiteral("GET") : request.method;
            pr.path = request.path.mid(kPrefix.size());
            pr.query = request.query;
            pr.body = request.body;
            pr.ifMatch = request.header(QByteArrayLiteral("if-match"));
            QUrl root = server.baseUrl();
            root.setPath(kPrefix);
            pr.apiRoot = root;
            pr.identity.subject = token.subject;
            pr.identity.enterprises = token.enterprises;
            // "fla" is the sandbox's all-purpose scope; fla:read / fla:declare narrow it.
            if (!token.scopes.contains(QStringLiteral("fla")))
                pr.identity.scopes =
                    token.scopes.isEmpty() ? QStringList{QStringLiteral("none")} : token.scopes;
            const PlatformResponse r = m_api->handle(pr);
            out.status = r.status;
            out.contentType = r.contentType;
            out.body = r.body;
            out.headers = r.headers;
        }
        // The work is done and committed; then the answer is lost on the way.
        out.dropConnection = fault == FaultKind::LostReply;
        break;
    }
    }
    out.delayMs = m_faults.options().latencyMs;
    return out;
}

void PlatformModule::addOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("platform-db"),
         tr("SQLite file of the FLA platform's state (default: fla-platform.sqlite in --data-dir, "
            "or memory only)."),
         QStringLiteral("file")});
    parser.addOption({QStringLiteral("fault-rate"),
                      tr("Share of FLA API requests (0 to 1) that meet an injected fault (default 0)."),
                      QStringLiteral("rate"), QStringLiteral("0")});
    parser.addOption(
        {QStringLiteral("faults"),
         tr("Which faults, comma-separated: 500, 503, 429 (with Retry-After), drop (connection closed "
            "without an answer, nothing done), lost (carried out and committed, then the answer is "
            "lost), or all (default)."),
         QStringLiteral("kinds"), QStringLiteral("all")});
    parser.addOption({QStringLiteral("latency-ms"),
                      tr("Delay added to every FLA API answer, in milliseconds."), QStringLiteral("ms"),
                      QStringLiteral("0")});
    parser.addOption({QStringLiteral("retry-after"), tr("Seconds announced in Retry-After with 429 and 503."),
                      QStringLiteral("seconds"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("fault-seed"), tr("Seed of the fault dice, for reproducible runs."),
                      QStringLiteral("n"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("fault-sequence"),
                      tr("Faults for the first FLA API requests, one per request, comma-separated "
                         "(none, 500, 503, 429, drop, lost), before --fault-rate applies: "
                         "\"none,lost\" loses the answer to the second request."),
                      QStringLiteral("faults")});
    parser.addOption({QStringLiteral("issue-token"),
                      tr("Print an access token for the simulated identity KEY at start-up (for scripts and "
                         "tests; repeatable)."),
                      QStringLiteral("key")});
}

QString PlatformModule::faultHelp()
{
    return tr(
        "Fault injection: --fault-rate 0.1 --faults all makes one FLA API request in ten fail with a 500, a "
        "503 or a 429 with Retry-After, a dropped connection, or an answer lost after the platform committed "
        "the work.");
}

bool PlatformModule::optionsFrom(const QCommandLineParser &parser, PlatformOptions *out, QString *error)
{
    PlatformOptions o;
    o.databasePath = parser.value(QStringLiteral("platform-db"));
    bool ok = false;
    o.faults.rate = parser.value(QStringLiteral("fault-rate")).toDouble(&ok);
    if (!ok || o.faults.rate < 0 || o.faults.rate > 1) {
        *error = tr("--fault-rate: give a number from 0 to 1, not %1")
                     .arg(parser.value(QStringLiteral("fault-rate")));
        return false;
    }
    QString kindError;
    if (!FaultInjector::parseKinds(parser.value(QStringLiteral("faults")), &o.faults.kinds, &kindError)) {
        *error = QStringLiteral("--faults: ") + kindError;
        return false;
    }
    o.faults.latencyMs = parser.value(QStringLiteral("latency-ms")).toInt(&ok);
    if (!ok || o.faults.latencyMs < 0) {
        *error = tr("--latency-ms: give a whole number of milliseconds, not %1")
                     .arg(parser.value(QStringLiteral("latency-ms")));
        return false;
    }
    o.faults.retryAfterSeconds = parser.value(QStringLiteral("retry-after")).toInt(&ok);
    if (!ok || o.faults.retryAfterSeconds < 0) {
        *error = tr("--retry-after: give a whole number of seconds, not %1")
                     .arg(parser.value(QStringLiteral("retry-after")));
        return false;
    }
    o.faults.seed = parser.value(QStringLiteral("fault-seed")).toUInt(&ok);
    if (!ok) {
        *error =
            tr("--fault-seed: give a whole number, not %1").arg(parser.value(QStringLiteral("fault-seed")));
        return false;
    }
    if (!FaultInjector::parseSequence(parser.value(QStringLiteral("fault-sequence")), &o.faults.sequence,
                                      &kindError)) {
        *error = QStringLiteral("--fault-sequence: ") + kindError;
        return false;
    }
    o.issueTokensFor = parser.values(QStringLiteral("issue-token"));
    *out = o;
    return true;
}

bool installPlatform(SandboxServer &server, const QCommandLineParser &parser, QTextStream &out,
                     QString *error)
{
    PlatformOptions options;
    if (!PlatformModule::optionsFrom(parser, &options, error))
        return false;
    for (const QString &key : std::as_const(options.issueTokensFor)) {
        if (!server.identity(key)) {
            *error = tr("--issue-token: no simulated identity %1").arg(key);
            return false;
        }
    }
    auto module = std::make_unique<PlatformModule>(options);
    if (!module->open(server.config(), error))
        return false;
    PlatformModule *m = module.get();
    server.addModule(std::move(module));
    for (const QString &line : m->issuedTokens())
        out << "token " << line << Qt::endl;
    if (options.faults.rate > 0)
        out << "faults rate=" << options.faults.rate << " kinds=" <<
            [&] {
                QStringList k;
                for (FaultKind f : std::as_const(options.faults.kinds))
                    k.append(FaultInjector::name(f));
                return k.join(QLatin1Char(','));
            }()
            << " latency-ms=" << options.faults.latencyMs << Qt::endl;
    return true;
}

} // namespace fla::sandbox
