#pragma once

#include <QString>
#include <functional>

namespace fla {

// What the sync engine needs from sign-in (core/auth provides the real one):
// the current access token, and one refresh when the platform says it is no
// longer valid. The engine never logs or stores the token.
class TokenProvider
{
public:
    virtual ~TokenProvider() = default;
    virtual QString accessToken() const = 0;
    // Calls `done(true)` when a new access token is available, `done(false)`
    // when the user has to sign in again.
    virtual void refresh(std::function<void(bool ok)> done) = 0;
};

// A fixed token: for the sandbox's machine tokens, the CLI and tests.
class StaticTokenProvider final : public TokenProvider
{
public:
    explicit StaticTokenProvider(QString token)
        : m_token(std::move(token))
    {}
    QString accessToken() const override { return m_token; }
    void refresh(std::function<void(bool ok)> done) override { done(false); }
    void setToken(const QString &token) { m_token = token; }

private:
    QString m_token;
};

} // namespace fla
