#pragma once

#include "core/auth/AuthTypes.h"
#include "core/sync/TokenProvider.h"

class QNetworkAccessManager;

namespace fla {

class Clock;

// The TokenProvider of a signed-in session (core/auth): its access token, and
// a refresh with its refresh token through auth::TokenRefresher. A refusal of
// the refresh (invalid_grant) means "sign in again"; the refreshed session is
// handed to `onRefreshed` so the caller can remember it.
class SessionTokenProvider final : public TokenProvider
{
public:
    SessionTokenProvider(auth::Session session, QNetworkAccessManager *nam, const Clock &clock);

    QString accessToken() const override { return m_session.accessToken; }
    void refresh(std::function<void(bool ok)> done) override;

    const auth::Session &session() const { return m_session; }
    std::function<void(const auth::Session &)> onRefreshed;

private:
    auth::Session m_session;
    QNetworkAccessManager *m_nam;
    const Clock &m_clock;
};

} // namespace fla
