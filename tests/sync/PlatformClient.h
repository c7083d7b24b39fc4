#pragma once

// Plays "another channel" on a running fla-sandbox: a training provider, the
// platform's own computation, or another software declaring for the employer,
// through the API of docs/api/fla-v1.yaml (PUT/DELETE/GET with a Bearer token),
// and runs the app's sync and pull against it.

#include "SandboxProcess.h"

#include "core/common/Clock.h"
#include "core/sync/PullService.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/WorkspaceOutboxStore.h"

#include <QJsonDocument>
#include <QSignalSpy>

namespace fla::test {

struct PlatformReply
{
    int status = 0;
    QJsonObject json;
    QString etag;
};

inline PlatformReply platformRequest(const SandboxProcess &sandbox, const QByteArray &verb,
                                     const QString &path, const QJsonObject &body = {})
{
    QNetworkAccessManager nam;
    QNetworkRequest req(QUrl(sandbox.apiUrl().toString() + path));
    req.setRawHeader("Authorization", "Bearer " + sandbox.token().toLatin1());
    req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    QNetworkReply *reply =
        verb == "GET" ? nam.get(req) : nam.sendCustomRequest(req, verb, QJsonDocument(body).toJson());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    PlatformReply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.json = QJsonDocument::fromJson(reply->readAll()).object();
    r.etag = QString::fromLatin1(reply->rawHeader("ETag"));
    reply->deleteLater();
    return r;
}

inline SyncSummary syncWorkspace(Workspace &ws, const SandboxProcess &sandbox)
{
    return runSync(ws, sandbox, fastRetries(), 30000);
}

inline PullResult pullEmployer(const SandboxProcess &sandbox, const QString &enterpriseNumber)
{
    QNetworkAccessManager nam;
    StaticTokenProvider tokens(sandbox.token());
    FlaApiClient client(&nam, sandbox.apiUrl(), &tokens);
    PullService pull(&client);
    QSignalSpy done(&pull, &PullService::finished);
    pull.start(enterpriseNumber);
    if (done.isEmpty() && !done.wait(30000))
        return {};
    return done.first().at(0).value<PullResult>();
}

} // namespace fla::test
