#pragma once

#include "FaultInjector.h"
#include "PlatformApi.h"

#include <QObject>
#include <functional>
#include <optional>

class QHttpServer;
class QHttpServerRequest;

namespace fla::sandbox {

// Serves PlatformApi under /REST/fla/v1/ on a QHttpServer: the Bearer token is
// checked by `authenticate` (the sandbox's own token validation), faults are
// injected as configured, BelGov-Trace-Id is echoed (or made up).
class PlatformHttp : public QObject
{
    Q_OBJECT
public:
    // Returns the identity behind the request's Bearer token, or nullopt with
    // the Belgif problem type (noAccessToken, invalidAccessToken, expiredAccessToken).
    using Authenticator =
        std::function<std::optional<PlatformIdentity>(const QHttpServerRequest &request, QString *problemType)>;

    PlatformHttp(PlatformApi &api, Authenticator authenticate, FaultOptions faults = {}, QObject *parent = nullptr);

    // Registers the routes of the API on `server`.
    void registerRoutes(QHttpServer &server);

    FaultInjector &faults() { return m_faults; }
    qint64 requestsServed() const { return m_requests; }

    static QString apiPrefix() { return QStringLiteral("/REST/fla/v1"); }

private:
    void serve(const QHttpServerRequest &request, class QHttpServerResponder &&responder);

    PlatformApi &m_api;
    Authenticator m_authenticate;
    FaultInjector m_faults;
    qint64 m_requests = 0;
};

} // namespace fla::sandbox
