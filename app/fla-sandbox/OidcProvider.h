#pragma once

#include "HttpMessage.h"
#include "SandboxServer.h"

namespace fla::sandbox {

// The sandbox's OpenID provider: discovery, JWKS, the authorization page and
// the token endpoint. Its tokens are recorded in the SandboxServer.
class OidcProvider final : public SandboxModule
{
public:
    explicit OidcProvider(SandboxServer &server);
    ~OidcProvider() override;
    void registerRoutes(SandboxServer &server) override;

private:
    HttpResponse discovery(const HttpRequest &request) const;

    SandboxServer &m_server;
};

} // namespace fla::sandbox
